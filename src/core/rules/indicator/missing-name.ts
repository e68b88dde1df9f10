import type { Issue, TableRule } from '../../rule';
import { rowName } from './levels';

export const missingName: TableRule = {
  id: 'indicator/missing-name',
  defaultSeverity: 'error',
  scope: 'table',
  title: '有指标值但没有三级指标名称',
  description:
    '每个指标值都要有对应的三级指标名称，否则看不出这个目标值衡量的是什么，系统也无法保存。' +
    '指向该行的指标值单元格。修改方法：在同一行的三级指标列填写指标名称；若是多余的值，删除它。',
  check(table) {
    const issues: Issue[] = [];
    for (const ind of table.indicators) {
      const value = (ind.value?.text ?? '').trim();
      const hasValue = !!value || (ind.value && ind.value.parsed.kind !== 'empty');
      if (!hasValue || (ind.name && ind.name.text.trim())) continue;
      issues.push({
        cell: ind.value.cell,
        message: `${rowName(ind.row)}有指标值「${value}」，但没有三级指标名称。请在该行三级指标列填写指标名称，或删除多余的值。`,
      });
    }
    return issues;
  },
};
