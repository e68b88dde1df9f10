import type { Issue, TableRule } from '../../rule';
import { effectiveValue } from './classify';
import { indicatorName, isCost, level2Of } from '../indicator/levels';

export const qualitativeWhereQuantitative: TableRule = {
  id: 'value/qualitative-where-quantitative',
  defaultSeverity: 'warning',
  scope: 'table',
  title: '成本或数量指标用了定性描述',
  description:
    '成本指标（任何成本）和数量指标必须量化：成本写金额上限（如 ≤100 万元），数量写具体数量（如 ≥100 人）。' +
    '写成“明显提高”“有效控制”等定性描述，评审会以“指标不够细化量化”退回。' +
    '指向该指标值单元格。修改方法：改为运算符 + 数字 + 单位的定量目标。',
  check(table) {
    const issues: Issue[] = [];
    for (const ind of table.indicators) {
      if (effectiveValue(ind).kind !== 'qualitative') continue;
      const cost = isCost(ind);
      if (!cost && level2Of(ind) !== '数量指标') continue;
      const text = ind.value.text.trim();
      issues.push({
        cell: ind.value.cell,
        message: cost
          ? `成本指标${indicatorName(ind)}的指标值「${text}」是定性描述。成本应写金额上限，如「≤100万元」。请改为定量值。`
          : `数量指标${indicatorName(ind)}的指标值「${text}」是定性描述。数量应写具体数字和单位，如「≥100人」。请改为定量值。`,
      });
    }
    return issues;
  },
};
