/**
 * Findings → marks: which cells get which fill and note, and the per-sheet plan of writes (restore what is
 * no longer marked, mark what is, leave alone what a person changed since). Pure: no host calls; a gateway
 * reads what it must (`cellsToKnow`), asks `planSheet`, and writes the plan in its host's terms.
 */
import type { Finding, Severity } from '../core/finding';
import { SEVERITY_LABEL, SEVERITY_RANK } from '../core/finding';
import { SEVERITY_FILL, markFill, sameFill, type SavedFill } from './fills';
import { noteDigest, type MarkEntry } from './mark-state';
import { cellOrder, normalizeCell } from './cells';

/** Notes we write start with this line, so a person sees where they come from. */
export const NOTE_HEADER = '绩效目标表助手：';
/** Excel allows 32,767 characters in a note; a note longer than a screen helps nobody. */
export const NOTE_MAX = 2000;

// ---------------------------------------------------------------------------------------------------------
// Findings → marks

/** What one cell gets: the most severe finding's colour, every message in its note. */
export interface CellMark {
  sheet: string;
  cell: string;
  severity: Severity;
  findings: Finding[];
}

export function marksFromFindings(findings: readonly Finding[]): Map<string, Map<string, CellMark>> {
  const out = new Map<string, Map<string, CellMark>>();
  for (const f of findings) {
    const cell = normalizeCell(f.cell);
    if (!cell) continue;
    let sheet = out.get(f.sheet);
    if (!sheet) {
      sheet = new Map();
      out.set(f.sheet, sheet);
    }
    const m = sheet.get(cell);
    if (!m) sheet.set(cell, { sheet: f.sheet, cell, severity: f.severity, findings: [f] });
    else {
      m.findings.push(f);
      if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[m.severity]) m.severity = f.severity;
    }
  }
  for (const sheet of out.values()) {
    for (const m of sheet.values()) m.findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  }
  return out;
}

/** The note on a marked cell: a header line, then one line per finding, most severe first. */
export function noteText(mark: CellMark): string {
  const lines = [NOTE_HEADER];
  const seen = new Set<string>();
  for (const f of mark.findings) {
    const line = `【${SEVERITY_LABEL[f.severity]}】${f.message}`;
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
  }
  const text = lines.join('\n');
  return text.length > NOTE_MAX ? `${text.slice(0, NOTE_MAX - 1)}…` : text;
}

// ---------------------------------------------------------------------------------------------------------
// Planning one sheet's writes

/** What the gateway knows about a cell right now. undefined: not read (the gateway must read it first). */
export interface CellNow {
  fill: SavedFill | undefined;
  note: string | null | undefined;
}

export interface NoteOp {
  cell: string;
  /** add: the cell has no note now; set: replace the content; delete: remove the note. */
  op: 'add' | 'set' | 'delete';
  content?: string;
}

export interface SheetPlan {
  /** Fills to restore, grouped by identical saved fill (key: JSON of the fill). */
  restoreFills: Map<string, { fill: SavedFill; cells: string[] }>;
  /** Our colours to apply, grouped by colour. */
  markFills: Map<string, string[]>;
  /** Marked cells that show a pattern now: set the pattern to Solid too (a colour alone may keep it). */
  solidify: string[];
  notes: NoteOp[];
  /** The sheet's entries after the write. */
  next: Map<string, MarkEntry>;
  /** Cells whose mark was removed (restored or left as the user changed it). */
  cleared: number;
  /** Of those, cells where the user had changed our fill or note, so we left their change. */
  keptUserChanges: number;
  /** Cells marked after the write. */
  marked: number;
}

export interface PlanOptions {
  /** Write notes (the user's setting and the host's support together). */
  writeNotes: boolean;
  /** Whether the host can touch notes at all (ExcelApi 1.18). */
  notesSupported: boolean;
}

/**
 * The cells the gateway must know (fill and, when notes matter, note) before planning: every cell that
 * was or will be marked on this sheet.
 */
export function cellsToKnow(prev: Map<string, MarkEntry> | undefined, marks: Map<string, CellMark> | undefined): string[] {
  const s = new Set<string>();
  for (const k of prev?.keys() ?? []) s.add(k);
  for (const k of marks?.keys() ?? []) s.add(k);
  return [...s];
}

/**
 * Plans one sheet. `now(cell)` must answer for every cell of `cellsToKnow` (fill always; note whenever
 * notes are supported). A mark is "still ours" when the cell shows the fill (or note) we wrote; when a
 * person changed it since, their change is taken as the cell's own: it is not overwritten by a restore,
 * and on a re-mark it becomes the fill (note) to restore later. Never re-remembers our own marks.
 */
export function planSheet(
  prev: Map<string, MarkEntry> | undefined,
  marks: Map<string, CellMark> | undefined,
  now: (cell: string) => CellNow,
  options: PlanOptions,
): SheetPlan {
  const plan: SheetPlan = { restoreFills: new Map(), markFills: new Map(), solidify: [], notes: [], next: new Map(), cleared: 0, keptUserChanges: 0, marked: 0 };
  const restoreFill = (cell: string, fill: SavedFill) => {
    const k = JSON.stringify([fill.color, fill.pattern, fill.patternColor ?? null]);
    const g = plan.restoreFills.get(k) ?? { fill, cells: [] };
    g.cells.push(cell);
    plan.restoreFills.set(k, g);
  };
  const applyColor = (cell: string, color: string) => {
    const list = plan.markFills.get(color) ?? [];
    list.push(cell);
    plan.markFills.set(color, list);
  };
  const restoreNote = (cell: string, original: string | null, present: boolean) => {
    if (original === null) {
      if (present) plan.notes.push({ cell, op: 'delete' });
    } else plan.notes.push({ cell, op: present ? 'set' : 'add', content: original });
  };

  for (const cell of cellsToKnow(prev, marks)) {
    const was = prev?.get(cell);
    const mark = marks?.get(cell);
    const cur = now(cell);
    if (cur.fill === undefined) throw new Error(`planSheet: the fill of ${cell} was not read`);
    const fillIsOurs = was ? sameFill(cur.fill, markFill(was.ourFill)) : false;
    const noteKnown = options.notesSupported && cur.note !== undefined;
    if (options.notesSupported && cur.note === undefined && (was?.ourNote != null || (mark && options.writeNotes))) {
      throw new Error(`planSheet: the note of ${cell} was not read`);
    }
    const notePresent = noteKnown && cur.note !== null;
    const noteIsOurs = was !== undefined && was.ourNote !== null && noteKnown && cur.note !== null && noteDigest(cur.note as string) === was.ourNote;

    if (was && !mark) {
      // Unmark.
      let kept = false;
      if (fillIsOurs) restoreFill(cell, was.fill);
      else kept = true;
      if (was.ourNote !== null && options.notesSupported) {
        if (noteIsOurs) restoreNote(cell, was.note, notePresent);
        else kept = true;
      }
      plan.cleared++;
      if (kept) plan.keptUserChanges++;
      continue;
    }
    if (!mark) continue;

    const color = SEVERITY_FILL[mark.severity];
    const entry: MarkEntry = {
      cell,
      severity: mark.severity,
      fill: was && fillIsOurs ? was.fill : cur.fill,
      note: null,
      ourFill: color,
      ourNote: null,
    };
    if (!(was && fillIsOurs && was.ourFill.toUpperCase() === color.toUpperCase())) {
      applyColor(cell, color);
      if (cur.fill.pattern !== null && cur.fill.pattern !== 'None' && cur.fill.pattern !== 'Solid') plan.solidify.push(cell);
    }

    const wantNote = options.writeNotes && options.notesSupported ? noteText(mark) : null;
    if (wantNote !== null) {
      if (noteIsOurs && was) {
        entry.note = was.note;
        if (was.ourNote !== noteDigest(wantNote)) plan.notes.push({ cell, op: 'set', content: wantNote });
      } else {
        // Our first note here, or the person changed ours: what is there now is the cell's own.
        entry.note = notePresent ? (cur.note as string) : null;
        plan.notes.push({ cell, op: notePresent ? 'set' : 'add', content: wantNote });
      }
      entry.ourNote = noteDigest(wantNote);
    } else if (was && was.ourNote !== null && !options.notesSupported) {
      // A host without notes cannot touch the note we wrote elsewhere: keep remembering it.
      entry.note = was.note;
      entry.ourNote = was.ourNote;
    } else if (was && was.ourNote !== null && noteIsOurs) {
      // Notes switched off: put the cell's own note back.
      restoreNote(cell, was.note, notePresent);
    }
    plan.next.set(cell, entry);
    plan.marked++;
  }
  // Keep the order stable: row, then column.
  plan.next = new Map([...plan.next].sort((a, b) => cellOrder(a[0], b[0])));
  return plan;
}
