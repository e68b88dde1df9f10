/**
 * Pure helpers of the 检查 view: grouping findings by sheet and rule, folding a rule's repeated hints into
 * one line of cells, the order previous / next step through, counts, and merging a one-sheet re-check into
 * the previous result. No React, no Office.
 */
import { countBySeverity, SEVERITY_RANK, type Finding, type Severity } from '../core/finding';
import { fromA1 } from '../core/grid';
import type { SheetForm, SheetResult, WorkbookResult } from '../core/check';
import { ruleById } from '../core/rules';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export interface ShownFinding extends Finding {
  /** Unique within one result: "s<sheet index>-f<index in the sheet's findings>" (safe in a CSS selector). */
  id: string;
}

export interface RuleGroup {
  rule: string;
  /** The rule's one-line Chinese title, or its id when the rule is unknown to this build. */
  title: string;
  /** The rule's short doc (why it matters, how to fix it); '' when unknown. */
  description: string;
  /** The most severe finding of the group. */
  severity: Severity;
  /** The rule's findings on the sheet, by cell position. */
  findings: ShownFinding[];
  /** How they are shown: most severe first, then by cell; every finding in exactly one row. */
  rows: FindingRowGroup[];
}

/**
 * A row of the list: one finding, or a rule's repeated findings of one severity on one sheet shown as one
 * line (the cells as chips, one message as the example).
 */
export type FindingRowGroup =
  | { kind: 'single'; finding: ShownFinding }
  | { kind: 'repeated'; severity: Severity; findings: ShownFinding[] };

/**
 * From how many findings of one rule and one severity on one sheet they share a line: hints from 2 (the
 * same advice cell after cell); warnings from 6, since a few warnings of one rule usually say different
 * things to fix (the seed's four 申报表 name mismatches each name another project); errors never.
 */
export const REPEATED_FROM: Record<Severity, number> = { error: Infinity, warning: 6, info: 2 };

/** The rows of one rule's findings (already in cell order). */
export function rowsOf(findings: readonly ShownFinding[]): FindingRowGroup[] {
  const rows: FindingRowGroup[] = [];
  const severities = [...new Set(findings.map((f) => f.severity))].sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b]);
  for (const severity of severities) {
    const same = findings.filter((f) => f.severity === severity);
    if (same.length >= REPEATED_FROM[severity]) rows.push({ kind: 'repeated', severity, findings: same });
    else for (const finding of same) rows.push({ kind: 'single', finding });
  }
  return rows;
}

/** The findings of a row, in the order shown. */
export function findingsOfRow(row: FindingRowGroup): ShownFinding[] {
  return row.kind === 'single' ? [row.finding] : row.findings;
}

export interface SheetGroup {
  sheet: string;
  kind: SheetResult['kind'];
  /** Which form the sheet is (目标表, 申报表, …); absent for sheets the checker did not recognise. */
  form?: SheetForm;
  /** Counts over all the sheet's findings, whatever the filter. */
  counts: Counts;
  /** Groups of the findings the filter lets through. */
  rules: RuleGroup[];
}

export function countsOf(findings: readonly { severity: Severity }[]): Counts {
  return countBySeverity(findings);
}

export function totalCounts(result: WorkbookResult): Counts {
  return countsOf(result.sheets.flatMap((s) => s.findings));
}

/** Sheets the checker recognised (target tables and summary sheets). */
export function checkedSheets(result: WorkbookResult): SheetResult[] {
  return result.sheets.filter((s) => s.kind !== 'other');
}

function cellOrder(a: string, b: string): number {
  const ra = fromA1(a);
  const rb = fromA1(b);
  if (!ra || !rb) return a.localeCompare(b);
  return ra.row - rb.row || ra.col - rb.col;
}

/**
 * Groups the findings the filter lets through: by sheet (workbook order, only sheets that were checked),
 * then by rule (most severe first, then the core's order), the findings of a rule by cell position.
 */
export function groupFindings(result: WorkbookResult, filter: ReadonlySet<Severity>): SheetGroup[] {
  const out: SheetGroup[] = [];
  result.sheets.forEach((s, sheetIndex) => {
    if (s.kind === 'other' && s.findings.length === 0) return;
    const byRule = new Map<string, RuleGroup>();
    s.findings.forEach((f, i) => {
      if (!filter.has(f.severity)) return;
      let g = byRule.get(f.rule);
      if (!g) {
        const rule = ruleById(f.rule);
        g = { rule: f.rule, title: rule?.title ?? f.rule, description: rule?.description ?? '', severity: f.severity, findings: [], rows: [] };
        byRule.set(f.rule, g);
      }
      if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[g.severity]) g.severity = f.severity;
      g.findings.push({ ...f, sheet: f.sheet || s.name, id: `s${sheetIndex}-f${i}` });
    });
    const rules = [...byRule.values()];
    for (const g of rules) {
      g.findings.sort((a, b) => cellOrder(a.cell, b.cell));
      g.rows = rowsOf(g.findings);
    }
    // Array.prototype.sort is stable: rules of one severity keep the core's order.
    rules.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    const form = formOf(s);
    out.push({ sheet: s.name, kind: s.kind, ...(form ? { form } : {}), counts: countsOf(s.findings), rules });
  });
  return out;
}

/** The findings in display order, every one of them, repeated ones too: what previous / next step through. */
export function flattenGroups(groups: readonly SheetGroup[]): ShownFinding[] {
  return groups.flatMap((g) => g.rules.flatMap((r) => r.rows.flatMap(findingsOfRow)));
}

/** The sheet's form; a result from a gateway built before forms were reported falls back on the kind. */
export function formOf(s: SheetResult): SheetForm | undefined {
  if (s.form) return s.form;
  if (s.kind === 'summary') return 'summary';
  if (s.kind === 'target-table') return 'target';
  return undefined;
}

/**
 * Puts the sheets of a re-check into the previous result: sheets present in `next` replace their
 * namesakes (a re-check that returns the whole workbook replaces everything), sheets only in `prev`
 * stay, new sheets are appended. The model is the newer one.
 */
export function mergeResults(prev: WorkbookResult | null, next: WorkbookResult): WorkbookResult {
  if (!prev) return next;
  const fresh = new Map(next.sheets.map((s) => [s.name, s] as const));
  const sheets: SheetResult[] = prev.sheets.map((s) => fresh.get(s.name) ?? s);
  const known = new Set(prev.sheets.map((s) => s.name));
  for (const s of next.sheets) if (!known.has(s.name)) sheets.push(s);
  return { model: next.model, sheets };
}

export function formatCounts(c: Counts): string {
  return `${c.errors} 个错误，${c.warnings} 个警告，${c.infos} 个提示`;
}
