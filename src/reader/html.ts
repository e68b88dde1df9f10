/**
 * HTML tables saved as ".xls" (what many systems export), read with htmlparser2: each top-level <table>
 * is a sheet, rowspan/colspan are merged areas, text as a browser shows it (whitespace collapsed, <br> as
 * a line break), plain numbers as numbers the way Excel opens such a file (x:num too; x:str and
 * mso-number-format text stay text). Encoding from the BOM or the page's declaration; undeclared pages
 * that are not valid UTF-8 are read as GBK, as Chinese systems' exports often are.
 */
import { Parser } from 'htmlparser2';
import type { CellValue, Grid, MergeArea } from '../core/grid';
import type { ReadLimits } from './xlsx';
import { declaredEncoding } from './text';

interface TableState {
  name: string;
  rows: CellValue[][];
  merges: MergeArea[];
  /** busy[c] = the last row index a rowspan from above occupies in column c. */
  busy: number[];
  row: number;
  col: number;
  truncatedRows: boolean;
  truncatedCols: boolean;
}

interface CellState {
  text: string;
  rowspan: number;
  colspan: number;
  num: string | null;
  asText: boolean;
}

const NUMBER = /^[-+]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;

function span(v: string | undefined, max: number): number {
  const n = v === undefined ? 1 : parseInt(v, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/** A cell's text as Excel reads it when it opens the page. */
function cellValue(c: CellState): CellValue {
  const text = c.text.replace(/[ \t\r\f]*\n[ \t\r\f]*/g, '\n').trim();
  if (c.num !== null) {
    const n = Number(c.num.replace(/,/g, ''));
    if (c.num.trim() !== '' && Number.isFinite(n)) return n;
  }
  if (text === '') return null;
  if (!c.asText && NUMBER.test(text)) {
    const leadingZero = /^[-+]?0\d/.test(text);
    if (!leadingZero) return Number(text.replace(/,/g, ''));
  }
  return text;
}

function decode(data: Uint8Array): string {
  const declared = declaredEncoding(data);
  if (declared) return new TextDecoder(declared).decode(data);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('gbk').decode(data);
  }
}

/** Reads the tables of an HTML page. Throws when the page holds no table. */
export function readHtmlTables(data: Uint8Array, limits: ReadLimits = {}): Grid[] {
  const maxRows = limits.maxRows ?? 1048576;
  const maxCols = limits.maxCols ?? 16384;
  const tables: TableState[] = [];
  let depth = 0; // nesting of <table>
  let table: TableState | null = null;
  let cell: CellState | null = null;
  let skip = 0; // inside <script>/<style>
  let title = '';
  let inTitle = false;
  let caption: string | null = null;

  function place(): void {
    const t = table!;
    const c = cell!;
    cell = null;
    if (t.row < 0) t.row = 0;
    while ((t.busy[t.col] ?? -1) >= t.row) t.col++;
    const top = t.row;
    const left = t.col;
    t.col += c.colspan;
    if (c.rowspan > 1) for (let k = left; k < left + c.colspan && k < maxCols; k++) t.busy[k] = top + c.rowspan - 1;
    if (top >= maxRows || left >= maxCols) {
      if (cellValue(c) !== null) {
        if (top >= maxRows) t.truncatedRows = true;
        else t.truncatedCols = true;
      }
      return;
    }
    if (c.rowspan > 1 || c.colspan > 1) {
      t.merges.push({ top, left, bottom: Math.min(top + c.rowspan - 1, maxRows - 1), right: Math.min(left + c.colspan - 1, maxCols - 1) });
    }
    const value = cellValue(c);
    if (value === null) return;
    while (t.rows.length <= top) t.rows.push([]);
    const line = t.rows[top];
    while (line.length < left) line.push(null);
    line[left] = value;
  }

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'script' || name === 'style') skip++;
        if (name === 'title') inTitle = true;
        if (name === 'table') {
          depth++;
          if (depth === 1) {
            table = { name: '', rows: [], merges: [], busy: [], row: -1, col: 0, truncatedRows: false, truncatedCols: false };
            tables.push(table);
            caption = null;
          } else if (cell) cell.text += ' ';
          return;
        }
        if (depth !== 1 || !table) {
          // Inside a nested table: its cells become words of the enclosing cell.
          if (name === 'br' && cell) cell.text += '\n';
          else if ((name === 'td' || name === 'th') && cell && cell.text !== '') cell.text += ' ';
          return;
        }
        if (name === 'tr') {
          if (cell) place();
          table.row++;
          table.col = 0;
        } else if (name === 'td' || name === 'th') {
          if (cell) place();
          const style = (attrs.style ?? '').toLowerCase();
          cell = {
            text: '',
            rowspan: span(attrs.rowspan, 65534),
            colspan: span(attrs.colspan, 1000),
            num: attrs['x:num'] !== undefined ? attrs['x:num'] || null : null,
            asText: attrs['x:str'] !== undefined || /mso-number-format\s*:\s*["']?\\?@/.test(style),
          };
          if (cell.num === null && attrs['x:num'] !== undefined) cell.num = '';
        } else if (name === 'br' && cell) cell.text += '\n';
        else if (name === 'caption') caption = '';
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style') skip = Math.max(0, skip - 1);
        if (name === 'title') inTitle = false;
        if (name === 'table') {
          if (depth === 1 && table) {
            if (cell) place();
            table.name = caption?.trim() ?? '';
            table = null;
          }
          depth = Math.max(0, depth - 1);
          return;
        }
        if (depth === 1 && table && (name === 'td' || name === 'th') && cell) place();
        if (depth === 1 && name === 'caption' && caption !== null) caption = caption.trim() || null;
      },
      ontext(text) {
        if (skip) return;
        if (inTitle) title += text;
        if (cell) cell.text += text.replace(/[ \t\r\n\f]+/g, ' ');
        else if (caption !== null && depth === 1) caption += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(decode(data));
  const withRows = tables.filter((t) => t.rows.length > 0 || t.merges.length > 0);
  if (withRows.length === 0) throw new Error('the HTML page holds no table with cells: not a spreadsheet export');
  const used = new Set<string>();
  return withRows.map((t, i) => {
    let name = (t.name || (withRows.length === 1 && title.trim()) || `Sheet${i + 1}`).replace(/[\\/?*[\]:]/g, ' ').trim().slice(0, 31) || `Sheet${i + 1}`;
    while (used.has(name)) name = `${name.slice(0, 28)}(${i + 1})`;
    used.add(name);
    const grid: Grid = { name, rows: t.rows, merges: t.merges };
    if (t.truncatedRows || t.truncatedCols) grid.truncated = { rows: t.truncatedRows, cols: t.truncatedCols };
    return grid;
  });
}
