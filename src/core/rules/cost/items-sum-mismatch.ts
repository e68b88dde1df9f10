import type { Issue, TableRule } from '../../rule';
import type { TargetTable } from '../../model';
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
    '表旁的成本构成表（如“项目预算成本构成 | 金额 | … | 合计”）每一金额列的各项之和也应等于其合计行。' +
    '请核对各分项成本是否漏项、重复或单位写错，或修正总成本。',
  scope: 'table',
  check(table, ctx) {
    const issues = sideTableIssues(table, ctx.profile.tolerances.costSum);
    const a = analyzeCosts(table);
    if (!a.total || a.total.amount === null || a.items.length === 0) return issues;
    const sum = a.items.reduce((s, i) => s + i.amount, 0);
    if (Math.abs(sum - a.total.amount) <= ctx.profile.tolerances.costSum + 1e-9) return issues;
    return [
      ...issues,
      {
        cell: a.total.indicator.value.cell,
        message:
          `分项成本合计 ${formatAmount(sum)} 万元 ≠ 项目总成本 ${formatAmount(a.total.amount)} 万元` +
          `（${a.items.length} 项，相差 ${formatAmount(Math.abs(sum - a.total.amount))} 万元），请核对各分项成本或总成本`,
      },
    ];
  },
};

/** Each numeric column of a cost make-up side table whose items do not add up to its 合计 row. */
function sideTableIssues(table: TargetTable, tolerance: number): Issue[] {
  const issues: Issue[] = [];
  for (const t of table.costTables ?? []) {
    const total = t.rows.find((r) => r.total);
    if (!total) continue;
    const items = t.rows.filter((r) => !r.total && r.label);
    t.columns.forEach((col, i) => {
      const expected = total.amounts[i];
      const values = items.map((r) => r.amounts[i]).filter((v): v is number => v !== null);
      // Every item must carry an amount in this column; a partly filled column is not a sum to check.
      if (expected === null || values.length < 2 || values.length !== items.length) return;
      const sum = values.reduce((s, v) => s + v, 0);
      if (Math.abs(sum - expected) <= tolerance + 1e-9) return;
      issues.push({
        cell: { row: total.row, col: col.col },
        message:
          `${t.heading.text}「${col.text}」列各项合计 ${formatAmount(sum)} ≠ 合计行 ${formatAmount(expected)}` +
          `（${values.length} 项，相差 ${formatAmount(Math.abs(sum - expected))}），请核对各项金额或合计`,
      });
    });
  }
  return issues;
}
