import type { TableRule } from '../../rule';
import { formatAmount } from '../../text';
import { analyzeCosts } from './analysis';

/** cost/items-sum-mismatch: Σ 分项成本 ≠ 项目总成本. */
export const itemsSumMismatch: TableRule = {
  id: 'cost/items-sum-mismatch',
  defaultSeverity: 'error',
  title: '分项成本之和不等于项目总成本',
  description:
    '分项成本（成本指标下以金额表示、不按单位计的各项费用）加起来应等于项目总成本。' +
    '元、万元、亿元先换算为万元再相加，容差为配置中的 costSum（默认 0.01 万元）；单位成本（元/月、万元/村、…标准、人均…）不计入。' +
    '请核对各分项成本是否漏项、重复或单位写错，或修正总成本。',
  scope: 'table',
  check(table, ctx) {
    const a = analyzeCosts(table);
    if (!a.total || a.total.amount === null || a.items.length === 0) return [];
    const sum = a.items.reduce((s, i) => s + i.amount, 0);
    if (Math.abs(sum - a.total.amount) <= ctx.profile.tolerances.costSum + 1e-9) return [];
    return [
      {
        cell: a.total.indicator.value.cell,
        message:
          `分项成本合计 ${formatAmount(sum)} 万元 ≠ 项目总成本 ${formatAmount(a.total.amount)} 万元` +
          `（${a.items.length} 项，相差 ${formatAmount(Math.abs(sum - a.total.amount))} 万元），请核对各分项成本或总成本`,
      },
    ];
  },
};
