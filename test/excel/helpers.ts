/** Shared set-up for the gateway tests: the seed workbooks in the fake host, the real core checker. */
import * as path from 'path';
import { readXlsxFile } from '../../src/node/xlsx';
import { checkWorkbook } from '../../src/core/check';
import { BUILTIN_PROFILES } from '../../src/core/profile';
import type { Finding } from '../../src/core/finding';
import type { CheckSettings } from '../../src/host/contract';
import { hostFromXlsx, workbookJsonFromXlsx } from '../fake-excel/from-xlsx';
import { FakeExcelHost, type FakeHostOptions, type FakeWorkbookJson } from '../fake-excel/host';

export const SEEDS = ['pingyin-2024-official.xlsx', 'pingyin-2024-split.xlsx', 'pingyin-2024-pasted.xlsx'] as const;

export const fixture = (name: string): string => path.join(__dirname, '../fixtures', name);

export function settings(writeNotes = true): CheckSettings {
  return { profile: BUILTIN_PROFILES['2024'], writeNotes };
}

const jsonCache = new Map<string, FakeWorkbookJson>();

/** The seed workbook's description (cached; each host gets its own deep copy). */
export async function seedJson(name: string = SEEDS[0]): Promise<FakeWorkbookJson> {
  let json = jsonCache.get(name);
  if (!json) {
    json = await workbookJsonFromXlsx(fixture(name));
    jsonCache.set(name, json);
  }
  return JSON.parse(JSON.stringify(json)) as FakeWorkbookJson;
}

export async function seedHost(name: string = SEEDS[0], options?: FakeHostOptions): Promise<FakeExcelHost> {
  return new FakeExcelHost(await seedJson(name), options);
}

export { hostFromXlsx };

/** What the core finds in the file read by the Node loader: the reference the add-in must reproduce. */
export async function coreFindings(name: string): Promise<Finding[]> {
  const grids = await readXlsxFile(fixture(name));
  return checkWorkbook(grids, { profile: BUILTIN_PROFILES['2024'] }).sheets.flatMap((s) => s.findings);
}

/** Every value of every sheet, as saved. */
export function allValues(host: FakeExcelHost): unknown {
  return host.serialize().sheets.map((s) => ({ name: s.name, rows: s.rows, merges: s.merges }));
}

/** Every fill and note of every sheet. */
export function allFormats(host: FakeExcelHost): unknown {
  return host.serialize().sheets.map((s) => ({ name: s.name, fills: s.fills, notes: s.notes }));
}

export const findingKey = (f: Finding): string => `${f.sheet}!${f.cell} ${f.rule} ${f.severity} ${f.message}`;
