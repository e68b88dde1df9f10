import type { Issue, TableRule } from '../../rule';
import { effectiveValue } from './classify';
import { normalizeText } from '../../text';
import { isKnownUnit } from '../../value/units';
import { indicatorName, isCost, level2Of } from '../indicator/levels';

/** Figures followed by a known unit in a text ("2.6万平方米", "1万平方米", "300人"). */
function figuresWithUnits(text: string): number {
  let n = 0;
  for (const m of normalizeText(text).matchAll(/(\d+(?:\.\d+)?)\s*([\p{Script=Han}a-zA-Z%㎡]{1,5})/gu)) {
    const unit = m[2];
    for (let len = Math.min(unit.length, 4); len >= 1; len--) {
      if (isKnownUnit(unit.slice(0, len))) {
        n++;
        break;
      }
    }
  }
  return n;
}

export const qualitativeWhereQuantitative: TableRule = {
  id: 'value/qualitative-where-quantitative',
  defaultSeverity: 'warning',
  scope: 'table',
  title: '成本或数量指标用了定性描述',
  description:
    '成本指标（任何成本）和数量指标必须量化：成本写金额上限（如 ≤100 万元），数量写具体数量（如 ≥100 人）。' +
    '写成“明显提高”“有效控制”等定性描述，评审会以“指标不够细化量化”退回；文字里写明了带单位的数字（如“建筑面积2.6万平方米”）的不算定性描述。' +
    '指向该指标值单元格。修改方法：改为运算符 + 数字 + 单位的定量目标。',
  check(table) {
    const issues: Issue[] = [];
    for (const ind of table.indicators) {
      if (effectiveValue(ind).kind !== 'qualitative') continue;
      // "建筑面积2.6万平方米,展示面积1万平方米": several figures with their units, quantified, only not as one.
      if (figuresWithUnits(ind.value.text) >= 1) continue;
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
