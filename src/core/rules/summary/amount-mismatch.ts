import type { Issue, WorkbookRule } from '../../rule';
import { formatAmount } from '../../text';
import { matchSummaryRows } from './match';

/** summary/amount-mismatch: the summary's amount ≠ the project's 年度预算资金总额. */
export const amountMismatch: WorkbookRule = {
  id: 'summary/amount-mismatch',
  defaultSeverity: 'error',
  title: '申报表金额与项目表年度预算资金总额不一致',
  description:
    '申报表（汇总表）每一行的项目金额应等于该项目绩效目标表的年度预算资金总额。' +
    '申报表的行按项目名称相似度（忽略空格和“2022年”之类的前缀）与工作簿中的项目表配对，金额均换算为万元后比较，容差为配置中的 funds。' +
    '请以批复的预算为准，修改申报表金额或项目表的资金数。',
  scope: 'workbook',
  check(model, ctx) {
    const tol = ctx.profile.tolerances.funds;
    const out: Issue[] = [];
    for (const p of matchSummaryRows(model, tol).pairs) {
      const a = p.row.amount?.amount;
      const b = p.table.funds?.total?.amount;
      if (a === null || a === undefined || b === null || b === undefined || !p.row.amount) continue;
      if (Math.abs(a - b) <= tol + 1e-9) continue;
      out.push({
        sheet: p.summary.sheet,
        cell: p.row.amount.cell,
        message:
          `申报表中“${p.row.name?.text ?? ''}”的金额 ${formatAmount(a)} 万元 ≠ 项目表“${p.table.sheet}”的年度预算资金总额 ${formatAmount(b)} 万元` +
          `（相差 ${formatAmount(Math.abs(a - b))} 万元），请按批复预算统一两处金额`,
      });
    }
    return out;
  },
};
