/**
 * What a gateway knows about a sheet after reading it, in host-neutral terms, and what one operation
 * hands the next (the hint): the gateways fill these in from their host's reads; the planner
 * (./mark-plan.ts) asks them about single cells.
 */
import type { Grid } from '../core/grid';
import type { SavedFill } from './fills';
import type { MarkState } from './mark-state';

/** What we know about the fills of one sheet. `complete`: every cell's fill is known (absent = none). */
export interface FillKnowledge {
  complete: boolean;
  fills: Map<string, SavedFill>;
}

/** What we know about the notes (comments) of one sheet. */
export interface NoteKnowledge {
  /** How many notes the sheet has. */
  count: number;
  /** Cells whose note we know: its text, or null for none. */
  known: Map<string, string | null>;
}

/** A note's text: known text, null (no note), or undefined (not known: the gateway must look). */
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

/** One sheet as read for a check (hosts extend it with their own handles). */
export interface SheetKnowledge {
  name: string;
  /** The host's stable sheet id (Excel's worksheet id; WPS: its CodeName or a generated one). */
  id: string;
  /** Tab position. */
  index: number;
  grid: Grid;
  fills: FillKnowledge;
  notes: NoteKnowledge | null;
  /** Estimated bytes of this sheet's cells, for the next read's plan (0 where the host has no limit). */
  bytes: number;
}

/** What the last read learnt, to plan the next one. */
export interface ReadHint {
  sheets: { name: string; id: string; bytes: number }[];
  /** The state as last written: where our notes are. */
  state: MarkState | null;
}

/** The hint for the next read. */
export function hintFrom(sheets: readonly SheetKnowledge[], state: MarkState | null): ReadHint {
  return { sheets: sheets.map((s) => ({ name: s.name, id: s.id, bytes: s.bytes })), state };
}

/** Cells of this sheet where, by the hint, our notes are: read them directly. */
export function hintCellsFor(hint: ReadHint | null, name: string | undefined): string[] {
  if (!hint?.state || name === undefined) return [];
  const s = hint.state.get(name);
  if (!s) return [];
  return [...s.cells.values()].filter((e) => e.ourNote !== null).map((e) => e.cell);
}
