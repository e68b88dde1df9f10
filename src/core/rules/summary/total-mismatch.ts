import type { Issue, WorkbookRule } from '../../rule';
import { formatAmount } from '../../text';
import type { SummaryTable } from '../../model';
import { projectRows } from './match';

/** summary/total-mismatch: the 合计 row ≠ Σ rows. */
export const totalMismatch: WorkbookRule = {
  id: 'summary/total-mismatch',
  defaultSeverity: 'error',
  title: '申报表合计与各行金额之和不一致',
  description:
    '申报表的合计（总计）行应等于其上各项目金额之和（换算为万元，容差为配置中的 funds）。' +
    '合计不符通常是漏加、重复加了某一行，或手工填写合计后又改了某行金额。请用求和公式重算合计。',
  scope: 'workbook',
  check(model, ctx) {
    const out: Issue[] = [];
    for (const s of model.sheets ?? []) {
      if (s.kind !== 'summary') continue;
      const summary = s as SummaryTable;
      const totalCell = summary.totalRow?.amount;
      const total = totalCell?.amount;
      if (!totalCell || total === null || total === undefined) continue;
      const rows = projectRows(summary).filter((r) => r.amount?.amount !== null && r.amount?.amount !== undefined);
      if (rows.length === 0) continue;
      const sum = rows.reduce((acc, r) => acc + (r.amount?.amount ?? 0), 0);
      if (Math.abs(sum - total) <= ctx.profile.tolerances.funds + 1e-9) continue;
      out.push({
        sheet: summary.sheet,
        cell: totalCell.cell,
        message: `申报表合计 ${formatAmount(total)} 万元 ≠ 各项目金额之和 ${formatAmount(sum)} 万元（${rows.length} 行，相差 ${formatAmount(Math.abs(sum - total))} 万元），请重新求和`,
      });
    }
    return out;
  },
};
