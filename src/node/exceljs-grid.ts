/**
 * The exceljs reading of an .xlsx file into core Grids (Node only), kept as the oracle the streaming reader
 * (src/reader) is tested against and as the baseline the bench compares with. Values are what Excel would
 * hand the add-in: formula results, rich text flattened, merged areas with the value only in the top-left
 * cell, error values as {error}, a formula without a stored result as {formula, uncalculated}. Dates
 * become text (yyyy-mm-dd) since 指标值 dates are read as text, and percentages their shown text ("95%").
 */
import ExcelJS from 'exceljs';
import type { CellValue, Grid, MergeArea } from '../core/grid';
import { parseRange } from '../core/grid';
import { shownNumber } from '../core/numfmt';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Converts one exceljs cell value into a core CellValue. */
export function toCellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) {
    return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  }
  if (isRecord(v)) {
    if ('error' in v && typeof v.error === 'string') return { error: v.error };
    if ('richText' in v && Array.isArray(v.richText)) {
      return (v.richText as Array<{ text?: string }>).map((p) => p.text ?? '').join('');
    }
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: unknown }).result;
      if (result === undefined || result === null) {
        const formula = (v as { formula?: unknown }).formula;
        return { formula: typeof formula === 'string' ? formula : '', uncalculated: true };
      }
      return toCellValue(result as ExcelJS.CellValue);
    }
    if ('text' in v && typeof v.text === 'string') return v.text; // hyperlink
  }
  return String(v);
}

/** One worksheet as a Grid. Cells covered by a merge (other than its top-left) are empty, as in Excel. */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const merges: MergeArea[] = [];
  const mergeList = (ws.model as { merges?: string[] }).merges ?? [];
  for (const m of mergeList) {
    const area = parseRange(m);
    if (area) merges.push(area);
  }
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      let value = toCellValue(cell.value);
      if (value === null) return;
      // A percentage as shown ("95%"), as the add-in and the streaming reader hand it on.
      if (typeof value === 'number') value = shownNumber(value, cell.numFmt);
      while (out.length < colNumber - 1) out.push(null);
      out[colNumber - 1] = value;
    });
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = out;
  });
  const grid: Grid = { name: ws.name, rows, merges };
  if (ws.state === 'hidden' || ws.state === 'veryHidden') grid.hidden = true;
  return grid;
}

export function workbookToGrids(wb: ExcelJS.Workbook): Grid[] {
  const grids: Grid[] = [];
  wb.eachSheet((ws) => {
    grids.push(worksheetToGrid(ws));
  });
  return grids;
}

/**
 * Worksheet parts the checker never reads (views, widths, links, validation, page set-up, drawings …):
 * exceljs skips parsing them, which saves about an eighth of the load time. Values and merges are kept.
 */
const IGNORED_NODES = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'hyperlinks',
  'dataValidations',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'picture',
  'drawing',
  'legacyDrawing',
  'tableParts',
  'conditionalFormatting',
  'extLst',
  'autoFilter',
  'rowBreaks',
  'sheetProtection',
];

const READ_OPTIONS: Partial<ExcelJS.XlsxReadOptions> = { ignoreNodes: IGNORED_NODES };

/** Reads a workbook file into grids with exceljs, one per worksheet, in tab order. Throws on unreadable files. */
export async function readXlsxFileWithExceljs(file: string): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file, READ_OPTIONS);
  return workbookToGrids(wb);
}

export async function readXlsxBufferWithExceljs(data: Buffer | ArrayBuffer): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer, READ_OPTIONS);
  return workbookToGrids(wb);
}
