/**
 * The grid: one worksheet's cells as read from Excel (Office.js `values`) or from an .xlsx file.
 * Pure data, no Office, DOM or Node types. Row and column indexes are 0-based: rows[0][0] is A1.
 */

/** An Excel error value such as #REF!, #DIV/0!, #N/A. */
export interface CellError {
  error: string;
}

/**
 * A formula cell whose file holds no computed result (written by a program that does not calculate, or
 * saved with calculation off). Its value is unknown: the checker says so instead of reading it as empty.
 */
export interface CellUncalculated {
  /** The formula without its leading '=' ('' when only a shared-formula reference was stored). */
  formula: string;
  uncalculated: true;
}

/** A cell's value: formula cells carry their computed result. Empty cells are null. */
export type CellValue = number | string | boolean | null | CellError | CellUncalculated;

/** A merged area, 0-based and inclusive. Only its top-left cell holds the value. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CellRef {
  row: number;
  col: number;
}

export interface Grid {
  /** The worksheet's name as Excel shows it on the tab. */
  name: string;
  /** rows[r][c] is the cell at 0-based row r, column c. Rows may be ragged or shorter than the sheet. */
  rows: CellValue[][];
  /** Merged areas; omitted or empty when the sheet has none. */
  merges?: MergeArea[];
  /** True for a sheet hidden from the tabs (Excel's hidden and veryHidden); omitted when visible. */
  hidden?: boolean;
  /** Set by a file reader that stopped at its row/column cap: what lies beyond was not read. */
  truncated?: GridTruncation;
}

/** How a file reader cut a sheet at its cap (rows/cols: values, or unread content, lay beyond it). */
export interface GridTruncation {
  rows: boolean;
  cols: boolean;
  /** The sheet's size as the file claims it (its `<dimension>`), when it says; for messages only. */
  sheetRows?: number;
  sheetCols?: number;
  /** The merged areas past the cut could not be reached (the sheet was read without them). */
  mergesLost?: boolean;
}

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === 'object' && v !== null && typeof (v as CellError).error === 'string';
}

export function isUncalculated(v: CellValue | undefined): v is CellUncalculated {
  return typeof v === 'object' && v !== null && (v as CellUncalculated).uncalculated === true;
}

export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.rows[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

/** The cell's value as display text: numbers as JS prints them, errors as their code, empty as ''. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isUncalculated(v)) return '';
  return v.error;
}

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Number of columns of the widest row. */
export function gridWidth(grid: Grid): number {
  let w = 0;
  for (const r of grid.rows) if (r && r.length > w) w = r.length;
  return w;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** {row: 11, col: 4} → "E12". */
export function toA1(ref: CellRef): string {
  return `${columnName(ref.col)}${ref.row + 1}`;
}

/** "E12" → {row: 11, col: 4}; also accepts "$E$12". Returns null for anything else. */
export function fromA1(a1: string): CellRef | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** What plainA1 read: the 0-based row and column. */
let plainRow = 0;
let plainCol = 0;

/**
 * Reads "E12" (1–3 capital letters, 1–7 digits) at `at` of `s` into plainRow/plainCol; returns the index
 * after it, or -1 when there is no such reference. The spelling of a range's corners in a file.
 */
function plainA1(s: string, at: number): number {
  let i = at;
  let col = 0;
  for (; i < s.length && i - at < 4; i++) {
    const ch = s.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  const letters = i - at;
  if (letters < 1 || letters > 3) return -1;
  let row = 0;
  const digitsAt = i;
  for (; i < s.length && i - digitsAt < 8; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    row = row * 10 + d;
  }
  const digits = i - digitsAt;
  if (digits < 1 || digits > 7) return -1;
  plainRow = row - 1;
  plainCol = col - 1;
  return i;
}

/** "A1:E1" → MergeArea. Returns null when the text is not a range. */
export function parseRange(range: string): MergeArea | null {
  // "A1" or "A1:E1" as files write them (a workbook has thousands): read without a regex or a split.
  const end = plainA1(range, 0);
  if (end > 0) {
    const r0 = plainRow;
    const c0 = plainCol;
    if (end === range.length) return { top: r0, left: c0, bottom: r0, right: c0 };
    if (range.charCodeAt(end) === 58 /* : */ && plainA1(range, end + 1) === range.length) {
      return { top: Math.min(r0, plainRow), left: Math.min(c0, plainCol), bottom: Math.max(r0, plainRow), right: Math.max(c0, plainCol) };
    }
  }
  const parts = range.replace(/^.*!/, '').split(':');
  const a = fromA1(parts[0]);
  const b = fromA1(parts[1] ?? parts[0]);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function rangeToA1(area: MergeArea): string {
  const a = toA1({ row: area.top, col: area.left });
  const b = toA1({ row: area.bottom, col: area.right });
  return a === b ? a : `${a}:${b}`;
}

/**
 * For every cell covered by a merge (other than the top-left), the top-left cell that holds the value.
 * Keyed by `row * 16384 + col` (Excel has at most 16,384 columns).
 */
export function mergeOwners(grid: Grid): Map<number, CellRef> {
  const owners = new Map<number, CellRef>();
  const lastRow = grid.rows.length - 1;
  const lastCol = gridWidth(grid) - 1;
  for (const m of grid.merges ?? []) {
    // Clamp to the data: a merge across a whole row must not cost 16,384 entries.
    for (let r = m.top; r <= Math.min(m.bottom, lastRow); r++) {
      for (let c = m.left; c <= Math.min(m.right, lastCol); c++) {
        if (r === m.top && c === m.left) continue;
        owners.set(r * 16384 + c, { row: m.top, col: m.left });
      }
    }
  }
  return owners;
}
