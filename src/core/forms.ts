/** The forms a sheet can be, and their Chinese names (a light module: the report renderers need only these). */

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
