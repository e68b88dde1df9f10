/**
 * The rule interface, ESLint style: one module per rule under ./rules/<group>/<name>.ts with its id,
 * default severity and a short Chinese doc; tests beside it (<name>.test.ts).
 */
import type { CellRef } from './grid';
import type { Severity } from './finding';
import type { Framework, Profile } from './profile';
import type { FrameworkEvidence } from './framework';
import type { TargetTable, WorkbookModel } from './model';

/** What a rule reports: the cell to mark and the Chinese message naming the figures and what to do. */
export interface Issue {
  cell: CellRef;
  message: string;
  /** Workbook rules name the sheet; table rules report on their own table's sheet. */
  sheet?: string;
  /** A severity other than the rule's default for this one case (e.g. 项目类别 missing is a warning). */
  severity?: Severity;
}

export interface RuleContext {
  /** The profile the table is checked with (its framework the table's own when detection chose it). */
  profile: Profile;
  /** Set when the profile's framework was replaced by the one the table follows (profile.detectFramework). */
  detected?: { configured: Framework; used: Framework; why: FrameworkEvidence['why'] };
}

interface RuleMeta {
  /** Stable id from RULES.md, e.g. "cost/items-sum-mismatch". */
  id: string;
  defaultSeverity: Severity;
  /** One line, Chinese: what the rule checks (shown in the task pane and the docs). */
  title: string;
  /** A short Chinese doc: why it matters and how to fix it. */
  description: string;
}

export interface TableRule extends RuleMeta {
  scope: 'table';
  check(table: TargetTable, ctx: RuleContext): Issue[];
}

export interface WorkbookRule extends RuleMeta {
  scope: 'workbook';
  check(model: WorkbookModel, ctx: RuleContext): Issue[];
}

export type Rule = TableRule | WorkbookRule;
