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
import { NOT_A_WORKBOOK, detectFormat, type WorkbookFormat } from './detect';

export type { ReadLimits } from './xlsx';
export { NOT_A_WORKBOOK, detectFormat, type WorkbookFormat } from './detect';

export interface ReadResult {
  format: WorkbookFormat;
  grids: Grid[];
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
      throw new Error(NOT_A_WORKBOOK);
  }
}
