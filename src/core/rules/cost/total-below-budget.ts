import type { TableRule } from '../../rule';
import { formatAmount } from '../../text';
import { analyzeCosts, isMultiYearTotal } from './analysis';

/** cost/total-below-budget: 项目总成本 < 年度预算资金总额. */
export const totalBelowBudget: TableRule = {
  id: 'cost/total-below-budget',
  defaultSeverity: 'info',
  title: '项目总成本低于年度预算资金总额',
  description:
    '项目总成本小于年度预算资金总额时，有一部分预算没有对应的成本，审核人会问这部分资金用在哪里。' +
    '若确有不计入成本的支出，请在绩效目标中说明；否则请把总成本调整为与预算一致，或核减预算。比较时换算为万元，容差为配置中的 funds。',
  scope: 'table',
  check(table, ctx) {
    const budget = table.funds?.total?.amount;
    if (budget === null || budget === undefined || !Number.isFinite(budget)) return [];
    const total = analyzeCosts(table).total;
    if (!total || total.amount === null) return [];
    // The whole implementation period's total is no year's: the year's budget is no measure of it.
    if (isMultiYearTotal(total.indicator.name?.text ?? '')) return [];
    if (budget - total.amount <= ctx.profile.tolerances.funds + 1e-9) return [];
    return [
      {
        cell: total.indicator.value.cell,
        message:
          `项目总成本 ${formatAmount(total.amount)} 万元 低于年度预算资金总额 ${formatAmount(budget)} 万元` +
          `（差 ${formatAmount(budget - total.amount)} 万元），请说明差额用途，或使总成本与预算一致`,
      },
    ];
  },
};
