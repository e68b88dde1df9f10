/**
 * Pure helpers of the 检查 view: grouping findings by sheet and rule, the order previous / next step
 * through, counts, and merging a one-sheet re-check into the previous result. No React, no Office.
 */
import { countBySeverity, SEVERITY_RANK, type Finding, type Severity } from '../core/finding';
import { fromA1 } from '../core/grid';
import type { SheetResult, WorkbookResult } from '../core/check';
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
  findings: ShownFinding[];
}

export interface SheetGroup {
  sheet: string;
  kind: SheetResult['kind'];
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
        g = { rule: f.rule, title: rule?.title ?? f.rule, description: rule?.description ?? '', severity: f.severity, findings: [] };
        byRule.set(f.rule, g);
      }
      if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[g.severity]) g.severity = f.severity;
      g.findings.push({ ...f, sheet: f.sheet || s.name, id: `s${sheetIndex}-f${i}` });
    });
    const rules = [...byRule.values()];
    rules.forEach((g) => g.findings.sort((a, b) => cellOrder(a.cell, b.cell)));
    // Array.prototype.sort is stable: rules of one severity keep the core's order.
    rules.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    out.push({ sheet: s.name, kind: s.kind, counts: countsOf(s.findings), rules });
  });
  return out;
}

/** The findings in display order: what previous / next step through. */
export function flattenGroups(groups: readonly SheetGroup[]): ShownFinding[] {
  return groups.flatMap((g) => g.rules.flatMap((r) => r.findings));
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
