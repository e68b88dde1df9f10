import { checkWorkbook } from '../../src/core/check';
import { SEVERITY_RANK, type Severity } from '../../src/core/finding';
import { fromA1, type Grid } from '../../src/core/grid';
import { ruleById } from '../../src/core/rules';
import {
  REPEATED_FROM,
  SEVERITIES,
  findingsOfRow,
  flattenGroups,
  formOf,
  groupFindings,
  mergeResults,
  rowsOf,
  totalCounts,
  type ShownFinding,
} from '../../src/taskpane/findings';
import { findLabel, rightOf, seedGrids, setCell } from './memory-gateway';

let seed: Grid[];
beforeAll(async () => {
  seed = await seedGrids('official');
});

function broken(): Grid[] {
  const grids = seed.map((g) => ({ ...g, rows: g.rows.map((r) => [...r]) }));
  const t1 = grids[1];
  setCell(t1, rightOf(findLabel(t1, '财政拨款')), 900);
  return grids;
}

test('grouping keeps every finding once: sheets in workbook order, rules worst first, cells in reading order', () => {
  const result = checkWorkbook(broken());
  const groups = groupFindings(result, new Set(SEVERITIES));
  const flat = flattenGroups(groups);
  expect(flat).toHaveLength(result.sheets.reduce((n, s) => n + s.findings.length, 0));
  expect(new Set(flat.map((f) => f.id)).size).toBe(flat.length);
  const order = result.sheets.map((s) => s.name);
  const sheetSeq = groups.map((g) => order.indexOf(g.sheet));
  expect([...sheetSeq].sort((a, b) => a - b)).toEqual(sheetSeq);
  for (const g of groups) {
    const ranks = g.rules.map((r) => SEVERITY_RANK[r.severity]);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    for (const r of g.rules) {
      expect(r.title).toBe(ruleById(r.rule)?.title ?? r.rule);
      const pos = r.findings.map((f) => fromA1(f.cell)!).map((c) => c.row * 16384 + c.col);
      expect([...pos].sort((a, b) => a - b)).toEqual(pos);
    }
  }
  expect(groups.find((g) => g.sheet === seed[1].name)!.rules[0].rule).toBe('funds/sources-mismatch');
});

test('the filter lets only the chosen severities through; counts stay whole', () => {
  const result = checkWorkbook(broken());
  const only: Set<Severity> = new Set(['error']);
  const groups = groupFindings(result, only);
  const flat = flattenGroups(groups);
  expect(flat.length).toBe(totalCounts(result).errors);
  expect(flat.every((f) => f.severity === 'error')).toBe(true);
  const s1 = groups.find((g) => g.sheet === seed[1].name)!;
  expect(s1.counts.errors + s1.counts.warnings + s1.counts.infos).toBe(result.sheets[1].findings.length);
});

test('merging a one-sheet re-check replaces that sheet only', () => {
  const before = checkWorkbook(broken());
  const fixed = broken();
  setCell(fixed[1], rightOf(findLabel(fixed[1], '财政拨款')), 1000);
  const full = checkWorkbook(fixed);
  const one = { model: full.model, sheets: full.sheets.filter((s) => s.name === seed[1].name) };
  const merged = mergeResults(before, one);
  expect(merged.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
  expect(merged.sheets[1]).toBe(one.sheets[0]);
  expect(merged.sheets[1].findings.some((f) => f.rule === 'funds/sources-mismatch')).toBe(false);
  expect(before.sheets[1].findings.some((f) => f.rule === 'funds/sources-mismatch')).toBe(true);
  for (let i = 2; i < merged.sheets.length; i++) expect(merged.sheets[i]).toBe(before.sheets[i]);
  // A whole-workbook re-check replaces everything; a new sheet is appended.
  expect(mergeResults(before, full).sheets).toEqual(full.sheets);
  const extra = { model: full.model, sheets: [{ name: '新表', kind: 'other' as const, findings: [] }] };
  expect(mergeResults(before, extra).sheets.at(-1)!.name).toBe('新表');
  expect(mergeResults(null, full)).toBe(full);
});

describe('repeated findings of a rule share one row', () => {
  /** Findings of one rule on one sheet, in cell order, with the given severities. */
  function findings(severities: Severity[]): ShownFinding[] {
    return severities.map((severity, i) => ({
      rule: 'value/missing-operator',
      severity,
      sheet: '表',
      cell: `E${10 + i}`,
      message: `第 ${i + 1} 条`,
      id: `s0-f${i}`,
    }));
  }

  test('hints from two on, warnings from six on, errors never', () => {
    expect(rowsOf(findings(['info']))).toEqual([{ kind: 'single', finding: expect.objectContaining({ cell: 'E10' }) }]);
    const two = rowsOf(findings(['info', 'info']));
    expect(two).toHaveLength(1);
    expect(two[0]).toMatchObject({ kind: 'repeated', severity: 'info' });
    expect(findingsOfRow(two[0]).map((f) => f.cell)).toEqual(['E10', 'E11']);

    const warnings = (n: number) => findings(Array.from({ length: n }, () => 'warning' as const));
    expect(rowsOf(warnings(REPEATED_FROM.warning - 1)).every((r) => r.kind === 'single')).toBe(true);
    expect(rowsOf(warnings(REPEATED_FROM.warning - 1))).toHaveLength(REPEATED_FROM.warning - 1);
    expect(rowsOf(warnings(REPEATED_FROM.warning))).toMatchObject([{ kind: 'repeated', severity: 'warning' }]);

    const errors = rowsOf(findings(Array.from({ length: 12 }, () => 'error' as const)));
    expect(errors).toHaveLength(12);
    expect(errors.every((r) => r.kind === 'single')).toBe(true);
  });

  test('a rule with findings of several severities: errors one by one first, then its repeated hints', () => {
    const mixed = findings(['info', 'error', 'info', 'error', 'info']);
    const rows = rowsOf(mixed);
    expect(rows.map((r) => r.kind)).toEqual(['single', 'single', 'repeated']);
    expect(rows.flatMap(findingsOfRow).map((f) => f.cell)).toEqual(['E11', 'E13', 'E10', 'E12', 'E14']);
  });

  test('上一个 / 下一个 follow the rows, not the cells, when a rule mixes severities', () => {
    const model = checkWorkbook(seed).model;
    const mixed = findings(['info', 'error', 'info', 'error', 'info']).map(({ id: _id, ...f }) => f);
    const groups = groupFindings({ model, sheets: [{ name: '表', kind: 'target-table', form: 'target', findings: mixed }] }, new Set(SEVERITIES));
    expect(flattenGroups(groups).map((f) => f.cell)).toEqual(['E11', 'E13', 'E10', 'E12', 'E14']);
  });

  test('on the seed: every finding in exactly one row, 上一个 / 下一个 walk the rows in order, counts stay whole', () => {
    const result = checkWorkbook(seed);
    const groups = groupFindings(result, new Set(SEVERITIES));
    const all = result.sheets.flatMap((s) => s.findings);
    let rowCount = 0;
    for (const g of groups) {
      const sheet = result.sheets.find((s) => s.name === g.sheet)!;
      expect(g.counts).toEqual(totalCounts({ model: result.model, sheets: [sheet] }));
      for (const r of g.rules) {
        rowCount += r.rows.length;
        const inRows = r.rows.flatMap(findingsOfRow);
        expect([...inRows].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...r.findings].sort((a, b) => a.id.localeCompare(b.id)));
        // A rule's hints on a sheet (two or more) are one row; nothing else is repeated.
        const infos = r.findings.filter((f) => f.severity === 'info').length;
        const repeated = r.rows.filter((row) => row.kind === 'repeated');
        expect(repeated.length).toBe(infos >= 2 ? 1 : 0);
        for (const row of repeated) expect(row.kind === 'repeated' && row.severity).toBe('info');
      }
    }
    // The seed's 43 missing-operator hints on 15 tables: far fewer rows than findings.
    expect(rowCount).toBeLessThan(all.length / 2);
    const flat = flattenGroups(groups);
    expect(flat.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual(all.map((f) => `${f.sheet}!${f.cell}`).sort());
    expect(flat).toEqual(groups.flatMap((g) => g.rules.flatMap((r) => r.rows.flatMap(findingsOfRow))));
  });
});

test('each sheet carries its form; results without forms fall back on the kind', () => {
  const result = checkWorkbook(seed);
  const groups = groupFindings(result, new Set(SEVERITIES));
  for (const g of groups) expect(g.form).toBe(result.sheets.find((s) => s.name === g.sheet)!.form);
  expect(groups.some((g) => g.form === 'summary')).toBe(true);
  expect(groups.some((g) => g.form === 'target')).toBe(true);
  const [summary] = result.sheets.filter((s) => s.kind === 'summary');
  const [table] = result.sheets.filter((s) => s.kind === 'target-table');
  expect(formOf({ ...summary, form: undefined })).toBe('summary');
  expect(formOf({ ...table, form: undefined })).toBe('target');
  expect(formOf({ ...table, form: 'self-evaluation' })).toBe('self-evaluation');
  expect(formOf({ name: '工资表', kind: 'other', findings: [] })).toBeUndefined();
});
