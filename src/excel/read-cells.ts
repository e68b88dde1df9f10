/**
 * Filling in what one sync could not tell (fills below ExcelApi 1.9, where notes a person wrote are), and
 * reading only the marked cells (for 清除标记): their fills and notes, not the whole sheet.
 */
import type { MergeArea } from '../core/grid';
import { rangeToA1, toA1 } from '../core/grid';
import { areaOfAddress, cellCount } from '../host/cells';
import { savedFillFrom, type SavedFill } from '../host/fills';
import { fillAt, noteAt, type FillKnowledge } from '../host/knowledge';
import type { XCellProperties, XClientResult, XNote, XNoteCollection, XRange, XWorksheet } from './office-types';
import { FILL_PROPS, placeFills, type ExcelNoteKnowledge, type ReadContext, type SheetData } from './read-context';


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
    const n = r.sheet.notes as ExcelNoteKnowledge;
    n.known.clear();
    r.locations.forEach((loc, i) => {
      const area = areaOfAddress(loc.address);
      if (area) n.known.set(toA1({ row: area.top, col: area.left }), n.items[i].content);
    });
  }
  return true;
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
  if (rc.features.api19 && box && cellCount(box) <= Math.max(400, list.length * 20)) {
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
  let notes: ExcelNoteKnowledge | null = null;
  if (q.notes) {
    notes = { count: q.notes.items.length, known: new Map(), items: q.notes.items };
    for (const h of q.hinted) notes.known.set(h.cell, h.note.isNullObject ? null : h.note.content);
  }
  return { name, id: q.ws.id, index, grid: { name, rows: [], merges: [] }, fills, notes, bytes: 0, proxy: q.ws };
}
