/**
 * Header fields and funds: the value that belongs to a label (right of it, under it when it heads a
 * column, or a small sources table's 合计 row), and the funds block's 预算执行率 分值.
 */
import { cellText, type CellRef, type CellValue } from '../grid';
import type { MoneyUnit, TargetTable } from '../model';
import { parseAmount } from '../value/money';
import { normalizeText } from '../text';
import { isTotalMarker } from './labels';
import type { SheetView } from './view';

/** Whether a text cell is followed, on its row, by an amount: then the text labels a part of the source. */
export function subLabelBeforeAmount(view: SheetView, row: number, col: number, unit: MoneyUnit): boolean {
  const text = cellText(view.value(row, col)).trim();
  if (text.length > 12) return false;
  return view.textCells(row).some((c) => c.col > col && parseAmount(view.value(row, c.col), unit) !== null);
}

/**
 * The funds block's 分值 (the score for budget execution on self-evaluation and approval forms): a 分值
 * heading above the indicator header with a number under it, or a 分值 label with the number to its right.
 */
export function findBudgetScore(view: SheetView, headerRow: number): TargetTable['budgetScore'] {
  for (let r = 0; r < headerRow; r++) {
    for (const c of view.textCells(r)) {
      if (c.info.role !== 'weight') continue;
      for (const [rr, cc] of [
        [r + 1, c.col],
        [r, view.nextColumn(r, c.col)],
      ] as const) {
        const v = view.value(rr, cc);
        const n = typeof v === 'number' ? v : typeof v === 'string' ? parseAmount(v.replace(/分$/, '')) : null;
        if (n !== null && n > 0 && n <= 100 && rr < headerRow) return { value: n, cell: { row: rr, col: cc } };
      }
    }
  }
  return null;
}


export interface LabelHit {
  row: number;
  col: number;
  text: string;
  /** The value written in the label's own cell ("资金总额:2430.30"). */
  inline?: string;
}

/** "金额(万元)", "金额", "单位：万元", "资金来源": a heading of an amount column, never an amount. */
function isAmountHeading(text: string): boolean {
  const t = normalizeText(text).replace(/\s+/g, '');
  return (
    !/\d/.test(t) &&
    t.length >= 2 &&
    (/^(金额|数额|资金|预算数|预算金额)?\(?(单位[:：]?)?(元|千元|万元|亿元)?\)?$/.test(t) || /^(资金来源|来源|资金性质|项目|科目)$/.test(t))
  );
}

/**
 * "资金总额 | 资金来源 | 金额(元)" over "合计 | 1,000" — a funds label heading a small table of sources:
 * its amount is the table's 合计 row, under the amount heading.
 */
export function totalRowAmount(view: SheetView, hit: LabelHit): { cell: CellRef; value: CellValue; text: string } | null {
  if (hit.inline !== undefined) return null;
  const right = view.textCells(hit.row).filter((c) => c.col > hit.col);
  if (!right.length || !right.every((c) => isAmountHeading(c.text))) return null;
  const amountCol = right.find((c) => /金额|数额|元/.test(c.text))?.col ?? right[right.length - 1].col;
  for (let r = hit.row + 1; r <= hit.row + 3 && r < view.rowCount; r++) {
    const cells = view.textCells(r);
    if (!cells.some((c) => isTotalMarker(c.text))) continue;
    const row = view.value(r, amountCol) !== null ? amountCol : (cells.find((c) => c.col > amountCol)?.col ?? amountCol);
    for (let c = amountCol; c <= Math.max(row, amountCol + 1) && c < view.width; c++) {
      const v = view.value(r, c);
      if (v !== null) return { cell: { row: r, col: c }, value: v, text: cellText(v) };
    }
  }
  return null;
}

/** The value belonging to a label: the next filled cell to its right that is not another label. */
export function valueRightOf(view: SheetView, hit: LabelHit): { cell: CellRef; value: CellValue; text: string } {
  if (hit.inline !== undefined) return { cell: { row: hit.row, col: hit.col }, value: hit.inline, text: hit.inline };
  const cells = view.textCells(hit.row);
  const firstRight = view.nextColumn(hit.row, hit.col);
  for (const c of cells) {
    if (c.col <= hit.col) continue;
    if (c.info.field || c.info.fund) break;
    // A column heading standing where the amount would ("年度资金总额 | 金额(万元)") is no value.
    if (isAmountHeading(c.text)) continue;
    return { cell: { row: hit.row, col: c.col }, value: view.value(hit.row, c.col), text: c.text };
  }
  // No value: point at the empty cell to fill in, or at the label when that cell is past the sheet's edge.
  const col = firstRight < view.width ? firstRight : hit.col;
  return { cell: { row: hit.row, col }, value: null, text: '' };
}
