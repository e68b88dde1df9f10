/**
 * The playground reads workbook files in the browser into the fake host's workbook description: sheets,
 * values, merged areas and hidden state with the same reader as the command line (src/reader: .xlsx, XML
 * Spreadsheet 2003 and HTML-table ".xls", recognised by content), plus, for .xlsx, each cell's own solid
 * fill and note — so 清除标记 has something real to restore — and the column widths and row heights for the
 * grid view, read in the same pass (readXlsxWithLayout). No exceljs in the browser.
 */
import { rangeToA1, type CellValue, type Grid } from '../core/grid';
import { detectFormat, readWorkbook, type WorkbookFormat } from '../reader';
import { readXlsxWithLayout, type FileColor, type SheetLayout as XlsxSheetLayout } from '../reader/xlsx';

/** The playground's cap: larger sheets are cut (and say so), as the command line cuts them. */
export const PLAYGROUND_LIMITS = { maxRows: 5000, maxCols: 200 };

/** The parts of test/fake-excel/workbook.ts's FakeWorkbookJson the loader fills in. */
export interface LoadedSheet {
  name: string;
  rows: CellValue[][];
  merges: string[];
  fills: Record<string, { color: string; pattern: string }>;
  notes: Record<string, string>;
  /** false for a hidden sheet (Excel's hidden and veryHidden). */
  visible?: boolean;
}

export interface SheetLayout {
  /** CSS pixels per column (index 0 = A); undefined where the file sets none. */
  colWidths: (number | undefined)[];
  /** CSS pixels per row (index 0 = row 1). */
  rowHeights: (number | undefined)[];
}

export interface LoadedWorkbook {
  sheets: LoadedSheet[];
  layout: Record<string, SheetLayout>;
}

/** Office's default theme (Office 2013–2022): lt1, dk1, lt2, dk2, accent1–6, hlink, folHlink. */
const THEME = ['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '0563C1', '954F72'];

/** Excel's legacy indexed palette (indexes 0–63). */
// prettier-ignore
const INDEXED = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
];

function hex(n: number): string {
  return Math.max(0, Math.min(255, Math.round(n)))
    .toString(16)
    .padStart(2, '0')
    .toUpperCase();
}

/** Applies Excel's tint (-1 darker … +1 lighter) to an RRGGBB colour. */
function tinted(rgb: string, tint: number | undefined): string {
  if (!tint) return rgb;
  const parts = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16));
  return parts.map((c) => hex(tint > 0 ? c + (255 - c) * tint : c * (1 + tint))).join('');
}

/** A file's colour ({argb} | {theme, tint} | {indexed}, as exceljs writes it too) as "#RRGGBB", or undefined. */
export function colorOf(c: FileColor | undefined): string | undefined {
  if (!c) return undefined;
  if (typeof c.argb === 'string' && /^[0-9a-fA-F]{8}$/.test(c.argb)) return `#${c.argb.slice(2).toUpperCase()}`;
  if (typeof c.argb === 'string' && /^[0-9a-fA-F]{6}$/.test(c.argb)) return `#${c.argb.toUpperCase()}`;
  if (typeof c.theme === 'number' && THEME[c.theme]) return `#${tinted(THEME[c.theme], c.tint)}`;
  if (typeof c.indexed === 'number' && INDEXED[c.indexed]) return `#${INDEXED[c.indexed]}`;
  return undefined;
}

/** A grid as the fake host's sheet (values, merges, visibility) with an .xlsx's solid fills and notes. */
function sheetOf(grid: Grid, layout: XlsxSheetLayout | undefined): { sheet: LoadedSheet; layout: SheetLayout } {
  const fills: LoadedSheet['fills'] = {};
  for (const [address, fill] of Object.entries(layout?.fills ?? {})) {
    if (fill.pattern !== 'solid') continue;
    const color = colorOf(fill.fgColor);
    if (color) fills[address] = { color, pattern: 'Solid' };
  }
  return {
    sheet: {
      name: grid.name,
      rows: grid.rows,
      merges: (grid.merges ?? []).map(rangeToA1),
      fills,
      notes: { ...(layout?.notes ?? {}) },
      ...(grid.hidden ? { visible: false } : {}),
    },
    layout: {
      // Character widths → CSS pixels (Calibri 11: about 7 px a character plus padding); points → pixels.
      colWidths: (layout?.colWidths ?? []).map((w) => (w === undefined ? undefined : Math.round(w * 7 + 5))),
      rowHeights: (layout?.rowHeights ?? []).map((h) => (h === undefined ? undefined : Math.round((h * 4) / 3))),
    },
  };
}

export interface LoadedFile extends LoadedWorkbook {
  format: WorkbookFormat;
}

/**
 * Reads a workbook file's bytes (.xlsx, XML Spreadsheet 2003 or an HTML table, whatever its name), with
 * the reader the command line uses; an .xlsx's fills, notes, widths and heights come from the same pass.
 */
export function loadWorkbookFile(data: ArrayBuffer): LoadedFile {
  const bytes = new Uint8Array(data);
  const format = detectFormat(bytes);
  let grids: Grid[];
  let layouts: XlsxSheetLayout[] = [];
  if (format === 'xlsx') ({ grids, layouts } = readXlsxWithLayout(bytes, PLAYGROUND_LIMITS));
  else grids = readWorkbook(bytes, PLAYGROUND_LIMITS).grids;
  if (grids.length === 0) throw new Error('此文件中没有工作表');
  const sheets: LoadedSheet[] = [];
  const layout: Record<string, SheetLayout> = {};
  grids.forEach((g, i) => {
    const loaded = sheetOf(g, layouts[i]);
    sheets.push(loaded.sheet);
    layout[g.name] = loaded.layout;
  });
  return { format: format!, sheets, layout };
}

/** Reads an .xlsx file's bytes (kept for callers of the .xlsx-only loader). */
export async function loadXlsx(data: ArrayBuffer): Promise<LoadedWorkbook> {
  return loadWorkbookFile(data);
}
