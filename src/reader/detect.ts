/**
 * Which reader a workbook's bytes are for, recognised from the content (never from the file name). Kept
 * apart from index.ts so that a caller can load the readers it needs only (the command line's worker
 * loads the HTML reader, htmlparser2, only for an HTML file).
 */
import { headText } from './text';

export type WorkbookFormat = 'xlsx' | 'xml2003' | 'html';

/** The message of the error thrown for bytes that no reader knows. */
export const NOT_A_WORKBOOK = 'not a workbook: neither an .xlsx zip, an XML Spreadsheet 2003 file nor an HTML table';

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
