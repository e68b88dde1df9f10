import type { Issue, TableRule } from '../../rule';
import { effectiveValue } from './classify';
import { indicatorName } from '../indicator/levels';

export const unparseable: TableRule = {
  id: 'value/unparseable',
  defaultSeverity: 'error',
  scope: 'table',
  title: '指标值无法识别',
  description:
    '指标值既不是可读的数量（运算符 + 数字 + 单位，如 ≥95%、≤100 万元），也不是定性描述（如明显提高），' +
    '例如数字写错、多个数字挤在一起、夹杂公式错误值。指向该指标值单元格。修改方法：改写为一个明确的目标值。',
  check(table) {
    const issues: Issue[] = [];
    for (const ind of table.indicators) {
      if (effectiveValue(ind).kind !== 'unparseable') continue;
      issues.push({
        cell: ind.value.cell,
        message: `${indicatorName(ind)}的指标值「${ind.value.text.trim()}」无法识别。请改写为「运算符 + 数字 + 单位」（如 ≥95%、≤100 万元），或定性描述（如明显提高）。`,
      });
    }
    return issues;
  },
};
