/**
 * Reading a WPS workbook for a check. Every property read is a cross-process call, so:
 * - values: one `UsedRange.Value2` per sheet (a 2-D array), with `Row` / `Column` to place it;
 * - dates: only numbers that could be a date serial (1954–2119) ask their cell's NumberFormat;
 * - merged areas: no call lists them, so `MergeCells` (true / false / null for "some") is asked of the
 *   used range first — false, and the sheet is done — then of halves, quarters… that hold a candidate
 *   (a cell with a value and an empty neighbour: a merged area keeps only its top-left value), down to a
 *   few candidates asked one by one; each found area's cells are skipped after. (A merged area with no
 *   value at all is not found: nothing in it can matter to the check.);
 * - fills and comments: only of the cells the planner asks about (what is or will be marked).
 */
import type { CellValue, Grid, MergeArea } from '../core/grid';
import { rangeToA1, toA1 } from '../core/grid';
import { areaOfAddress, cellValueFromOffice, dateText, isDateFormat } from '../host/cells';
import { NO_FILL, type SavedFill } from '../host/fills';
import type { SheetKnowledge } from '../host/knowledge';
import type { ReadNeed } from '../host/session';
import { hexFromBgr, patternName } from './colors';
import type { EtRange, EtSheets, EtWorksheet } from './et-types';

export interface WpsSheetData extends SheetKnowledge {
  ws: EtWorksheet;
}

/** Date serials of 1954-10-03 … 2119-01-10: a number outside is no date worth asking about. */
const DATE_MIN = 20000;
const DATE_MAX = 80000;

/** The sheets, 1-based, in tab order. */
export function worksheetList(sheets: EtSheets): EtWorksheet[] {
  const out: EtWorksheet[] = [];
  const n = sheets.Count;
  for (let i = 1; i <= n; i++) out.push(sheets.Item(i));
  return out;
}

/** A sheet's id: its code name (stable across renames), else its name. */
export function sheetId(ws: EtWorksheet, name: string): string {
  let code = '';
  try {
    code = ws.CodeName;
  } catch {
    // Older WPS: no code names.
  }
  return typeof code === 'string' && code ? `code:${code}` : `name:${name}`;
}

/** Value2 as rows of columns, whatever shape WPS gives (a scalar for one cell). */
export function valueBlock(v: unknown): unknown[][] {
  if (!Array.isArray(v)) return [[v]];
  if (v.length && !Array.isArray(v[0])) return [v as unknown[]];
  return v as unknown[][];
}

export interface ReadSheetOptions {
  /** Look for merged areas (false once the host refused MergeCells). */
  merges: boolean;
}

export interface SheetReadResult {
  sheet: WpsSheetData;
  /** MergeCells could not be read. */
  mergesFailed: boolean;
}

export function readSheet(ws: EtWorksheet, index: number, options: ReadSheetOptions): SheetReadResult {
  const name = ws.Name;
  const id = sheetId(ws, name);
  const used = ws.UsedRange;
  const top = used.Row - 1;
  const left = used.Column - 1;
  const block = valueBlock(used.Value2);
  const rows: CellValue[][] = [];
  for (let r = 0; r < top; r++) rows.push([]);
  block.forEach((line, i) => {
    const row: CellValue[] = [];
    line.forEach((v, j) => {
      let cv = cellValueFromOffice(v);
      if (typeof cv === 'number' && cv >= DATE_MIN && cv <= DATE_MAX) {
        const format = ws.Range(toA1({ row: top + i, col: left + j })).NumberFormat;
        if (isDateFormat(format)) cv = dateText(cv);
      }
      if (cv === null) return;
      while (row.length < left + j) row.push(null);
      row[left + j] = cv;
    });
    rows.push(row);
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  const grid: Grid = { name, rows, merges: [] };
  let mergesFailed = false;
  if (options.merges && block.length && (block.length > 1 || block[0].length > 1)) {
    const area: MergeArea = { top, left, bottom: top + block.length - 1, right: left + Math.max(...block.map((r) => r.length)) - 1 };
    try {
      grid.merges = findMerges(ws, used, area, mergeCandidates(block, top, left));
    } catch {
      mergesFailed = true;
    }
  }
  let commentCount = 0;
  try {
    commentCount = ws.Comments.Count;
  } catch {
    commentCount = 0;
  }
  return {
    sheet: { name, id, index, grid, fills: { complete: false, fills: new Map() }, notes: { count: commentCount, known: new Map() }, bytes: 0, ws },
    mergesFailed,
  };
}

function inside(a: MergeArea, b: MergeArea): boolean {
  return a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;
}

/**
 * Cells that can be the top-left of a merged area worth knowing: they hold a value (a merged area keeps
 * only its top-left value) and the cell to their right or below, inside the used range, is empty.
 * `block` is the used range's values from (top, left).
 */
export function mergeCandidates(block: readonly (readonly unknown[])[], top: number, left: number): { row: number; col: number }[] {
  // Beyond the used range nothing is merged with a cell inside it (the used range covers merged cells).
  const empty = (i: number, j: number) => {
    if (i >= block.length || j >= (block[i]?.length ?? 0)) return false;
    const v = block[i][j];
    return v === undefined || v === null || v === '';
  };
  const out: { row: number; col: number }[] = [];
  block.forEach((line, i) => {
    line.forEach((_, j) => {
      if (!empty(i, j) && (empty(i, j + 1) || empty(i + 1, j))) out.push({ row: top + i, col: left + j });
    });
  });
  return out;
}

/**
 * The merged areas within `area` that start at a candidate cell: MergeCells of the used range first
 * (false: none, one call), then of halves (along the longer side) that hold candidates, down to a few
 * candidates, asked one by one; a cell in a merged area gives the whole area (MergeArea).
 */
export function findMerges(ws: EtWorksheet, used: EtRange, area: MergeArea, candidates: readonly { row: number; col: number }[]): MergeArea[] {
  const found: MergeArea[] = [];
  const at = (a: MergeArea) => candidates.filter((c) => c.row >= a.top && c.row <= a.bottom && c.col >= a.left && c.col <= a.right);
  const open = (list: { row: number; col: number }[]) => list.filter((c) => !found.some((m) => inside({ top: c.row, bottom: c.row, left: c.col, right: c.col }, m)));
  const probeCell = (c: { row: number; col: number }) => {
    const r = ws.Range(toA1(c));
    if (r.MergeCells !== true) return;
    const m = areaOfAddress(r.MergeArea.Address(false, false));
    if (m && (m.bottom > m.top || m.right > m.left)) found.push(m);
  };
  const visit = (a: MergeArea, known?: unknown): void => {
    const here = open(at(a));
    if (here.length === 0) return;
    if (here.length <= 2) {
      for (const c of here) if (open([c]).length) probeCell(c);
      return;
    }
    const mc = known !== undefined ? known : ws.Range(rangeToA1(a)).MergeCells;
    if (mc === false) return;
    if (a.bottom - a.top >= a.right - a.left) {
      const mid = Math.floor((a.top + a.bottom) / 2);
      visit({ ...a, bottom: mid });
      visit({ ...a, top: mid + 1 });
    } else {
      const mid = Math.floor((a.left + a.right) / 2);
      visit({ ...a, right: mid });
      visit({ ...a, left: mid + 1 });
    }
  };
  visit(area, used.MergeCells);
  return found.sort((x, y) => x.top - y.top || x.left - y.left);
}

/** A cell's own fill as WPS tells it (Interior.Pattern, Color, PatternColor). */
export function readFill(range: EtRange): SavedFill {
  const interior = range.Interior;
  const pattern = patternName(interior.Pattern);
  if (pattern === 'None') return { ...NO_FILL };
  const color = hexFromBgr(interior.Color);
  if (pattern === null) return { color, pattern: null };
  const fill: SavedFill = { color, pattern };
  if (pattern !== 'Solid') {
    const pc = hexFromBgr(interior.PatternColor);
    if (pc) fill.patternColor = pc;
  }
  return fill;
}

/** Reads what the planner will ask about: the fills and comments of the given cells. */
export function readCells(needs: readonly ReadNeed<WpsSheetData>[]): void {
  for (const { sheet, fillCells, noteCells } of needs) {
    for (const cell of fillCells) {
      if (!sheet.fills.fills.has(cell)) sheet.fills.fills.set(cell, readFill(sheet.ws.Range(cell)));
    }
    const notes = sheet.notes;
    if (!notes) continue;
    for (const cell of noteCells) {
      if (notes.known.has(cell)) continue;
      const comment = notes.count === 0 ? null : sheet.ws.Range(cell).Comment;
      notes.known.set(cell, comment ? comment.Text() : null);
    }
  }
}
