import type { Issue, TableRule } from '../../rule';
import { dateSerialOf } from './classify';
import { indicatorName } from '../indicator/levels';

/**
 * value/date-serial: a time indicator whose value is an Excel date serial (44561): the cell held a date and
 * lost its date format (an export, a paste as values, a copy into WPS), so the table shows a number no
 * reader understands.
 */
export const dateSerial: TableRule = {
  id: 'value/date-serial',
  defaultSeverity: 'warning',
  scope: 'table',
  title: '时效指标值是日期的序列号',
  description:
    '时效指标（或名称是“…时间”“…日期”“…时限”的指标）的指标值是 36526–54788 之间的整数，这是 Excel 存放日期的序列号' +
    '（如 44561 即 2021年12月31日）：单元格原来是日期，导出、粘贴为数值或换软件打开后丢失了日期格式，审核时看到的只是一个数字。' +
    '指向该指标值单元格。修改方法：把单元格格式设为日期，或直接写成“2021年12月31日前”。',
  check(table) {
    const issues: Issue[] = [];
    for (const ind of table.indicators) {
      const d = dateSerialOf(ind);
      if (!d) continue;
      const date = `${d.year}年${d.month}月${d.day}日`;
      issues.push({
        cell: ind.value.cell,
        message: `${indicatorName(ind)}的指标值「${d.serial}」是 Excel 日期的序列号（即 ${date}），单元格丢失了日期格式：请把单元格格式设为日期，或直接写“${date}前”`,
      });
    }
    return issues;
  },
};
