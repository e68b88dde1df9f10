/**
 * The TemplateGateway (src/excel/templates.ts) against the fake Excel host: sync budget, the new sheet
 * cell for cell against the spec, other sheets untouched, summary formulas on the right cells.
 */
import * as path from 'path';
import { checkWorkbook } from '../../src/core/check';
import { fromA1, parseRange, rangeToA1, type Grid } from '../../src/core/grid';
import type { TargetTable } from '../../src/core/model';
import { recognizeSheet } from '../../src/core/recognize';
import { buildTemplate, columnWidthPoints, type SheetSpec, type ValidationSpec } from '../../src/core/template';
import { UNDO_KEPT_NOTICE, UNDO_NOTICE, NO_VALIDATION_NOTICE, createTemplateGateway } from '../../src/excel/templates';
import { FakeExcelHost, key, type FakeHostOptions, type FakeSheetJson } from '../fake-excel/host';
import { hostFromXlsx, workbookJsonFromXlsx } from '../fake-excel/from-xlsx';

const SEED = path.join(__dirname, '../fixtures/pingyin-2024-official.xlsx');
const YEAR = () => 2024;

async function seedHost(options: FakeHostOptions = {}): Promise<FakeExcelHost> {
  return hostFromXlsx(SEED, { allowValueWrites: true, ...options });
}

function gridsOf(host: FakeExcelHost): Grid[] {
  return host.serialize().sheets.map((s) => ({
    name: s.name,
    rows: s.rows ?? [],
    merges: (s.merges ?? []).map((m) => parseRange(m)!),
  }));
}

function others(host: FakeExcelHost, except: string[]): FakeSheetJson[] {
  return host.serialize().sheets.filter((s) => !except.includes(s.name));
}

const RULE_KIND: Record<string, string> = { list: 'list', decimal: 'decimal', textLength: 'textLength' };

function expectedRule(v: ValidationSpec): Record<string, unknown> {
  switch (v.rule.kind) {
    case 'list':
      return { list: { inCellDropDown: true, source: v.rule.items.join(',') } };
    case 'decimal':
      return { decimal: { formula1: v.rule.min, operator: 'GreaterThanOrEqualTo' } };
    case 'textLength':
      return { textLength: { formula1: v.rule.max, operator: 'LessThanOrEqualTo' } };
  }
}

/** The sheet in the host equals the spec: values and formulas, merges, formats, widths, heights, validation, print. */
function expectSheetEqualsSpec(host: FakeExcelHost, spec: SheetSpec): void {
  const s = host.sheet(spec.name);
  for (const c of spec.cells) {
    const k = key(c.row, c.col);
    const at = rangeToA1({ top: c.row, left: c.col, bottom: c.row, right: c.col });
    if (c.formula) {
      expect({ at, formula: s.formulas.get(k) }).toEqual({ at, formula: c.formula });
      // The fake calculates: the same result the spec expects.
      const v = s.value(c.row, c.col);
      expect({ at, v }).toEqual({ at, v: c.result === '' ? null : (c.result ?? null) });
    } else {
      expect({ at, formula: s.formulas.get(k) }).toEqual({ at, formula: undefined });
      expect({ at, v: s.value(c.row, c.col) }).toEqual({ at, v: c.value === undefined || c.value === '' ? null : c.value });
    }
    const st = spec.styles[c.style];
    const f = s.formats.get(k) ?? {};
    expect({ at, font: f.font }).toEqual({ at, font: { name: st.font.name, size: st.font.size, bold: !!st.font.bold, color: st.font.color ?? '#000000' } });
    expect({ at, h: f.horizontalAlignment, v: f.verticalAlignment, wrap: f.wrapText, indent: f.indentLevel }).toEqual({
      at,
      h: st.hAlign ? { left: 'Left', center: 'Center', right: 'Right' }[st.hAlign] : 'General',
      v: st.vAlign ? { top: 'Top', middle: 'Center', bottom: 'Bottom' }[st.vAlign] : 'Bottom',
      wrap: !!st.wrap,
      indent: st.indent,
    });
    expect({ at, nf: f.numberFormat ?? 'General' }).toEqual({ at, nf: st.numberFormat ?? 'General' });
    expect({ at, locked: f.locked }).toEqual({ at, locked: st.locked });
    expect({ at, fill: s.fills.get(k)?.color }).toEqual({ at, fill: st.fill });
    const sides = ['top', 'bottom', 'left', 'right'] as const;
    expect({ at, borders: sides.map((x) => f.borders?.[x]?.style ?? 'None') }).toEqual({ at, borders: sides.map(() => (st.border ? 'Continuous' : 'None')) });
  }
  expect(s.merges.map(rangeToA1).sort()).toEqual(spec.merges.map(rangeToA1).sort());
  spec.columnWidths.forEach((w, c) => expect(s.columnWidths.get(c)).toBe(columnWidthPoints(w)));
  for (const [r, h] of Object.entries(spec.rowHeights)) expect(s.rowHeights.get(Number(r))).toBe(h);
  // Validation: exactly the spec's cells, each with its rule, prompt and alert.
  const want = new Map<number, ValidationSpec>();
  for (const v of spec.validations) for (const r of v.ranges) for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) want.set(key(row, col), v);
  expect([...s.validations.keys()].sort((a, b) => a - b)).toEqual([...want.keys()].sort((a, b) => a - b));
  for (const [k, v] of want) {
    const got = s.validations.get(k)!;
    expect(Object.keys(got.rule).map((x) => RULE_KIND[x])).toEqual([v.rule.kind]);
    expect(got.rule).toEqual(expectedRule(v));
    expect(got.prompt).toEqual({ showPrompt: true, title: v.prompt.title, message: v.prompt.message });
    expect(got.errorAlert).toEqual({
      showAlert: true,
      style: { stop: 'Stop', warning: 'Warning', information: 'Information' }[v.error.style],
      title: v.error.title,
      message: v.error.message,
    });
  }
  expect(s.pageLayout).toMatchObject({
    paperSize: 'A4',
    orientation: 'Portrait',
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    centerHorizontally: true,
    printTitleRows: `$${spec.print.titleRows!.first + 1}:$${spec.print.titleRows!.last + 1}`,
  });
}

describe('插入模板 in the fake Excel', () => {
  it('adds the sheet after the active one in 2 syncs, equal to the spec, activated, nothing else changed', async () => {
    const host = await seedHost();
    const names = host.sheetNames();
    host.user.activate(names[3]);
    const before = others(host, []);
    const gw = createTemplateGateway(host.Excel, host.Office, { year: YEAR });
    host.resetCounters();
    const out = await gw.insertTemplate({ preset: 'subsidy', framework: '2024', projectName: '农村最低生活保障金', department: '平阴县民政局', amount: 1680.92 });
    expect(out.syncs).toBe(2);
    expect(host.syncCount).toBe(2);
    expect(out.sheetName).toBe('农村最低生活保障金');
    expect(host.sheetNames()).toEqual([...names.slice(0, 4), out.sheetName, ...names.slice(4)]);
    expect(host.activeSheet).toBe(out.sheetName);
    expect(out.notices).toContain(UNDO_NOTICE);
    // Only the new sheet was written, in the second sync; every other sheet is as it was.
    expect(host.syncs[0].sheetsWritten).toEqual([]);
    expect(host.syncs[1].sheetsWritten).toEqual([out.sheetName]);
    expect(others(host, [out.sheetName])).toEqual(before);
    const spec = buildTemplate({ preset: 'subsidy', framework: '2024', year: 2024, projectName: '农村最低生活保障金', department: '平阴县民政局', amount: 1680.92, sheetName: out.sheetName });
    expectSheetEqualsSpec(host, spec);
  });

  it.each(['general', 'construction', 'personnel', 'it-ops', 'services'] as const)('%s (classic) equals its spec too', async (preset) => {
    const host = FakeExcelHost.fromJson({ sheets: [{ name: 'Sheet1' }] }, { allowValueWrites: true });
    const gw = createTemplateGateway(host.Excel, host.Office, { year: YEAR });
    const out = await gw.insertTemplate({ preset, framework: 'classic' });
    expect(out.syncs).toBe(2);
    expectSheetEqualsSpec(host, buildTemplate({ preset, framework: 'classic', year: 2024, sheetName: out.sheetName }));
    // The checker sees a target table in what the fake holds.
    expect(recognizeSheet(gridsOf(host)[1]).kind).toBe('target-table');
  });

  it('never reuses a name: a second insert gets “(2)”, hidden sheets count', async () => {
    const host = FakeExcelHost.fromJson({ sheets: [{ name: '绩效目标表' }, { name: '工程建设类绩效目标表', visible: false }] }, { allowValueWrites: true });
    const gw = createTemplateGateway(host.Excel, host.Office, { year: YEAR });
    const a = await gw.insertTemplate({ preset: 'construction', framework: '2024' });
    const b = await gw.insertTemplate({ preset: 'construction', framework: '2024' });
    expect([a.sheetName, b.sheetName]).toEqual(['工程建设类绩效目标表(2)', '工程建设类绩效目标表(3)']);
  });

  it('fails rather than overwrite a sheet created between its two syncs', async () => {
    const host = FakeExcelHost.fromJson({ sheets: [{ name: 'Sheet1' }] }, { allowValueWrites: true });
    const execute = host._execute.bind(host);
    let n = 0;
    host._execute = async (ctx) => {
      await execute(ctx);
      // Someone adds "供水管网" (with content) right after the read.
      if (++n === 1) host.workbook.addSheet('供水管网').setValue(0, 0, '我的表');
    };
    const gw = createTemplateGateway(host.Excel, host.Office, { year: YEAR });
    await expect(gw.insertTemplate({ preset: 'construction', framework: '2024', projectName: '供水管网' })).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    expect(host.value('供水管网', 'A1')).toBe('我的表');
    expect(host.sheet('供水管网').formulas.size).toBe(0);
  });

  it('on an Excel without data validation (ExcelApi 1.7) inserts the rest and says so', async () => {
    const host = FakeExcelHost.fromJson({ sheets: [{ name: 'Sheet1' }] }, { allowValueWrites: true, excelApi: '1.7' });
    const gw = createTemplateGateway(host.Excel, host.Office, { year: YEAR });
    const out = await gw.insertTemplate({ preset: 'general', framework: '2024' });
    expect(out.syncs).toBe(2);
    expect(out.notices).toEqual(expect.arrayContaining([UNDO_NOTICE, NO_VALIDATION_NOTICE]));
    const s = host.sheet(out.sheetName);
    expect(s.validations.size).toBe(0);
    expect(s.formulas.get(key(4, 2))).toBe('=C6+C7+C8');
    expect(s.merges.length).toBeGreaterThan(10);
  });

  it('protects the sheet when configured, after writing it', async () => {
    const host = FakeExcelHost.fromJson({ sheets: [{ name: 'Sheet1' }] }, { allowValueWrites: true });
    const gw = createTemplateGateway(host.Excel, host.Office, { year: YEAR, protect: true });
    const out = await gw.insertTemplate({ preset: 'general', framework: '2024' });
    expect(host.sheet(out.sheetName).protection).toMatchObject({ protected: true, options: { allowInsertRows: true } });
  });

  it('refuses an unknown preset before touching the workbook', async () => {
    const host = FakeExcelHost.fromJson({ sheets: [{ name: 'Sheet1' }] }, { allowValueWrites: true });
    const gw = createTemplateGateway(host.Excel, host.Office);
    await expect(gw.insertTemplate({ preset: 'nope', framework: '2024' })).rejects.toThrow(/没有名为“nope”的模板/);
    expect(host.syncCount).toBe(0);
  });

  it('lists the presets in Chinese', () => {
    const host = FakeExcelHost.fromJson({ sheets: [{ name: 'Sheet1' }] });
    const list = createTemplateGateway(host.Excel, host.Office).listPresets() as Array<{ id: string; name: string }>;
    expect(list.map((p) => p.name)).toEqual(['通用', '工程建设类', '补贴发放类', '人员经费类', '信息化运维类', '购买服务类']);
  });
});

describe('从申报表生成 in the fake Excel', () => {
  it('creates one pre-filled sheet per summary row, recognised and consistent with the summary', async () => {
    const json = await workbookJsonFromXlsx(SEED);
    const host = new FakeExcelHost({ sheets: [json.sheets[0]] }, { allowValueWrites: true });
    const gw = createTemplateGateway(host.Excel, host.Office, { year: YEAR });
    const out = await gw.generateFromSummary({ framework: '2024' });
    expect(out.syncs).toBe(3);
    expect(out.sheetNames).toHaveLength(15);
    expect(out.skipped).toBe(0);
    expect(host.sheetNames()).toEqual([json.sheets[0].name, ...out.sheetNames]);
    expect(host.activeSheet).toBe(out.sheetNames[0]);
    const result = checkWorkbook(gridsOf(host));
    expect(result.sheets.map((s) => s.kind)).toEqual(['summary', ...out.sheetNames.map(() => 'target-table')]);
    // Every summary row pairs with its new table: same name, department and amount.
    expect(result.sheets.flatMap((s) => s.findings).filter((f) => f.rule.startsWith('summary/'))).toEqual([]);
    const first = result.model.sheets[1] as TargetTable;
    expect(first).toMatchObject({ year: 2024, projectName: { text: '2024年度县城供水管网新建及改造项目' }, department: { text: '平阴县水务局' } });
    expect(first.funds.total?.amount).toBe(1000);
  });

  it('skips rows that already have a table (the seed workbook: all 15)', async () => {
    const host = await seedHost();
    host.user.activate('绩效目标申报表');
    const before = host.serialize();
    const gw = createTemplateGateway(host.Excel, host.Office, { year: YEAR });
    const out = await gw.generateFromSummary({ framework: '2024' });
    expect(out).toMatchObject({ sheetNames: [], skipped: 15 });
    expect(host.serialize()).toEqual(before);
  });

  it('says what to do when the active sheet is no summary', async () => {
    const host = await seedHost();
    host.user.activate(host.sheetNames()[2]);
    const gw = createTemplateGateway(host.Excel, host.Office);
    await expect(gw.generateFromSummary({ framework: '2024' })).rejects.toMatchObject({ code: 'NotASummary', message: expect.stringContaining('不是申报表') });
  });
});

describe('生成/更新申报表 in the fake Excel', () => {
  it('creates the summary first in the workbook, its formulas on each table’s own cells, and it stays in step', async () => {
    const json = await workbookJsonFromXlsx(SEED);
    const host = new FakeExcelHost({ sheets: json.sheets.slice(1) }, { allowValueWrites: true });
    const tables = gridsOf(host).map((g) => recognizeSheet(g) as TargetTable);
    const before = host.serialize().sheets;
    const gw = createTemplateGateway(host.Excel, host.Office, { year: YEAR });
    const out = await gw.updateSummary();
    expect(out).toMatchObject({ sheetName: '绩效目标申报表', created: true, rows: 15, syncs: 3 });
    expect(host.sheetNames()[0]).toBe('绩效目标申报表');
    expect(host.serialize().sheets.slice(1)).toEqual(before);
    const s = host.sheet('绩效目标申报表');
    tables.forEach((t, i) => {
      const row = 2 + i;
      const q = `'${t.sheet}'`;
      expect(s.formulas.get(key(row, 1))).toBe(`=${q}!${rangeToA1({ top: t.department!.cell.row, left: t.department!.cell.col, bottom: t.department!.cell.row, right: t.department!.cell.col })}&""`);
      expect(s.formulas.get(key(row, 2))).toBe(`=${q}!B3&""`);
      expect(s.formulas.get(key(row, 3))).toBe(`=${q}!C5`);
      expect(s.value(row, 2)).toBe(t.projectName!.text);
      expect(s.value(row, 3)).toBe(t.funds.total!.amount);
    });
    expect(s.formulas.get(key(17, 3))).toBe('=SUM(D3:D17)');
    expect(s.value(17, 3)).toBeCloseTo(20350.67, 6);
    const result = checkWorkbook(gridsOf(host));
    expect(result.sheets[0].kind).toBe('summary');
    expect(result.sheets.flatMap((x) => x.findings).filter((f) => f.rule.startsWith('summary/'))).toEqual([]);
    // A clerk changes a table's 年度预算资金总额: the summary follows.
    host.user.setValue(tables[0].sheet, 'C5', 1200);
    expect(s.value(2, 3)).toBe(1200);
    expect(s.value(17, 3)).toBeCloseTo(20550.67, 6);
  });

  it('refreshes an existing summary in place: its title and 备注 kept, rows from the tables', async () => {
    const host = await seedHost();
    host.user.setValue('绩效目标申报表', 'E4', '续建项目');
    const names = host.sheetNames();
    host.user.activate(names[names.length - 1]);
    const gw = createTemplateGateway(host.Excel, host.Office, { year: YEAR });
    await gw.insertTemplate({ preset: 'construction', framework: '2024', projectName: '新建公园项目', department: '平阴县城市管理局', amount: 300 });
    const out = await gw.updateSummary();
    expect(out).toMatchObject({ sheetName: '绩效目标申报表', created: false, rows: 16 });
    expect(host.sheetNames()).toHaveLength(names.length + 1);
    expect(host.value('绩效目标申报表', 'A1')).toBe('部分县直部门2024年绩效目标申报表');
    expect(host.value('绩效目标申报表', 'E4')).toBe('续建项目');
    expect(host.value('绩效目标申报表', 'C3')).toBe('2024 年度县城供水管网新建及改造项目');
    const last = host.sheet('绩效目标申报表');
    const newRow = [...Array(20).keys()].find((r) => last.value(r, 2) === '新建公园项目')!;
    expect(last.value(newRow, 3)).toBe(300);
    expect(last.value(newRow + 1, 0)).toBe('合计');
    expect(last.merges.map(rangeToA1)).toEqual(['A1:E1', `A${newRow + 2}:C${newRow + 2}`]);
  });
});

it('fromA1 sanity for the helpers above', () => {
  expect(fromA1('C5')).toEqual({ row: 4, col: 2 });
});

describe('reading every sheet under the payload budget (as the check path)', () => {
  /** Sheets of notes with roughly `bytes` of values in all (Chinese text, ≈ 40 bytes a cell). */
  const filler = (count: number, bytes: number): FakeSheetJson[] =>
    Array.from({ length: count }, (_, i) => ({
      name: `资料${i + 1}`,
      rows: Array.from({ length: Math.ceil(bytes / count / 400) }, (_, r) => Array.from({ length: 10 }, (_, c) => `第${r + 1}行第${c + 1}列说明文字`)),
    }));

  it('生成/更新申报表 past the limit: shape, then batches under it; the same summary as with no limit', async () => {
    const LIMIT = 200_000;
    const json = await workbookJsonFromXlsx(SEED);
    const sheets = [...json.sheets.slice(1), ...filler(3, 600_000)];
    const reference = new FakeExcelHost({ sheets: JSON.parse(JSON.stringify(sheets)) }, { allowValueWrites: true });
    await createTemplateGateway(reference.Excel, reference.Office, { year: YEAR }).updateSummary();

    const host = new FakeExcelHost({ sheets }, { allowValueWrites: true, payloadLimit: LIMIT });
    const out = await createTemplateGateway(host.Excel, host.Office, { year: YEAR, payloadBudget: 120_000 }).updateSummary();
    expect(out).toMatchObject({ sheetName: '绩效目标申报表', created: true, rows: 15 });
    // names; the all-at-once attempt that learnt it was too big; the shape; ≥ 3 batches; the write
    expect(host.syncs[1].failed).toMatch(/PayloadSizeLimitExceeded/);
    const after = host.syncs.slice(2);
    expect(after.every((x) => !x.failed && x.responseBytes <= LIMIT && x.requestBytes <= LIMIT)).toBe(true);
    expect(after.length).toBeGreaterThanOrEqual(5);
    expect(out.syncs).toBe(host.syncs.length);
    expect(host.serialize().sheets[0]).toEqual(reference.serialize().sheets[0]);
  });

  it('从申报表生成 past the limit reads the summary whole and generates all its sheets', async () => {
    const LIMIT = 1_500_000;
    const json = await workbookJsonFromXlsx(SEED);
    const host = new FakeExcelHost({ sheets: [json.sheets[0], ...filler(4, 2_400_000)] }, { allowValueWrites: true, payloadLimit: LIMIT });
    host.user.activate(json.sheets[0].name);
    const out = await createTemplateGateway(host.Excel, host.Office, { year: YEAR }).generateFromSummary({ framework: '2024' });
    expect(out.sheetNames).toHaveLength(15);
    expect(host.syncs.filter((x) => x.failed)).toHaveLength(1);
    expect(host.syncs.filter((x) => !x.failed).every((x) => x.responseBytes <= LIMIT)).toBe(true);
  });
});

describe('the undo notice says what is true for this Excel', () => {
  it.each([
    ['ExcelApi 1.18 (undo list cleared by any add-in change)', '1.18', 'OfficeOnline', false],
    ['ExcelApi 1.20 on the web (moving a sheet is undoable there)', '1.20', 'OfficeOnline', true],
    ['ExcelApi 1.20 on Windows (Worksheet.position is not undoable there)', '1.20', 'PC', false],
  ] as const)('插入: %s', async (_, excelApi, platform, kept) => {
    const host = FakeExcelHost.fromJson({ sheets: [{ name: 'Sheet1' }] }, { excelApi, platform, allowValueWrites: true });
    const out = await createTemplateGateway(host.Excel, host.Office, { year: YEAR }).insertTemplate({ preset: 'general', framework: '2024' });
    expect(out.notices).toContain(kept ? UNDO_KEPT_NOTICE : UNDO_NOTICE);
    expect(out.notices).not.toContain(kept ? UNDO_NOTICE : UNDO_KEPT_NOTICE);
  });

  it('从申报表生成 adds sheets without moving them: undoable on Windows with ExcelApi 1.20', async () => {
    const json = await workbookJsonFromXlsx(SEED);
    const host = new FakeExcelHost({ sheets: [json.sheets[0]] }, { allowValueWrites: true, excelApi: '1.20', platform: 'PC' });
    const out = await createTemplateGateway(host.Excel, host.Office, { year: YEAR }).generateFromSummary({ framework: '2024' });
    expect(out.notices).toContain(UNDO_KEPT_NOTICE);
  });
});
