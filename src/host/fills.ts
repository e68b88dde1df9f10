/**
 * The fills Jixiao puts on cells and the fills it must give back, in host-neutral terms: a colour as
 * "#RRGGBB" and a pattern by its Office name ("None", "Solid", "Gray50"…). Each gateway converts its host's
 * form (Office.js strings; WPS's BGR integers and XlPattern numbers) to and from these.
 *
 * Colours (documented in the README): error #FFC7CE (Excel's own "差 / Bad" cell style fill: unmistakably
 * red, and black text stays readable on it), warning #FFE699 (amber), info #BDD7EE (light blue). Three
 * hues far apart, so the severity reads at a glance and also in grey-scale print (dark → light).
 */
import type { Severity } from '../core/finding';

export const SEVERITY_FILL: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFE699',
  info: '#BDD7EE',
};

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

