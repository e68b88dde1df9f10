import type { TableRule } from '../../rule';
import { formatAmount } from '../../text';
import { analyzeCosts, isMultiYearTotal } from './analysis';

/** cost/total-exceeds-budget: 项目总成本 > 年度预算资金总额. */
export const totalExceedsBudget: TableRule = {
  id: 'cost/total-exceeds-budget',
  defaultSeverity: 'error',
  title: '项目总成本超过年度预算资金总额',
  description:
    '项目总成本是本年度花在项目上的全部成本，不能超出年度预算资金总额，否则成本没有资金来源。' +
    '请压减成本（同步调整分项成本），或核对年度预算资金总额是否漏填了上年结转资金、其他资金。比较时两者均换算为万元，容差为配置中的 funds（默认 0.01 万元）。',
  scope: 'table',
  check(table, ctx) {
    const budget = table.funds?.total?.amount;
    if (budget === null || budget === undefined || !Number.isFinite(budget)) return [];
    const total = analyzeCosts(table).total;
    if (!total || total.amount === null) return [];
    // The whole implementation period's total is no year's: the year's budget is no measure of it.
    if (isMultiYearTotal(total.indicator.name?.text ?? '')) return [];
    if (total.amount - budget <= ctx.profile.tolerances.funds + 1e-9) return [];
    return [
      {
        cell: total.indicator.value.cell,
        message:
          `项目总成本 ${formatAmount(total.amount)} 万元 超过年度预算资金总额 ${formatAmount(budget)} 万元` +
          `（多 ${formatAmount(total.amount - budget)} 万元），请压减成本或核对年度预算资金总额`,
      },
    ];
  },
};
