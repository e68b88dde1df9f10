/**
 * Writing one operation's plans into WPS: the state first, then per sheet the restores, the marks (one
 * multi-area range per colour, "A1,B7,C9" of at most 255 characters), the comments. Synchronous.
 */
import { addressChunks } from '../host/cells';
import { isNoFill, type SavedFill } from '../host/fills';
import type { Written } from '../host/live';
import type { SheetPlan } from '../host/mark-plan';
import type { MarkState } from '../host/mark-state';
import { bgrFromHex, patternNumber, XL_PATTERN } from './colors';
import type { EtInterior, EtWorkbook, EtWorksheet } from './et-types';
import type { WpsSheetData } from './read';
import { writeState, type WpsStateRead } from './state';

/** A comment could not be written: the caller retries without comments. */
export class CommentWriteError extends Error {
  constructor(readonly original: unknown) {
    super(`comment write failed: ${original instanceof Error ? original.message : String(original)}`);
  }
}

/** WPS's Range("A1,B2,…") takes at most 255 characters. */
export const RANGE_TEXT_MAX = 255;

function interiors(ws: EtWorksheet, cells: readonly string[]): EtInterior[] {
  return addressChunks(cells, RANGE_TEXT_MAX, ',').map((a) => ws.Range(a).Interior);
}

function restore(it: EtInterior, fill: SavedFill): void {
  if (isNoFill(fill)) {
    it.Pattern = XL_PATTERN.None;
    return;
  }
  it.Color = bgrFromHex(fill.color ?? '#FFFFFF');
  if (fill.pattern && fill.pattern !== 'Solid') {
    it.Pattern = patternNumber(fill.pattern);
    if (fill.patternColor) it.PatternColor = bgrFromHex(fill.patternColor);
  }
}

export function writePlans(wb: EtWorkbook, plans: Map<WpsSheetData, SheetPlan>, stored: WpsStateRead, next: MarkState, written: Written): void {
  // 1. Remember first: if a later action fails, what we must restore is already in the workbook.
  writeState(wb, stored, next);
  for (const [sheet, plan] of plans) {
    const ws = sheet.ws;
    const touched = new Set<string>();
    written.cells.set(sheet.name, touched);
    // 2. Restore what is no longer marked.
    for (const { fill, cells } of plan.restoreFills.values()) {
      cells.forEach((c) => touched.add(c));
      for (const it of interiors(ws, cells)) restore(it, fill);
    }
    // 3. Mark, one range per colour (a colour on a cell without fill makes it a solid fill).
    for (const [color, cells] of plan.markFills) {
      cells.forEach((c) => touched.add(c));
      const bgr = bgrFromHex(color);
      for (const it of interiors(ws, cells)) it.Color = bgr;
    }
    if (plan.solidify.length) {
      plan.solidify.forEach((c) => touched.add(c));
      for (const it of interiors(ws, plan.solidify)) it.Pattern = XL_PATTERN.Solid;
    }
    // 4. Comments.
    for (const n of plan.notes) {
      touched.add(n.cell);
      try {
        const range = ws.Range(n.cell);
        if (n.op !== 'add') range.ClearComments();
        if (n.op !== 'delete') range.AddComment(n.content ?? '');
      } catch (e) {
        throw new CommentWriteError(e);
      }
    }
  }
}
