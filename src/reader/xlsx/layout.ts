/**
 * What the playground shows beside the values, read from the same package: each cell's own pattern fill
 * (styles.xml fills through the cell's style), the notes (the sheet's comments part) and the column widths
 * and row heights. Colours stay as the file writes them (rgb, or theme + tint, or a palette index).
 */
import type { XmlHandlers } from '../xml';

/** A colour as the file writes it (exceljs's Color shape). */
export interface FileColor {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

export interface FileFill {
  pattern: string;
  fgColor?: FileColor;
  bgColor?: FileColor;
}

export interface StyleFills {
  /** fills[i]: the i-th <fill> of styles.xml (null for gradients and empty ones). */
  fills: (FileFill | null)[];
  /** The fillId of each cell style (cellXfs order). */
  xfFills: number[];
}

export interface SheetLayout {
  /** A1 address → the cell's pattern fill (none when the style has no pattern). */
  fills: Record<string, FileFill>;
  /** A1 address → the note's text. */
  notes: Record<string, string>;
  /** Characters, by 0-based column. */
  colWidths: (number | undefined)[];
  /** Points, by 0-based row. */
  rowHeights: (number | undefined)[];
}

function colorOf(attrs: Record<string, string>): FileColor {
  if (attrs.rgb) return { argb: attrs.rgb };
  if (attrs.theme !== undefined) return attrs.tint !== undefined ? { theme: Number(attrs.theme), tint: parseFloat(attrs.tint) } : { theme: Number(attrs.theme) };
  if (attrs.indexed !== undefined) return { indexed: Number(attrs.indexed) };
  return {};
}

/** styles.xml's fills and the fillId of each cell style. */
export function fillHandlers(out: StyleFills): XmlHandlers {
  let inFills = false;
  let inCellXfs = false;
  let current: FileFill | null = null;
  return {
    open(name, attrs) {
      if (name === 'fills') inFills = true;
      else if (name === 'cellXfs') inCellXfs = true;
      else if (inFills && name === 'fill') current = null;
      else if (inFills && name === 'patternFill') current = { pattern: attrs.patternType ?? 'none' };
      else if (inFills && current && name === 'fgColor') current.fgColor = colorOf(attrs);
      else if (inFills && current && name === 'bgColor') current.bgColor = colorOf(attrs);
      else if (inCellXfs && name === 'xf') out.xfFills.push(Number(attrs.fillId ?? 0));
    },
    close(name) {
      if (name === 'fills') inFills = false;
      else if (name === 'cellXfs') inCellXfs = false;
      else if (inFills && name === 'fill') out.fills.push(current);
    },
    text() {},
  };
}

/** A comments part: ref → the text of all its runs (phonetic runs aside). */
export function commentHandlers(out: Record<string, string>): XmlHandlers {
  let ref: string | null = null;
  let text = '';
  let inT = false;
  let phonetic = 0;
  return {
    open(name, attrs) {
      if (name === 'comment') {
        ref = attrs.ref ?? null;
        text = '';
      } else if (name === 'rPh') phonetic++;
      else if (name === 't' && ref !== null && phonetic === 0) inT = true;
    },
    close(name) {
      if (name === 'comment') {
        if (ref !== null && text !== '') out[ref] = text;
        ref = null;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inT = false;
    },
    text(t) {
      if (inT) text += t;
    },
  };
}

/** Runs two handler sets over the same part. */
export function bothHandlers(a: XmlHandlers, b: XmlHandlers): XmlHandlers {
  return {
    open(name, attrs) {
      a.open(name, attrs);
      b.open(name, attrs);
    },
    close(name) {
      a.close(name);
      b.close(name);
    },
    text(t) {
      a.text(t);
      b.text(t);
    },
  };
}
