/** One sheet's reads, queued on a worksheet proxy, and what they tell after the sync. */
import type { CellValue, MergeArea } from '../core/grid';
import { areaOfAddress, cellCount, utf8Length } from '../host/cells';
import type { FillKnowledge } from '../host/knowledge';
import type { XCellProperties, XClientResult, XNote, XNoteCollection, XRange, XRangeAreas, XWorksheet } from './office-types';
import { FILL_PROPS, ValuesUnavailable, placeFills, placeValues, type ExcelNoteKnowledge, type ReadContext, type SheetData } from './read-context';
import { loadMerged, mergesOf } from './read-merges';

export interface SheetQueue {
  ws: XWorksheet;
  valuesRange: XRange;
  formatRange: XRange | null;
  merged: XRangeAreas | null;
  /** The merged areas' items were loaded too (not on a strict host: they are a call on a maybe-null object). */
  mergedItems: boolean;
  props: XClientResult<XCellProperties[][]> | null;
  notes: XNoteCollection | null;
  hinted: { cell: string; note: XNote }[];
  /** The name the hint expects at this position; hinted notes count only when it matches. */
  expect?: string;
}

export interface SheetQueueOptions {
  /** Values, merges and fills too (else addresses only: the shape). */
  values: boolean;
  hintCells: string[];
  expect?: string;
}

export function queueSheet(rc: ReadContext, ws: XWorksheet, o: SheetQueueOptions): SheetQueue {
  ws.load('name,id');
  const valuesRange = ws.getUsedRangeOrNullObject(true);
  // (office-addins/no-empty-load cannot see through the conditional: both branches name their properties.)
  // eslint-disable-next-line office-addins/no-empty-load
  valuesRange.load(o.values ? 'address,values,numberFormat' : 'address');
  let formatRange: XRange | null = null;
  let props: XClientResult<XCellProperties[][]> | null = null;
  if (rc.features.api19) {
    formatRange = ws.getUsedRangeOrNullObject(false);
    formatRange.load('address');
    if (o.values) props = formatRange.getCellProperties(FILL_PROPS);
  }
  // Merges of the formatted used range: it holds every merged cell whole (office-js #3611, ./read-merges.ts).
  let merged: XRangeAreas | null = null;
  const mergedItems = !rc.strict;
  if (o.values && rc.features.mergedAreas) {
    merged = (rc.features.api19 ? (formatRange as XRange) : ws.getUsedRangeOrNullObject(false)).getMergedAreasOrNullObject();
    loadMerged(merged, mergedItems);
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
  return { ws, valuesRange, formatRange, merged, mergedItems, props, notes, hinted, expect: o.expect };
}

export function collectSheet(q: SheetQueue, index: number, withValues: boolean): SheetData | null {
  if (q.ws.isNullObject) return null;
  const name = q.ws.name;
  const rows: CellValue[][] = [];
  const merges: MergeArea[] = [];
  let bytes = 0;
  if (withValues && !q.valuesRange.isNullObject) {
    const area = areaOfAddress(q.valuesRange.address);
    // Past about 5 million cells Excel returns no values (null) instead of an error: read in blocks.
    if (area && !q.valuesRange.values) throw new ValuesUnavailable(name);
    if (area) {
      placeValues(rows, area, q.valuesRange.values, q.valuesRange.numberFormat);
      bytes += utf8Length(JSON.stringify(q.valuesRange.values)) + utf8Length(JSON.stringify(q.valuesRange.numberFormat));
    }
  }
  let mergesComplete = true;
  if (q.merged) {
    const m = mergesOf(q.merged, q.mergedItems);
    merges.push(...m.merges);
    mergesComplete = m.complete;
  }
  const fills: FillKnowledge = { complete: false, fills: new Map() };
  if (q.formatRange && q.props) {
    fills.complete = true;
    if (!q.formatRange.isNullObject) {
      const area = areaOfAddress(q.formatRange.address);
      const value = q.props.value;
      if (area && value) {
        placeFills(fills.fills, area, value);
        bytes += cellCount(area) * 60;
      }
    }
  }
  let notes: ExcelNoteKnowledge | null = null;
  if (q.notes) {
    const items = q.notes.items;
    notes = { count: items.length, known: new Map(), items };
    if (q.expect === undefined || q.expect === name) {
      for (const h of q.hinted) notes.known.set(h.cell, h.note.isNullObject ? null : h.note.content);
    }
  }
  return { name, id: q.ws.id, index, grid: { name, rows, merges }, fills, notes, bytes, proxy: q.ws, mergesIncomplete: !mergesComplete };
}
