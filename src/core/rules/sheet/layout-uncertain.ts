import type { TableRule } from '../../rule';

/** How many rows the message names before "等". */
const NAMED = 6;

/**
 * sheet/layout-uncertain: rows of the indicator block whose cells do not fit the header's columns on a
 * form whose header names every column (so the row is not a pasted, shifted one). The checker says once
 * that it could not place them and raises no structural finding from them: a false error costs more than
 * a missed one.
 */
export const layoutUncertain: TableRule = {
  id: 'sheet/layout-uncertain',
  defaultSeverity: 'info',
  title: '无法确定部分行的版式',
  description:
    '指标区的表头写明了每一列的内容（如 指标值、绩效标准、实际完成值），但有的行单元格与这些列对不上（多出、错位或合并方式不同）。' +
    '检查器无法确定这些行哪一格是三级指标、哪一格是指标值，因此不对这些行报指标结构和指标值方面的问题，只在此提示一次。' +
    '表头没有“指标值”列（目标值按地区、年度分列）时同样只提示一次。请核对这些行是否填在了正确的列中。',
  scope: 'table',
  check(table) {
    const rows = table.uncertainRows ?? [];
    if (!rows.length) return [];
    const first = table.indicators.find((i) => i.row === rows[0]);
    const named = rows.slice(0, NAMED).map((r) => `第 ${r + 1} 行`).join('、');
    const cell = first?.name?.cell ?? first?.value.cell ?? { row: rows[0], col: 0 };
    if (table.uncertainWhy === 'no-value-column') {
      return [
        {
          cell,
          message: '指标区的表头没有“指标值”列（目标值可能按地区或年度分列填写），无法确定每个三级指标的目标值：指标区未检查指标值和结构，请人工核对',
        },
      ];
    }
    return [
      {
        cell,
        message: `${named}${rows.length > NAMED ? ' 等' : ''}的单元格与表头的列对不上，无法确定哪一格是三级指标、哪一格是指标值：这些行未检查，请核对是否填在了正确的列中`,
      },
    ];
  },
};
