/**
 * The host-neutral half of a gateway's operations: what it remembers between operations, which cells it
 * must read before planning, the plans of check-all / re-check / clear, and the state that follows. Each
 * gateway (src/excel/, src/wps/) does only the reads and writes in its host's terms around these.
 *
 *   check-all:  read all sheets → followRenames → check → marksFromFindings → readNeeds (read what is
 *               missing) → planSheets → stateAfter → write → memory.remember(…, true)
 *   re-check:   read one sheet → memory.recheckGrids → check → own findings → … → memory.remember(…, false)
 *   clear:      read the marked cells → followRenames → planClear → write
 */
import type { CheckOptions, WorkbookResult } from '../core/check';
import type { Grid } from '../core/grid';
import { cellsToKnow, planSheet, type CellMark, type SheetPlan } from './mark-plan';
import { cloneState, type MarkState } from './mark-state';
import { fillAt, hintFrom, noteAt, type FillKnowledge, type NoteKnowledge, type ReadHint, type SheetKnowledge } from './knowledge';

export type Checker = (grids: readonly Grid[], options: CheckOptions) => WorkbookResult;

/** What a planner needs of a sheet. */
export interface PlannableSheet {
  name: string;
  fills: FillKnowledge;
  notes: NoteKnowledge | null;
}

/** State entries of renamed sheets move to the new name (by sheet id); deleted sheets are dropped when `all`. */
export function followRenames(state: MarkState, sheets: readonly { name: string; id: string }[], all: boolean): MarkState {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const byId = new Map(sheets.map((s) => [s.id, s]));
  const out: MarkState = new Map();
  for (const [name, s] of state) {
    if (byName.has(name)) {
      out.set(name, { id: byName.get(name)?.id ?? s.id, cells: s.cells });
      continue;
    }
    const renamed = s.id ? byId.get(s.id) : undefined;
    if (renamed && !state.has(renamed.name)) out.set(renamed.name, { id: renamed.id, cells: s.cells });
    else if (!all) out.set(name, s);
  }
  return out;
}

export interface ReadNeed<S> {
  sheet: S;
  /** Cells whose fill the planner will ask about. */
  fillCells: string[];
  /** Cells whose note the planner will ask about (empty when the host has no notes). */
  noteCells: string[];
}

/** Per sheet, the cells the planner will ask about: the gateway reads those it does not know yet. */
export function readNeeds<S extends PlannableSheet>(
  sheets: readonly S[],
  state: MarkState,
  marks: Map<string, Map<string, CellMark>>,
  options: { writeNotes: boolean; notesSupported: boolean },
): ReadNeed<S>[] {
  const notesOn = options.writeNotes && options.notesSupported;
  return sheets.map((sheet) => {
    const prev = state.get(sheet.name)?.cells;
    const m = marks.get(sheet.name);
    const fillCells = cellsToKnow(prev, m);
    const noteCells = options.notesSupported
      ? fillCells.filter((c) => (prev?.get(c)?.ourNote ?? null) !== null || (notesOn && !!m?.has(c)))
      : [];
    return { sheet, fillCells, noteCells };
  });
}

/** Plans each sheet (marks may be empty: then it is a clear). Every needed cell must be known by now. */
export function planSheets<S extends PlannableSheet>(
  sheets: readonly S[],
  state: MarkState,
  marks: Map<string, Map<string, CellMark>>,
  options: { writeNotes: boolean; notesSupported: boolean },
): Map<S, SheetPlan> {
  const plans = new Map<S, SheetPlan>();
  for (const sheet of sheets) {
    const plan = planSheet(
      state.get(sheet.name)?.cells,
      marks.get(sheet.name),
      (cell) => ({ fill: fillAt(sheet.fills, cell), note: sheet.notes ? noteAt(sheet.notes, cell) : undefined }),
      { writeNotes: options.writeNotes && options.notesSupported, notesSupported: options.notesSupported },
    );
    plans.set(sheet, plan);
  }
  return plans;
}

/** The state after writing the plans of a check-all (only the planned sheets), with the counts. */
export function stateAfter<S extends { name: string; id: string }>(plans: Map<S, SheetPlan>): { next: MarkState; marked: number; kept: number } {
  const next: MarkState = new Map();
  let marked = 0;
  let kept = 0;
  for (const [sheet, plan] of plans) {
    if (plan.next.size) next.set(sheet.name, { id: sheet.id, cells: plan.next });
    marked += plan.marked;
    kept += plan.keptUserChanges;
  }
  return { next, marked, kept };
}

/** The state after re-checking one sheet: the other sheets' entries stay. */
export function stateAfterOne(state: MarkState, sheet: { name: string; id: string }, plan: SheetPlan): MarkState {
  const next = cloneState(state);
  if (plan.next.size) next.set(sheet.name, { id: sheet.id, cells: plan.next });
  else next.delete(sheet.name);
  return next;
}

/** 清除标记: every sheet's plan with no marks, and the counts. */
export function planClear<S extends PlannableSheet>(
  sheets: readonly S[],
  state: MarkState,
  notesSupported: boolean,
): { plans: Map<S, SheetPlan>; restored: number; kept: number; notesLeft: boolean } {
  const plans = planSheets(sheets, state, new Map(), { writeNotes: false, notesSupported });
  let restored = 0;
  let kept = 0;
  let notesLeft = false;
  for (const [sheet, plan] of plans) {
    if (!notesSupported && [...(state.get(sheet.name)?.cells.values() ?? [])].some((e) => e.ourNote !== null)) notesLeft = true;
    restored += plan.cleared - plan.keptUserChanges;
    kept += plan.keptUserChanges;
  }
  return { plans, restored, kept, notesLeft };
}

/** What one operation leaves for the next: the read hint, the grids (re-check checks against them), names by id. */
export class GatewayMemory {
  hint: ReadHint | null = null;
  grids: Grid[] | null = null;
  readonly idToName = new Map<string, string>();

  /** After a check-all (`all`) or a re-check of the given sheets. */
  remember(sheets: readonly SheetKnowledge[], next: MarkState, all: boolean): void {
    for (const s of sheets) this.idToName.set(s.id, s.name);
    if (all) {
      this.hint = hintFrom(sheets, cloneState(next));
      this.grids = sheets.map((s) => s.grid);
      return;
    }
    const prevSheets = this.hint?.sheets ?? [];
    const fresh = new Map(sheets.map((s) => [s.name, s]));
    const merged = prevSheets.map((p) => {
      const f = fresh.get(p.name);
      return f ? { name: f.name, id: f.id, bytes: f.bytes } : p;
    });
    for (const s of sheets) if (!prevSheets.some((p) => p.name === s.name)) merged.push({ name: s.name, id: s.id, bytes: s.bytes });
    this.hint = { sheets: merged, state: cloneState(next) };
    if (this.grids) {
      const known = new Set(this.grids.map((g) => g.name));
      this.grids = [...this.grids.map((g) => fresh.get(g.name)?.grid ?? g), ...sheets.filter((s) => !known.has(s.name)).map((s) => s.grid)];
    }
  }

  /** After 清除标记: nothing of ours is left. */
  cleared(sheets: readonly { name: string; id: string }[]): void {
    for (const s of sheets) this.idToName.set(s.id, s.name);
    if (this.hint) this.hint = { ...this.hint, state: new Map() };
  }

  /** Whether a re-check can reuse the last check-all (else it checks the whole workbook). */
  canRecheck(): boolean {
    return this.grids !== null && this.hint !== null;
  }

  /** The grids to check when one sheet was re-read: the others as last read, in tab order. */
  recheckGrids(sheet: Grid): Grid[] {
    const others = (this.grids ?? []).filter((g) => g.name !== sheet.name);
    const order = this.hint?.sheets.map((s) => s.name) ?? [];
    return [...others, sheet].sort((a, b) => {
      const ia = order.indexOf(a.name);
      const ib = order.indexOf(b.name);
      return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib);
    });
  }
}
