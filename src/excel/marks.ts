/**
 * Marks: which cells get which fill and note, what Jixiao must remember to undo them, and how that memory
 * is written into the workbook (a custom XML part, or document settings). Pure: no Office calls here; the
 * gateway reads the workbook, asks `planSheet` what to write, and writes it.
 *
 * Colours (documented in the README): error #FFC7CE (Excel's own "差 / Bad" cell style fill: unmistakably
 * red, and black text stays readable on it), warning #FFE699 (amber), info #BDD7EE (light blue). Three
 * hues far apart, so the severity reads at a glance and also in grey-scale print (dark → light).
 */
import type { Finding, Severity } from '../core/finding';
import { SEVERITY_LABEL, SEVERITY_RANK } from '../core/finding';
import { fromA1, toA1 } from '../core/grid';

export const SEVERITY_FILL: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFE699',
  info: '#BDD7EE',
};

/** The namespace of our custom XML part, and the document-settings key of the fallback. */
export const MARKS_NAMESPACE = 'urn:jixiao:marks:1';
export const MARKS_SETTING = 'jixiao.marks';

/** Notes we write start with this line, so a person sees where they come from. */
export const NOTE_HEADER = '绩效目标表助手：';
/** Excel allows 32,767 characters in a note; a note longer than a screen helps nobody. */
export const NOTE_MAX = 2000;

/**
 * A cell's own fill, as read before we marked it. `pattern` null: the host could not tell (below
 * ExcelApi 1.9), then a white colour is taken for "no fill".
 */
export interface SavedFill {
  color: string | null;
  pattern: string | null;
  patternColor?: string | null;
}

export const NO_FILL: SavedFill = { color: null, pattern: 'None' };

export function isNoFill(f: SavedFill): boolean {
  if (f.pattern === 'None') return true;
  if (f.pattern === null) return f.color === null || f.color.toUpperCase() === '#FFFFFF';
  return false;
}

/** From Office's RangeFill / getCellProperties reading. */
export function savedFillFrom(fill: { color?: string | null; pattern?: string | null; patternColor?: string | null } | undefined, withPattern: boolean): SavedFill {
  const color = fill?.color ? fill.color.toUpperCase() : null;
  if (!withPattern) return { color, pattern: null };
  const pattern = fill?.pattern ?? 'None';
  if (pattern === 'None') return { ...NO_FILL };
  const out: SavedFill = { color, pattern };
  if (pattern !== 'Solid' && fill?.patternColor) out.patternColor = fill.patternColor.toUpperCase();
  return out;
}

export function sameFill(a: SavedFill, b: SavedFill): boolean {
  if (isNoFill(a) || isNoFill(b)) return isNoFill(a) && isNoFill(b);
  const pa = a.pattern ?? 'Solid';
  const pb = b.pattern ?? 'Solid';
  if (a.pattern !== null && b.pattern !== null && pa !== pb) return false;
  if ((a.color ?? '').toUpperCase() !== (b.color ?? '').toUpperCase()) return false;
  if (pa !== 'Solid' && pb !== 'Solid' && (a.patternColor ?? '') !== (b.patternColor ?? '')) return false;
  return true;
}

/** The fill we put on a cell. */
export function markFill(color: string): SavedFill {
  return { color: color.toUpperCase(), pattern: 'Solid' };
}

/**
 * A short fingerprint of a note's text: enough to tell whether the note is still the one we wrote, without
 * keeping every message twice in the workbook (FNV-1a over UTF-16 units, and the length).
 */
export function noteDigest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${h.toString(16).padStart(8, '0')}-${text.length}`;
}

/** One marked cell as remembered in the workbook. */
export interface MarkEntry {
  /** A1, upper case, no $. */
  cell: string;
  severity: Severity;
  /** The cell's own fill before Jixiao marked it. */
  fill: SavedFill;
  /** The cell's own note before Jixiao wrote one (null: none). Meaningful only when ourNote is set. */
  note: string | null;
  /** The colour Jixiao put there. */
  ourFill: string;
  /** A digest of the note text Jixiao put there (noteDigest); null when it wrote none. */
  ourNote: string | null;
}

export interface SheetMarks {
  /** Excel's worksheet id, to follow a sheet that was renamed. */
  id?: string;
  cells: Map<string, MarkEntry>;
}

/** Everything Jixiao must undo, by sheet name. */
export type MarkState = Map<string, SheetMarks>;

export function emptyState(): MarkState {
  return new Map();
}

export function stateCellCount(state: MarkState): number {
  let n = 0;
  for (const s of state.values()) n += s.cells.size;
  return n;
}

export function cloneState(state: MarkState): MarkState {
  const out: MarkState = new Map();
  for (const [name, s] of state) {
    out.set(name, { id: s.id, cells: new Map([...s.cells].map(([k, e]) => [k, { ...e, fill: { ...e.fill } }])) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// XML

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

function unesc(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

function attrs(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.set(m[1], unesc(m[2] ?? m[3] ?? ''));
  return out;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const SEVERITY_CODE: Record<Severity, string> = { error: 'e', warning: 'w', info: 'i' };

/**
 * The custom XML part's text. Compact, since a big workbook may carry thousands of marks:
 * `<c a="E25" s="e" f="#92D050" p="Solid" h="1a2b3c4d-120" n="own note"/>` — a: cell, s: severity
 * (e/w/i), f/p/pc: the cell's own fill colour, pattern, pattern colour (no f and no p: no fill; p="?":
 * pattern unknown), n: its own note, h: digest of the note we wrote (absent: we wrote none), o: our fill
 * when it is not the severity's colour.
 */
export function stateToXml(state: MarkState): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<marks xmlns="${MARKS_NAMESPACE}" version="1">`];
  for (const [name, sheet] of state) {
    if (sheet.cells.size === 0) continue;
    lines.push(`<sheet name="${esc(name)}"${sheet.id ? ` id="${esc(sheet.id)}"` : ''}>`);
    for (const e of sheet.cells.values()) {
      let a = `<c a="${esc(e.cell)}" s="${SEVERITY_CODE[e.severity]}"`;
      if (e.ourFill.toUpperCase() !== SEVERITY_FILL[e.severity]) a += ` o="${esc(e.ourFill)}"`;
      if (e.fill.color !== null) a += ` f="${esc(e.fill.color)}"`;
      if (e.fill.pattern === null) a += ' p="?"';
      else if (e.fill.pattern !== 'None' || e.fill.color !== null) a += ` p="${esc(e.fill.pattern)}"`;
      if (e.fill.patternColor) a += ` pc="${esc(e.fill.patternColor)}"`;
      if (e.ourNote !== null) {
        a += ` h="${esc(e.ourNote)}"`;
        if (e.note !== null) a += ` n="${esc(e.note)}"`;
      }
      lines.push(`${a}/>`);
    }
    lines.push('</sheet>');
  }
  lines.push('</marks>');
  return lines.join('\n');
}

export class MarkStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MarkStateError';
  }
}

/** Reads our XML back. Unknown attributes are ignored; a cell without an address is skipped. */
export function stateFromXml(xml: string): MarkState {
  const state: MarkState = new Map();
  if (!/<marks[\s>]/.test(xml)) throw new MarkStateError('不是绩效目标表助手的标记记录 (not a Jixiao marks part)');
  const sheetRe = /<sheet\b([^>]*?)(\/>|>([\s\S]*?)<\/sheet>)/g;
  let sm: RegExpExecArray | null;
  while ((sm = sheetRe.exec(xml))) {
    const sa = attrs(sm[1]);
    const name = sa.get('name');
    if (!name) continue;
    const sheet: SheetMarks = { id: sa.get('id'), cells: new Map() };
    const body = sm[3] ?? '';
    const cellRe = /<c\b([^>]*?)\/?>/g;
    let cm: RegExpExecArray | null;
    while ((cm = cellRe.exec(body))) {
      const ca = attrs(cm[1]);
      const cell = normalizeCell(ca.get('a') ?? '');
      if (!cell) continue;
      const code = ca.get('s');
      const severity = SEVERITIES.find((x) => SEVERITY_CODE[x] === code) ?? 'warning';
      const color = ca.get('f') ?? null;
      const p = ca.get('p');
      const fill: SavedFill = { color, pattern: p === '?' ? null : (p ?? (color === null ? 'None' : 'Solid')) };
      if (ca.has('pc')) fill.patternColor = ca.get('pc') ?? null;
      const ourNote = ca.get('h') ?? null;
      sheet.cells.set(cell, {
        cell,
        severity,
        fill,
        note: ourNote !== null ? (ca.get('n') ?? null) : null,
        ourFill: ca.get('o') ?? SEVERITY_FILL[severity],
        ourNote,
      });
    }
    const existing = state.get(name);
    if (existing) for (const [k, v] of sheet.cells) existing.cells.set(k, v);
    else state.set(name, sheet);
  }
  return state;
}

/** Several parts (a workbook assembled from copies): the first one to remember a cell wins. */
export function mergeStates(states: MarkState[]): MarkState {
  const out: MarkState = new Map();
  for (const st of states) {
    for (const [name, s] of st) {
      const t = out.get(name) ?? { id: s.id, cells: new Map<string, MarkEntry>() };
      for (const [k, e] of s.cells) if (!t.cells.has(k)) t.cells.set(k, e);
      out.set(name, t);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Findings → marks

/** "$e$12" → "E12"; null for anything that is not one cell. */
export function normalizeCell(address: string): string | null {
  const ref = fromA1(address.replace(/^.*!/, ''));
  return ref ? toA1(ref) : null;
}

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

function cellOrder(a: string, b: string): number {
  const ra = fromA1(a);
  const rb = fromA1(b);
  if (!ra || !rb) return a.localeCompare(b);
  return ra.row - rb.row || ra.col - rb.col;
}

/** "A1, B2, C3" strings of at most `maxChars` characters each (RangeAreas addresses have a length limit). */
export function addressChunks(cells: readonly string[], maxChars = 2000): string[] {
  const sorted = [...cells].sort(cellOrder);
  const out: string[] = [];
  let cur = '';
  for (const c of sorted) {
    if (cur && cur.length + c.length + 2 > maxChars) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur}, ${c}` : c;
  }
  if (cur) out.push(cur);
  return out;
}
