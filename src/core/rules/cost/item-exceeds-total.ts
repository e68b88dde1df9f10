import type { Issue, TableRule } from '../../rule';
import { formatAmount } from '../../text';
import { analyzeCosts } from './analysis';

/** cost/item-exceeds-total: one 分项成本 > 项目总成本. */
export const itemExceedsTotal: TableRule = {
  id: 'cost/item-exceeds-total',
  defaultSeverity: 'error',
  title: '单个分项成本超过项目总成本',
  description:
    '任何一项分项成本都是总成本的一部分，不可能比总成本还大；常见原因是单位写错（元写成万元）或多写了一位数。' +
    '请核对该分项成本的金额和单位。比较时换算为万元，容差为配置中的 costSum。',
  scope: 'table',
  check(table, ctx) {
    const a = analyzeCosts(table);
    const total = a.total?.amount;
    if (total === null || total === undefined) return [];
    const out: Issue[] = [];
    for (const item of a.items) {
      if (item.amount - total <= ctx.profile.tolerances.costSum + 1e-9) continue;
      out.push({
        cell: item.indicator.value.cell,
        message:
          `分项成本“${item.name || "（无名称）"}” ${formatAmount(item.amount)} 万元 超过项目总成本 ${formatAmount(total)} 万元，` +
          '请核对该项金额和单位（元/万元）',
      });
    }
    return out;
  },
};
