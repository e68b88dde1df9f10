/** A read-only view of a grid for recognition: text cells per row, merge owners, bounds. */
import { labelInfo, type LabelInfo } from './labels';
import { cellText, gridWidth, isCellError, mergeOwners, type CellRef, type CellValue, type Grid } from '../grid';

export interface TextCell {
  col: number;
  text: string;
  /** What the text is as a label (computed once per distinct text). */
  info: LabelInfo;
}

export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  readonly width: number;
  private readonly grid: Grid;
  private readonly owners: Map<number, CellRef>;
  private readonly rowCache = new Map<number, TextCell[]>();

  constructor(grid: Grid) {
    this.grid = grid;
    this.name = grid.name;
    this.rowCount = grid.rows.length;
    this.width = gridWidth(grid);
    this.owners = grid.merges && grid.merges.length ? mergeOwners(grid) : new Map();
  }

  value(row: number, col: number): CellValue {
    const r = this.grid.rows[row];
    if (!r) return null;
    const v = r[col];
    return v === undefined ? null : v;
  }

  /** The non-empty cells of a row, left to right, with their text (error values excluded). */
  textCells(row: number): TextCell[] {
    let cells = this.rowCache.get(row);
    if (cells) return cells;
    cells = [];
    const r = this.grid.rows[row];
    if (r) {
      for (let c = 0; c < r.length; c++) {
        const v = r[c];
        if (v === null || v === undefined) continue;
        if (isCellError(v)) {
          cells.push({ col: c, text: v.error, info: labelInfo(v.error) });
          continue;
        }
        const text = cellText(v);
        if (text.trim() === '') continue;
        cells.push({ col: c, text, info: labelInfo(text) });
      }
    }
    this.rowCache.set(row, cells);
    return cells;
  }

  /** The top-left cell of the merge covering (row, col), or null when the cell is not covered. */
  mergeOwner(row: number, col: number): CellRef | null {
    return this.owners.get(row * 16384 + col) ?? null;
  }

  /** The first column right of `col` that is not covered by a merge owned by (row, col). */
  nextColumn(row: number, col: number): number {
    let c = col + 1;
    for (;;) {
      const o = this.mergeOwner(row, c);
      if (!o || o.row !== row || o.col !== col) return c;
      c++;
    }
  }

  /** The first non-empty cell of the sheet (A1 when the sheet is empty). */
  firstCell(): CellRef {
    for (let r = 0; r < this.rowCount; r++) {
      const cells = this.textCells(r);
      if (cells.length) return { row: r, col: cells[0].col };
    }
    return { row: 0, col: 0 };
  }
}
