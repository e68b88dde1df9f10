/**
 * Shape first (addresses only), then the cells in batches under the payload budget: for workbooks past
 * Excel's limit, and for hosts that refuse calls on null objects (strict: names first).
 */
import type { MergeArea } from '../core/grid';
import { rangeToA1 } from '../core/grid';
import { areaOfAddress } from '../host/cells';
import type { ReadHint } from '../host/knowledge';
import { hintCellsFor } from '../host/knowledge';
import { packBatches, splitRows, type Block } from '../host/read-plan';
import type { XCellProperties, XClientResult, XRange, XRangeAreas, XWorksheet } from './office-types';
import { loadMerged, mergesOf } from './read-merges';
import {
  FILL_PROPS,
  FIRST_WALK,
  PROPS_BYTES_ESTIMATE,
  VALUE_BYTES_ESTIMATE,
  ValuesUnavailable,
  isPayloadError,
  placeFills,
  placeValues,
  type ReadContext,
  type SheetData,
  type WorkbookRead,
} from './read-context';
import { collectSheet, queueSheet, type SheetQueue } from './read-sheet';
import { collectState, queueState, queueStateTexts } from './read-state';

type CellBlock = Block<SheetData, 'values' | 'props'>;

/** Sheet proxies for the whole workbook, without knowing the names. */
export function sheetProxies(rc: ReadContext, count: number, from: XWorksheet | null): XWorksheet[] {
  const out: XWorksheet[] = [];
  let ws = from ? from.getNextOrNullObject() : rc.ctx.workbook.worksheets.getFirst();
  out.push(ws);
  for (let i = 1; i < count; i++) {
    ws = ws.getNextOrNullObject();
    out.push(ws);
  }
  return out;
}

/**
 * The shape of the sheets (names, ids, used-range addresses, notes) and the state, then the cells.
 * `only`: one sheet (re-check). Strict hosts (or below ExcelApi 1.5): the names are read first, and
 * nothing is called on an object that may be null.
 */
export async function readShaped(rc: ReadContext, hint: ReadHint | null, only: string | null): Promise<WorkbookRead> {
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

  const blocks: CellBlock[] = [];
  for (const d of sheets) {
    const a = areas.get(d);
    if (!a) continue;
    if (rc.features.api19) d.fills.complete = true;
    if (a.values) {
      const vb = splitRows(d, 'values', a.values, VALUE_BYTES_ESTIMATE, rc.budget);
      // Merges over the formatted used range too: Excel returns only merges whose top-left lies in the range.
      if (rc.features.mergedAreas) vb[0].merges = a.format ? boundingArea(a.values, a.format) : a.values;
      blocks.push(...vb);
    }
    if (a.format && rc.features.api19) blocks.push(...splitRows(d, 'props', a.format, PROPS_BYTES_ESTIMATE, rc.budget));
  }
  const batches = packBatches(blocks, rc.budget);
  for (const batch of batches) await readBlocks(rc, batch, 0);
  for (const d of sheets) d.bytes = blocks.filter((b) => b.sheet === d).reduce((n, b) => n + b.bytes, 0);
  return { sheets, state, batches: batches.length };
}

/** One batch of blocks in one sync; a batch that still passes the limit is halved (row-wise when it is one block). */
async function readBlocks(rc: ReadContext, batch: CellBlock[], depth: number): Promise<void> {
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
      loadMerged(merged, !rc.strict);
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
  const tooLarge: CellBlock[] = [];
  for (const p of pending) {
    // Values null: the block is too large for Excel to return (about 5 million cells); halve it below.
    if (p.values && !p.values.values) {
      tooLarge.push(p.b);
      continue;
    }
    if (p.values) placeValues(p.b.sheet.grid.rows, p.b.area, p.values.values, p.values.numberFormat);
    if (p.props) placeFills(p.b.sheet.fills.fills, p.b.area, p.props.value);
    if (p.merged) {
      const m = mergesOf(p.merged, !rc.strict);
      p.b.sheet.grid.merges = [...(p.b.sheet.grid.merges ?? []), ...m.merges];
      if (!m.complete) p.b.sheet.mergesIncomplete = true;
    }
  }
  for (const b of tooLarge) {
    if (b.area.top === b.area.bottom || depth > 24) throw new ValuesUnavailable(b.sheet.name);
    const mid = Math.floor((b.area.top + b.area.bottom) / 2);
    await readBlocks(rc, [{ ...b, merges: undefined, area: { ...b.area, bottom: mid } }], depth + 1);
    await readBlocks(rc, [{ ...b, merges: undefined, area: { ...b.area, top: mid + 1 } }], depth + 1);
  }
}

function boundingArea(a: MergeArea, b: MergeArea): MergeArea {
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}
