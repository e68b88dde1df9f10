/**
 * The WPS bundle parses in old Chromium: a production build of webpack.wps.config.js (into a temporary
 * directory), every emitted script parsed by acorn at WPS_ECMA_VERSION (ES2018), and the files WPS needs
 * by name: ribbon.xml (well-formed, its callbacks the ones main.js defines), index.html loading main.js,
 * taskpane.html loading its bundle.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as acorn from 'acorn';
import webpack from 'webpack';
import makeConfig from '../../webpack.wps.config';

jest.setTimeout(600000);

let out: string;

function parseError(code: string, ecmaVersion: acorn.ecmaVersion): string | null {
  try {
    acorn.parse(code, { ecmaVersion, sourceType: 'script' });
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-wps-'));
  const config = makeConfig({ outDir: out }, { mode: 'production' });
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
});

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

it('the check refuses syntax above ES2018 (so a pass means something)', () => {
  expect(parseError('var a = b?.c;', 2018)).not.toBeNull();
  expect(parseError('try {} catch {}', 2018)).not.toBeNull();
  expect(parseError('var a = b ?? c;', 2018)).not.toBeNull();
  expect(parseError('var a = {...b}; var r = /(?<!x)y/;', 2018)).toBeNull();
});

it(`every emitted script parses as ES${makeConfig.WPS_ECMA_VERSION}`, () => {
  const scripts = fs.readdirSync(out).filter((f) => f.endsWith('.js'));
  expect(scripts).toContain('main.js');
  for (const name of ['taskpane.', 'wps-templates.', 'template-view.', 'settings-view.']) expect(scripts.some((f) => f.startsWith(name))).toBe(true);
  const failures = scripts
    .map((f) => ({ file: f, error: parseError(fs.readFileSync(path.join(out, f), 'utf8'), makeConfig.WPS_ECMA_VERSION as acorn.ecmaVersion) }))
    .filter((r) => r.error !== null);
  expect(failures).toEqual([]);
});

it('ships ribbon.xml with the 绩效目标 group wired to the callbacks main.js defines', () => {
  const ribbon = fs.readFileSync(path.join(out, 'ribbon.xml'), 'utf8');
  const labels = [...ribbon.matchAll(/<button [^>]*label="([^"]+)"/g)].map((m) => m[1]);
  expect(labels).toEqual(['打开助手', '检查工作簿', '插入模板', '清除标记']);
  expect(ribbon).toMatch(/<group id="grpJixiao" label="绩效目标">/);
  const callbacks = new Set([...ribbon.matchAll(/(?:onLoad|onAction|getImage|getEnabled)="ribbon\.(\w+)"/g)].map((m) => m[1]));
  expect([...callbacks].sort()).toEqual(['GetImage', 'OnAction', 'OnAddinLoad', 'OnGetEnabled']);
  const main = fs.readFileSync(path.join(out, 'main.js'), 'utf8');
  for (const c of callbacks) expect(main).toContain(c);
  expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toMatch(/<script src="?main\.js"?>/);
  expect(fs.readFileSync(path.join(out, 'taskpane.html'), 'utf8')).toMatch(/src="?taskpane\.[0-9a-f]+\.js/);
});
