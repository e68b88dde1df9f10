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
import type { ReadHint } from '../host/knowledge';
import { hintCellsFor } from '../host/knowledge';
import type { XWorksheet } from './office-types';
import { FIRST_WALK, isNullObjectRefusal, mustReadInBlocks, type ReadContext, type SheetData, type StateRead, type WorkbookRead } from './read-context';
import { collectSheet, queueSheet } from './read-sheet';
import { readShaped, sheetProxies } from './read-shaped';
import { collectState, queueState, type PendingState } from './read-state';

// Whole workbook, or one sheet




/**
 * The whole workbook. Normally one sync. Past the payload budget: shape + batches. If the host refuses
 * calls on null objects (the walk past the last sheet), the gateway turns strict for good: names first.
 * Any other failure is thrown, never taken for that.
 */
export async function readWorkbook(rc: ReadContext, hint: ReadHint | null): Promise<WorkbookRead> {
  if (rc.strict || !rc.features.chain) return readShaped(rc, hint, null);
  const known = hint?.sheets.reduce((n, s) => n + s.bytes, 0) ?? 0;
  if (hint && known > rc.budget) return readShaped(rc, hint, null);
  try {
    return await readAllAtOnce(rc, hint);
  } catch (e) {
    if (mustReadInBlocks(e)) return readShaped(rc, hint, null);
    // Only a refused call on a null object makes the gateway strict; any other failure is the user's to see.
    if (!isNullObjectRefusal(e)) throw e;
    rc.becomeStrict();
    return readShaped(rc, hint, null);
  }
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
    if (mustReadInBlocks(e)) return shaped();
    if (!isNullObjectRefusal(e)) throw e;
    rc.becomeStrict();
    return shaped();
  }
}

