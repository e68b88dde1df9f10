/**
 * The checker: grids in, model and findings out. The add-in, the command line and the tests all call this.
 */
import { fromA1, toA1, type Grid } from './grid';
import type { SheetModel, WorkbookModel } from './model';
import type { Finding, Severity } from './finding';
import { SEVERITY_RANK } from './finding';
import { DEFAULT_PROFILE, type Profile } from './profile';
import { recognizeSheet } from './recognize';
import { RULES } from './rules';
import type { Issue, Rule, RuleContext } from './rule';

/**
 * Which form a sheet is, as a reviewer names it: 目标表 (target), 申报表 (application: a per-project target
 * table titled 申报表), 审批表 (approval, with score bands), 自评表 (self-evaluation: 年度指标值 | 实际完成值 |
 * 分值 | 得分), 申报汇总表 (summary: one row per project). Target-value rules run on every form but the summary.
 */
export type SheetForm = 'target' | 'application' | 'approval' | 'self-evaluation' | 'summary';

export const FORM_LABELS: Record<SheetForm, string> = {
  target: '绩效目标表',
  application: '绩效目标申报表',
  approval: '绩效目标审批表',
  'self-evaluation': '绩效自评表',
  summary: '申报汇总表',
};

export interface SheetResult {
  name: string;
  kind: SheetModel['kind'];
  /** The form, for target tables and summaries; absent for other sheets. */
  form?: SheetForm;
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

/** Most severe first; then top to bottom, left to right, as a reviewer reads the sheet. */
function bySeverityThenPosition(a: Finding, b: Finding): number {
  const pa = fromA1(a.cell);
  const pb = fromA1(b.cell);
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (pa && pb ? pa.row - pb.row || pa.col - pb.col : 0) ||
    a.rule.localeCompare(b.rule)
  );
}

/** Runs every rule over an already recognised workbook. */
export function checkModel(model: WorkbookModel, options: CheckOptions = {}): WorkbookResult {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const ctx: RuleContext = { profile };
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
        for (const issue of rule.check(s, ctx)) push(rule, issue.sheet ?? s.sheet, issue);
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
      findings: (perSheet.get(s.sheet) ?? []).sort(bySeverityThenPosition),
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
