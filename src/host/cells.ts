/**
 * Cells as the hosts give them: addresses ("$E$12", "'a,b'!A1:B2, Sheet1!C3"), values (Excel's error codes,
 * date serials under a date format), and the small helpers both gateways share. Pure.
 */
import type { CellValue, MergeArea } from '../core/grid';
import { fromA1, parseRange, toA1 } from '../core/grid';

/** "$e$12" → "E12"; null for anything that is not one cell. */
export function normalizeCell(address: string): string | null {
  const ref = fromA1(address.replace(/^.*!/, ''));
  return ref ? toA1(ref) : null;
}

export function cellOrder(a: string, b: string): number {
  const ra = fromA1(a);
  const rb = fromA1(b);
  if (!ra || !rb) return a.localeCompare(b);
  return ra.row - rb.row || ra.col - rb.col;
}

/**
 * "A1, B2, C3" strings of at most `maxChars` characters each (RangeAreas addresses have a length limit;
 * WPS's Range("A1,B2") takes 255 characters and no spaces: `separator` ",").
 */
export function addressChunks(cells: readonly string[], maxChars = 2000, separator = ', '): string[] {
  const sorted = [...cells].sort(cellOrder);
  const out: string[] = [];
  let cur = '';
  for (const c of sorted) {
    if (cur && cur.length + c.length + separator.length > maxChars) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur}${separator}${c}` : c;
  }
  if (cur) out.push(cur);
  return out;
}

/** "'a,b'!A1:B2, Sheet1!C3" → ["'a,b'!A1:B2", "Sheet1!C3"]. */
export function splitAddressList(list: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of list) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) parts.push(cur.trim());
  return parts;
}

export function areaOfAddress(address: string): MergeArea | null {
  const bang = address.lastIndexOf('!');
  return parseRange(bang >= 0 ? address.slice(bang + 1) : address);
}

const ERROR_CODES = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
]);

/** An Office cell value as a core CellValue: "" is empty, Excel's error codes become {error}. */
export function cellValueFromOffice(v: unknown): CellValue {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return ERROR_CODES.has(v) ? { error: v } : v;
  return String(v);
}

/** Bytes of a string in UTF-8: how Office counts a request's payload. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Whether an Excel number format shows a date or time ("yyyy-mm-dd", 'yyyy"年"m"月"d"日"', "h:mm"…): then
 * the add-in reads the cell as the Node loader does (exceljs gives a Date, written yyyy-mm-dd).
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || !format || format === 'General' || format === '@') return false;
  const section = format.split(';')[0];
  const stripped = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, (m) => (/^\[(h+|m+|s+)\]$/i.test(m) ? 'h' : ''))
    .replace(/[_*]./g, '');
  return /[ymdhs]/i.test(stripped.replace(/General/gi, ''));
}

/** An Excel date serial as yyyy-mm-dd, the way exceljs (the Node loader) turns it into a Date. */
export function dateText(serial: number): string {
  const d = new Date(Math.round((serial - 25569) * 86400000));
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** How many cells an area holds (0 for none). */
export function cellCount(area: MergeArea | null): number {
  return area ? (area.bottom - area.top + 1) * (area.right - area.left + 1) : 0;
}

/** "A1:B2" (or "A1" for one cell) of an area. */
export function areaToA1(r: MergeArea): string {
  const x = toA1({ row: r.top, col: r.left });
  const y = toA1({ row: r.bottom, col: r.right });
  return x === y ? x : `${x}:${y}`;
}
