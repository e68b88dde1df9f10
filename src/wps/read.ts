/**
 * Reading a WPS workbook for a check. Every property read is a cross-process call, so:
 * - values: one `UsedRange.Value2` per sheet (a 2-D array), with `Row` / `Column` to place it;
 * - dates: only numbers that could be a date serial (1954–2119) ask their cell's NumberFormat;
 * - merged areas: no call lists them, so `MergeCells` (true / false / null for "some") is asked of the
 *   used range first — false, and the sheet is done — then of halves, quarters… down to single cells only
 *   where merges are (each found area's cells are skipped after);
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
      grid.merges = findMerges(ws, used, area);
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
 * The merged areas within `area`: MergeCells of the used range, then of halves (along the longer side)
 * wherever it is not false, down to single cells; a cell in a merged area gives the whole area.
 */
export function findMerges(ws: EtWorksheet, used: EtRange, area: MergeArea): MergeArea[] {
  const found: MergeArea[] = [];
  const covered = (a: MergeArea) => found.some((m) => inside(a, m));
  const visit = (a: MergeArea, known?: unknown): void => {
    if (covered(a)) return;
    const mc = known !== undefined ? known : ws.Range(rangeToA1(a)).MergeCells;
    if (mc === false) return;
    if (a.top === a.bottom && a.left === a.right) {
      const address = ws.Range(rangeToA1(a)).MergeArea.Address(false, false);
      const m = areaOfAddress(address);
      if (m && (m.bottom > m.top || m.right > m.left)) found.push(m);
      return;
    }
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
