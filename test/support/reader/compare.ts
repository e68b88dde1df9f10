/**
 * Grids in a comparable shape: rows without trailing empty cells or trailing empty rows, merges sorted
 * as A1 ranges. Used to compare the streaming reader with the exceljs oracle.
 */
import { isUncalculated, rangeToA1, type CellValue, type Grid } from '../../../src/core/grid';

export interface ComparableGrid {
  name: string;
  hidden: boolean;
  rows: CellValue[][];
  merges: string[];
}

export function comparable(g: Grid): ComparableGrid {
  const rows = g.rows.map((r) => {
    const out = (r ?? []).map((v) => (v === undefined ? null : v));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return { name: g.name, hidden: g.hidden === true, rows, merges: (g.merges ?? []).map(rangeToA1).sort() };
}

/**
 * exceljs reads a formula's cached result that is falsy (0, FALSE, an empty string) as no result at all:
 * the oracle's {formula, uncalculated} against the reader's falsy value is that known exceljs defect.
 */
function exceljsLostFalsyResult(ours: CellValue | undefined, theirs: CellValue | undefined): boolean {
  return (ours === 0 || ours === false || ours === '') && isUncalculated(theirs);
}

/** The first difference between the reader's grids and the oracle's, as a short text, or null when equal. */
export function firstDifference(ours: Grid[], theirs: Grid[]): string | null {
  if (ours.length !== theirs.length) return `sheet count ${ours.length} ≠ ${theirs.length} (${ours.map((g) => g.name)} / ${theirs.map((g) => g.name)})`;
  for (let i = 0; i < ours.length; i++) {
    const a = comparable(ours[i]);
    const b = comparable(theirs[i]);
    if (a.name !== b.name) return `sheet ${i}: name ${a.name} ≠ ${b.name}`;
    if (a.hidden !== b.hidden) return `sheet ${a.name}: hidden ${a.hidden} ≠ ${b.hidden}`;
    if (a.merges.join() !== b.merges.join()) return `sheet ${a.name}: merges ${a.merges.join()} ≠ ${b.merges.join()}`;
    const n = Math.max(a.rows.length, b.rows.length);
    for (let r = 0; r < n; r++) {
      const x = a.rows[r] ?? [];
      const y = b.rows[r] ?? [];
      const w = Math.max(x.length, y.length);
      for (let c = 0; c < w; c++) {
        const p = JSON.stringify(x[c] ?? null);
        const q = JSON.stringify(y[c] ?? null);
        if (p !== q && !exceljsLostFalsyResult(x[c], y[c])) return `sheet ${a.name} row ${r + 1} col ${c + 1}: ${p} ≠ ${q}`;
      }
    }
  }
  return null;
}
