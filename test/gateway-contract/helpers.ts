/** Document views and seed workbooks for the contract tests (host-neutral: both fakes share the document). */
import type { Finding } from '../../src/core/finding';
import { checkWorkbook } from '../../src/core/check';
import { BUILTIN_PROFILES } from '../../src/core/profile';
import { key, type FakeFill, type FakeWorkbookJson } from '../fake-excel/workbook';
import { parseRange } from '../../src/core/grid';
import type { HostUnderTest } from './hosts';

export { SEEDS, coreFindings, findingKey, seedJson, settings } from '../excel/helpers';

export function allValues(h: HostUnderTest): unknown {
  return h.serialize().sheets.map((s) => ({ name: s.name, rows: s.rows, merges: s.merges, formulas: s.formulas }));
}

export function allFormats(h: HostUnderTest): unknown {
  return h.serialize().sheets.map((s) => ({ name: s.name, fills: s.fills, notes: s.notes }));
}

export function fillAt(h: HostUnderTest, sheet: string, cell: string): FakeFill | null {
  const a = parseRange(cell);
  const s = h.workbook().sheetByName(sheet);
  if (!a || !s) throw new Error(`no ${sheet}!${cell}`);
  const f = s.fills.get(key(a.top, a.left));
  return f ? { ...f } : null;
}

export function noteAt(h: HostUnderTest, sheet: string, cell: string): string | null {
  const a = parseRange(cell);
  const s = h.workbook().sheetByName(sheet);
  if (!a || !s) throw new Error(`no ${sheet}!${cell}`);
  return s.notes.get(key(a.top, a.left)) ?? null;
}

/** The core's findings on what the document holds now. */
export function findingsOf(json: FakeWorkbookJson): Finding[] {
  const grids = json.sheets.map((s) => ({ name: s.name, rows: s.rows ?? [], merges: (s.merges ?? []).map((m) => parseRange(m)!) }));
  return checkWorkbook(grids, { profile: BUILTIN_PROFILES['2024'] }).sheets.flatMap((s) => s.findings);
}
