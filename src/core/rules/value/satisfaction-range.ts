import type { Indicator } from '../../model';
import type { Issue, TableRule } from '../../rule';
import { formatNumber } from '../../text';
import { INCREASE_WORDS, effectiveValue, expectedDirection, isPercent, nameKey } from './classify';
import { indicatorName } from '../indicator/levels';

/** Under 满意度指标 / 服务对象满意度指标, or named …满意…; not a falling measure such as 投诉率 or 不满意率. */
export function isSatisfaction(ind: Indicator): boolean {
  const name = nameKey(ind);
  if (/不满意|投诉/.test(name) || expectedDirection(ind) === 'falling') return false;
  if (underSatisfaction(ind)) return true;
  // "群众满意度明显提升" under 社会效益指标: an effect stated as a change, not a satisfaction target.
  return name.includes('满意') && !INCREASE_WORDS.test(name);
}

function underSatisfaction(ind: Indicator): boolean {
  return ind.level1?.canonical === '满意度指标' || ind.level2?.canonical === '服务对象满意度指标';
}

export const satisfactionRange: TableRule = {
  id: 'value/satisfaction-range',
  defaultSeverity: 'warning',
  scope: 'table',
  title: '满意度目标偏低或不是百分比',
  description:
    '满意度指标（满意度指标下的，或名称含“满意”的）应是百分比目标，且不低于配置的下限（satisfactionMin，默认 80%）。' +
    '定性描述（如“明显提高”）、其他单位（如“分”）或低于下限的目标都会被评审质疑。' +
    '名称写明“提升、提高”的（如“满意度提升 ≥5%”）目标是增幅，不按下限判断，不在满意度指标下时也不要求百分比；投诉率、不满意率不在此列。' +
    '指向该指标值单元格。修改方法：改为不低于下限的百分比，如 ≥90%。',
  check(table, ctx) {
    const issues: Issue[] = [];
    const min = ctx.profile.satisfactionMin ?? 80;
    for (const ind of table.indicators) {
      if (!isSatisfaction(ind)) continue;
      const v = effectiveValue(ind);
      const text = ind.value.text.trim();
      const name = indicatorName(ind);
      if (v.kind === 'qualitative' || v.kind === 'date') {
        issues.push({
          cell: ind.value.cell,
          message: `满意度指标${name}的指标值「${text}」不是百分比。请改为百分比目标，如「≥90%」。`,
        });
        continue;
      }
      if (v.kind !== 'quantity') continue;
      if (v.unit && !isPercent(v.unit)) {
        issues.push({
          cell: ind.value.cell,
          message: `满意度指标${name}的指标值「${text}」单位是「${v.unit.text}」，不是百分比。请改为百分比目标，如「≥90%」。`,
        });
        continue;
      }
      if (v.operator === '<' || v.operator === '<=') continue; // the direction is value/operator-direction's
      if (INCREASE_WORDS.test(nameKey(ind))) continue;
      if (v.number < min) {
        const pct = v.unit ? '%' : '';
        issues.push({
          cell: ind.value.cell,
          message: `满意度目标 ${formatNumber(v.number)}${pct} 低于 ${formatNumber(min)}%（${name}）。请把目标提高到不低于 ${formatNumber(min)}%，如「≥90%」。`,
        });
      }
    }
    return issues;
  },
};
