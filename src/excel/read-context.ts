/**
 * Reading, the shared ground: what the Excel host supports, the read context, what a read yields, and
 * placing Office's value and fill blocks into a sheet's knowledge. The reading itself: ./read.ts (whole
 * workbook, one sheet), ./read-sheet.ts, ./read-state.ts, ./read-shaped.ts (batches), ./read-cells.ts.
 *
 * Reading the workbook for a check, in as few syncs as Office allows:
 *
 * - One sync for the whole workbook: the sheets are reached without knowing their names by walking
 *   `worksheets.getFirst().getNextOrNullObject()…` (ExcelApi 1.5) a little past the last known sheet; for
 *   each: name and id, the values of the used range (values only), its merged areas (1.13), the fills of the
 *   formatted used range (`getCellProperties`, 1.9), the notes (1.18) — their text, and at the cells we
 *   marked before, where they are; plus our custom XML part. Nothing is read per sheet in a loop.
 * - Only when the payload would pass Excel's limit (5 MB on the web; estimated from the last read, or
 *   learnt from a ResponsePayloadSizeLimitExceeded) it reads the shape first (addresses only), then the
 *   cells in batches of several sheets or row blocks of one sheet, each batch one sync.
 * - What one sync cannot tell (positions of notes a person wrote, fills below ExcelApi 1.9) is asked in one
 *   more sync, and only when a cell we are about to mark needs it.
 */
import type { CellValue, MergeArea } from '../core/grid';
import { toA1 } from '../core/grid';
import { cellValueFromOffice, dateText, isDateFormat } from '../host/cells';
import { savedFillFrom, type SavedFill } from '../host/fills';
import type { NoteKnowledge, SheetKnowledge } from '../host/knowledge';
import type { MarkState } from '../host/mark-state';
import type { XCellProperties, XNote, XOffice, XRequestContext, XWorksheet } from './office-types';
import { percentDecimals, percentText } from '../core/numfmt';

/** What the host supports, as the reading and writing code needs it. */
export interface HostFeatures {
  /** ExcelApi 1.5: getFirst / getNextOrNullObject, custom XML parts. */
  chain: boolean;
  customXmlParts: boolean;
  /** ExcelApi 1.9: getCellProperties, RangeAreas, fill pattern, worksheets.onChanged. */
  api19: boolean;
  /** ExcelApi 1.13: merged areas. */
  mergedAreas: boolean;
  /** ExcelApi 1.18: notes. */
  notes: boolean;
  /** ExcelApi 1.14: triggerSource on change events. */
  triggerSource: boolean;
}

export const FILL_PROPS = { format: { fill: { color: true, pattern: true, patternColor: true } } } as const;

/** Bytes one sync may carry by default: Excel on the web fails a request or response past 5 MB. */
export const DEFAULT_PAYLOAD_BUDGET = 3.5 * 1024 * 1024;

/** How far the first walk goes when nothing is known of the workbook (then: the last count + 1). */
export const FIRST_WALK = 64;

/** Bytes one cell costs in a response, for the estimate before anything was read. */
export const VALUE_BYTES_ESTIMATE = 64;
export const PROPS_BYTES_ESTIMATE = 96;


/** What we know about the notes of one sheet, with the notes as loaded (to locate them when needed). */
export interface ExcelNoteKnowledge extends NoteKnowledge {
  items: XNote[];
}

export interface SheetData extends SheetKnowledge {
  notes: ExcelNoteKnowledge | null;
  /** The proxy, valid within the Excel.run that read it. */
  proxy: XWorksheet;
  /** Excel counted more merged areas than it described (./read-merges.ts): the pane says so. */
  mergesIncomplete?: boolean;
}

export interface StateRead {
  state: MarkState;
  /** The parts holding it (to rewrite the first and delete the rest). Empty with settings storage. */
  parts: { setXml(xml: string): void; delete(): void }[];
  storage: 'customXmlParts' | 'settings';
}

export interface WorkbookRead {
  sheets: SheetData[];
  state: StateRead;
  /** How many batches the cells came in (1: all at once). */
  batches: number;
}


export interface ReadContext {
  ctx: XRequestContext;
  office: XOffice;
  features: HostFeatures;
  sync: () => Promise<void>;
  /** Bytes one sync may carry (below Excel's limit, with room to spare). */
  budget: number;
  /** Never call a method on an object that may be null (set once a host refused it). */
  strict: boolean;
  becomeStrict(): void;
}

export function isPayloadError(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * Excel gave no values for a range: a range past about 5 million cells comes back with `values` null rather
 * than an error. Read in blocks, as past the payload limit.
 */
export class ValuesUnavailable extends Error {
  readonly code = 'ValuesUnavailable';
  constructor(sheet: string) {
    super(`Excel returned no values for the used range of “${sheet}” (too large for one read)`);
  }
}

/** Read again in blocks under the budget: a payload limit, or values a too-large range did not return. */
export function mustReadInBlocks(e: unknown): boolean {
  return isPayloadError(e) || (typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'ValuesUnavailable');
}

/** The codes a host gives when it refuses a call on a null object (the walk past the last sheet). */
const NULL_REFUSAL_CODES = new Set(['InvalidArgument', 'InvalidReference', 'InvalidObjectPath']);

/**
 * Does this error mean "this host refuses calls on null objects" (then the gateway reads names first for
 * good)? Only those codes, and, where Office says where it failed, only at a call on an …OrNullObject
 * result. Anything else — a real failure — is not a reason to change how we read.
 */
export function isNullObjectRefusal(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { code, message, debugInfo } = e as { code?: unknown; message?: unknown; debugInfo?: { errorLocation?: unknown } };
  if (typeof code !== 'string' || !NULL_REFUSAL_CODES.has(code)) return false;
  const where = `${typeof debugInfo?.errorLocation === 'string' ? debugInfo.errorLocation : ''} ${typeof message === 'string' ? message : ''}`;
  return /OrNullObject|null object|getNext/i.test(where) || !debugInfo?.errorLocation;
}

export function isCellEditError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'InvalidOperationInCellEditMode';
}

/** Puts a block of Office values into the grid at its origin; dates become yyyy-mm-dd, percentages "95%". */
export function placeValues(
  rows: CellValue[][],
  origin: MergeArea,
  values: readonly (readonly unknown[])[],
  formats?: readonly (readonly unknown[])[] | null,
): void {
  values.forEach((vr, i) => {
    const r = origin.top + i;
    while (rows.length <= r) rows.push([]);
    const row = rows[r];
    vr.forEach((v, j) => {
      const format = formats?.[i]?.[j];
      const percent = typeof v === 'number' && Number.isFinite(v) && typeof format === 'string' ? percentDecimals(format) : null;
      // Dates as yyyy-mm-dd and percentages as shown ("95%", not 0.95), as every reader hands them on.
      const cv =
        percent !== null ? percentText(v as number, percent) : typeof v === 'number' && Number.isFinite(v) && isDateFormat(format) ? dateText(v) : cellValueFromOffice(v);
      const c = origin.left + j;
      if (cv === null && row.length <= c) return;
      while (row.length < c) row.push(null);
      row[c] = cv;
    });
  });
}

export function placeFills(target: Map<string, SavedFill>, origin: MergeArea, props: readonly (readonly XCellProperties[])[]): void {
  props.forEach((pr, i) => {
    pr.forEach((p, j) => {
      const f = savedFillFrom(p.format?.fill, true);
      if (f.pattern !== 'None') target.set(toA1({ row: origin.top + i, col: origin.left + j }), f);
    });
  });
}
