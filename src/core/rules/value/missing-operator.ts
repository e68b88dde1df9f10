import type { Issue, TableRule } from '../../rule';
import type { Indicator } from '../../model';
import { expectedDirection, isPercent, quantityOf, withOperator, type Quantity } from './classify';
import { indicatorName, isCost } from '../indicator/levels';

/** The spelling to propose: ≤ for a cost or a falling rate, = for 100%, ≥ for a rising rate, else = or ≥. */
function proposal(ind: Indicator, q: Quantity): string {
  if (isCost(ind) || expectedDirection(ind) === 'falling') return `「${withOperator(q, '<=')}」`;
  if (isPercent(q.unit) && q.number === 100) return `「${withOperator(q, '=')}」`;
  if (expectedDirection(ind) === 'rising') return `「${withOperator(q, '>=')}」`;
  return `「${withOperator(q, '=')}」或「${withOperator(q, '>=')}」`;
}

export const missingOperator: TableRule = {
  id: 'value/missing-operator',
  defaultSeverity: 'info',
  scope: 'table',
  title: '定量指标值没有运算符',
  description:
    '定量指标值应写明运算符（≥ ≤ = > <），系统录入时运算符是必填项；没有运算符时按“=”理解。' +
    '日期和定性指标值不需要运算符。指向该指标值单元格。修改方法：在数字前加上运算符，如“=100%”“≥94个”。',
  check(table) {
    const issues: Issue[] = [];
    for (const ind of table.indicators) {
      const q = quantityOf(ind);
      if (!q || q.operatorExplicit) continue;
      issues.push({
        cell: ind.value.cell,
        message: `${indicatorName(ind)}的指标值「${ind.value.text.trim()}」没有运算符，按「${withOperator(q, '=')}」理解。请写明 ≥、≤ 或 =，如${proposal(ind, q)}。`,
      });
    }
    return issues;
  },
};
