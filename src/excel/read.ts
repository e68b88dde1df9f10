/**
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
import type { CellValue, Grid, MergeArea } from '../core/grid';
import { parseRange, toA1, rangeToA1 } from '../core/grid';
import {
  MARKS_NAMESPACE,
  MARKS_SETTING,
  emptyState,
  mergeStates,
  savedFillFrom,
  stateFromXml,
  type MarkState,
  type SavedFill,
} from './marks';
import type {
  XCellProperties,
  XClientResult,
  XCustomXmlPartScopedCollection,
  XNote,
  XNoteCollection,
  XOffice,
  XRange,
  XRangeAreas,
  XRequestContext,
  XWorksheet,
} from './office-types';

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

/** Bytes one cell costs in a response, for the estimate before anything was read. */
export const VALUE_BYTES_ESTIMATE = 64;
export const PROPS_BYTES_ESTIMATE = 96;

/** What we know about the fills of one sheet. `complete`: every cell's fill is known (absent = none). */
export interface FillKnowledge {
  complete: boolean;
  fills: Map<string, SavedFill>;
}

/** What we know about the notes of one sheet. */
export interface NoteKnowledge {
  /** How many notes the sheet has. */
  count: number;
  /** Cells whose note we know: its text, or null for none. */
  known: Map<string, string | null>;
  /** The sheet's notes as loaded, to locate them when needed. */
  items: XNote[];
}

export function noteAt(n: NoteKnowledge, cell: string): string | null | undefined {
  if (n.known.has(cell)) return n.known.get(cell) as string | null;
  let located = 0;
  for (const v of n.known.values()) if (v !== null) located++;
  return located >= n.count ? null : undefined;
}

export function fillAt(f: FillKnowledge, cell: string): SavedFill | undefined {
  const v = f.fills.get(cell);
  if (v) return v;
  return f.complete ? { color: null, pattern: 'None' } : undefined;
}

export interface SheetData {
  name: string;
  id: string;
  /** Tab position. */
  index: number;
  grid: Grid;
  fills: FillKnowledge;
  notes: NoteKnowledge | null;
  /** Estimated response bytes of this sheet's cells (values and fills), for the next read's plan. */
  bytes: number;
  /** The proxy, valid within the Excel.run that read it. */
  proxy: XWorksheet;
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

/** What the last read learnt, to plan the next one. */
export interface ReadHint {
  sheets: { name: string; id: string; bytes: number }[];
  /** The state as last written: where our notes are. */
  state: MarkState | null;
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

// ---------------------------------------------------------------------------------------------------------
// Small parsers

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

function cells(area: MergeArea | null): number {
  return area ? (area.bottom - area.top + 1) * (area.right - area.left + 1) : 0;
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

/** Puts a block of Office values into the grid at its origin; date-formatted numbers become yyyy-mm-dd. */
function placeValues(
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
      const cv = typeof v === 'number' && Number.isFinite(v) && isDateFormat(formats?.[i]?.[j]) ? dateText(v) : cellValueFromOffice(v);
      const c = origin.left + j;
      if (cv === null && row.length <= c) return;
      while (row.length < c) row.push(null);
      row[c] = cv;
    });
  });
}

function placeFills(target: Map<string, SavedFill>, origin: MergeArea, props: readonly (readonly XCellProperties[])[]): void {
  props.forEach((pr, i) => {
    pr.forEach((p, j) => {
      const f = savedFillFrom(p.format?.fill, true);
      if (f.pattern !== 'None') target.set(toA1({ row: origin.top + i, col: origin.left + j }), f);
    });
  });
}

// ---------------------------------------------------------------------------------------------------------
// The state (custom XML part or settings)

export interface PendingState {
  scoped?: XCustomXmlPartScopedCollection;
  /** The one part's text, asked in the same sync (relies on a null object's getXml giving null). */
  xml?: XClientResult<string>;
  /** Strict: each part's text, asked once the parts are known. */
  xmls?: XClientResult<string>[];
}

export function queueState(rc: ReadContext): PendingState {
  if (!rc.features.customXmlParts) return {};
  const scoped = rc.ctx.workbook.customXmlParts.getByNamespace(MARKS_NAMESPACE);
  scoped.load('items/id');
  if (rc.strict) return { scoped };
  const xml = scoped.getOnlyItemOrNullObject().getXml();
  return { scoped, xml };
}

/** Strict: after the sync that loaded the parts, queue their texts for the next sync. */
export function queueStateTexts(p: PendingState): void {
  if (p.scoped && !p.xml && !p.xmls) p.xmls = p.scoped.items.map((it) => it.getXml());
}

function parseStateText(text: unknown): MarkState {
  if (typeof text !== 'string' || !text) return emptyState();
  try {
    return stateFromXml(text);
  } catch {
    return emptyState();
  }
}

/** After the sync(s) that carried queueState. Several parts (copies) cost one more sync, rarely. */
export async function collectState(rc: ReadContext, p: PendingState): Promise<StateRead> {
  if (!p.scoped) {
    const settings = rc.office.context.document?.settings;
    return { state: parseStateText(settings?.get(MARKS_SETTING)), parts: [], storage: 'settings' };
  }
  const items = p.scoped.items;
  if (items.length === 0) return { state: emptyState(), parts: [], storage: 'customXmlParts' };
  if (p.xml && items.length === 1) return { state: parseStateText(p.xml.value), parts: items, storage: 'customXmlParts' };
  if (!p.xmls) {
    p.xmls = items.map((it) => it.getXml());
    await rc.sync();
  }
  return { state: mergeStates(p.xmls.map((x) => parseStateText(x.value))), parts: items, storage: 'customXmlParts' };
}

// ---------------------------------------------------------------------------------------------------------
// One sheet's reads, queued on a worksheet proxy

interface SheetQueue {
  ws: XWorksheet;
  valuesRange: XRange;
  formatRange: XRange | null;
  merged: XRangeAreas | null;
  props: XClientResult<XCellProperties[][]> | null;
  notes: XNoteCollection | null;
  hinted: { cell: string; note: XNote }[];
  /** The name the hint expects at this position; hinted notes count only when it matches. */
  expect?: string;
}

interface SheetQueueOptions {
  /** Values, merges and fills too (else addresses only: the shape). */
  values: boolean;
  hintCells: string[];
  expect?: string;
}

function queueSheet(rc: ReadContext, ws: XWorksheet, o: SheetQueueOptions): SheetQueue {
  ws.load('name,id');
  const valuesRange = ws.getUsedRangeOrNullObject(true);
  valuesRange.load(o.values ? 'address,values,numberFormat' : 'address');
  const merged = o.values && rc.features.mergedAreas ? valuesRange.getMergedAreasOrNullObject() : null;
  merged?.load('address');
  let formatRange: XRange | null = null;
  let props: XClientResult<XCellProperties[][]> | null = null;
  if (rc.features.api19) {
    formatRange = ws.getUsedRangeOrNullObject(false);
    formatRange.load('address');
    if (o.values) props = formatRange.getCellProperties(FILL_PROPS);
  }
  let notes: XNoteCollection | null = null;
  const hinted: SheetQueue['hinted'] = [];
  if (rc.features.notes) {
    notes = ws.notes;
    notes.load('items/content');
    for (const cell of o.hintCells) {
      const note = notes.getItemOrNullObject(cell);
      note.load('content');
      hinted.push({ cell, note });
    }
  }
  return { ws, valuesRange, formatRange, merged, props, notes, hinted, expect: o.expect };
}

function collectSheet(q: SheetQueue, index: number, withValues: boolean): SheetData | null {
  if (q.ws.isNullObject) return null;
  const name = q.ws.name;
  const rows: CellValue[][] = [];
  const merges: MergeArea[] = [];
  let bytes = 0;
  if (withValues && !q.valuesRange.isNullObject) {
    const area = areaOfAddress(q.valuesRange.address);
    if (area) {
      placeValues(rows, area, q.valuesRange.values, q.valuesRange.numberFormat);
      bytes += utf8Length(JSON.stringify(q.valuesRange.values)) + utf8Length(JSON.stringify(q.valuesRange.numberFormat));
    }
  }
  if (q.merged && !q.merged.isNullObject) {
    for (const a of splitAddressList(q.merged.address)) {
      const m = areaOfAddress(a);
      if (m) merges.push(m);
    }
  }
  const fills: FillKnowledge = { complete: false, fills: new Map() };
  if (q.formatRange && q.props) {
    fills.complete = true;
    if (!q.formatRange.isNullObject) {
      const area = areaOfAddress(q.formatRange.address);
      const value = q.props.value;
      if (area && value) {
        placeFills(fills.fills, area, value);
        bytes += cells(area) * 60;
      }
    }
  }
  let notes: NoteKnowledge | null = null;
  if (q.notes) {
    const items = q.notes.items;
    notes = { count: items.length, known: new Map(), items };
    if (q.expect === undefined || q.expect === name) {
      for (const h of q.hinted) notes.known.set(h.cell, h.note.isNullObject ? null : h.note.content);
    }
  }
  return { name, id: q.ws.id, index, grid: { name, rows, merges }, fills, notes, bytes, proxy: q.ws };
}

function hintCellsFor(hint: ReadHint | null, name: string | undefined): string[] {
  if (!hint?.state || name === undefined) return [];
  const s = hint.state.get(name);
  if (!s) return [];
  return [...s.cells.values()].filter((e) => e.ourNote !== null).map((e) => e.cell);
}

// ---------------------------------------------------------------------------------------------------------
// Whole workbook, or one sheet

/** How far the first walk goes when nothing is known of the workbook (then: the last count + 1). */
export const FIRST_WALK = 64;

function isCellEditError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'InvalidOperationInCellEditMode';
}

/**
 * The whole workbook. Normally one sync. Past the payload budget: shape + batches. If the host refuses
 * calls on null objects (the walk past the last sheet), the gateway turns strict for good: names first.
 */
export async function readWorkbook(rc: ReadContext, hint: ReadHint | null): Promise<WorkbookRead> {
  if (rc.strict || !rc.features.chain) return readShaped(rc, hint, null);
  const known = hint?.sheets.reduce((n, s) => n + s.bytes, 0) ?? 0;
  if (hint && known > rc.budget) return readShaped(rc, hint, null);
  try {
    return await readAllAtOnce(rc, hint);
  } catch (e) {
    if (isPayloadError(e)) return readShaped(rc, hint, null);
    if (isCellEditError(e)) throw e;
    rc.becomeStrict();
    return readShaped(rc, hint, null);
  }
}

/** Sheet proxies for the whole workbook, without knowing the names. */
function sheetProxies(rc: ReadContext, count: number, from: XWorksheet | null): XWorksheet[] {
  const out: XWorksheet[] = [];
  let ws = from ? from.getNextOrNullObject() : rc.ctx.workbook.worksheets.getFirst();
  out.push(ws);
  for (let i = 1; i < count; i++) {
    ws = ws.getNextOrNullObject();
    out.push(ws);
  }
  return out;
}

async function readAllAtOnce(rc: ReadContext, hint: ReadHint | null): Promise<WorkbookRead> {
  const sheets: SheetData[] = [];
  let stateP: PendingState | null = null;
  let state: StateRead | null = null;
  let from: XWorksheet | null = null;
  let length = hint ? hint.sheets.length + 1 : FIRST_WALK;
  for (;;) {
    const proxies = sheetProxies(rc, length, from);
    const base = sheets.length;
    const queues = proxies.map((ws, i) => {
      const expect = hint?.sheets[base + i]?.name;
      return queueSheet(rc, ws, { values: true, hintCells: hintCellsFor(hint, expect), expect });
    });
    if (!stateP) stateP = queueState(rc);
    await rc.sync();
    if (!state) state = await collectState(rc, stateP);
    let last: XWorksheet | null = null;
    for (let i = 0; i < queues.length; i++) {
      const d = collectSheet(queues[i], base + i, true);
      if (d) {
        sheets.push(d);
        last = queues[i].ws;
      }
    }
    // More sheets than we walked: go on from the last one, twice as far (never one sync per sheet).
    if (!last || proxies[proxies.length - 1].isNullObject) break;
    from = last;
    length = Math.max(length * 2, FIRST_WALK);
  }
  return { sheets, state: state as StateRead, batches: 1 };
}

/** One sheet by name: for a re-check. Normally one sync. */
export async function readOneSheet(
  rc: ReadContext,
  name: string,
  hint: ReadHint | null,
): Promise<{ sheet: SheetData | null; state: StateRead; batches: number }> {
  const h = hint?.sheets.find((s) => s.name === name);
  const shaped = async () => {
    const r = await readShaped(rc, hint, name);
    return { sheet: r.sheets[0] ?? null, state: r.state, batches: r.batches };
  };
  if (rc.strict || (h && h.bytes > rc.budget)) return shaped();
  try {
    const ws = rc.ctx.workbook.worksheets.getItemOrNullObject(name);
    const q = queueSheet(rc, ws, { values: true, hintCells: hintCellsFor(hint, name) });
    const sp = queueState(rc);
    await rc.sync();
    const sheet = collectSheet(q, hint?.sheets.findIndex((s) => s.name === name) ?? 0, true);
    return { sheet, state: await collectState(rc, sp), batches: 1 };
  } catch (e) {
    if (isPayloadError(e)) return shaped();
    if (isCellEditError(e)) throw e;
    rc.becomeStrict();
    return shaped();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Shape first (addresses only), then the cells in batches under the budget

interface Block {
  sheet: SheetData;
  kind: 'values' | 'props';
  area: MergeArea;
  bytes: number;
  merges?: MergeArea;
}

function splitRows(sheet: SheetData, kind: Block['kind'], area: MergeArea, perCell: number, budget: number): Block[] {
  const width = area.right - area.left + 1;
  const rowBytes = Math.max(1, width * perCell);
  const rowsPer = Math.max(1, Math.floor(budget / rowBytes));
  const out: Block[] = [];
  for (let top = area.top; top <= area.bottom; top += rowsPer) {
    const bottom = Math.min(area.bottom, top + rowsPer - 1);
    out.push({ sheet, kind, area: { top, bottom, left: area.left, right: area.right }, bytes: (bottom - top + 1) * rowBytes });
  }
  return out;
}

/**
 * The shape of the sheets (names, ids, used-range addresses, notes) and the state, then the cells.
 * `only`: one sheet (re-check). Strict hosts (or below ExcelApi 1.5): the names are read first, and
 * nothing is called on an object that may be null.
 */
async function readShaped(rc: ReadContext, hint: ReadHint | null, only: string | null): Promise<WorkbookRead> {
  const queues: SheetQueue[] = [];
  const sp = queueState(rc);
  let shapeRead = false;
  if (rc.strict || !rc.features.chain) {
    const coll = rc.ctx.workbook.worksheets;
    coll.load('items/name,id');
    await rc.sync();
    queueStateTexts(sp);
    for (const ws of coll.items) {
      if (only !== null && ws.name !== only) continue;
      queues.push(queueSheet(rc, rc.ctx.workbook.worksheets.getItem(ws.id), { values: false, hintCells: hintCellsFor(hint, ws.name) }));
    }
  } else if (only !== null) {
    queues.push(queueSheet(rc, rc.ctx.workbook.worksheets.getItemOrNullObject(only), { values: false, hintCells: hintCellsFor(hint, only) }));
  } else {
    // Walk as far as needed; the shape is small, so one walk of the known count + 1 (or 64) and, rarely, more.
    let from: XWorksheet | null = null;
    let length = hint ? hint.sheets.length + 1 : FIRST_WALK;
    for (;;) {
      const proxies = sheetProxies(rc, length, from);
      const base = queues.length;
      proxies.forEach((ws, i) => {
        const expect = hint?.sheets[base + i]?.name;
        queues.push(queueSheet(rc, ws, { values: false, hintCells: hintCellsFor(hint, expect), expect }));
      });
      await rc.sync();
      shapeRead = true;
      const lastProxy = proxies[proxies.length - 1];
      if (lastProxy.isNullObject) break;
      from = lastProxy;
      length *= 2;
    }
  }
  if (!shapeRead) await rc.sync();
  const state = await collectState(rc, sp);
  const sheets: SheetData[] = [];
  const areas = new Map<SheetData, { values: MergeArea | null; format: MergeArea | null }>();
  queues.forEach((q, i) => {
    if (q.ws.isNullObject) return;
    const d = collectSheet(q, i, false);
    if (!d) return;
    sheets.push(d);
    areas.set(d, {
      values: q.valuesRange.isNullObject ? null : areaOfAddress(q.valuesRange.address),
      format: q.formatRange && !q.formatRange.isNullObject ? areaOfAddress(q.formatRange.address) : null,
    });
  });

  const blocks: Block[] = [];
  for (const d of sheets) {
    const a = areas.get(d);
    if (!a) continue;
    if (rc.features.api19) d.fills.complete = true;
    if (a.values) {
      const vb = splitRows(d, 'values', a.values, VALUE_BYTES_ESTIMATE, rc.budget);
      if (rc.features.mergedAreas) vb[0].merges = a.values;
      blocks.push(...vb);
    }
    if (a.format && rc.features.api19) blocks.push(...splitRows(d, 'props', a.format, PROPS_BYTES_ESTIMATE, rc.budget));
  }
  const batches: Block[][] = [];
  let cur: Block[] = [];
  let curBytes = 0;
  for (const b of blocks) {
    if (cur.length && curBytes + b.bytes > rc.budget) {
      batches.push(cur);
      cur = [];
      curBytes = 0;
    }
    cur.push(b);
    curBytes += b.bytes;
  }
  if (cur.length) batches.push(cur);
  for (const batch of batches) await readBlocks(rc, batch, 0);
  for (const d of sheets) d.bytes = blocks.filter((b) => b.sheet === d).reduce((n, b) => n + b.bytes, 0);
  return { sheets, state, batches: batches.length };
}

/** One batch of blocks in one sync; a batch that still passes the limit is halved (row-wise when it is one block). */
async function readBlocks(rc: ReadContext, batch: Block[], depth: number): Promise<void> {
  const pending = batch.map((b) => {
    const ws = rc.ctx.workbook.worksheets.getItem(b.sheet.id);
    const range = ws.getRange(rangeToA1(b.area));
    let values: XRange | null = null;
    let props: XClientResult<XCellProperties[][]> | null = null;
    let merged: XRangeAreas | null = null;
    if (b.kind === 'values') values = range.load('values,numberFormat');
    else props = range.getCellProperties(FILL_PROPS);
    if (b.merges) {
      merged = ws.getRange(rangeToA1(b.merges)).getMergedAreasOrNullObject();
      merged.load('address');
    }
    return { b, values, props, merged };
  });
  try {
    await rc.sync();
  } catch (e) {
    if (!isPayloadError(e) || depth > 8) throw e;
    if (batch.length > 1) {
      const half = Math.ceil(batch.length / 2);
      await readBlocks(rc, batch.slice(0, half), depth + 1);
      await readBlocks(rc, batch.slice(half), depth + 1);
      return;
    }
    const b = batch[0];
    if (b.area.top === b.area.bottom) throw e;
    const mid = Math.floor((b.area.top + b.area.bottom) / 2);
    await readBlocks(rc, [{ ...b, area: { ...b.area, bottom: mid } }], depth + 1);
    await readBlocks(rc, [{ ...b, merges: undefined, area: { ...b.area, top: mid + 1 } }], depth + 1);
    return;
  }
  for (const p of pending) {
    if (p.values) placeValues(p.b.sheet.grid.rows, p.b.area, p.values.values, p.values.numberFormat);
    if (p.props) placeFills(p.b.sheet.fills.fills, p.b.area, p.props.value);
    if (p.merged && !p.merged.isNullObject) {
      const merges = p.b.sheet.grid.merges ?? [];
      for (const a of splitAddressList(p.merged.address)) {
        const m = areaOfAddress(a);
        if (m) merges.push(m);
      }
      p.b.sheet.grid.merges = merges;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Filling in what one sync could not tell

/**
 * Reads the fills (below ExcelApi 1.9) and locates the notes (where a sheet has notes at cells we do not
 * know) of the given cells, for all sheets in one sync. Returns false when nothing had to be read.
 */
export async function fillIn(rc: ReadContext, needs: { sheet: SheetData; fillCells: string[]; noteCells: string[] }[]): Promise<boolean> {
  const fillReads: { sheet: SheetData; cell: string; fill: { color: string } }[] = [];
  const noteReads: { sheet: SheetData; locations: XRange[] }[] = [];
  for (const { sheet, fillCells, noteCells } of needs) {
    for (const cell of fillCells) {
      if (fillAt(sheet.fills, cell) === undefined) {
        const fill = rc.ctx.workbook.worksheets.getItem(sheet.id).getRange(cell).format.fill.load('color');
        fillReads.push({ sheet, cell, fill });
      }
    }
    const notes = sheet.notes;
    if (notes && noteCells.some((c) => noteAt(notes, c) === undefined)) {
      const locations = notes.items.map((n) => n.getLocation().load('address'));
      noteReads.push({ sheet, locations });
    }
  }
  if (!fillReads.length && !noteReads.length) return false;
  await rc.sync();
  for (const r of fillReads) r.sheet.fills.fills.set(r.cell, savedFillFrom({ color: r.fill.color }, false));
  for (const r of noteReads) {
    const n = r.sheet.notes as NoteKnowledge;
    n.known.clear();
    r.locations.forEach((loc, i) => {
      const area = areaOfAddress(loc.address);
      if (area) n.known.set(toA1({ row: area.top, col: area.left }), n.items[i].content);
    });
  }
  return true;
}

/** The hint for the next read. */
export function hintFrom(sheets: readonly SheetData[], state: MarkState | null): ReadHint {
  return { sheets: sheets.map((s) => ({ name: s.name, id: s.id, bytes: s.bytes })), state };
}

// ---------------------------------------------------------------------------------------------------------
// Marked cells only (for 清除标记): their fills and notes, not the whole sheet

export interface CellsQueue {
  ws: XWorksheet;
  cells: string[];
  noteCells: string[];
  props: { area: MergeArea; result: XClientResult<XCellProperties[][]> } | null;
  fills: { cell: string; fill: { color: string; pattern: string; patternColor: string } }[];
  notes: XNoteCollection | null;
  hinted: { cell: string; note: XNote }[];
}

function boundingBox(list: readonly string[]): MergeArea | null {
  let box: MergeArea | null = null;
  for (const c of list) {
    const a = areaOfAddress(c);
    if (!a) continue;
    box = box
      ? { top: Math.min(box.top, a.top), left: Math.min(box.left, a.left), bottom: Math.max(box.bottom, a.bottom), right: Math.max(box.right, a.right) }
      : a;
  }
  return box;
}

/** Queues the reads of these cells' fills (and of the notes at `noteCells`) on one sheet. */
export function queueCells(rc: ReadContext, ws: XWorksheet, list: string[], noteCells: string[]): CellsQueue {
  ws.load('name,id');
  const q: CellsQueue = { ws, cells: list, noteCells, props: null, fills: [], notes: null, hinted: [] };
  const box = boundingBox(list);
  if (rc.features.api19 && box && cells(box) <= Math.max(400, list.length * 20)) {
    q.props = { area: box, result: ws.getRange(rangeToA1(box)).getCellProperties(FILL_PROPS) };
  } else {
    for (const cell of list) {
      const fill = ws.getRange(cell).format.fill.load(rc.features.api19 ? 'color,pattern,patternColor' : 'color');
      q.fills.push({ cell, fill });
    }
  }
  if (rc.features.notes) {
    q.notes = ws.notes;
    q.notes.load('items/content');
    for (const cell of noteCells) {
      const note = q.notes.getItemOrNullObject(cell);
      note.load('content');
      q.hinted.push({ cell, note });
    }
  }
  return q;
}

/** After the sync: what is known of those cells (null when the sheet is gone). */
export function collectCells(rc: ReadContext, q: CellsQueue, index: number): SheetData | null {
  if (q.ws.isNullObject) return null;
  const name = q.ws.name;
  const fills: FillKnowledge = { complete: false, fills: new Map() };
  if (q.props) {
    const all = new Map<string, SavedFill>();
    placeFills(all, q.props.area, q.props.result.value);
    for (const c of q.cells) fills.fills.set(c, all.get(c) ?? { color: null, pattern: 'None' });
  }
  for (const f of q.fills) {
    const withPattern = rc.features.api19;
    fills.fills.set(f.cell, savedFillFrom(withPattern ? f.fill : { color: f.fill.color }, withPattern));
  }
  let notes: NoteKnowledge | null = null;
  if (q.notes) {
    notes = { count: q.notes.items.length, known: new Map(), items: q.notes.items };
    for (const h of q.hinted) notes.known.set(h.cell, h.note.isNullObject ? null : h.note.content);
  }
  return { name, id: q.ws.id, index, grid: { name, rows: [], merges: [] }, fills, notes, bytes: 0, proxy: q.ws };
}
