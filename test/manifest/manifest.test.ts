/**
 * manifest.xml: the Office schema check (xmllint + ../shared/office-schemas, skipped with the reason where
 * either is missing) and our own structural checks, which run everywhere. Also the production rewrite
 * (webpack --env origin=…) and the icon files.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { checkManifestStructure, parseXml, pngSize, validateWithSchema, type XmlNode } from '../../scripts/manifest-check';

/**
 * readManifestFacts (office-addin-manifest's reader) run as `npm run validate:manifest` runs it: in Node. Jest's
 * module loader cannot load office-addin-manifest (an ES-module dependency), real Node can.
 */
function readManifestFacts(file: string): { info: Record<string, unknown> & { defaultSettings?: { sourceLocation?: string } }; errors: string[] } {
  const script = `require('./scripts/manifest-check').readManifestFacts(${JSON.stringify(file)}).then((r) => process.stdout.write(JSON.stringify(r)))`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: path.join(__dirname, '..', '..'), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}
import { PAGE_SOURCES, productionOrigin, rewriteManifest } from '../../webpack.config';

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const xml = fs.readFileSync(MANIFEST, 'utf8');

function all(node: XmlNode, out: XmlNode[] = []): XmlNode[] {
  out.push(node);
  for (const c of node.children) all(c, out);
  return out;
}
const local = (n: string) => n.replace(/^.*:/, '');
const doc = parseXml(xml);
const elements = all(doc);
const byName = (n: string) => elements.filter((e) => local(e.name) === n);

function stringResource(id: string): { zh: string; en: string | undefined } {
  const el = elements.find((e) => e.attrs.id === id && e.parent && /Strings$/.test(local(e.parent.name)));
  if (!el) throw new Error(`no string resource ${id}`);
  const en = el.children.find((c) => local(c.name) === 'Override' && c.attrs.Locale === 'en-US');
  return { zh: el.attrs.DefaultValue, en: en?.attrs.Value };
}

function withTempManifest<T>(text: string, fn: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-manifest-'));
  const file = path.join(dir, 'manifest.xml');
  fs.writeFileSync(file, text);
  try {
    return fn(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('manifest.xml against the Office schemas (xmllint)', () => {
  const result = validateWithSchema(MANIFEST, ROOT);
  if ('skipped' in result) {
    it.skip(`schema validation skipped: ${result.skipped}`, () => undefined);
    // Say it where a person reading the test output will see it.
    console.log(`manifest schema validation skipped: ${result.skipped}`);
    return;
  }

  it('validates against OfficeAppManifestV1_1.xsd', () => {
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
  });

  it('rejects a manifest the schema forbids (the check can fail)', () => {
    // A resource id of 33 characters: the schema's ReferenceId allows at most 32.
    const broken = xml.replace('id="Check.Label"', `id="${'C'.repeat(33)}"`);
    const r = withTempManifest(broken, (f) => validateWithSchema(f, ROOT));
    expect('skipped' in r).toBe(false);
    if (!('skipped' in r)) {
      expect(r.ok).toBe(false);
      expect(r.output).toMatch(/fails to validate/);
    }
  });

  it('still validates after the production rewrite of the origin', () => {
    const prod = rewriteManifest(xml, 'https://jixiao.example.gov.cn/addin');
    const r = withTempManifest(prod, (f) => validateWithSchema(f, ROOT));
    expect(r).toMatchObject({ ok: true });
  });
});

describe('manifest.xml structure (runs everywhere)', () => {
  const result = checkManifestStructure(xml, { root: ROOT, pages: PAGE_SOURCES });

  it('has no structural problems', () => {
    expect(result.errors).toEqual([]);
  });

  it('office-addin-manifest reads it as an Excel task-pane add-in with a GUID id, ReadWriteDocument and a page', () => {
    const facts = readManifestFacts(MANIFEST);
    expect(facts.errors).toEqual([]);
    expect(facts.info).toMatchObject({ officeAppType: 'TaskPaneApp', hosts: ['Workbook'], permissions: 'ReadWriteDocument', defaultLocale: 'zh-CN' });
    expect(facts.info.defaultSettings?.sourceLocation).toBe('https://localhost:3000/taskpane.html');
    // …and says so when they are wrong.
    const wrong = xml.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>').replace('xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-manifest-'));
    fs.writeFileSync(path.join(dir, 'manifest.xml'), wrong);
    let bad: { errors: string[] };
    try {
      bad = readManifestFacts(path.join(dir, 'manifest.xml'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(bad.errors.join('\n')).toMatch(/expected TaskPaneApp[\s\S]*ReadWriteDocument/);
  });

  it('is an Excel task-pane add-in: Workbook, ExcelApi 1.7, ReadWriteDocument, zh-CN', () => {
    expect(doc.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(byName('Host').map((h) => h.attrs.Name ?? h.attrs['xsi:type'])).toEqual(['Workbook', 'Workbook']);
    const set = byName('Set').find((s) => s.attrs.Name === 'ExcelApi');
    expect(set?.attrs.MinVersion).toBe('1.7');
    expect(byName('Permissions')[0].text.trim()).toBe('ReadWriteDocument');
    expect(byName('DefaultLocale')[0].text.trim()).toBe('zh-CN');
    expect(byName('DisplayName')[0].attrs.DefaultValue).toBe('绩效目标表助手');
  });

  it('puts the group 绩效目标 with four buttons on the Home tab', () => {
    const tab = byName('OfficeTab');
    expect(tab.map((t) => t.attrs.id)).toEqual(['TabHome']);
    const group = tab[0].children.find((c) => local(c.name) === 'Group')!;
    const label = group.children.find((c) => local(c.name) === 'Label')!;
    expect(stringResource(label.attrs.resid)).toEqual({ zh: '绩效目标', en: 'Performance Targets' });
    const buttons = group.children.filter((c) => local(c.name) === 'Control');
    const summary = buttons.map((b) => {
      const action = b.children.find((c) => local(c.name) === 'Action')!;
      const labelId = b.children.find((c) => local(c.name) === 'Label')!.attrs.resid;
      const fn = action.children.find((c) => local(c.name) === 'FunctionName')?.text.trim();
      const src = action.children.find((c) => local(c.name) === 'SourceLocation')?.attrs.resid;
      const url = src ? elements.find((e) => e.attrs.id === src)?.attrs.DefaultValue : undefined;
      return { label: stringResource(labelId).zh, action: action.attrs['xsi:type'], target: fn ?? url };
    });
    expect(summary).toEqual([
      { label: '打开助手', action: 'ShowTaskpane', target: 'https://localhost:3000/taskpane.html' },
      { label: '检查工作簿', action: 'ExecuteFunction', target: 'checkWorkbook' },
      { label: '插入模板', action: 'ExecuteFunction', target: 'showTemplates' },
      { label: '清除标记', action: 'ExecuteFunction', target: 'clearMarks' },
    ]);
    // One page in the pane container: 插入模板 switches the open pane's view instead of loading another URL into it.
    const paneIds = byName('TaskpaneId').map((t) => t.text.trim());
    expect(paneIds).toEqual(['Jixiao.Pane']);
  });

  it('gives every string an en-US override', () => {
    const strings = elements.filter((e) => e.parent && /Strings$/.test(local(e.parent.name)) && e.attrs.id);
    expect(strings.length).toBeGreaterThan(8);
    for (const s of strings) expect({ id: s.attrs.id, en: stringResource(s.attrs.id).en }).toEqual({ id: s.attrs.id, en: expect.any(String) });
  });

  it('uses exactly the ribbon function names src/commands/commands.ts registers with Office.actions.associate', () => {
    expect([...result.functionNames].sort()).toEqual(['checkWorkbook', 'clearMarks', 'showTemplates']);
    // Load the commands module as the commands page does: with an Office global, after onReady.
    const associated: string[] = [];
    const g = globalThis as { Office?: unknown };
    const saved = g.Office;
    g.Office = {
      onReady: (cb: () => void) => cb(),
      actions: { associate: (id: string, fn: unknown) => typeof fn === 'function' && associated.push(id) },
    };
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('../../src/commands/commands');
      });
    } finally {
      g.Office = saved;
    }
    expect(associated.sort()).toEqual([...result.functionNames].sort());
  });

  it('finds the problems it claims to find', () => {
    const longId = xml.replace(/"Jixiao\.Check"/, `"Jixiao.${'X'.repeat(30)}"`);
    expect(checkManifestStructure(longId, { root: ROOT, pages: PAGE_SOURCES }).errors.join('\n')).toMatch(/has 37 characters/);

    const undefinedResid = xml.replace('<LearnMoreUrl resid="Help.Url"/>', '<LearnMoreUrl resid="Help.Uri"/>');
    const e1 = checkManifestStructure(undefinedResid, { root: ROOT, pages: PAGE_SOURCES }).errors.join('\n');
    expect(e1).toMatch(/resid "Help\.Uri" .* not defined in bt:Urls/);
    expect(e1).toMatch(/bt:Urls "Help\.Url" is defined but never used/);

    const wrongKind = xml.replace('<Description resid="Check.Tip"/>', '<Description resid="Check.Label"/>');
    expect(checkManifestStructure(wrongKind, { root: ROOT, pages: PAGE_SOURCES }).errors.join('\n')).toMatch(
      /resid "Check\.Label" .* not defined in bt:LongStrings \(it is in bt:ShortStrings\)/,
    );

    const twoOrigins = xml.replace('https://localhost:3000/commands.html', 'https://cdn.example.com/commands.html');
    expect(checkManifestStructure(twoOrigins, { root: ROOT, pages: PAGE_SOURCES }).errors.join('\n')).toMatch(/2 origins/);

    const plainHttp = xml.split('https://localhost:3000').join('http://localhost:3000');
    expect(checkManifestStructure(plainHttp, { root: ROOT, pages: PAGE_SOURCES }).errors.join('\n')).toMatch(/is not https/);

    const missingIcon = xml.replace('assets/clear-80.png', 'assets/clear-81.png');
    expect(checkManifestStructure(missingIcon, { root: ROOT, pages: PAGE_SOURCES }).errors.join('\n')).toMatch(/clear-81\.png does not exist/);

    const wrongSize = xml.replace('assets/check-32.png', 'assets/check-80.png');
    expect(checkManifestStructure(wrongSize, { root: ROOT, pages: PAGE_SOURCES }).errors.join('\n')).toMatch(
      /check-80\.png is 80×80; the manifest uses it as 32×32/,
    );

    const no80 = xml.replace('<bt:Image size="80" resid="Template.80"/>', '');
    expect(checkManifestStructure(no80, { root: ROOT, pages: PAGE_SOURCES }).errors.join('\n')).toMatch(/no 80-pixel image/);

    const unknownPage = xml.replace('https://localhost:3000/commands.html', 'https://localhost:3000/functions.html');
    expect(checkManifestStructure(unknownPage, { root: ROOT, pages: PAGE_SOURCES }).errors.join('\n')).toMatch(/not one the build produces/);

    expect(checkManifestStructure(xml.replace('</OfficeApp>', ''), { root: ROOT }).errors[0]).toMatch(/not well-formed/);
  });
});

describe('icons', () => {
  const sizes: Record<string, number[]> = {
    icon: [16, 32, 64, 80, 128],
    pane: [16, 32, 80],
    check: [16, 32, 80],
    template: [16, 32, 80],
    clear: [16, 32, 80],
  };
  it.each(Object.entries(sizes))('%s exists in every size, drawn from an SVG source', (name, list) => {
    expect(fs.existsSync(path.join(ROOT, 'assets', 'src', `${name}.svg`))).toBe(true);
    for (const size of list) {
      const file = path.join(ROOT, 'assets', `${name}-${size}.png`);
      expect({ file: path.basename(file), size: pngSize(file) }).toEqual({ file: path.basename(file), size: { width: size, height: size } });
      // Not a blank square: a drawn icon has transparent corners and opaque pixels (PNG bytes differ per size).
      expect(fs.statSync(file).size).toBeGreaterThan(150);
    }
  });
});

describe('production origin (webpack --env origin=… / ADDIN_ORIGIN)', () => {
  it('rewrites every URL onto the new origin, keeping paths and queries', () => {
    const prod = rewriteManifest(xml, productionOrigin('https://jixiao.example.gov.cn/addin/'));
    expect(prod).not.toContain('localhost');
    const r = checkManifestStructure(prod, { root: ROOT, pages: PAGE_SOURCES });
    expect(r.errors).toEqual([]);
    expect(r.origin).toBe('https://jixiao.example.gov.cn');
    expect(r.urls).toContain('https://jixiao.example.gov.cn/addin/taskpane.html');
    expect(r.urls.every((u) => u.startsWith('https://jixiao.example.gov.cn/addin/'))).toBe(true);
  });

  it('refuses origins Office cannot load', () => {
    expect(() => productionOrigin('http://jixiao.example.gov.cn')).toThrow(/https/);
    expect(() => productionOrigin('jixiao.example.gov.cn')).toThrow(/not a URL/);
    expect(() => productionOrigin('https://x.example/?a=1')).toThrow(/query/);
    expect(productionOrigin(undefined)).toBeNull();
    expect(productionOrigin('https://x.example')).toBe('https://x.example');
  });
});
