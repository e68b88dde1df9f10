/**
 * Merged areas as Excel really reports them. Two known failures (office-js #1590, #3611):
 *
 * - `RangeAreas.address` may list only the top-left cell of each merge ("T4" for T4:U5), and a long list
 *   may come back cut; `RangeAreas.areas.items[].address` has each rectangle whole (Microsoft's workaround
 *   in #1590). We read both with `areaCount` and cross-check: a merge is taken from the items, the list
 *   only adds what the items lack, and a sheet whose count still does not add up says so (a notice).
 * - `getMergedAreasOrNullObject` returns only merges whose top-left cell lies inside the range asked (#3611).
 *   We ask it of the formatted used range (`getUsedRange(false)`), which holds every merged cell whole —
 *   not of the values-only used range, which may start inside a merge.
 */
import type { MergeArea } from '../core/grid';
import { areaOfAddress, cellCount, splitAddressList } from '../host/cells';
import type { XRangeAreas } from './office-types';

export interface MergesRead {
  merges: MergeArea[];
  /** false: Excel said there are more merges than it described (areaCount against what was readable). */
  complete: boolean;
}

/** Queues the loads on a RangeAreas from getMergedAreasOrNullObject. `withItems`: also each area (not on strict hosts). */
export function loadMerged(merged: XRangeAreas, withItems: boolean): void {
  merged.load('address,areaCount');
  if (withItems) merged.areas.load('items/address');
}

/** The merges a loaded RangeAreas describes, cross-checked (null object: none). */
export function mergesOf(merged: XRangeAreas, withItems: boolean): MergesRead {
  if (merged.isNullObject) return { merges: [], complete: true };
  let items: string[] | null = null;
  if (withItems) {
    try {
      items = merged.areas.items.map((r) => r.address);
    } catch {
      items = null;
    }
  }
  return crossCheckMerges(merged.address, merged.areaCount, items);
}

/**
 * Pure: the merges from the item addresses (whole rectangles) and the address list (maybe top-left cells
 * only, maybe cut), one per top-left cell, the larger rectangle winning; complete when they account for
 * `areaCount` merges.
 */
export function crossCheckMerges(address: string, areaCount: number | undefined, items: readonly string[] | null): MergesRead {
  const byTopLeft = new Map<string, MergeArea>();
  const add = (a: MergeArea | null) => {
    if (!a) return;
    const k = `${a.top},${a.left}`;
    const had = byTopLeft.get(k);
    if (!had || cellCount(a) > cellCount(had)) byTopLeft.set(k, a);
  };
  for (const i of items ?? []) for (const part of splitAddressList(i)) add(areaOfAddress(part));
  // The last entry of a cut list may be a fragment ("Sheet1!A1:B" of "A1:B12"): it still has a top-left.
  for (const part of splitAddressList(address ?? '')) add(areaOfAddress(part));
  // A one-cell "merge" is a top-left cell whose extent we could not learn: not a merge we can use.
  const merges = [...byTopLeft.values()].filter((a) => cellCount(a) > 1);
  const described = byTopLeft.size;
  const complete = typeof areaCount !== 'number' ? true : merges.length >= areaCount && described >= areaCount;
  return { merges: merges.sort((a, b) => a.top - b.top || a.left - b.left), complete };
}
