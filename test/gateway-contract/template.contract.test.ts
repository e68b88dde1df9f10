/**
 * The template side of the contract, once for both hosts: an inserted sheet equals the spec cell for cell
 * (contents, formulas and their results, fonts, alignment, number formats, fills, borders, merges, column
 * widths, row heights, data validation, print set-up), after the active sheet, activated, nothing else
 * changed; 从申报表生成 and 生成/更新申报表 give sheets the checker recognises and finds consistent.
 */
import { checkWorkbook } from '../../src/core/check';
import { columnWidthPoints, buildTemplate, type SheetSpec, type ValidationSpec } from '../../src/core/template';
import { parseRange, rangeToA1, type Grid } from '../../src/core/grid';
import { recognizeSheet } from '../../src/core/recognize';
import { key, type FakeWorkbookJson } from '../fake-excel/workbook';
import { HOSTS, type HostUnderTest } from './hosts';
import { seedJson } from './helpers';

function gridsOf(h: HostUnderTest): Grid[] {
  return h.serialize().sheets.map((s) => ({ name: s.name, rows: s.rows ?? [], merges: (s.merges ?? []).map((m) => parseRange(m)!) }));
}

function expectedRule(v: ValidationSpec): Record<string, unknown> {
  switch (v.rule.kind) {
    case 'list':
      return { list: { inCellDropDown: true, source: v.rule.items.join(',') } };
    case 'decimal':
      return { decimal: { formula1: String(v.rule.min), operator: 'GreaterThanOrEqualTo' } };
    case 'textLength':
      return { textLength: { formula1: String(v.rule.max), operator: 'LessThanOrEqualTo' } };
  }
}

/** A rule as written, its bounds as text (Office.js takes numbers, ET's Validation.Add strings). */
function ruleAsText(rule: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(rule, (k, v: unknown) => (k === 'formula1' && typeof v === 'number' ? String(v) : v))) as Record<string, unknown>;
}

function expectSheetEqualsSpec(h: HostUnderTest, spec: SheetSpec): void {
  const s = h.workbook().sheetByName(spec.name)!;
  for (const c of spec.cells) {
    const k = key(c.row, c.col);
    const at = rangeToA1({ top: c.row, left: c.col, bottom: c.row, right: c.col });
    if (c.formula) {
      expect({ at, formula: s.formulas.get(k) }).toEqual({ at, formula: c.formula });
      expect({ at, v: s.value(c.row, c.col) }).toEqual({ at, v: c.result === '' ? null : (c.result ?? null) });
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
  for (const [r, height] of Object.entries(spec.rowHeights)) expect(s.rowHeights.get(Number(r))).toBe(height);
  const want = new Map<number, ValidationSpec>();
  for (const v of spec.validations) for (const r of v.ranges) for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) want.set(key(row, col), v);
  expect([...s.validations.keys()].sort((a, b) => a - b)).toEqual([...want.keys()].sort((a, b) => a - b));
  for (const [k, v] of want) {
    const got = s.validations.get(k)!;
    expect(ruleAsText(got.rule)).toEqual(expectedRule(v));
    expect(got.prompt).toEqual({ showPrompt: true, title: v.prompt.title, message: v.prompt.message });
    expect(got.errorAlert).toEqual({ showAlert: true, style: { stop: 'Stop', warning: 'Warning', information: 'Information' }[v.error.style], title: v.error.title, message: v.error.message });
  }
  expect(s.pageLayout).toMatchObject({
    paperSize: 'A4',
    orientation: 'Portrait',
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    centerHorizontally: true,
    printTitleRows: `$${spec.print.titleRows!.first + 1}:$${spec.print.titleRows!.last + 1}`,
  });
}

const others = (json: FakeWorkbookJson, except: string) => json.sheets.filter((s) => s.name !== except);

describe.each(HOSTS)('template contract: %s', (_kind, make) => {
  it('插入模板: after the active sheet, equal to the spec, activated, nothing else changed', async () => {
    const h = make(await seedJson(), { allowValueWrites: true });
    const names = h.serialize().sheets.map((s) => s.name);
    h.user.activate(names[3]);
    const before = h.serialize();
    const request = { preset: 'subsidy', framework: '2024' as const, projectName: '农村最低生活保障金', department: '平阴县民政局', amount: 1680.92 };
    const out = await h.templates.insertTemplate(request);
    expect(out.sheetName).toBe('农村最低生活保障金');
    const after = h.serialize();
    expect(after.sheets.map((s) => s.name)).toEqual([...names.slice(0, 4), out.sheetName, ...names.slice(4)]);
    expect(h.activeSheet()).toBe(out.sheetName);
    expect(others(after, out.sheetName)).toEqual(before.sheets);
    expectSheetEqualsSpec(h, buildTemplate({ ...request, year: 2024, sheetName: out.sheetName }));
  });

  it.each(['general', 'construction', 'personnel', 'it-ops', 'services'] as const)('%s (classic) equals its spec, and the checker sees a target table', async (preset) => {
    const h = make({ sheets: [{ name: 'Sheet1' }] }, { allowValueWrites: true });
    const out = await h.templates.insertTemplate({ preset, framework: 'classic' });
    expectSheetEqualsSpec(h, buildTemplate({ preset, framework: 'classic', year: 2024, sheetName: out.sheetName }));
    expect(recognizeSheet(gridsOf(h).find((g) => g.name === out.sheetName)!).kind).toBe('target-table');
  });

  it('never reuses a name (hidden sheets count) and refuses an unknown preset', async () => {
    const h = make({ sheets: [{ name: '绩效目标表' }, { name: '工程建设类绩效目标表', visible: false }] }, { allowValueWrites: true });
    const a = await h.templates.insertTemplate({ preset: 'construction', framework: '2024' });
    const b = await h.templates.insertTemplate({ preset: 'construction', framework: '2024' });
    expect([a.sheetName, b.sheetName]).toEqual(['工程建设类绩效目标表(2)', '工程建设类绩效目标表(3)']);
    await expect(h.templates.insertTemplate({ preset: 'nope', framework: '2024' })).rejects.toThrow(/没有名为“nope”的模板/);
  });

  it('从申报表生成: one recognised sheet per summary row, consistent with the summary', async () => {
    const json = await seedJson();
    const h = make({ sheets: [json.sheets[0]] }, { allowValueWrites: true });
    const out = await h.templates.generateFromSummary({ framework: '2024' });
    expect(out.sheetNames).toHaveLength(15);
    expect(h.serialize().sheets.map((s) => s.name)).toEqual([json.sheets[0].name, ...out.sheetNames]);
    expect(h.activeSheet()).toBe(out.sheetNames[0]);
    const result = checkWorkbook(gridsOf(h));
    expect(result.sheets.map((s) => s.kind)).toEqual(['summary', ...out.sheetNames.map(() => 'target-table')]);
    expect(result.sheets.flatMap((s) => s.findings).filter((f) => f.rule.startsWith('summary/'))).toEqual([]);
  });

  it('生成/更新申报表: the summary first, its formulas in step with the tables; a refresh keeps it in place', async () => {
    const json = await seedJson();
    const h = make({ sheets: json.sheets.slice(1) }, { allowValueWrites: true });
    const before = h.serialize().sheets;
    const out = await h.templates.updateSummary();
    expect(out).toMatchObject({ sheetName: '绩效目标申报表', created: true, rows: 15 });
    expect(h.serialize().sheets[0].name).toBe('绩效目标申报表');
    expect(h.serialize().sheets.slice(1)).toEqual(before);
    const s = h.workbook().sheetByName('绩效目标申报表')!;
    expect(s.formulas.get(key(17, 3))).toBe('=SUM(D3:D17)');
    expect(s.value(17, 3)).toBeCloseTo(20350.67, 6);
    const result = checkWorkbook(gridsOf(h));
    expect(result.sheets[0].kind).toBe('summary');
    expect(result.sheets.flatMap((x) => x.findings).filter((f) => f.rule.startsWith('summary/'))).toEqual([]);
    const again = await h.templates.updateSummary();
    expect(again).toMatchObject({ sheetName: '绩效目标申报表', created: false, rows: 15 });
    expect(h.serialize().sheets.map((x) => x.name)).toEqual(['绩效目标申报表', ...before.map((x) => x.name)]);
  });
});
