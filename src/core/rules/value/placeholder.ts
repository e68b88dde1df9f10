import type { Issue, TableRule } from '../../rule';
import { effectiveValue } from './classify';
import { indicatorName } from '../indicator/levels';

export const placeholder: TableRule = {
  id: 'value/placeholder',
  defaultSeverity: 'error',
  scope: 'table',
  title: '指标值是占位符',
  description:
    '指标值填了占位内容（待定、待填、另行确定、XX、×××、*、-、_、null 等），等于没有目标，' +
    '预算管理一体化系统也不接受这些字符。指向该指标值单元格。修改方法：填写实际的目标值。',
  check(table) {
    const issues: Issue[] = [];
    for (const ind of table.indicators) {
      const v = effectiveValue(ind);
      if (v.kind !== 'placeholder') continue;
      issues.push({
        cell: ind.value.cell,
        message: `${indicatorName(ind)}的指标值「${ind.value.text.trim()}」是占位符，不是目标值。请填写实际的目标值（如 ≥95%、≤100 万元、明显提高）。`,
      });
    }
    return issues;
  },
};
