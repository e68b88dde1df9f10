import type { Issue, TableRule } from '../../rule';
import { dateSerialOf, isRateName, nameKey, quantityOf } from './classify';
import { indicatorName } from '../indicator/levels';

/** Names whose values are pure numbers: indexes, coefficients, ratios. */
const UNITLESS_NAME = /指数|系数|比值|PUE|pH/i;

export const missingUnit: TableRule = {
  id: 'value/missing-unit',
  defaultSeverity: 'warning',
  scope: 'table',
  title: '定量指标值缺少计量单位',
  description:
    '定量指标值要带计量单位（%、人、个、米、万元、天 …），系统录入时单位是必填项，没有单位也无法判断目标的大小；' +
    '名称是“…率”“满意度”的指标应写成百分数（如 ≥95%）。指数、系数、比值类指标可以没有单位；' +
    '日期和定性指标值不需要单位。指向该指标值单元格。修改方法：在数字后补上单位。',
  check(table) {
    const issues: Issue[] = [];
    for (const ind of table.indicators) {
      const q = quantityOf(ind);
      if (!q || q.unit) continue;
      if (dateSerialOf(ind)) continue; // a date without its format: value/date-serial says so
      if (UNITLESS_NAME.test(nameKey(ind))) continue;
      const text = ind.value.text.trim();
      const message = isRateName(ind)
        ? `${indicatorName(ind)}是比率，指标值「${text}」却没有 %。请写成百分数，如「${text}%」。`
        : `${indicatorName(ind)}的指标值「${text}」只有数字，没有计量单位。请补上单位（如 个、人、米、万元、天）。`;
      issues.push({ cell: ind.value.cell, message });
    }
    return issues;
  },
};
