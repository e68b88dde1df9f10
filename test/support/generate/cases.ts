/**
 * Evaluation cases: correct workbooks per variant, and one mutated workbook per (mutation × variant)
 * with its unmutated baseline and the {rule, sheet} a checker must report. Shared by scripts/eval.ts and
 * test/eval/variants.test.ts. Everything is a pure function of (seed, variant, mutation).
 */
import type { Grid } from '../../../src/core/grid';
import { Rng } from './prng';
import type { Variant } from './layouts';
import { MUTATIONS, RULE_IDS, rebalanceWeights, type Mutation } from './mutate';
import type { SheetDraft } from './render';
import { cloneWorkbook, generateWorkbook, gridsOf, renderWorkbook, type GenWorkbook } from './workbook';

export const DEFAULT_SEED = 'jixiao-eval-1';

export interface CorrectCase {
  id: string;
  variant: Variant;
  wb: GenWorkbook;
  drafts: SheetDraft[];
  grids: Grid[];
  /** The sheets holding a target table, and the summary sheet (null: none). */
  tableSheets: string[];
  summarySheet: string | null;
}

export function correctCase(variant: Variant, index: number, seed = DEFAULT_SEED): CorrectCase {
  const rng = new Rng(`${seed}/correct/${variant.id}/${index}`);
  const wb = generateWorkbook(rng.fork('wb'), variant);
  const drafts = renderWorkbook(wb, variant, rng.fork('render'));
  return {
    id: `${variant.id}#${index}`,
    variant,
    wb,
    drafts,
    grids: gridsOf(drafts),
    tableSheets: wb.projects.map((p) => p.sheet),
    summarySheet: wb.summary?.sheet ?? null,
  };
}

export interface Expected {
  rule: string;
  /** The sheet the finding belongs on. */
  sheet: string;
  /** Every sheet accepted (the expected one first). */
  sheets: string[];
}

export interface MutatedCase {
  id: string;
  variant: Variant;
  mutation: Mutation;
  /** The concrete change, for the report. */
  detail: string;
  wb: GenWorkbook;
  drafts: SheetDraft[];
  grids: Grid[];
  /** The same workbook without the mistake. */
  baseline: Grid[];
  expected: Expected;
  /** The sheet of the mutated project (for summary mutations, the project whose row changed). */
  targetSheet: string;
  tableSheets: string[];
  summarySheet: string | null;
}

export function mutatedCase(variant: Variant, mutation: Mutation, seed = DEFAULT_SEED): MutatedCase {
  const v = mutation.adjustVariant ? mutation.adjustVariant(variant) : variant;
  let lastError: unknown = null;
  for (let attempt = 0; attempt < 8; attempt++) {
    const rng = new Rng(`${seed}/mutated/${mutation.id}/${variant.id}/${attempt}`);
    const tables = rng.int(3, 5);
    const target = rng.int(0, tables - 1);
    const wb = generateWorkbook(rng.fork('wb'), v, { tables, target: { index: target, needs: mutation.needs ?? {} } });
    const baselineDrafts = renderWorkbook(wb, v, rng.fork('render'));
    const mutated = cloneWorkbook(wb);
    let detail: string;
    try {
      detail = mutation.apply({ wb: mutated, target, rng: rng.fork('apply'), variant: v });
    } catch (e) {
      lastError = e;
      continue;
    }
    rebalanceWeights(mutation, mutated.projects[target], rng.fork('weights'));
    const drafts = renderWorkbook(mutated, v, rng.fork('render'));
    const tableSheet = mutated.projects[target].sheet;
    const summarySheet = mutated.summary?.sheet ?? null;
    const primary = mutation.on === 'summary' && summarySheet ? summarySheet : tableSheet;
    const other = mutation.on === 'summary' ? tableSheet : summarySheet;
    const sheets = mutation.eitherSheet && other ? [primary, other] : [primary];
    return {
      id: `${mutation.id}@${variant.id}`,
      variant: v,
      mutation,
      detail,
      wb: mutated,
      drafts,
      grids: gridsOf(drafts),
      baseline: gridsOf(baselineDrafts),
      expected: { rule: mutation.rule, sheet: primary, sheets },
      targetSheet: tableSheet,
      tableSheets: mutated.projects.map((p) => p.sheet),
      summarySheet,
    };
  }
  throw new Error(`mutation ${mutation.id} not applicable on ${variant.id}: ${String(lastError)}`);
}

/**
 * One mutated case per (rule × variant). A rule with several mutation kinds uses them in turn across
 * the variants, so every kind is exercised.
 */
export function mutationCases(variants: readonly Variant[], seed = DEFAULT_SEED, rules: readonly string[] = RULE_IDS): MutatedCase[] {
  const out: MutatedCase[] = [];
  for (const rule of rules) {
    const kinds = MUTATIONS.filter((m) => m.rule === rule);
    if (!kinds.length) throw new Error(`no mutation for rule ${rule}`);
    variants.forEach((variant, vi) => out.push(mutatedCase(variant, kinds[vi % kinds.length], seed)));
  }
  return out;
}
