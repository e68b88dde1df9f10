/**
 * One worksheet part (`<worksheet>`) read as a stream into a Grid's rows and merges. Shared strings and
 * date styles are resolved later (the zip may store them after the sheets), so the reader keeps their
 * references. Reading stops at the row cap: the rows past it are not inflated, only skimmed (bounded)
 * for the merged areas, which Excel writes after the cells.
 */
import type { CellValue, MergeArea } from '../../core/grid';
import { parseRange } from '../../core/grid';
import { StopReading, XmlError, xmlStream, type XmlHandlers, type XmlStream } from '../xml';
import type { EntrySink } from '../zip';

export interface SheetLimits {
  maxRows: number;
  maxCols: number;
  /** Inflated bytes read past the cap (empty styled rows, then a plain search for the merges). */
  skimBytes: number;
  /** Inflated bytes of cells read before the sheet is cut regardless. */
  maxSheetBytes: number;
  /** Cells the whole workbook may still hold (shared by its sheets); past it, CellBudgetExceeded. */
  cells?: { left: number };
  /** The budget `cells` started from (for the message). */
  maxCells?: number;
}

/**
 * A workbook holds more cells than the reader was allowed (ReadLimits.maxCells): the command line reads a
 * single small workbook in its own thread under this guard and hands a larger one to a worker thread.
 */
export class CellBudgetExceeded extends Error {
  constructor(maxCells: number) {
    super(`the workbook holds more than ${maxCells} cells`);
    this.name = 'CellBudgetExceeded';
  }
}

export interface SheetData {
  rows: CellValue[][];
  merges: MergeArea[];
  /** (row, col, shared-string index) triples to resolve. */
  sharedRefs: number[];
  /** (row, col, style index) triples of numbers whose style may be a date format. */
  styledNumbers: number[];
  truncatedRows: boolean;
  truncatedCols: boolean;
  /** Why reading stopped: a value past the row cap, or too much read past it without reaching the end. */
  cutReason?: 'value' | 'budget';
  /** The merged areas could not be read because the sheet was cut before them and they were too far. */
  mergesLost: boolean;
  /** `<dimension ref>` as the file claims it. */
  dimension?: string;
  /** When set, the cell styles, row heights and column widths are collected too (for the playground). */
  layout?: SheetLayoutData;
}

export interface SheetLayoutData {
  /** (row, col, style index) triples of every styled cell within the cap, empty ones included. */
  styled: number[];
  /** Row heights in points, by 0-based row. */
  rowHeights: (number | undefined)[];
  /** Column widths in characters, by 0-based column. */
  colWidths: (number | undefined)[];
}

/** What parseCellRef read: 0-based row (-1 when the reference has only letters) and column. */
let refRow = -1;
let refCol = -1;

/**
 * 'AB12' → refRow 11, refCol 27 and true; false when not a reference. Read into two variables rather than
 * returned as a pair: it runs once per cell, and the pairs were a share of the reader's garbage.
 */
function parseCellRef(ref: string): boolean {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) | 0x20;
    if (ch < 97 || ch > 122) break;
    col = col * 26 + (ch - 96);
  }
  if (i === 0 || i > 3) return false;
  let row = 0;
  for (let j = i; j < ref.length; j++) {
    const d = ref.charCodeAt(j) - 48;
    if (d < 0 || d > 9) return false;
    row = row * 10 + d;
  }
  refRow = i === ref.length ? -1 : row - 1;
  refCol = col - 1;
  return true;
}

/** Decodes OOXML's _xHHHH_ escapes (the _x005F_ escape keeps a literal underscore). */
export function unescapeOoxml(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function cellHandlers(data: SheetData, limits: SheetLimits, outside: { since: number; inCells: boolean }, bytes: () => number): XmlHandlers {
  let inSheetData = false;
  let row = -1;
  let nextCol = 0;
  // The current cell.
  let col = -1;
  let cellRow = -1;
  let type = '';
  let style = '';
  let v: string | null = null;
  let f: string | null = null;
  let inline: string | null = null;
  let collecting: 'v' | 'f' | 't' | null = null;
  let phonetic = 0;
  let inIs = false;

  function store(r: number, c: number, value: CellValue): void {
    const rows = data.rows;
    while (rows.length <= r) rows.push([]);
    const line = rows[r];
    while (line.length < c) line.push(null);
    line[c] = value;
  }

  function finishCell(): void {
    let value: CellValue = null;
    let sharedIndex = -1;
    let styled = false;
    if (v !== null) {
      switch (type) {
        case 's':
          sharedIndex = v.trim() === '' ? -1 : Number(v);
          break;
        case 'str':
          value = unescapeOoxml(v);
          break;
        case 'inlineStr':
          value = unescapeOoxml(v);
          break;
        case 'b':
          value = v.trim() === '1' || v.trim().toLowerCase() === 'true';
          break;
        case 'e':
          value = { error: v.trim() };
          break;
        case 'd':
          value = v.trim().slice(0, 10);
          break;
        default: {
          const n = v.trim() === '' ? NaN : Number(v);
          if (Number.isFinite(n)) {
            value = n;
            styled = style !== '' && style !== '0';
          }
        }
      }
    } else if (inline !== null) {
      value = unescapeOoxml(inline);
    } else if (f !== null) {
      value = { formula: f, uncalculated: true };
    }
    if (value === null && sharedIndex < 0) return;
    if (cellRow >= limits.maxRows) {
      data.truncatedRows = true;
      data.cutReason = 'value';
      throw new StopReading();
    }
    if (col >= limits.maxCols) {
      data.truncatedCols = true;
      return;
    }
    if (limits.cells && --limits.cells.left < 0) throw new CellBudgetExceeded(limits.maxCells ?? 0);
    store(cellRow, col, value);
    if (sharedIndex >= 0) data.sharedRefs.push(cellRow, col, sharedIndex);
    if (styled) data.styledNumbers.push(cellRow, col, Number(style));
  }

  return {
    open(name, attrs) {
      if (!inSheetData) {
        if (name === 'sheetData') inSheetData = outside.inCells = true;
        else if (name === 'dimension' && attrs.ref) data.dimension = attrs.ref;
        else if (name === 'col' && data.layout && attrs.width !== undefined) {
          const width = parseFloat(attrs.width);
          const last = Math.min(Number(attrs.max ?? attrs.min), limits.maxCols);
          for (let c = Number(attrs.min) - 1; c >= 0 && c < last; c++) data.layout.colWidths[c] = width;
        }
        else if (name === 'mergeCell' && attrs.ref) {
          const area = parseRange(attrs.ref);
          if (area) data.merges.push(area);
        }
        return;
      }
      switch (name) {
        case 'row': {
          const r = attrs.r ? Number(attrs.r) - 1 : row + 1;
          row = Number.isInteger(r) && r >= 0 ? r : row + 1;
          nextCol = 0;
          if (row >= limits.maxRows && outside.since < 0) outside.since = bytes();
          if (data.layout && attrs.ht && row < limits.maxRows) data.layout.rowHeights[row] = parseFloat(attrs.ht);
          break;
        }
        case 'c': {
          const ref = attrs.r ? parseCellRef(attrs.r) : false;
          col = ref ? refCol : nextCol;
          cellRow = ref && refRow >= 0 ? refRow : Math.max(row, 0);
          nextCol = col + 1;
          type = attrs.t ?? '';
          style = attrs.s ?? '';
          v = f = inline = null;
          collecting = null;
          if (data.layout && style !== '' && cellRow < limits.maxRows && col < limits.maxCols) data.layout.styled.push(cellRow, col, Number(style));
          break;
        }
        case 'v':
          v = '';
          collecting = 'v';
          break;
        case 'f':
          f = '';
          collecting = 'f';
          break;
        case 'is':
          inIs = true;
          inline = '';
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          if (inIs && phonetic === 0) collecting = 't';
          break;
      }
    },
    close(name) {
      if (!inSheetData) return;
      switch (name) {
        case 'sheetData':
          inSheetData = outside.inCells = false;
          break;
        case 'c':
          finishCell();
          break;
        case 'v':
        case 'f':
        case 't':
          collecting = null;
          break;
        case 'is':
          inIs = false;
          break;
        case 'rPh':
          phonetic--;
          break;
      }
    },
    text(t) {
      if (collecting === 'v') v += t;
      else if (collecting === 'f') f += t;
      else if (collecting === 't') inline += t;
    },
  };
}

const SHEET_DATA_END = /<\/(?:[A-Za-z_][\w.-]*:)?sheetData\s*>/;
/** A cell value's element (<v>, <f>, <is>) in skimmed text. */
const VALUE_TAG = /<(?:[A-Za-z_][\w.-]*:)?(?:v|f|is)[\s>/]/;

/** Reads a worksheet part into `data`; `part` names it in messages. */
export function sheetSink(part: string, data: SheetData, limits: SheetLimits): EntrySink {
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  const outside = { since: -1, inCells: false };
  let mode: 'cells' | 'skim' | 'tail' = 'cells';
  let skimFrom = 0;
  let carry = '';
  let tail: XmlStream | null = null;
  const cells = xmlStream(part, cellHandlers(data, limits, outside, () => bytes));

  function startTail(text: string): boolean {
    const merges: MergeArea[] = [];
    tail = xmlStream(part, {
      open(name, attrs) {
        if (name === 'mergeCell' && attrs.ref) {
          const area = parseRange(attrs.ref);
          if (area) merges.push(area);
        }
      },
      close(name) {
        if (name === 'mergeCells') {
          data.merges.push(...merges);
          merges.length = 0;
          throw new StopReading();
        }
      },
      text() {},
    });
    mode = 'tail';
    return feedTail(`<worksheet>${text}`);
  }

  function feedTail(text: string): boolean {
    try {
      tail!.write(text);
      return true;
    } catch {
      // The merges were read (StopReading), or what follows the cells does not parse on its own.
      return false;
    }
  }

  let skimSawValue = false;
  function skim(text: string): boolean {
    const hay = carry + text;
    const m = SHEET_DATA_END.exec(hay);
    if (!skimSawValue && VALUE_TAG.test(m ? hay.slice(0, m.index) : hay)) skimSawValue = true;
    if (m) {
      // The end of the cells was reached: when the cut was for size alone and no value was skimmed, nothing was lost.
      if (data.cutReason === 'budget' && !skimSawValue) data.truncatedRows = false;
      return startTail(hay.slice(m.index + m[0].length));
    }
    if (bytes - skimFrom > limits.skimBytes) {
      data.mergesLost = true;
      return false;
    }
    carry = hay.slice(-64);
    return true;
  }

  return {
    write(chunk) {
      bytes += chunk.length;
      const text = decoder.decode(chunk, { stream: true });
      if (mode === 'tail') return feedTail(text);
      if (mode === 'skim') return skim(text);
      try {
        cells.write(text);
      } catch (err) {
        if (!(err instanceof StopReading)) throw err;
        mode = 'skim';
        skimFrom = bytes;
        return skim(text);
      }
      const beyond = outside.since >= 0 && bytes - outside.since > limits.skimBytes / 16;
      if (outside.inCells && (beyond || bytes > limits.maxSheetBytes)) {
        // Past the cap and still no end of the cells (empty styled rows, or a sheet too big to read):
        // the rest may hold values, so the sheet counts as cut.
        data.truncatedRows = true;
        data.cutReason = 'budget';
        mode = 'skim';
        skimFrom = bytes;
        return skim(text.slice(-64));
      }
      return true;
    },
    end() {
      if (mode !== 'cells') return;
      try {
        cells.write(decoder.decode());
        cells.close();
      } catch (err) {
        if (!(err instanceof StopReading)) throw err instanceof XmlError ? err : new XmlError(`${part}: ${(err as Error).message}`);
      }
    },
  };
}
