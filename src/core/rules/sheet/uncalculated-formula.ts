import { toA1 } from '../../grid';
import type { WorkbookRule, Issue } from '../../rule';

/** How many cells the message names before "等". */
const NAMED = 5;

/**
 * sheet/uncalculated-formula: formulas whose file holds no computed result (saved by a program that does
 * not calculate, or with calculation set to manual). Their values are unknown: the checker says so once
 * per sheet instead of reading them as empty, and raises no other finding on those cells.
 */
export const uncalculatedFormula: WorkbookRule = {
  id: 'sheet/uncalculated-formula',
  defaultSeverity: 'warning',
  title: '公式没有计算结果',
  description:
    '单元格里是公式，但文件中没有保存计算结果（用不计算公式的程序生成，或 Excel 设为手动计算后保存）。这些单元格的值无法确定，' +
    '检查不把它们当作空白，也不对它们报其他问题。请在 Excel 中打开，按 F9（或 公式 → 计算工作簿）重新计算后保存，再检查。',
  scope: 'workbook',
  check(model) {
    const issues: Issue[] = [];
    for (const s of model.sheets) {
      if (s.kind === 'other' || !s.uncalculated?.length) continue;
      const cells = s.uncalculated;
      const named = cells.slice(0, NAMED).map(toA1).join('、');
      issues.push({
        sheet: s.sheet,
        cell: cells[0],
        message:
          `${cells.length} 个单元格的公式没有计算结果（${named}${cells.length > NAMED ? ' 等' : ''}），其值无法确定：` +
          '请在 Excel 中重新计算（F9）并保存后再检查',
      });
    }
    return issues;
  },
};
