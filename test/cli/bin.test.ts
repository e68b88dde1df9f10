/**
 * The installed command: `node bin/jixiao.js` runs the bundle (build/cli/jixiao.js, made by `npm run
 * build:cli`, which `npm ci` runs as `prepare`). Skipped, saying why, when the bundle is absent
 * (bundle.test.ts builds its own from a clean folder).
 */
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { ReportSchema } from '../../src/core/finding';

const ROOT = path.join(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/jixiao.js');
const BUILT = fs.existsSync(path.join(ROOT, 'build/cli/jixiao.js'));

if (!BUILT) {
  console.warn('build/cli/jixiao.js is absent: skipping the bin/jixiao.js tests (run `npm run build:cli` first)');
}
const itBuilt = BUILT ? it : it.skip;

function jixiao(args: string[], opts: { env?: NodeJS.ProcessEnv } = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...opts.env }, timeout: 60000 });
}

describe('node bin/jixiao.js', () => {
  itBuilt('check --format json on the example: a valid report, exit 0 or 1 as its errors say', () => {
    const r = jixiao(['check', 'examples/pingyin-2024-official.xlsx', '--format', 'json']);
    const doc = ReportSchema.parse(JSON.parse(r.stdout));
    expect(doc.files[0].file).toBe('examples/pingyin-2024-official.xlsx');
    expect(doc.files[0].sheets.filter((s) => s.kind === 'target-table')).toHaveLength(15);
    expect(r.status).toBe(doc.summary.errors > 0 ? 1 : 0);
    expect(r.stderr).toBe('');
  });

  itBuilt('--version, and exit 2 for a missing file', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(jixiao(['--version']).stdout).toBe(`jixiao ${pkg.version}\n`);
    const r = jixiao(['check', 'no/such/file.xlsx']);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('文件或文件夹不存在');
  });

  itBuilt('text through a pipe: no colours even with FORCE_COLOR unset, a summary line at the end', () => {
    const r = jixiao(['check', 'examples/pingyin-2024-official.xlsx'], { env: { NO_COLOR: undefined } });
    expect(r.stdout).not.toContain('\x1b[');
    expect(r.stdout.trimEnd().split('\n').pop()).toMatch(/^共 1 个文件，16 个工作表（15 张绩效目标表、1 张申报表）：错误 \d+，警告 \d+，提示 \d+$/);
  });

  itBuilt('a reader that closes the pipe early (| head -1) does not make it crash', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" check examples --format json | head -1`], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60000,
    });
    expect(r.stdout.split('\n')[0]).toBe('{');
    expect(r.stderr).not.toMatch(/EPIPE|内部错误|Error/);
  });
});
