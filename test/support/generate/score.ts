/**
 * Scoring a checker run against generated cases: shared by scripts/eval.ts and test/eval/*.test.ts so
 * the scorecard and the assertions judge the same way.
 */
import { checkWorkbook, type WorkbookResult } from '../../../src/core/check';
import type { Finding } from '../../../src/core/finding';
import type { Grid } from '../../../src/core/grid';
import type { CorrectCase, MutatedCase } from './cases';

export interface Run {
  result: WorkbookResult | null;
  /** The exception checkWorkbook threw, if any. */
  error: string | null;
  findings: Finding[];
}

export function runCheck(grids: readonly Grid[]): Run {
  try {
    const result = checkWorkbook(grids);
    return { result, error: null, findings: result.sheets.flatMap((s) => s.findings) };
  } catch (e) {
    return { result: null, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e), findings: [] };
  }
}

export function kindOf(r: Run, sheet: string): string {
  return r.result?.sheets.find((s) => s.name === sheet)?.kind ?? (r.error ? 'crash' : 'missing');
}

const key = (f: Finding) => `${f.rule}|${f.sheet}|${f.cell}|${f.message}`;

/** Findings of `mut` that `base` does not have (multiset difference). */
export function newFindings(mut: readonly Finding[], base: readonly Finding[]): Finding[] {
  const counts = new Map<string, number>();
  for (const f of base) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
  const out: Finding[] = [];
  for (const f of mut) {
    const k = key(f);
    const c = counts.get(k) ?? 0;
    if (c > 0) counts.set(k, c - 1);
    else out.push(f);
  }
  return out;
}

export interface CorrectScore {
  run: Run;
  /** Sheets read as the wrong kind: "sheet: expected → got". */
  misread: string[];
  tables: number;
  tablesRecognised: number;
  summaries: number;
  summariesRecognised: number;
  errors: Finding[];
  warnings: Finding[];
  infos: Finding[];
}

export function scoreCorrect(c: CorrectCase): CorrectScore {
  const run = runCheck(c.grids);
  const s: CorrectScore = {
    run,
    misread: [],
    tables: 0,
    tablesRecognised: 0,
    summaries: 0,
    summariesRecognised: 0,
    errors: run.findings.filter((f) => f.severity === 'error'),
    warnings: run.findings.filter((f) => f.severity === 'warning'),
    infos: run.findings.filter((f) => f.severity === 'info'),
  };
  for (const sheet of c.tableSheets) {
    s.tables++;
    const k = kindOf(run, sheet);
    if (k === 'target-table') s.tablesRecognised++;
    else s.misread.push(`${sheet}: target-table → ${k}`);
  }
  if (c.summarySheet) {
    s.summaries++;
    const k = kindOf(run, c.summarySheet);
    if (k === 'summary') s.summariesRecognised++;
    else s.misread.push(`${c.summarySheet}: summary → ${k}`);
  }
  return s;
}

/**
 * found: the expected rule on an accepted sheet, as a finding the baseline does not have.
 * wrong-sheet: it fired (newly) on another sheet. baseline: only where it fires on the correct workbook
 * too. not-read: the mutated table was not recognised. crash: checkWorkbook threw. missed: nothing.
 */
export type Status = 'found' | 'wrong-sheet' | 'baseline' | 'missed' | 'not-read' | 'crash';

export interface MutationScore {
  status: Status;
  match: { sheet: string; cell: string; message: string; severity: string } | null;
  /** New findings (vs baseline) on the accepted sheets, as "rule@cell". */
  instead: string[];
  /** Where the expected rule fired instead (wrong sheet). */
  firedOn: string[];
  error: string | null;
}

export function scoreMutation(c: MutatedCase): MutationScore {
  const mut = runCheck(c.grids);
  const base = runCheck(c.baseline);
  const accepted = c.expected.sheets;
  const fresh = newFindings(mut.findings, base.findings);
  const res: MutationScore = {
    status: 'missed',
    match: null,
    instead: fresh
      .filter((f) => accepted.includes(f.sheet))
      .map((f) => `${f.rule}@${f.sheet === c.expected.sheet ? '' : `${f.sheet}!`}${f.cell}`),
    firedOn: [],
    error: mut.error,
  };
  if (mut.error) {
    res.status = 'crash';
    return res;
  }
  const hit = fresh.find((f) => f.rule === c.expected.rule && accepted.includes(f.sheet));
  if (hit) {
    res.status = 'found';
    res.match = { sheet: hit.sheet, cell: hit.cell, message: hit.message, severity: hit.severity };
    return res;
  }
  const elsewhere = fresh.filter((f) => f.rule === c.expected.rule);
  if (elsewhere.length) {
    res.status = 'wrong-sheet';
    res.firedOn = [...new Set(elsewhere.map((f) => `${f.sheet}!${f.cell}`))];
    return res;
  }
  if (mut.findings.some((f) => f.rule === c.expected.rule && accepted.includes(f.sheet))) {
    res.status = 'baseline';
    return res;
  }
  if (c.mutation.on === 'table' && kindOf(mut, c.targetSheet) !== 'target-table') res.status = 'not-read';
  return res;
}
