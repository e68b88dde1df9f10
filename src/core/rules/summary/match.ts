/**
 * Pairs the rows of the summary sheet(s) (申报表) with the project tables of the workbook, by name
 * similarity (names differ in spaces and prefixes like "2022年") and, as a tie-break, by amount.
 * Shared by the summary/* rules.
 */
import type { SummaryRow, SummaryTable, TargetTable, WorkbookModel } from '../../model';
import { bigrams, compactKey, dice, type Bigrams } from '../../text';

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

/**
 * A name prepared once for many comparisons: its compact key and bigrams, with and without a year. The
 * bigrams are made when first compared: names written alike (most of them) never need them.
 */
interface PreparedName {
  key: string;
  plain?: Bigrams;
  noYear: string;
  stripped?: Bigrams;
}

function prepare(name: string): PreparedName {
  const key = compactKey(name);
  return { key, noYear: withoutYear(key) };
}

function plainBigrams(n: PreparedName): Bigrams {
  return (n.plain ??= bigrams(n.key));
}

function strippedBigrams(n: PreparedName): Bigrams {
  return (n.stripped ??= bigrams(n.noYear));
}

function scorePrepared(x: PreparedName, y: PreparedName): number {
  if (!x.key || !y.key) return 0;
  if (x.key === y.key) return 1;
  const plain = dice(plainBigrams(x), plainBigrams(y));
  const stripped = x.noYear && y.noYear ? dice(strippedBigrams(x), strippedBigrams(y)) : 0;
  // A name equal but for the year prefix is a match, if not an exact one.
  return Math.max(plain, x.noYear === y.noYear && x.noYear ? 0.95 : stripped);
}

/** How alike two project names are, in [0, 1]: the better of the names as written and without a year prefix. */
export function nameScore(a: string, b: string): number {
  return scorePrepared(prepare(a), prepare(b));
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

const matchings = new WeakMap<WorkbookModel, Map<number, SummaryMatching>>();

/** Memoised per workbook model and tolerance: the three summary rules share one matching. */
export function matchSummaryRows(model: WorkbookModel, amountTolerance = 0.01): SummaryMatching {
  let byTolerance = matchings.get(model);
  if (!byTolerance) {
    byTolerance = new Map();
    matchings.set(model, byTolerance);
  }
  let m = byTolerance.get(amountTolerance);
  if (!m) {
    m = computeMatching(model, amountTolerance);
    byTolerance.set(amountTolerance, m);
  }
  return m;
}

function computeMatching(model: WorkbookModel, amountTolerance: number): SummaryMatching {
  const summaries = (model.sheets ?? []).filter((s): s is SummaryTable => s.kind === 'summary');
  const tables = (model.sheets ?? []).filter((s): s is TargetTable => s.kind === 'target-table');
  const entries: SummaryEntry[] = summaries.flatMap((summary) => projectRows(summary).map((row) => ({ summary, row })));
  const candidates: Array<{ e: number; t: number; score: number; rank: number }> = [];
  const entryNames = entries.map((entry) => prepare(entry.row.name?.text ?? ''));
  const tableNames = tables.map((table) => prepare(table.projectName?.text ?? ''));
  // Names written alike pair without a similarity scan, when there are tables enough for every row so
  // named: a workbook of 200 projects then costs 200 look-ups, not 40,000 comparisons.
  const tablesByKey = new Map<string, number[]>();
  tableNames.forEach((n, t) => {
    if (!n.key) return;
    const list = tablesByKey.get(n.key);
    if (list) list.push(t);
    else tablesByKey.set(n.key, [t]);
  });
  const entriesPerKey = new Map<string, number>();
  for (const n of entryNames) if (n.key) entriesPerKey.set(n.key, (entriesPerKey.get(n.key) ?? 0) + 1);
  entries.forEach((entry, e) => {
    const exact = tablesByKey.get(entryNames[e].key);
    const onlyExact = !!exact && exact.length >= (entriesPerKey.get(entryNames[e].key) ?? 0);
    const scan = onlyExact ? exact.map((t) => tables[t]) : tables;
    scan.forEach((table, i) => {
      const t = onlyExact ? exact[i] : i;
      const score = scorePrepared(entryNames[e], tableNames[t]);
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
