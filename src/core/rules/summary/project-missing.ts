import type { Issue, WorkbookRule } from '../../rule';
import { formatAmount } from '../../text';
import { matchSummaryRows } from './match';

/** summary/project-missing: a summary row without a table, or a table without a summary row. */
export const projectMissing: WorkbookRule = {
  id: 'summary/project-missing',
  defaultSeverity: 'warning',
  title: '申报表与项目表不能一一对应',
  description:
    '工作簿中有申报表（汇总表）时，申报表的每一行都应有对应的项目支出绩效目标表，每张项目表也应列在申报表中。' +
    '按项目名称相似度和金额配对；配不上的申报表行标在其项目名称单元格，配不上的项目表标在其项目名称单元格。' +
    '工作簿中没有申报表，或没有任何项目表时不检查。请补齐缺少的项目表或申报表行，或把两处的项目名称改成一致。',
  scope: 'workbook',
  check(model, ctx) {
    const m = matchSummaryRows(model, ctx.profile.tolerances.funds);
    if (m.summaries.length === 0 || m.tables.length === 0) return [];
    const out: Issue[] = [];
    for (const { summary, row } of m.unmatchedRows) {
      const amount = row.amount?.amount;
      out.push({
        sheet: summary.sheet,
        cell: row.name?.cell ?? row.amount?.cell ?? summary.title?.cell ?? { row: row.row, col: 0 },
        message:
          `申报表中的项目“${row.name?.text ?? ''}”` +
          (row.department?.text ? `（${row.department.text}` : '（') +
          (amount !== null && amount !== undefined ? `，${formatAmount(amount)} 万元）` : '）') +
          '在工作簿中找不到对应的项目支出绩效目标表：请补充该项目的绩效目标表，或核对项目名称',
      });
    }
    const summaryNames = m.summaries.map((s) => `“${s.sheet}”`).join('、');
    for (const table of m.unmatchedTables) {
      out.push({
        sheet: table.sheet,
        cell: table.projectName?.cell ?? table.anchor,
        message:
          `项目“${table.projectName?.text || table.sheet}”没有列入申报表${summaryNames}：请在申报表中补充一行（部门、项目名称、金额），或核对项目名称`,
      });
    }
    return out;
  },
};
