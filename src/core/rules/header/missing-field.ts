import type { CellRef } from '../../grid';
import type { TargetTable } from '../../model';
import type { Issue, TableRule } from '../../rule';
import { normalizeText } from '../../text';

interface HeaderField {
  label: string;
  get(t: TargetTable): { text: string; cell: CellRef } | null;
  hint: string;
  /** 项目类别 missing is a warning, the others errors. */
  warning?: boolean;
  /** 年度预算资金总额: text that is not an amount is funds/not-a-number's, not a placeholder here. */
  amount?: boolean;
}

const FIELDS: HeaderField[] = [
  { label: '项目名称', get: (t) => t.projectName, hint: '请填写与预算申报一致的项目名称。' },
  {
    label: '项目类别',
    get: (t) => t.category,
    hint: '请填写人员类、运转类（公用经费、其他运转类）或特定目标类。',
    warning: true,
  },
  { label: '主管部门', get: (t) => t.department, hint: '请填写主管部门的全称。' },
  { label: '实施单位', get: (t) => t.implementingUnit, hint: '请填写具体负责实施的单位全称。' },
  {
    label: '年度预算资金总额',
    get: (t) => t.funds?.total ?? null,
    hint: '请填写本年度预算资金总额（金额，如 1,000.00）。',
    amount: true,
  },
  {
    label: '年度总体绩效目标',
    get: (t) => t.goal,
    hint: '请概述本年度要完成的产出和效果，尽量写出数量、质量、时效和成本。',
  },
];

/** Text that holds nothing: 待定, 无, /, -, XX … */
const PLACEHOLDER = /^(?:待定|待填|待补充|另行确定|暂无|无|null|[xX×*＊]+|[_＿]+|[-－—–]+|[/／\\]+|[?？]+)$/i;

/** Is this header text only a placeholder (待定, 无, /, -, XX …)? */
export function isPlaceholderField(text: string): boolean {
  return PLACEHOLDER.test(normalizeText(text).replace(/\s+/g, ''));
}

export const missingField: TableRule = {
  id: 'header/missing-field',
  defaultSeverity: 'error',
  scope: 'table',
  title: '表头必填项缺失或为空',
  description:
    '项目名称、主管部门、实施单位、年度预算资金总额、年度总体绩效目标是绩效目标表的必填项，缺一项就会被退回；' +
    '项目类别缺失按警告提示。表中没有该栏目时指向表头，有栏目但未填时指向应填写的单元格。' +
    '修改方法：在对应单元格填写实际内容，不要用“待定”“/”“-”等占位。',
  check(table) {
    const issues: Issue[] = [];
    for (const f of FIELDS) {
      const field = f.get(table);
      const severity = f.warning ? ('warning' as const) : undefined;
      if (!field) {
        issues.push({
          cell: table.anchor,
          message: `表中没有「${f.label}」一栏。请在表头补上「${f.label}」及其内容。${f.hint}`,
          severity,
        });
        continue;
      }
      const text = normalizeText(field.text ?? '').trim();
      if (!text) {
        issues.push({ cell: field.cell, message: `「${f.label}」未填写。${f.hint}`, severity });
      } else if (!f.amount && isPlaceholderField(text)) {
        issues.push({
          cell: field.cell,
          message: `「${f.label}」只填了占位内容「${text}」。${f.hint}`,
          severity,
        });
      }
    }
    return issues;
  },
};
