/**
 * What Jixiao must remember to undo its marks, and how that memory is written into the workbook: the text
 * of a custom XML part (namespace `urn:jixiao:marks:1`) in both Excel and WPS, or Excel's document settings
 * as a fallback. Pure: the gateways read and write the part; this module only turns it into text and back.
 */
import type { Severity } from '../core/finding';
import { SEVERITY_FILL, type SavedFill } from './fills';
import { normalizeCell } from './cells';

/** The namespace of our custom XML part, and the document-settings key of the fallback. */
export const MARKS_NAMESPACE = 'urn:jixiao:marks:1';
export const MARKS_SETTING = 'jixiao.marks';

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


/** A part's (or setting's) text as a state; anything unreadable is no state (never an error). */
export function parseStateText(text: unknown): MarkState {
  if (typeof text !== 'string' || !text) return emptyState();
  try {
    return stateFromXml(text);
  } catch {
    return emptyState();
  }
}
