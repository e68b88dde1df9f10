import type { Issue, TableRule } from '../../rule';
import { formatAmount } from '../../text';

export const sourcesMismatch: TableRule = {
  id: 'funds/sources-mismatch',
  defaultSeverity: 'error',
  scope: 'table',
  title: '资金来源合计不等于年度预算资金总额',
  description:
    '年度预算资金总额应等于财政拨款 + 上年结转资金 + 其他资金（允许差额见配置 tolerances.funds，默认 0.01 万元）。' +
    '未填的来源按 0 计，但三项来源都未填时不核对；年度预算资金总额未填或不是金额时也不核对（由其他规则报告）。' +
    '修改方法：核对各项资金来源和总额，使合计相等。',
  check(table, ctx) {
    const issues: Issue[] = [];
    const f = table.funds;
    const total = f?.total ?? null;
    if (!total || total.invalid || total.amount === null) return issues;
    const sources = [
      { label: '财政拨款', field: f.fiscal },
      { label: '上年结转', field: f.carryover },
      { label: '其他资金', field: f.other },
    ];
    // A source that is not an amount is funds/not-a-number's finding; a sum without it would mislead.
    if (sources.some((s) => s.field?.invalid)) return issues;
    if (sources.every((s) => !s.field || s.field.amount === null)) return issues;
    let sum = 0;
    const parts = sources.map((s) => {
      const a = s.field?.amount ?? null;
      sum += a ?? 0;
      return `${s.label} ${formatAmount(a ?? 0)}${a === null ? '（未填）' : ''}`;
    });
    const tolerance = ctx.profile.tolerances?.funds ?? 0.01;
    // Rows among the sources that name no known source (自筹资金, 专项债券 …, or a breakdown: 中央, 省级): the
    // sources must add up either with them (more sources) or without them (a breakdown).
    const unlisted = f.unlisted ?? [];
    if (unlisted.length) {
      const more = unlisted.reduce((a, b) => a + b, 0);
      if (Math.abs(sum - total.amount) <= tolerance + 1e-9 || Math.abs(sum + more - total.amount) <= tolerance + 1e-9) return issues;
      parts.push(`表中列出的其他来源 ${formatAmount(more)}`);
      sum += more;
    }
    if (Math.abs(sum - total.amount) > tolerance + 1e-9) {
      const diff = sum - total.amount;
      issues.push({
        cell: total.cell,
        message:
          `${parts.join(' + ')} = ${formatAmount(sum)} 万元 ≠ 年度预算资金总额 ${formatAmount(total.amount)} 万元` +
          `（${diff > 0 ? '多' : '少'} ${formatAmount(Math.abs(diff))} 万元）。请核对各项资金来源与年度预算资金总额，使合计相等。`,
      });
    }
    return issues;
  },
};
