import type { TableRule } from '../../rule';

/**
 * sheet/more-tables: another project's table stands below the first on the same sheet. One table a sheet
 * is read; the rest are said once, not read into the first (their header fields are no indicators).
 */
export const moreTables: TableRule = {
  id: 'sheet/more-tables',
  defaultSeverity: 'info',
  title: '工作表中还有另一张表，未检查',
  description:
    '同一个工作表中，第一张绩效目标表的下面还有另一张表（另一个项目的标题或表头：项目名称、主管部门……）。' +
    '检查器每个工作表读一张表：下面的表没有检查，也不会被当作第一张表的指标。请把每个项目的绩效目标表放在单独的工作表中，再检查。',
  scope: 'table',
  check(table) {
    const at = table.nextTable;
    if (!at) return [];
    return [
      {
        cell: at,
        message: `第 ${at.row + 1} 行起是另一张表，本工作表只检查了上面的第一张：请把每个项目的绩效目标表放在单独的工作表中再检查`,
      },
    ];
  },
};
