/**
 * The workbook readers behind one entry point: the format is recognised from the content (never from the
 * file name) and read into core Grids, bounded by a row/column cap. Pure: Node and the browser.
 *   xlsx    — Office Open XML (.xlsx/.xlsm), zip + streaming XML
 *   xml2003 — XML Spreadsheet 2003 (the 一体化 system's ".xls" exports)
 *   html    — an HTML table saved as ".xls"
 */
import type { Grid } from '../core/grid';
import { readXlsx, type ReadLimits } from './xlsx';
import { readXml2003 } from './xml2003';
import { readHtmlTables } from './html';
import { headText } from './text';

export type { ReadLimits } from './xlsx';
export type WorkbookFormat = 'xlsx' | 'xml2003' | 'html';

export interface ReadResult {
  format: WorkbookFormat;
  grids: Grid[];
}

const SPREADSHEET_NS = 'urn:schemas-microsoft-com:office:spreadsheet';

/** The workbook format of the bytes, or null when they are none the readers know. */
export function detectFormat(data: Uint8Array): WorkbookFormat | null {
  if (data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04) return 'xlsx';
  const head = headText(data, 65536);
  if (head === null) return null;
  const start = head.trimStart().toLowerCase();
  const lower = head.toLowerCase();
  if (start.startsWith('<') && lower.includes(SPREADSHEET_NS) && /<(?:[a-z0-9_]+:)?workbook[\s>]/.test(lower) && !/<html[\s>]/.test(lower)) return 'xml2003';
  if (start.startsWith('<') && /<(?:html|table)[\s>]/.test(lower)) return 'html';
  return null;
}

/** Reads a workbook of any known format. Throws an Error with a precise (English) message when it cannot. */
export function readWorkbook(data: Uint8Array, limits?: ReadLimits): ReadResult {
  const format = detectFormat(data);
  switch (format) {
    case 'xlsx':
      return { format, grids: readXlsx(data, limits) };
    case 'xml2003':
      return { format, grids: readXml2003(data, limits) };
    case 'html':
      return { format, grids: readHtmlTables(data, limits) };
    default:
      throw new Error('not a workbook: neither an .xlsx zip, an XML Spreadsheet 2003 file nor an HTML table');
  }
}
