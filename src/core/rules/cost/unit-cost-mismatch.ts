import type { TableRule } from '../../rule';
import { formatAmount } from '../../text';
import { analyzeCosts, describeProduct, quantities, unitCostProduct, type UnitCostProduct } from './analysis';

/** How far unit cost × quantity may exceed the total cost before it is reported. */
const EXCEED_SHARE = 0.01;

const ADVICE = '请核对单位成本标准、对应的数量指标或项目总成本';

/** How close a product must come to an itemised cost to be taken as pricing that item. */
const ITEM_MATCH = 0.02;

/** cost/unit-cost-mismatch: 单位成本 × 数量 (× 期数) does not account for 项目总成本. */
export const unitCostMismatch: TableRule = {
  id: 'cost/unit-cost-mismatch',
  defaultSeverity: 'warning',
  title: '单位成本 × 数量与项目总成本不符',
  description:
    '单位成本（如 21.27万元/村、647元/月、0.12万元/年/人、…标准、人均…）乘以对应的数量指标（同一计量对象：村对村、人对人；' +
    '按月的标准再乘 12 个月或表中写明的覆盖月数，按年的乘 1 年）应与项目总成本大致相符。' +
    '一张表有多个单位成本时，各自与名称最接近的数量指标相乘，再把乘积相加。' +
    '乘积超过总成本（超出 1% 以上），或与总成本相差超过配置中的 unitCost 比例（默认 10%）时报告；单位成本乘积与某一分项成本相差不超过 2%（即它计算的是该分项）时不报告；找不到对应数量指标时不作推测、不报告。' +
    '请核对标准是否写错（元/万元、按月/按年）、数量指标是否漏填，或总成本是否有误。',
  scope: 'table',
  check(table, ctx) {
    const a = analyzeCosts(table);
    const total = a.total?.amount;
    if (total === null || total === undefined || !(total > 0) || a.unitCosts.length === 0) return [];
    const qs = quantities(table);
    const products: UnitCostProduct[] = [];
    for (const uc of a.unitCosts) {
      const p = unitCostProduct(uc, table, qs);
      if (p) products.push(p);
    }
    if (products.length === 0) return [];
    const allMatched = products.length === a.unitCosts.length;
    const sum = products.reduce((s, p) => s + p.amount, 0);
    const slack = Math.max(
      ctx.profile.tolerances.costSum,
      products.reduce((s, p) => s + p.roundingSlack, 0),
    );
    // A standard × a head count × 12 months is an estimate of the year: 1% over the total is the estimate's
    // own noise (people who join mid-year), not a mistake a reviewer would send back.
    const exceeds = sum > total + Math.max(slack, total * EXCEED_SHARE) + 1e-9;
    const share = Math.abs(sum - total) / total;
    const differs = share > ctx.profile.tolerances.unitCost + 1e-9 && Math.abs(sum - total) > slack;
    if (!exceeds && !(allMatched && differs)) return [];
    if (!exceeds) {
      // A standard that prices one itemised cost (not the whole) is consistent when it matches that item —
      // closely (2%): with several items, a wrong standard lands within 10% of one of them too easily.
      const explainsItems =
        a.items.length > 0 &&
        products.every((p) => a.items.some((i) => i.amount > 0 && Math.abs(p.amount - i.amount) <= Math.max(ITEM_MATCH * i.amount, slack)));
      if (explainsItems) return [];
    }
    const arithmetic =
      products.length === 1
        ? `单位成本 ${describeProduct(products[0])}`
        : `单位成本测算：${products.map((p) => `${p.unitCost.name || '单位成本'} ${describeProduct(p)}`).join('；')}；合计 ${formatAmount(sum)} 万元`;
    const comparison = exceeds
      ? `，超过项目总成本 ${formatAmount(total)} 万元（多 ${formatAmount(sum - total)} 万元）`
      : `，比项目总成本 ${formatAmount(total)} 万元 ${sum < total ? '低' : '高'} ${(share * 100).toFixed(1)}%（容差 ${formatAmount(ctx.profile.tolerances.unitCost * 100, 0)}%）`;
    return [{ cell: products[0].unitCost.indicator.value.cell, message: `${arithmetic}${comparison}，${ADVICE}` }];
  },
};
