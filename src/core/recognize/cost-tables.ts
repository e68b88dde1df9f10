/**
 * Side tables of a project's cost make-up that some forms carry beside the indicator block:
 *
 *   项目预算成本构成 | 金额 | 测算依据      | 2020年实际执行数 | 2021年实际执行数
 *   保安服务费       | 191  | 依据招标文件  | 191              | 191
 *   …
 *   合计             | 814  |               | 662.98           | 794.55
 *
 * Read as written: the numeric columns, the item rows and the 合计 row. What adds up is the rule's to judge
 * (cost/items-sum-mismatch).
 */
import { cellText, type CellValue } from '../grid';
import type { TargetTable } from '../model';
import { parseAmount } from '../value/money';
import { isTotalMarker } from './labels';
import type { SheetView } from './view';

type CostTable = NonNullable<TargetTable['costTables']>[number];

/** The heading of a cost make-up table: 成本构成, 成本测算, 费用明细, 经费预算明细, 支出分解 … */
const HEADING = /(成本|费用|经费|资金|预算|支出)(构成|测算|明细|分解|组成)/;
/** Columns of words, not amounts. */
const TEXT_COLUMN = /测算|依据|说明|备注|内容|标准|方法|用途|序号/;
/** Rows looked at below a heading for its 合计. */
const MAX_ITEMS = 30;

function amountOf(v: CellValue): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim()) return parseAmount(v);
  return null;
}

/** Every cost make-up table in rows [from, to) of the sheet. */
export function findCostTables(view: SheetView, from: number, to: number): CostTable[] {
  const out: CostTable[] = [];
  for (let r = from; r < to; r++) {
    const cells = view.textCells(r);
    const first = cells[0];
    if (!first || cells.length < 2 || first.text.length > 20 || !HEADING.test(first.text.replace(/\s+/g, ''))) continue;
    const columns = cells.slice(1).filter((c) => !TEXT_COLUMN.test(c.text)).map((c) => ({ text: c.text.trim(), col: c.col }));
    if (!columns.length) continue;
    const rows: CostTable['rows'] = [];
    let closed = false;
    for (let rr = r + 1; rr < Math.min(to, r + 1 + MAX_ITEMS); rr++) {
      const rowCells = view.textCells(rr);
      if (!rowCells.length) break;
      const label = cellText(view.value(rr, first.col)).trim();
      const amounts = columns.map((c) => amountOf(view.value(rr, c.col)));
      const total = isTotalMarker(label);
      if (!label && amounts.every((a) => a === null)) break;
      rows.push({ row: rr, label, total, amounts });
      if (total) {
        closed = true;
        break;
      }
    }
    if (closed && rows.length >= 3) {
      out.push({ heading: { text: first.text.trim(), cell: { row: r, col: first.col } }, columns, rows });
      r = rows[rows.length - 1].row;
    }
  }
  return out;
}
