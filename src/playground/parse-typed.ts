import type { CellValue } from '../core/grid';

/** Text typed into a playground grid cell → the value Excel would store (number, boolean, text, or empty). */
export function parseTyped(text: string): CellValue {
  const t = text.trim();
  if (t === '') return null;
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return Number(t);
  if (/^(TRUE|FALSE)$/i.test(t)) return t.toUpperCase() === 'TRUE';
  return text;
}
