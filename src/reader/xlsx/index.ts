/**
 * The .xlsx reader: a workbook's bytes → core Grids, streaming (fflate + saxes), bounded by a row and
 * column cap. Sheet names, order and hidden state come from workbook.xml and its relationships.
 */
import { percentText } from '../../core/numfmt';
import type { CellValue, Grid, MergeArea } from '../../core/grid';
import { parseRange, toA1 } from '../../core/grid';
import { bothHandlers, commentHandlers, fillHandlers, type FileFill, type SheetLayout, type StyleFills } from './layout';
import { xmlSink, xmlStream } from '../xml';
import { listEntries, streamEntries, type EntrySink } from '../zip';
import { serialToDateText } from './dates';
import {
  partName,
  relKind,
  relsHandlers,
  relsPartOf,
  sharedStringsHandlers,
  stylesHandlers,
  workbookHandlers,
  type Relationship,
  type WorkbookInfo,
} from './parts';
import { sheetSink, type SheetData } from './sheet';

export type { FileColor, FileFill, SheetLayout } from './layout';
export { CellBudgetExceeded } from './sheet';

export interface ReadLimits {
  /** Rows read per sheet (default: Excel's 1,048,576). Reading stops past it. */
  maxRows?: number;
  /** Columns read per sheet (default: Excel's 16,384). */
  maxCols?: number;
  /** Characters of shared strings in all (default 32 Mi); more is an error. */
  maxSharedStringChars?: number;
  /** Inflated bytes of one sheet's cells before it is cut regardless (default 64 MiB). */
  maxSheetBytes?: number;
  /** Inflated bytes skimmed past a cut for the merged areas (default 64 MiB). */
  skimBytes?: number;
  /** Inflated bytes of any other part (workbook, styles, shared strings, relationships; default 128 MiB). */
  maxPartBytes?: number;
  /**
   * Cells the whole workbook may hold (default: no limit). Past it the reader throws CellBudgetExceeded: a
   * guard for reading in a thread without a heap limit of its own.
   */
  maxCells?: number;
  /** When given, the reader adds the bytes it inflated (for tests and benchmarks). */
  stats?: { inflatedBytes: number };
}

const MiB = 1024 * 1024;

function limitsOf(l: ReadLimits = {}) {
  return {
    maxRows: l.maxRows ?? 1048576,
    maxCols: l.maxCols ?? 16384,
    maxSharedStringChars: l.maxSharedStringChars ?? 32 * MiB,
    maxSheetBytes: l.maxSheetBytes ?? 64 * MiB,
    skimBytes: l.skimBytes ?? 64 * MiB,
    maxPartBytes: l.maxPartBytes ?? 128 * MiB,
    // One counter for all the workbook's sheets.
    ...(l.maxCells !== undefined ? { cells: { left: l.maxCells }, maxCells: l.maxCells } : {}),
  };
}

function key(name: string): string {
  return partName(name).toLowerCase();
}

function tooLarge(part: string, max: number): () => string {
  return () => `${part} inflates to more than ${Math.round(max / MiB)} MB: refused as too large (compression bomb?)`;
}

/** Reads an .xlsx (or .xlsm) workbook. Throws an Error with a precise (English) message when it cannot. */
export function readXlsx(data: Uint8Array, options?: ReadLimits): Grid[] {
  return readPackage(data, options, false).grids;
}

/** readXlsx, plus each sheet's fills, notes, column widths and row heights (for the playground's view). */
export function readXlsxWithLayout(data: Uint8Array, options?: ReadLimits): { grids: Grid[]; layouts: SheetLayout[] } {
  const { grids, layouts } = readPackage(data, options, true);
  return { grids, layouts: layouts! };
}

function readPackage(data: Uint8Array, options: ReadLimits | undefined, withLayout: boolean): { grids: Grid[]; layouts?: SheetLayout[] } {
  const limits = limitsOf(options);
  const entries = listEntries(data);
  const present = new Set(entries.map((e) => key(e.name)));
  if (present.size === 0) throw new Error('the zip holds no files: not an Excel workbook');

  // Pass 1: the relationships (small), to find the workbook and its parts.
  const rels = new Map<string, Map<string, Relationship>>();
  streamEntries(data, (name) => {
    const k = key(name);
    if (!k.endsWith('.rels')) return undefined;
    const source = k.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2');
    const out = new Map<string, Relationship>();
    rels.set(k, out);
    return xmlSink(xmlStream(partName(name), relsHandlers(source, out)), limits.maxPartBytes, tooLarge(name, limits.maxPartBytes));
  }, options?.stats);
  const rootRel = [...(rels.get('_rels/.rels')?.values() ?? [])].find((r) => relKind(r.type) === 'officeDocument');
  const workbookPart = key(rootRel?.target ?? 'xl/workbook.xml');
  if (workbookPart.endsWith('.bin')) {
    throw new Error(`an Excel binary workbook (.xlsb: ${workbookPart}), not an .xlsx: not read`);
  }
  if (!present.has(workbookPart)) {
    if (present.has('mimetype') && present.has('content.xml')) {
      throw new Error('an OpenDocument file (.ods), not an .xlsx: no workbook part (xl/workbook.xml) in the zip');
    }
    throw new Error(`no workbook part (${workbookPart}) in the zip: not an Excel workbook, or an incomplete one`);
  }
  const wbRels = rels.get(relsPartOf(workbookPart)) ?? new Map<string, Relationship>();
  const targetOf = (kind: string, fallback: string): string => {
    for (const r of wbRels.values()) if (relKind(r.type) === kind && !r.external) return key(r.target);
    return fallback;
  };
  const sharedPart = targetOf('sharedStrings', 'xl/sharedstrings.xml');
  const stylesPart = targetOf('styles', 'xl/styles.xml');

  // Pass 2: the workbook, shared strings, styles and every worksheet, in the order the zip stores them.
  const info: WorkbookInfo = { sheets: [], date1904: false };
  const shared: string[] = [];
  const dateStyles: (boolean | number)[] = [];
  const sheets = new Map<string, SheetData>();
  const worksheetParts = new Set<string>();
  for (const r of wbRels.values()) if (relKind(r.type) === 'worksheet' && !r.external) worksheetParts.add(key(r.target));
  const styleFills: StyleFills = { fills: [], xfFills: [] };
  /** comments part → the notes of the sheet it belongs to. */
  const commentParts = new Map<string, Record<string, string>>();
  const notesOf = new Map<string, Record<string, string>>();
  if (withLayout) {
    for (const sheetPart of worksheetParts) {
      for (const r of rels.get(relsPartOf(sheetPart))?.values() ?? []) {
        if (relKind(r.type) !== 'comments' || r.external) continue;
        const notes: Record<string, string> = {};
        commentParts.set(key(r.target), notes);
        notesOf.set(sheetPart, notes);
      }
    }
  }
  streamEntries(data, (name): EntrySink | undefined => {
    const k = key(name);
    const part = partName(name);
    const cap = (h: Parameters<typeof xmlStream>[1]) => xmlSink(xmlStream(part, h), limits.maxPartBytes, tooLarge(part, limits.maxPartBytes));
    if (k === workbookPart) return cap(workbookHandlers(info));
    if (k === sharedPart) return cap(sharedStringsHandlers(shared, limits.maxSharedStringChars));
    if (k === stylesPart) return cap(withLayout ? bothHandlers(stylesHandlers(dateStyles), fillHandlers(styleFills)) : stylesHandlers(dateStyles));
    const comments = commentParts.get(k);
    if (comments) return cap(commentHandlers(comments));
    if (worksheetParts.has(k) && !sheets.has(k)) {
      const sheet: SheetData = { rows: [], merges: [], sharedRefs: [], styledNumbers: [], truncatedRows: false, truncatedCols: false, mergesLost: false };
      if (withLayout) sheet.layout = { styled: [], rowHeights: [], colWidths: [] };
      sheets.set(k, sheet);
      return sheetSink(part, sheet, limits);
    }
    return undefined;
  }, options?.stats);

  const grids: Grid[] = [];
  const layouts: SheetLayout[] = [];
  for (const s of info.sheets) {
    const rel = wbRels.get(s.relId);
    if (rel && relKind(rel.type) !== 'worksheet') continue; // chart sheets, dialog and macro sheets
    const target = rel ? key(rel.target) : '';
    const sheet = sheets.get(target);
    if (!sheet) throw new Error(`the worksheet part for sheet "${s.name}" (${target || s.relId}) is missing from the zip`);
    grids.push(toGrid(s.name, s.hidden, sheet, shared, dateStyles, info.date1904, limits));
    if (withLayout) layouts.push(layoutOf(sheet, styleFills, notesOf.get(target) ?? {}));
  }
  return withLayout ? { grids, layouts } : { grids };
}

function layoutOf(sheet: SheetData, styles: StyleFills, notes: Record<string, string>): SheetLayout {
  const fills: Record<string, FileFill> = {};
  const styled = sheet.layout!.styled;
  for (let i = 0; i < styled.length; i += 3) {
    const fill = styles.fills[styles.xfFills[styled[i + 2]] ?? -1];
    if (fill && fill.pattern !== 'none') fills[toA1({ row: styled[i], col: styled[i + 1] })] = fill;
  }
  return { fills, notes, colWidths: sheet.layout!.colWidths, rowHeights: sheet.layout!.rowHeights };
}

function toGrid(
  name: string,
  hidden: boolean,
  sheet: SheetData,
  shared: readonly string[],
  dateStyles: readonly (boolean | number)[],
  date1904: boolean,
  limits: ReturnType<typeof limitsOf>,
): Grid {
  const rows = sheet.rows;
  const refs = sheet.sharedRefs;
  for (let i = 0; i < refs.length; i += 3) {
    const text: CellValue = shared[refs[i + 2]] ?? null;
    rows[refs[i]][refs[i + 1]] = text;
  }
  const styled = sheet.styledNumbers;
  for (let i = 0; i < styled.length; i += 3) {
    const kind = dateStyles[styled[i + 2]];
    if (kind === false || kind === undefined) continue;
    const line = rows[styled[i]];
    const v = line[styled[i + 1]];
    if (typeof v !== 'number') continue;
    // A percentage is handed on as shown ("95%"), as the add-in reads it: 0.95 is no 满意度 target.
    if (typeof kind === 'number') {
      line[styled[i + 1]] = percentText(v, kind);
      continue;
    }
    const text = serialToDateText(v, date1904);
    if (text !== null) line[styled[i + 1]] = text;
  }
  const merges = clearCovered(rows, sheet.merges, limits.maxRows, limits.maxCols);
  const grid: Grid = { name, rows, merges };
  if (hidden) grid.hidden = true;
  if (sheet.truncatedRows || sheet.truncatedCols || sheet.mergesLost) {
    const dim = sheet.dimension ? parseRange(sheet.dimension) : null;
    grid.truncated = { rows: sheet.truncatedRows, cols: sheet.truncatedCols };
    if (dim && dim.bottom + 1 > limits.maxRows) grid.truncated.sheetRows = dim.bottom + 1;
    if (dim && dim.right + 1 > limits.maxCols) grid.truncated.sheetCols = dim.right + 1;
    if (sheet.mergesLost) grid.truncated.mergesLost = true;
  }
  return grid;
}

/**
 * Merged areas clamped to the cap; the cells they cover (all but the top-left) emptied, as Excel hands
 * them to an add-in. Rows lose their trailing empty cells.
 */
function clearCovered(rows: CellValue[][], merges: readonly MergeArea[], maxRows: number, maxCols: number): MergeArea[] {
  const kept: MergeArea[] = [];
  for (const m of merges) {
    if (m.top >= maxRows || m.left >= maxCols) continue;
    const area = { top: m.top, left: m.left, bottom: Math.min(m.bottom, maxRows - 1), right: Math.min(m.right, maxCols - 1) };
    kept.push(area);
    for (let r = area.top; r <= Math.min(area.bottom, rows.length - 1); r++) {
      const line = rows[r];
      for (let c = area.left; c <= Math.min(area.right, line.length - 1); c++) {
        if (r !== area.top || c !== area.left) line[c] = null;
      }
      while (line.length > 0 && line[line.length - 1] === null) line.pop();
    }
  }
  return kept;
}
