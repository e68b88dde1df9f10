/** A sheet spec as the checker sees it once Excel has calculated it: values, formula results, merges. */
import type { CellValue, Grid } from '../grid';
import type { SheetSpec } from './spec';

export function specToGrid(spec: SheetSpec): Grid {
  const rows: CellValue[][] = [];
  for (const c of spec.cells) {
    const v = c.formula !== undefined ? (c.result ?? null) : (c.value ?? null);
    if (v === null || v === '') continue;
    while (rows.length <= c.row) rows.push([]);
    const row = rows[c.row];
    while (row.length < c.col) row.push(null);
    row[c.col] = v;
  }
  return { name: spec.name, rows, merges: spec.merges.map((m) => ({ ...m })) };
}
