/**
 * The cost/*, goal/*, summary/* and weights/* rules never throw, whatever is null or odd in a model:
 * seed tables and summaries with fields knocked out at random (seeded), and every finding points at a
 * real cell of a sheet in the workbook.
 */
import { Rng } from '../support/generate/prng';
import { buildSummary, buildTable, parseSeedProjects } from '../support/table-builder';
import { DEFAULT_PROFILE, BUILTIN_PROFILES } from '../../src/core/profile';
import type { SummaryTable, TargetTable, TargetValue, WorkbookModel } from '../../src/core/model';
import { costRules } from '../../src/core/rules/cost';
import { goalRules } from '../../src/core/rules/goal';
import { summaryRules } from '../../src/core/rules/summary';
import { weightsRules } from '../../src/core/rules/weights';
import type { Rule } from '../../src/core/rule';

const RULES: Rule[] = [...costRules, ...goalRules, ...summaryRules, ...weightsRules];

/** A seeded random source: the project's generator (test/support/generate/prng.ts). */
function rng(seed: number): () => number {
  const g = new Rng(seed);
  return () => g.next();
}

const ODD_VALUES: TargetValue[] = [
  { kind: 'empty' },
  { kind: 'placeholder', text: '待定' },
  { kind: 'unparseable', text: '≥米' },
  { kind: 'qualitative', text: '明显提高' },
  { kind: 'date', text: '2024年12月31日', operator: '<=', year: 2024, month: 12, day: 31 },
  { kind: 'quantity', text: '≥0', operator: '>=', operatorExplicit: true, number: 0, unit: null },
  { kind: 'quantity', text: 'NaN', operator: '=', operatorExplicit: false, number: Number.NaN, unit: { text: '元/', base: '元', per: [''], kind: 'money' } },
  { kind: 'quantity', text: '-5 万元', operator: '=', operatorExplicit: false, number: -5, unit: { text: '万元', base: '万元', per: [], kind: 'money' } },
  { kind: 'quantity', text: '1e300 元/月', operator: '<=', operatorExplicit: true, number: 1e300, unit: { text: '元/月', base: '元', per: ['月'], kind: 'money' } },
  { kind: 'quantity', text: '12 个', operator: '=', operatorExplicit: false, number: 12, unit: { text: '个', base: '', per: [], kind: 'other' } },
];

function mangleTable(t: TargetTable, r: () => number): TargetTable {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const maybe = <T>(v: T, nullish: T) => (r() < 0.2 ? nullish : v);
  return {
    ...t,
    projectName: maybe(t.projectName, null),
    department: maybe(t.department, null),
    goal: r() < 0.2 ? null : r() < 0.2 ? { ...t.goal!, text: pick(['', '2024 年 1 月 1 日', '完成 5 个、6 个、7 个', '100%以上以内余']) } : t.goal,
    funds: { ...t.funds, total: r() < 0.2 ? null : r() < 0.2 ? { ...t.funds.total!, amount: null } : t.funds.total },
    indicatorHeaderRow: maybe(t.indicatorHeaderRow, null),
    layout: { ...t.layout, hasWeights: r() < 0.3 },
    indicators: t.indicators
      .filter(() => r() > 0.1)
      .map((ind) => ({
        ...ind,
        level1: maybe(ind.level1, null),
        level2: r() < 0.2 ? null : r() < 0.1 && ind.level2 ? { ...ind.level2, canonical: null } : ind.level2,
        name: r() < 0.1 ? null : r() < 0.1 && ind.name ? { ...ind.name, text: '' } : ind.name,
        value: r() < 0.2 ? { ...ind.value, parsed: pick(ODD_VALUES) } : ind.value,
        weight: r() < 0.3 ? { text: 'x', value: r() < 0.5 ? null : Math.round(r() * 30), cell: { row: ind.row, col: 5 } } : ind.weight,
      })),
  };
}

function mangleSummary(s: SummaryTable, r: () => number): SummaryTable {
  return {
    ...s,
    rows: s.rows
      .filter(() => r() > 0.1)
      .map((row) => ({
        ...row,
        name: r() < 0.15 ? null : row.name,
        department: r() < 0.15 ? null : row.department,
        amount: r() < 0.15 ? null : r() < 0.1 && row.amount ? { ...row.amount, amount: null } : row.amount,
      })),
    totalRow: r() < 0.3 ? null : s.totalRow,
  };
}

describe('robustness of cost/goal/summary/weights rules', () => {
  const seeds = parseSeedProjects();

  it('never throws and points inside the workbook on 300 mangled workbooks, in both frameworks', () => {
    let findings = 0;
    for (let i = 0; i < 300; i++) {
      const r = rng(i + 1);
      const tables = seeds.map((p) => mangleTable(buildTable(p.spec), r));
      const summary = mangleSummary(buildSummary({ rows: seeds.map((p) => [p.deptSummary, p.nameSummary, p.spec.total ?? '']), total: true }), r);
      const model: WorkbookModel = { sheets: r() < 0.8 ? [summary, ...tables] : tables };
      const sheets = new Set(model.sheets.map((s) => s.sheet));
      const ctx = { profile: i % 2 ? BUILTIN_PROFILES.classic : DEFAULT_PROFILE };
      for (const rule of RULES) {
        const issues =
          rule.scope === 'workbook' ? rule.check(model, ctx) : tables.flatMap((t) => rule.check(t, ctx).map((x) => ({ ...x, sheet: x.sheet ?? t.sheet })));
        for (const issue of issues) {
          findings++;
          expect(sheets.has(issue.sheet!)).toBe(true);
          expect(Number.isInteger(issue.cell.row) && issue.cell.row >= 0).toBe(true);
          expect(Number.isInteger(issue.cell.col) && issue.cell.col >= 0).toBe(true);
          expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
          expect(issue.message).not.toMatch(/undefined|NaN|Infinity|e\+\d/);
        }
      }
    }
    // Knocking fields out does make the rules speak (otherwise this test would prove nothing).
    expect(findings).toBeGreaterThan(100);
  });
});
