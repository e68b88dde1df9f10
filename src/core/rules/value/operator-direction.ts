import type { Operator } from '../../model';
import type { Issue, TableRule } from '../../rule';
import { DECREASE_WORDS, OPERATOR_SYMBOL, expectedDirection, isMoney, isPercent, nameKey, quantityOf, withOperator } from './classify';
import { indicatorName, isCost } from '../indicator/levels';

const FLIP: Record<Operator, Operator> = { '>=': '<=', '>': '<', '<=': '>=', '<': '>', '=': '=' };

export const operatorDirection: TableRule = {
  id: 'value/operator-direction',
  defaultSeverity: 'warning',
  scope: 'table',
  title: '运算符方向与指标性质相反',
  description:
    '成本是控制上限，应写 ≤（或 =）；越低越好的比率和时长（投诉率、故障率、差错率、漏失率、逾期率、发生率、' +
    '事故率、响应时间 …）应写 ≤ 或 <；越高越好的比率（及时率、合格率、完成率、达标率、准确率、满意度、覆盖率、' +
    '利用率、使用年限 …）应写 ≥ 或 >。“=100%”两种方向都可以。名称写明“降低、减少、节约”的（如“投诉率下降幅度”）' +
    '目标是变化量，不判断方向。指向该指标值单元格。修改方法：按提示改用相反的运算符。',
  check(table) {
    const issues: Issue[] = [];
    for (const ind of table.indicators) {
      const q = quantityOf(ind);
      if (!q || q.operator === '=') continue;
      const text = ind.value.text.trim();
      const up = q.operator === '>=' || q.operator === '>';
      if (isCost(ind)) {
        // A count or percentage under 成本 is value/unit-mismatch's; a saving is a decrease.
        if (!up || DECREASE_WORDS.test(nameKey(ind))) continue;
        if (q.unit && !isMoney(q.unit)) continue;
        issues.push({
          cell: ind.value.cell,
          message: `成本指标${indicatorName(ind)}的指标值「${text}」用了「${OPERATOR_SYMBOL[q.operator]}」：成本是控制上限，应写「≤」。请改为「${withOperator(q, '<=')}」。`,
        });
        continue;
      }
      const dir = expectedDirection(ind);
      if (!dir) continue;
      if (dir === 'falling' && up) {
        const fix = q.number === 0 ? withOperator(q, '=') : withOperator(q, FLIP[q.operator]);
        issues.push({
          cell: ind.value.cell,
          message: `${indicatorName(ind)}越低越好，指标值「${text}」的「${OPERATOR_SYMBOL[q.operator]}」方向相反。请改为「${fix}」。`,
        });
      } else if (dir === 'rising' && !up) {
        const full = isPercent(q.unit) && q.number === 100;
        const fix = full ? withOperator(q, '=') : withOperator(q, FLIP[q.operator]);
        issues.push({
          cell: ind.value.cell,
          message: `${indicatorName(ind)}越高越好，指标值「${text}」的「${OPERATOR_SYMBOL[q.operator]}」方向相反。请改为「${fix}」。`,
        });
      }
    }
    return issues;
  },
};
