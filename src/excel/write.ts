/**
 * Writing one operation's plans into Excel: the state first (custom XML part or document settings), then
 * the restores, the marks (one request per colour), the notes. One sync unless the request would pass the
 * payload budget. The cells touched go into `written`, so the live re-check can tell its own echo.
 */
import { addressChunks } from '../host/cells';
import { isNoFill } from '../host/fills';
import type { Written } from '../host/live';
import type { SheetPlan } from '../host/mark-plan';
import { MARKS_SETTING, stateCellCount, stateToXml, type MarkState } from '../host/mark-state';
import { SETTINGS_SAVE_FAILED } from './notices';
import type { XRangeFill, XWorksheet } from './office-types';
import type { ReadContext, SheetData, StateRead } from './read-context';

/** A write failed after queuing notes: the caller retries without notes. */
export class NoteWriteError extends Error {
  constructor(readonly original: unknown) {
    super(`note write failed: ${original instanceof Error ? original.message : String(original)}`);
  }
}

export async function writePlans(
  rc: ReadContext,
  plans: Map<SheetData, SheetPlan>,
  stored: StateRead,
  next: MarkState,
  notices: string[],
  written: Written,
  endWrite: () => void,
): Promise<void> {
  const { features, office } = rc;
  const xml = stateToXml(next);
  const empty = stateCellCount(next) === 0;
  let pendingBytes = 0;
  const op = async (bytes: number, queue: () => void) => {
    if (pendingBytes > 0 && pendingBytes + bytes > rc.budget) {
      await rc.sync();
      pendingBytes = 0;
    }
    queue();
    pendingBytes += bytes;
  };

  // 1. Remember first: if a later action fails, what we must restore is already in the workbook.
  if (stored.storage === 'customXmlParts') {
    const unchanged = stored.parts.length === 1 && !empty && stateToXml(stored.state) === xml;
    if (empty && stored.parts.length) {
      await op(100 * stored.parts.length, () => {
        for (const p of stored.parts) p.delete();
      });
    } else if (!empty && !unchanged) {
      await op(xml.length * 3 + 100, () => {
        if (stored.parts.length) {
          stored.parts[0].setXml(xml);
          for (const p of stored.parts.slice(1)) p.delete();
        } else rc.ctx.workbook.customXmlParts.add(xml);
      });
    }
  } else {
    const settings = office.context.document?.settings;
    const before = stored.state.size ? stateToXml(stored.state) : null;
    if (!settings) notices.push(SETTINGS_SAVE_FAILED);
    else if ((empty ? null : xml) !== before) {
      if (empty) settings.remove(MARKS_SETTING);
      else settings.set(MARKS_SETTING, xml);
      const ok = await new Promise<boolean>((resolve) => {
        try {
          settings.saveAsync((r) => resolve(r.status === 'succeeded' || r.status === 0));
        } catch {
          resolve(false);
        }
      });
      if (!ok) notices.push(SETTINGS_SAVE_FAILED);
    }
  }

  const targets = (ws: XWorksheet, list: string[]): { bytes: number; fills: () => XRangeFill[] } => {
    if (features.api19) {
      const chunks = addressChunks(list);
      return { bytes: chunks.reduce((n, c) => n + c.length + 120, 0), fills: () => chunks.map((a) => ws.getRanges(a).format.fill) };
    }
    return { bytes: list.length * 140, fills: () => list.map((c) => ws.getRange(c).format.fill) };
  };

  let noteOps = 0;
  for (const [sheet, plan] of plans) {
    const ws = rc.ctx.workbook.worksheets.getItem(sheet.id);
    const touched = new Set<string>();
    written.cells.set(sheet.name, touched);
    // 2. Restore what is no longer marked.
    for (const { fill, cells } of plan.restoreFills.values()) {
      cells.forEach((c) => touched.add(c));
      const t = targets(ws, cells);
      await op(t.bytes, () => {
        for (const f of t.fills()) {
          if (isNoFill(fill)) f.clear();
          else {
            f.color = fill.color ?? '#FFFFFF';
            if (features.api19 && fill.pattern && fill.pattern !== 'Solid') {
              f.pattern = fill.pattern;
              if (fill.patternColor) f.patternColor = fill.patternColor;
            }
          }
        }
      });
    }
    // 3. Mark, one request per colour.
    for (const [color, cells] of plan.markFills) {
      cells.forEach((c) => touched.add(c));
      const t = targets(ws, cells);
      await op(t.bytes, () => {
        for (const f of t.fills()) f.color = color;
      });
    }
    if (plan.solidify.length && features.api19) {
      plan.solidify.forEach((c) => touched.add(c));
      const t = targets(ws, plan.solidify);
      await op(t.bytes, () => {
        for (const f of t.fills()) f.pattern = 'Solid';
      });
    }
    // 4. Notes.
    for (const n of plan.notes) {
      touched.add(n.cell);
      noteOps++;
      await op((n.content?.length ?? 0) * 3 + 160, () => {
        if (n.op === 'add') ws.notes.add(n.cell, n.content ?? '');
        else if (n.op === 'set') ws.notes.getItemOrNullObject(n.cell).content = n.content ?? '';
        else ws.notes.getItemOrNullObject(n.cell).delete();
      });
    }
  }
  if (pendingBytes === 0) return;
  try {
    await rc.sync();
  } catch (e) {
    if (noteOps > 0) throw new NoteWriteError(e);
    throw e;
  } finally {
    endWrite();
  }
}
