import type { FundField, TargetTable } from '../../model';
import type { Issue, TableRule } from '../../rule';
import { formatAmount } from '../../text';

/** The funds cells with their labels, in table order. */
export function fundCells(table: TargetTable): Array<{ label: string; field: FundField | null; source: boolean }> {
  const f = table.funds;
  return [
    { label: '年度预算资金总额', field: f?.total ?? null, source: false },
    { label: '财政拨款', field: f?.fiscal ?? null, source: true },
    { label: '上年结转资金', field: f?.carryover ?? null, source: true },
    { label: '其他资金', field: f?.other ?? null, source: true },
  ];
}

export const notANumber: TableRule = {
  id: 'funds/not-a-number',
  defaultSeverity: 'error',
  scope: 'table',
  title: '资金栏填的不是金额',
  description:
    '年度预算资金总额、财政拨款、上年结转资金、其他资金必须是金额（数字，单位见表头，通常为万元），' +
    '填了文字（如“待定”“一千万”“见附件”）或负数时，资金无法核对，系统也无法录入。' +
    '修改方法：改为数字金额，如 1,000.00；没有该项资金时填 0。',
  check(table) {
    const issues: Issue[] = [];
    const unit = table.moneyUnit ?? '万元';
    for (const { label, field, source } of fundCells(table)) {
      if (!field) continue;
      const text = (field.text ?? '').trim();
      if (field.invalid) {
        issues.push({
          cell: field.cell,
          message: `${label}「${text}」不是金额。请填写数字金额（单位：${unit}），如 1,000.00${source ? '；没有该项资金时填 0' : ''}。`,
        });
      } else if (field.amount !== null && field.amount < 0) {
        issues.push({
          cell: field.cell,
          message: `${label} ${formatAmount(field.amount)} 万元是负数，资金金额不能为负。请填写实际金额${source ? '，没有该项资金时填 0' : ''}。`,
        });
      }
    }
    return issues;
  },
};
