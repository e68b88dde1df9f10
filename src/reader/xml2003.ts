/**
 * XML Spreadsheet 2003 (`<?mso-application progid="Excel.Sheet"?>`, the 一体化 system's ".xls" exports),
 * on the same streaming XML parser as the .xlsx reader: ss:Index gaps on rows and cells,
 * ss:MergeAcross/ss:MergeDown as merged areas, Data types String/Number/DateTime/Boolean/Error, dates by
 * the styles' NumberFormat, hidden worksheets, the same row/column cap and the same refusal of DOCTYPEs.
 */
import type { CellValue, Grid, MergeArea } from '../core/grid';
import { isDateCode, serialToDateText } from './xlsx/dates';
import { percentDecimals, percentText } from '../core/numfmt';
import type { ReadLimits } from './xlsx';
import { XmlError, xmlStream, type XmlHandlers } from './xml';
import { declaredEncoding } from './text';

/** The local part of an attribute name, whatever its prefix (ss:Index, Index). */
function attr(attrs: Record<string, string>, name: string): string | undefined {
  for (const k of Object.keys(attrs)) {
    const i = k.indexOf(':');
    if ((i < 0 ? k : k.slice(i + 1)) === name && !k.startsWith('xmlns')) return attrs[k];
  }
  return undefined;
}

const DATE_NAMES = new Set(['general date', 'long date', 'medium date', 'short date', 'long time', 'medium time', 'short time']);
const NUMBER_NAMES = new Set(['general', 'general number', 'fixed', 'standard', 'percent', 'scientific', 'currency', 'euro currency', 'yes/no', 'true/false', 'on/off', '@']);

/** Whether an ss:Format (a named format or a format code) shows dates. */
export function isDateFormat2003(format: string): boolean {
  const f = format.trim().toLowerCase();
  if (DATE_NAMES.has(f)) return true;
  if (NUMBER_NAMES.has(f)) return false;
  return isDateCode(format);
}

interface SheetState {
  name: string;
  hidden: boolean;
  rows: CellValue[][];
  merges: MergeArea[];
  truncatedRows: boolean;
  truncatedCols: boolean;
  sheetRows?: number;
  sheetCols?: number;
}

function positiveInt(v: string | undefined): number | null {
  if (v === undefined) return null;
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 ? n : null;
}

function handlers(sheets: SheetState[], maxRows: number, maxCols: number): XmlHandlers {
  const dateStyles = new Set<string>();
  const percentStyles = new Map<string, number>();
  let styleId: string | null = null;
  let sheet: SheetState | null = null;
  let inTable = false;
  let row = -1;
  let col = -1;
  let nextCol = 0;
  let cell: { style: string; formula: string | null; type: string; text: string | null; across: number; down: number } | null = null;
  let inData = 0;
  let inComment = 0;
  let inVisible = false;

  function finishCell(): void {
    const c = cell!;
    cell = null;
    let value: CellValue = null;
    const text = c.text ?? '';
    if (text !== '' || (c.text !== null && c.type.toLowerCase() === 'string' && c.formula !== null)) {
      const t = text;
      switch (c.type.toLowerCase()) {
        case 'number': {
          const n = Number(t.trim());
          const percent = c.style !== null ? percentStyles.get(c.style) : undefined;
          if (t.trim() !== '' && Number.isFinite(n))
            value = percent !== undefined ? percentText(n, percent) : dateStyles.has(c.style) ? (serialToDateText(n, false) ?? n) : n;
          else value = t;
          break;
        }
        case 'datetime':
          value = t.trim().slice(0, 10);
          break;
        case 'boolean':
          value = t.trim() === '1' || t.trim().toLowerCase() === 'true';
          break;
        case 'error':
          value = { error: t.trim() };
          break;
        default:
          value = t;
      }
    } else if (c.formula !== null) {
      // A formula whose <Data> is missing or empty (the 一体化 templates write SUM(...) with an empty Number).
      value = { formula: c.formula.replace(/^=/, ''), uncalculated: true };
    }
    const s = sheet!;
    const hasValue = value !== null;
    if (row >= maxRows) {
      // Past the cap: nothing is kept (the text is not compressed, so reading on costs only the file's
      // own size, and the sheets after this one are still read).
      if (hasValue) s.truncatedRows = true;
      return;
    }
    if (c.across > 0 || c.down > 0) {
      if (col < maxCols) s.merges.push({ top: row, left: col, bottom: Math.min(row + c.down, maxRows - 1), right: Math.min(col + c.across, maxCols - 1) });
    }
    if (!hasValue) return;
    if (col >= maxCols) {
      s.truncatedCols = true;
      return;
    }
    while (s.rows.length <= row) s.rows.push([]);
    const line = s.rows[row];
    while (line.length < col) line.push(null);
    line[col] = value;
  }

  return {
    open(name, attrs) {
      if (inComment) {
        if (name === 'Comment') inComment++;
        return;
      }
      if (inData) {
        inData += name === 'Data' ? 1 : 0;
        return;
      }
      switch (name) {
        case 'Style':
          styleId = attr(attrs, 'ID') ?? null;
          break;
        case 'NumberFormat': {
          const f = attr(attrs, 'Format');
          if (styleId !== null && f !== undefined && isDateFormat2003(f)) dateStyles.add(styleId);
          // A percentage is handed on as shown ("95%"), as the add-in reads it.
          const pd = f !== undefined ? percentDecimals(f) : null;
          if (styleId !== null && pd !== null) percentStyles.set(styleId, pd);
          break;
        }
        case 'Worksheet':
          sheet = { name: attr(attrs, 'Name') ?? `Sheet${sheets.length + 1}`, hidden: false, rows: [], merges: [], truncatedRows: false, truncatedCols: false };
          sheets.push(sheet);
          row = -1;
          break;
        case 'Table':
          if (sheet) {
            inTable = true;
            const rows = positiveInt(attr(attrs, 'ExpandedRowCount'));
            const cols = positiveInt(attr(attrs, 'ExpandedColumnCount'));
            if (rows !== null && rows > maxRows) sheet.sheetRows = rows;
            if (cols !== null && cols > maxCols) sheet.sheetCols = cols;
          }
          break;
        case 'Row':
          if (!inTable) break;
          row = (positiveInt(attr(attrs, 'Index')) ?? row + 2) - 1;
          nextCol = 0;
          break;
        case 'Cell':
          if (!inTable || row < 0) break;
          col = (positiveInt(attr(attrs, 'Index')) ?? nextCol + 1) - 1;
          cell = {
            style: attr(attrs, 'StyleID') ?? '',
            formula: attr(attrs, 'Formula') ?? null,
            type: '',
            text: null,
            across: Math.min(positiveInt(attr(attrs, 'MergeAcross')) ?? 0, 16384),
            down: Math.min(positiveInt(attr(attrs, 'MergeDown')) ?? 0, 1048576),
          };
          nextCol = col + 1 + cell.across;
          break;
        case 'Data':
          if (cell) {
            inData = 1;
            cell.type = attr(attrs, 'Type') ?? 'String';
            cell.text = '';
          }
          break;
        case 'Comment':
          inComment = 1;
          break;
        case 'Visible':
          inVisible = true;
          break;
      }
    },
    close(name) {
      if (inComment) {
        if (name === 'Comment') inComment--;
        return;
      }
      if (inData) {
        if (name === 'Data') inData--;
        if (inData > 0) return;
        if (name === 'Data') return;
      }
      switch (name) {
        case 'Style':
          styleId = null;
          break;
        case 'Cell':
          if (cell) finishCell();
          break;
        case 'Table':
          inTable = false;
          break;
        case 'Worksheet':
          sheet = null;
          inTable = false;
          break;
        case 'Visible':
          inVisible = false;
          break;
      }
    },
    text(t) {
      if (inData && cell) cell.text += t;
      else if (inVisible && sheet && /SheetHidden|SheetVeryHidden/i.test(t)) sheet.hidden = true;
    },
  };
}

const CHUNK = 65536;

/** Reads an XML Spreadsheet 2003 document. Throws XmlError on malformed or truncated XML. */
export function readXml2003(data: Uint8Array, limits: ReadLimits = {}): Grid[] {
  const maxRows = limits.maxRows ?? 1048576;
  const maxCols = limits.maxCols ?? 16384;
  const sheets: SheetState[] = [];
  const stream = xmlStream('XML Spreadsheet', handlers(sheets, maxRows, maxCols));
  const decoder = new TextDecoder(declaredEncoding(data) ?? 'utf-8');
  for (let at = 0; at < data.length; at += CHUNK) stream.write(decoder.decode(data.subarray(at, at + CHUNK), { stream: true }));
  stream.write(decoder.decode());
  stream.close();
  if (sheets.length === 0) throw new XmlError('XML Spreadsheet: no Worksheet in the document');
  return sheets.map((s) => {
    const grid: Grid = { name: s.name, rows: s.rows, merges: s.merges };
    if (s.hidden) grid.hidden = true;
    if (s.truncatedRows || s.truncatedCols) {
      grid.truncated = { rows: s.truncatedRows, cols: s.truncatedCols };
      if (s.sheetRows) grid.truncated.sheetRows = s.sheetRows;
      if (s.sheetCols) grid.truncated.sheetCols = s.sheetCols;
    }
    return grid;
  });
}
