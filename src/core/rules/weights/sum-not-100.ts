import type { TableRule } from '../../rule';
import { formatNumber } from '../../text';

const TOLERANCE = 0.01;

/** weights/sum-not-100: where a 权重 / 分值 column exists, the weights do not total 100. */
export const sumNot100: TableRule = {
  id: 'weights/sum-not-100',
  defaultSeverity: 'error',
  title: '权重（分值）合计不等于 100',
  description:
    '表中有权重或分值列时，各三级指标的权重之和必须等于 100（预算管理一体化系统保存时校验）。' +
    '自评表、审批表资金栏里的预算执行率分值（如 10 分）计入合计。权重留空的指标按 0 计；合计与 100 相差超过 0.01 即报告，标在第一个权重单元格。请调整各指标权重，使合计为 100。',
  scope: 'table',
  check(table) {
    if (!table.layout?.hasWeights) return [];
    const weighted = (table.indicators ?? []).filter((i) => i.weight);
    if (weighted.length === 0) return [];
    const withValue = weighted.filter((i) => i.weight!.value !== null && Number.isFinite(i.weight!.value));
    const budget = table.budgetScore ?? null;
    const sum = withValue.reduce((s, i) => s + (i.weight!.value ?? 0), 0) + (budget?.value ?? 0);
    if (Math.abs(sum - 100) <= TOLERANCE + 1e-9) return [];
    const blank = weighted.length - withValue.length;
    return [
      {
        cell: weighted[0].weight!.cell,
        message:
          `权重合计 ${formatNumber(Math.round(sum * 1e4) / 1e4)} ≠ 100（${withValue.length} 个指标有权重` +
          (blank > 0 ? `，${blank} 个为空或不是数字` : '') +
          (budget ? `，另含预算执行率分值 ${formatNumber(budget.value)}` : '') +
          `），请调整各指标权重，使合计为 100`,
      },
    ];
  },
};
