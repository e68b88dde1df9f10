/**
 * Pairs the rows of the summary sheet(s) (申报表) with the project tables of the workbook, by name
 * similarity (names differ in spaces and prefixes like "2022年") and, as a tie-break, by amount.
 * Shared by the summary/* rules.
 */
import type { SummaryRow, SummaryTable, TargetTable, WorkbookModel } from '../../model';
import { compactKey, similarity } from '../../text';

export interface SummaryEntry {
  summary: SummaryTable;
  row: SummaryRow;
}

export interface SummaryPair extends SummaryEntry {
  table: TargetTable;
  /** Name similarity in [0, 1]. */
  score: number;
}

export interface SummaryMatching {
  summaries: SummaryTable[];
  tables: TargetTable[];
  pairs: SummaryPair[];
  unmatchedRows: SummaryEntry[];
  unmatchedTables: TargetTable[];
}

/** A name without a leading year ("2022年", "2024 年度") for comparing. */
function withoutYear(key: string): string {
  return key.replace(/^(19|20)\d{2}年度?/, '');
}

/** How alike two project names are, in [0, 1]: the better of the names as written and without a year prefix. */
export function nameScore(a: string, b: string): number {
  const x = compactKey(a);
  const y = compactKey(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  const plain = similarity(x, y);
  const xs = withoutYear(x);
  const ys = withoutYear(y);
  const stripped = xs && ys ? similarity(xs, ys) : 0;
  // A name equal but for the year prefix is a match, if not an exact one.
  return Math.max(plain, xs === ys && xs ? 0.95 : stripped);
}

const TOTAL_NAMES = /^(合计|总计|小计|累计|总合计)$/;

/** The summary rows that name a project (not 合计 lines, not blank lines). */
export function projectRows(summary: SummaryTable): SummaryRow[] {
  return (summary.rows ?? []).filter((r) => {
    const name = compactKey(r.name?.text ?? '');
    return name.length > 0 && !TOTAL_NAMES.test(name) && !TOTAL_NAMES.test(compactKey(r.index ?? ''));
  });
}

/** Name similarity needed to pair a row and a table; with equal amounts a lower similarity does. */
const MIN_SCORE = 0.6;
const MIN_SCORE_SAME_AMOUNT = 0.35;

export function matchSummaryRows(model: WorkbookModel, amountTolerance = 0.01): SummaryMatching {
  const summaries = (model.sheets ?? []).filter((s): s is SummaryTable => s.kind === 'summary');
  const tables = (model.sheets ?? []).filter((s): s is TargetTable => s.kind === 'target-table');
  const entries: SummaryEntry[] = summaries.flatMap((summary) => projectRows(summary).map((row) => ({ summary, row })));
  const candidates: Array<{ e: number; t: number; score: number; rank: number }> = [];
  entries.forEach((entry, e) => {
    tables.forEach((table, t) => {
      const score = nameScore(entry.row.name?.text ?? '', table.projectName?.text ?? '');
      const a = entry.row.amount?.amount;
      const b = table.funds?.total?.amount;
      const sameAmount = a !== null && a !== undefined && b !== null && b !== undefined && Math.abs(a - b) <= amountTolerance + 1e-9;
      if (score >= MIN_SCORE || (sameAmount && score >= MIN_SCORE_SAME_AMOUNT)) {
        candidates.push({ e, t, score, rank: score + (sameAmount ? 0.2 : 0) });
      }
    });
  });
  candidates.sort((x, y) => y.rank - x.rank || x.e - y.e || x.t - y.t);
  const usedE = new Set<number>();
  const usedT = new Set<number>();
  const pairs: SummaryPair[] = [];
  for (const c of candidates) {
    if (usedE.has(c.e) || usedT.has(c.t)) continue;
    usedE.add(c.e);
    usedT.add(c.t);
    pairs.push({ ...entries[c.e], table: tables[c.t], score: c.score });
  }
  pairs.sort((x, y) => summaries.indexOf(x.summary) - summaries.indexOf(y.summary) || x.row.row - y.row.row);
  return {
    summaries,
    tables,
    pairs,
    unmatchedRows: entries.filter((_, i) => !usedE.has(i)),
    unmatchedTables: tables.filter((_, i) => !usedT.has(i)),
  };
}
