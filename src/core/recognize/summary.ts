/** Reads a 申报表 (summary sheet): 序号 / 预算部门（单位）名称 / 项目名称 / 项目金额（万元） / 备注, and a 合计 row. */
import type { MoneyUnit, SummaryRow, SummaryTable } from '../model';
import { cellText } from '../grid';
import { parseAmount } from '../value/money';
import { isJunk, isTotalMarker, moneyUnitIn, summaryRoleOf, type SummaryRole } from './labels';
import type { SheetView } from './view';

export interface SummaryHeader {
  row: number;
  colOf: Partial<Record<SummaryRole, number>>;
  moneyUnit: MoneyUnit | null;
}

/** A header row naming at least 项目名称 and an amount column, plus 序号 or a department column. */
export function findSummaryHeader(view: SheetView, limit = 40): SummaryHeader | null {
  for (let r = 0; r < Math.min(view.rowCount, limit); r++) {
    const cells = view.textCells(r);
    if (cells.length < 3) continue;
    const colOf: Partial<Record<SummaryRole, number>> = {};
    let moneyUnit: MoneyUnit | null = null;
    for (const { col, text } of cells) {
      const role = summaryRoleOf(text);
      if (role && colOf[role] === undefined) {
        colOf[role] = col;
        if (role === 'amount') moneyUnit = moneyUnitIn(text);
      }
    }
    if (colOf.name !== undefined && colOf.amount !== undefined && (colOf.index !== undefined || colOf.department !== undefined)) {
      return { row: r, colOf, moneyUnit };
    }
  }
  return null;
}

export function readSummary(view: SheetView, header: SummaryHeader): SummaryTable {
  let title: SummaryTable['title'] = null;
  for (let r = 0; r < header.row && !title; r++) {
    const c = view.textCells(r)[0];
    if (c) title = { text: c.text.trim(), cell: { row: r, col: c.col } };
  }
  const stated = header.moneyUnit ?? (title ? moneyUnitIn(title.text) : null);
  const unit: MoneyUnit = stated ?? '万元';
  const at = (r: number, role: SummaryRole) => {
    const col = header.colOf[role];
    if (col === undefined) return null;
    const v = view.value(r, col);
    const text = cellText(v).trim();
    return { col, v, text };
  };
  const rows: SummaryRow[] = [];
  let totalRow: SummaryRow | null = null;
  let blankRun = 0;
  for (let r = header.row + 1; r < view.rowCount; r++) {
    const cells = view.textCells(r);
    if (!cells.length || cells.every((c) => isJunk(c.text))) {
      if (++blankRun > 20) break;
      continue;
    }
    blankRun = 0;
    const index = at(r, 'index');
    const dept = at(r, 'department');
    const name = at(r, 'name');
    const amount = at(r, 'amount');
    const isTotal = cells.some((c) => c.col < (header.colOf.amount ?? Infinity) && isTotalMarker(c.text));
    const row: SummaryRow = {
      row: r,
      index: isTotal ? '合计' : (index?.text ?? ''),
      department: dept && dept.text ? { text: dept.text, cell: { row: r, col: dept.col } } : null,
      name: name && name.text && !isTotal ? { text: name.text, cell: { row: r, col: name.col } } : null,
      amount: amount
        ? { text: amount.text, amount: amount.text ? parseAmount(amount.v, unit) : null, cell: { row: r, col: amount.col } }
        : null,
    };
    if (isTotal) {
      totalRow = row;
      continue;
    }
    if (!row.name && !row.amount?.text) continue;
    rows.push(row);
  }
  return { kind: 'summary', sheet: view.name, title, headerRow: header.row, moneyUnit: unit, ...(stated ? {} : { moneyUnitAssumed: true }), rows, totalRow };
}
