/**
 * Planning a read that must stay under a size limit per round trip (Excel on the web fails past 5 MB):
 * areas split into row blocks, blocks packed into batches. Pure; a host without such a limit (WPS) reads
 * each sheet's used range whole and never needs it.
 */
import type { MergeArea } from '../core/grid';

export interface Block<S, K extends string = string> {
  sheet: S;
  kind: K;
  area: MergeArea;
  bytes: number;
  /** The area whose merged areas to read with this block (the first block of a sheet's values). */
  merges?: MergeArea;
}

/** An area as row blocks of at most `budget` bytes each (at least one row per block). */
export function splitRows<S, K extends string>(sheet: S, kind: K, area: MergeArea, perCell: number, budget: number): Block<S, K>[] {
  const width = area.right - area.left + 1;
  const rowBytes = Math.max(1, width * perCell);
  const rowsPer = Math.max(1, Math.floor(budget / rowBytes));
  const out: Block<S, K>[] = [];
  for (let top = area.top; top <= area.bottom; top += rowsPer) {
    const bottom = Math.min(area.bottom, top + rowsPer - 1);
    out.push({ sheet, kind, area: { top, bottom, left: area.left, right: area.right }, bytes: (bottom - top + 1) * rowBytes });
  }
  return out;
}

/** Blocks in order, packed into batches of at most `budget` bytes (a block past it is a batch alone). */
export function packBatches<B extends { bytes: number }>(blocks: readonly B[], budget: number): B[][] {
  const batches: B[][] = [];
  let cur: B[] = [];
  let curBytes = 0;
  for (const b of blocks) {
    if (cur.length && curBytes + b.bytes > budget) {
      batches.push(cur);
      cur = [];
      curBytes = 0;
    }
    cur.push(b);
    curBytes += b.bytes;
  }
  if (cur.length) batches.push(cur);
  return batches;
}
