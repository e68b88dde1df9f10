/**
 * `npm run build:wps` into a temporary folder: webpack.wps.config.js, then scripts/package-wps.js.
 * The bundle parses in old Chromium (every emitted script parsed by acorn at WPS_ECMA_VERSION, ES2018);
 * the files WPS needs by name are there (ribbon.xml with its callbacks the ones main.js defines, index.html
 * loading main.js, taskpane.html loading its bundle); the 在线 entries carry the origin; the 离线 zip holds
 * the folder and the scripts; install-linux.sh installs into a (temporary) home, twice.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as acorn from 'acorn';
import JSZip from 'jszip';
import webpack from 'webpack';
import makeConfig from '../../webpack.wps.config';

const ROOT = path.resolve(__dirname, '..', '..');
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

jest.setTimeout(600000);

let dist: string;
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
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-wps-'));
  out = path.join(dist, 'online');
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
  if (dist) fs.rmSync(dist, { recursive: true, force: true });
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
  // Well-formed XML (xmllint, installed on the build machines and in CI).
  const lint = spawnSync('xmllint', ['--noout', path.join(out, 'ribbon.xml')], { encoding: 'utf8' });
  if (!lint.error) expect(lint.stderr).toBe('');
  expect(ribbon).toContain('<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui" onLoad="ribbon.OnAddinLoad">');
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

describe('packaging (scripts/package-wps.js)', () => {
  beforeAll(() => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'package-wps.js'), '--origin=https://jixiao.example.gov.cn/wps/'], {
      encoding: 'utf8',
      env: { ...process.env, JIXIAO_WPS_DIST: dist },
    });
    if (r.status !== 0) throw new Error(r.stderr || r.stdout);
  });

  it('在线: jsplugins.xml and publish.xml name the add-in folder at the origin', () => {
    const entry = '<jspluginonline name="jixiao" type="et" url="https://jixiao.example.gov.cn/wps/" enable="enable" install="null"/>';
    for (const f of ['jsplugins.xml', 'publish.xml']) {
      const xml = fs.readFileSync(path.join(out, f), 'utf8');
      expect(xml).toContain(entry);
      expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<jsplugins>\n {2}<jspluginonline [^>]+\/>\n<\/jsplugins>\n$/);
    }
  });

  it(`离线: the zip holds jixiao_${VERSION}/ with ribbon.xml and main.js, publish.xml and both install scripts`, async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dist, `jixiao-wps-offline-${VERSION}.zip`)));
    const names = Object.keys(zip.files);
    const top = `jixiao-wps-offline-${VERSION}/`;
    for (const f of [`jixiao_${VERSION}/ribbon.xml`, `jixiao_${VERSION}/main.js`, `jixiao_${VERSION}/index.html`, `jixiao_${VERSION}/taskpane.html`, 'publish.xml', 'install-windows.bat', 'install-linux.sh']) {
      expect({ f, inZip: names.includes(top + f) }).toEqual({ f, inZip: true });
    }
    expect(names.some((n) => n.endsWith('.map'))).toBe(false);
    expect(await zip.file(`${top}publish.xml`)!.async('string')).toContain(`<jsplugin name="jixiao" type="et" url="jixiao_${VERSION}" version="${VERSION}" enable="enable" install="null"/>`);
  });

  it('install-linux.sh installs into ~/.local/share/Kingsoft/wps/jsaddons, and a second run only updates', () => {
    const home = path.join(dist, 'home');
    fs.mkdirSync(home);
    const run = () => spawnSync('sh', [path.join(dist, 'offline', 'install-linux.sh')], { encoding: 'utf8', env: { ...process.env, HOME: home } });
    const first = run();
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/已安装/);
    const target = path.join(home, '.local/share/Kingsoft/wps/jsaddons');
    expect(fs.existsSync(path.join(target, `jixiao_${VERSION}`, 'ribbon.xml'))).toBe(true);
    expect(fs.readFileSync(path.join(target, 'publish.xml'), 'utf8')).toContain(`url="jixiao_${VERSION}"`);
    const second = run();
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/已更新/);
    // Someone else's publish.xml is never rewritten: the script says what to add.
    fs.writeFileSync(path.join(target, 'publish.xml'), '<jsplugins><jspluginonline name="other" type="et" url="https://x/"/></jsplugins>');
    const third = run();
    expect(third.stdout).toMatch(/请把本目录 publish.xml 中 jsplugin 那一行加到/);
    expect(fs.readFileSync(path.join(target, 'publish.xml'), 'utf8')).toContain('name="other"');
  });
});
