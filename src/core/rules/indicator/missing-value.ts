import type { Issue, TableRule } from '../../rule';

export const missingValue: TableRule = {
  id: 'indicator/missing-value',
  defaultSeverity: 'error',
  scope: 'table',
  title: '三级指标没有填写指标值',
  description:
    '每个三级指标都必须有指标值（目标值），预算管理一体化系统不允许指标值为空。指向该行的指标值单元格。' +
    '修改方法：定量指标写运算符、数字和单位（如 ≥95%、≤100 万元、≥15826 米），定性指标写预期效果（如明显提高）。',
  check(table) {
    const issues: Issue[] = [];
    for (const ind of table.indicators) {
      const name = ind.name?.text.trim();
      if (!name) continue;
      const empty = !(ind.value?.text ?? '').trim() || ind.value.parsed.kind === 'empty';
      if (!empty) continue;
      issues.push({
        cell: ind.value.cell,
        message: `三级指标「${name}」没有指标值。请填写目标值：定量写运算符、数字和单位（如 ≥95%、≤100 万元），定性写预期效果（如明显提高）。`,
      });
    }
    return issues;
  },
};
