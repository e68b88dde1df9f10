import type { Issue, TableRule } from '../../rule';
import { formatNumber } from '../../text';
import { INCREASE_WORDS, isPercent, nameKey, quantityOf } from './classify';
import { indicatorName } from '../indicator/levels';

/**
 * Ratios of two amounts rather than shares of a whole, which may pass 100%: 投入产出比, 配套比例, 超额完成,
 * 带动增收, 收益率 and the like.
 */
const BEYOND_WHOLE = /增收|超额|超出|产出比|投入比|收益率|回报率|放大|杠杆|带动|拉动|配套(比例|率)|倍|比值/;

export const percentOutOfRange: TableRule = {
  id: 'value/percent-out-of-range',
  defaultSeverity: 'error',
  scope: 'table',
  title: '百分比超出 0%–100%',
  description:
    '比率类指标（完成率、合格率、满意度 …）的目标是 0% 到 100% 之间的百分比，写成 ≥105%、292% 多半是' +
    '把数量、金额写成了百分比，或多打了数字。增长率、增幅、同比类指标，以及两数之比（投入产出比、配套比例、超额完成、带动增收、收益率）可以超过 100%，不报告。' +
    '指向该指标值单元格。修改方法：改为 0%–100% 之间的百分比，或改用正确的单位。',
  check(table) {
    const issues: Issue[] = [];
    for (const ind of table.indicators) {
      const q = quantityOf(ind);
      if (!q || !isPercent(q.unit)) continue;
      if (q.number >= 0 && q.number <= 100) continue;
      if (q.number > 100 && (INCREASE_WORDS.test(nameKey(ind)) || BEYOND_WHOLE.test(nameKey(ind)))) continue;
      const what = q.number < 0 ? '小于 0%' : '超过 100%';
      issues.push({
        cell: ind.value.cell,
        message: `${indicatorName(ind)}的指标值「${ind.value.text.trim()}」${what}（${formatNumber(q.number)}%），比率不可能${q.number < 0 ? '为负' : '超过 100%'}。请改为 0%–100% 之间的目标，或核对数字和单位是否写错。`,
      });
    }
    return issues;
  },
};
