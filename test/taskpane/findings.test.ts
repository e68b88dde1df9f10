import { checkWorkbook } from '../../src/core/check';
import { SEVERITY_RANK, type Severity } from '../../src/core/finding';
import { fromA1, type Grid } from '../../src/core/grid';
import { ruleById } from '../../src/core/rules';
import { SEVERITIES, flattenGroups, groupFindings, mergeResults, totalCounts } from '../../src/taskpane/findings';
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
