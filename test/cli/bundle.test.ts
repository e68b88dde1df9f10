/**
 * The shipped command line is one bundled file: built here from a clean folder with the package's own
 * `build:cli` command (esbuild), run through a copy of bin/jixiao.js, and watched with a require hook:
 * the check path never loads zod (only --profile does) nor exceljs (only jixiao template does).
 */
import * as fs from 'fs';
import * as path from 'path';
import { execSync, spawnSync } from 'child_process';
import { ReportSchema } from '../../src/core/finding';
import { BUILTIN_PROFILES } from '../../src/core/builtin-profiles';
import { ProfileSchema } from '../../src/core/profile';
import { tmpDir } from './support';

jest.setTimeout(120000);

const ROOT = path.join(__dirname, '../..');
let home: string;

const HOOK = `
const M = require('module');
const { isMainThread } = require('worker_threads');
const load = M._load;
M._load = function (request, ...rest) {
  if (request === 'zod' || request === 'exceljs') require('fs').appendFileSync(process.env.HOOK_LOG, (isMainThread ? 'main ' : 'worker ') + request + '\\n');
  return load.call(this, request, ...rest);
};
`;

beforeAll(() => {
  home = tmpDir('jixiao-bundle-');
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const build = pkg.scripts['build:cli'];
  expect(build).toMatch(/^esbuild .*--outfile=build\/cli\/jixiao\.js/);
  // The package's build command, run in a folder that has never been built.
  fs.mkdirSync(path.join(home, 'bin'));
  fs.copyFileSync(path.join(ROOT, 'bin/jixiao.js'), path.join(home, 'bin/jixiao.js'));
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(home, 'package.json'));
  fs.cpSync(path.join(ROOT, 'src'), path.join(home, 'src'), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(home, 'node_modules'), 'dir');
  execSync(build.replace(/^esbuild /, `"${path.join(ROOT, 'node_modules/.bin/esbuild')}" `), { cwd: home, stdio: 'pipe' });
  fs.writeFileSync(path.join(home, 'hook.js'), HOOK);
});

afterAll(() => {
  fs.rmSync(home, { recursive: true, force: true });
});

function jixiao(args: string[], log: string) {
  fs.writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['-r', path.join(home, 'hook.js'), path.join(home, 'bin/jixiao.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, HOOK_LOG: log },
    timeout: 100000,
  });
  return { ...r, loaded: fs.readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

describe('the bundled command line (build/cli/jixiao.js)', () => {
  it('is one file; zod and exceljs stay outside it, required only inside lazily initialised modules', () => {
    expect(fs.readdirSync(path.join(home, 'build/cli'))).toEqual(['jixiao.js']);
    const text = fs.readFileSync(path.join(home, 'build/cli/jixiao.js'), 'utf8');
    // External: required by name (lazily, see the next tests), not copied in.
    expect(text).toMatch(/require\("zod"\)/);
    expect(text).toMatch(/require\("exceljs"\)/);
  });

  it('checks a workbook in a worker thread; neither zod nor exceljs is ever loaded (the streaming reader reads it)', () => {
    const r = jixiao(['check', 'examples/pingyin-2024-official.xlsx', '--format', 'json'], path.join(home, 'log1'));
    const doc = ReportSchema.parse(JSON.parse(r.stdout));
    expect(doc.files[0].sheets.filter((s) => s.kind === 'target-table')).toHaveLength(15);
    expect(r.status).toBe(doc.summary.errors > 0 ? 1 : 0);
    expect(r.loaded).toEqual([]);
  });

  it('--profile loads zod (to validate the file) and still checks', () => {
    const profile = path.join(home, 'profile.json');
    fs.writeFileSync(profile, JSON.stringify({ name: '本县', severities: { 'value/missing-operator': 'off' } }));
    const r = jixiao(['check', 'examples/pingyin-2024-official.xlsx', '--format', 'json', '--profile', profile], path.join(home, 'log2'));
    const doc = ReportSchema.parse(JSON.parse(r.stdout));
    expect(doc.files[0].sheets.flatMap((s) => s.findings).some((f) => f.rule === 'value/missing-operator')).toBe(false);
    expect(r.loaded).toContain('main zod');
  });

  it('jixiao template writes a workbook that jixiao check reads (exceljs loads for it)', () => {
    const out = path.join(home, 'new.xlsx');
    const t = jixiao(['template', out, '--preset', '补贴发放类'], path.join(home, 'log3'));
    expect(t.status).toBe(0);
    expect(t.loaded).toContain('main exceljs');
    const r = jixiao(['check', out, '--format', 'json'], path.join(home, 'log4'));
    expect(ReportSchema.parse(JSON.parse(r.stdout)).files[0].sheets.some((s) => s.kind === 'target-table')).toBe(true);
  });
});

describe('the built-in profiles are plain objects (no zod at run time)', () => {
  it('each equals what ProfileSchema makes of its JSON file (every field present, defaults included)', () => {
    for (const [name, profile] of Object.entries(BUILTIN_PROFILES)) {
      const json = JSON.parse(fs.readFileSync(path.join(ROOT, `src/core/profiles/${name}.json`), 'utf8')) as unknown;
      expect(ProfileSchema.parse(json)).toEqual(profile);
      expect(ProfileSchema.parse({ name })).toEqual({ ...profile, framework: '2024' });
    }
  });
});
