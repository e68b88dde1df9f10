/**
 * The checker: grids in, model and findings out. The add-in, the command line and the tests all call this.
 */
import { fromA1, toA1, type Grid } from './grid';
import type { SheetModel, TargetTable, WorkbookModel } from './model';
import { frameworkEvidence } from './framework';
import type { Finding, Severity } from './finding';
import { SEVERITY_RANK } from './severity';
import { DEFAULT_PROFILE } from './builtin-profiles';
import type { Framework, Profile } from './profile';
import { recognizeSheet } from './recognize';
import { RULES } from './rules';
import type { Issue, Rule, RuleContext } from './rule';
import type { SheetForm } from './forms';

export { FORM_LABELS, type SheetForm } from './forms';

export interface SheetResult {
  name: string;
  kind: SheetModel['kind'];
  /** The form, for target tables and summaries; absent for other sheets. */
  form?: SheetForm;
  /** With profile.detectFramework: the framework a target table was checked under. */
  framework?: Framework;
  findings: Finding[];
}

export interface WorkbookResult {
  model: WorkbookModel;
  sheets: SheetResult[];
}

export interface CheckOptions {
  profile?: Profile;
}

/** The severity a rule's issue takes under the profile; null when the profile turns the rule off. */
function severityFor(rule: Rule, issue: Issue, profile: Profile): Severity | null {
  const configured = profile.severities[rule.id];
  if (configured === 'off') return null;
  if (configured) return configured;
  return issue.severity ?? rule.defaultSeverity;
}

interface SortKey {
  finding: Finding;
  rank: number;
  at: ReturnType<typeof fromA1>;
}

/** Rule ids as they are written: lower-case letters, digits, '/' and '-'. */
const PLAIN_ID = /^[a-z0-9/-]*$/;

/**
 * Rule ids in collation order. For plain ids (all of them) the collation order is the code-unit order,
 * compared without starting the ICU collator (a few ms on a first call); any other id is collated.
 */
function compareRuleIds(a: string, b: string): number {
  if (a === b) return 0;
  if (PLAIN_ID.test(a) && PLAIN_ID.test(b)) return a < b ? -1 : 1;
  return a.localeCompare(b);
}

/** Most severe first; then top to bottom, left to right, as a reviewer reads the sheet. */
function bySeverityThenPosition(a: SortKey, b: SortKey): number {
  const pa = a.at;
  const pb = b.at;
  return a.rank - b.rank || (pa && pb ? pa.row - pb.row || pa.col - pb.col : 0) || compareRuleIds(a.finding.rule, b.finding.rule);
}

/**
 * Sorts a sheet's findings by bySeverityThenPosition, each cell reference parsed once rather than at every
 * comparison (the comparator gives the same answers, so the order is the same).
 */
function sortFindings(findings: Finding[]): Finding[] {
  const keys = findings.map((finding): SortKey => ({ finding, rank: SEVERITY_RANK[finding.severity], at: fromA1(finding.cell) }));
  keys.sort(bySeverityThenPosition);
  return keys.map((k) => k.finding);
}

/** A table's rule context: with detection on, its framework is the one the table follows. */
function tableContext(sheet: TargetTable, profile: Profile): RuleContext {
  const evidence = profile.detectFramework ? frameworkEvidence(sheet.indicators, sheet.year) : null;
  if (!evidence || evidence.framework === profile.framework) return { profile };
  const used = evidence.framework;
  return { profile: { ...profile, framework: used }, detected: { configured: profile.framework, used, why: evidence.why } };
}

/** Runs every rule over an already recognised workbook. */
export function checkModel(model: WorkbookModel, options: CheckOptions = {}): WorkbookResult {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const ctx: RuleContext = { profile };
  // Each table's context, once: its framework may be its own (profile.detectFramework).
  const tableCtx = new Map<SheetModel, RuleContext>();
  for (const s of model.sheets) if (s.kind === 'target-table') tableCtx.set(s, tableContext(s, profile));
  const perSheet = new Map<string, Finding[]>();
  for (const s of model.sheets) perSheet.set(s.sheet, []);
  const push = (rule: Rule, sheet: string, issue: Issue) => {
    const severity = severityFor(rule, issue, profile);
    if (!severity) return;
    const list = perSheet.get(sheet);
    if (!list) return;
    list.push({ rule: rule.id, severity, sheet, cell: toA1(issue.cell), message: issue.message });
  };
  for (const rule of RULES) {
    if (profile.severities[rule.id] === 'off') continue;
    if (rule.scope === 'table') {
      for (const s of model.sheets) {
        if (s.kind !== 'target-table') continue;
        for (const issue of rule.check(s, tableCtx.get(s) ?? ctx)) push(rule, issue.sheet ?? s.sheet, issue);
      }
    } else {
      for (const issue of rule.check(model, ctx)) {
        if (issue.sheet) push(rule, issue.sheet, issue);
      }
    }
  }
  for (const s of model.sheets) suppressUnreadable(s, perSheet);
  return {
    model,
    sheets: model.sheets.map((s) => ({
      name: s.sheet,
      kind: s.kind,
      ...(s.kind === 'summary' ? { form: 'summary' as const } : s.kind === 'target-table' ? { form: s.form ?? 'target' } : {}),
      ...(profile.detectFramework && s.kind === 'target-table' ? { framework: tableCtx.get(s)?.profile.framework ?? profile.framework } : {}),
      findings: sortFindings(perSheet.get(s.sheet) ?? []),
    })),
  };
}

/** Rules that speak about the sheet as read; they are never suppressed. */
const SHEET_RULES = new Set(['sheet/uncalculated-formula', 'sheet/layout-uncertain']);

/**
 * Drops what the checker cannot know: findings on a formula cell without a computed result (its value is
 * unknown, and sheet/uncalculated-formula says so), and findings on rows whose layout was a guess
 * (sheet/layout-uncertain says so).
 */
function suppressUnreadable(s: SheetModel, perSheet: Map<string, Finding[]>): void {
  if (s.kind === 'other') return;
  const cells = new Set((s.uncalculated ?? []).map((c) => toA1(c)));
  const rows = new Set(s.kind === 'target-table' ? (s.uncertainRows ?? []) : []);
  // Without a value column the names and levels are read right; only what depends on the values is unknown.
  const valuesOnly = s.kind === 'target-table' && s.uncertainWhy === 'no-value-column';
  if (!cells.size && !rows.size) return;
  const list = perSheet.get(s.sheet);
  if (!list) return;
  const kept = list.filter((f) => {
    if (SHEET_RULES.has(f.rule)) return true;
    if (cells.has(f.cell)) return false;
    const ref = fromA1(f.cell);
    if (!(ref && rows.has(ref.row))) return true;
    return valuesOnly && !/^(indicator\/(missing-value|missing-name)|value\/)/.test(f.rule);
  });
  perSheet.set(s.sheet, kept);
}

/** Recognises every sheet and checks the workbook. */
export function checkWorkbook(grids: readonly Grid[], options: CheckOptions = {}): WorkbookResult {
  return checkModel({ sheets: grids.map(recognizeSheet) }, options);
}
