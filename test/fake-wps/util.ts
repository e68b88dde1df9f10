/** Small pieces both halves of the fake ET Range use. */
import type { MergeArea } from '../../src/core/grid';

export class WpsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WpsError';
  }
}

export function cellsOf(areas: readonly MergeArea[]): { r: number; c: number; a: MergeArea }[] {
  const out: { r: number; c: number; a: MergeArea }[] = [];
  for (const a of areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push({ r, c, a });
  return out;
}

/** All equal → that value; else null (ET's answer for a mixed range). */
export function same<T>(values: T[]): T | null {
  if (!values.length) return null;
  const first = JSON.stringify(values[0]);
  return values.every((v) => JSON.stringify(v) === first) ? values[0] : null;
}
