/**
 * The add-in's round trips to Excel: context.sync calls and request/response payload of 检查 (check-all),
 * 重新检查 one sheet, 清除标记 — the real gateway against the fake Excel host holding each seed workbook,
 * on a current host (ExcelApi 1.18) and on the fallbacks. Figures only; the tests assert the counts.
 */
import * as path from 'path';
import { createGateway, type GatewayOptions } from '../src/excel/gateway';
import { BUILTIN_PROFILES } from '../src/core/profile';
import { workbookJsonFromXlsx } from '../test/fake-excel/from-xlsx';
import { FakeExcelHost, type FakeHostOptions, type FakeWorkbookJson } from '../test/fake-excel/host';
import { row } from './support/measure';

export const title = 'Excel 往返次数 (syncs and payload of check-all, re-check, clear; fake host)';

const SEEDS = ['pingyin-2024-official.xlsx', 'pingyin-2024-split.xlsx', 'pingyin-2024-pasted.xlsx'];
const settings = { profile: BUILTIN_PROFILES['2024'], writeNotes: true };

function kb(n: number): string {
  return `${(n / 1024).toFixed(1)} KB`;
}

function figures(host: FakeExcelHost, from: number): string {
  const s = host.syncs.slice(from);
  const req = s.reduce((n, x) => n + x.requestBytes, 0);
  const res = s.reduce((n, x) => n + x.responseBytes, 0);
  return `${s.length} sync${s.length === 1 ? '' : 's'}  (request ${kb(req)}, response ${kb(res)})`;
}

async function scenario(label: string, json: FakeWorkbookJson, options?: FakeHostOptions, gatewayOptions?: GatewayOptions): Promise<void> {
  const host = new FakeExcelHost(JSON.parse(JSON.stringify(json)) as FakeWorkbookJson, options);
  const gateway = createGateway(host.Excel, host.Office, gatewayOptions);
  let at = host.syncs.length;
  const out = await gateway.checkWorkbook(settings);
  row(`${label}  check-all`, figures(host, at), `${out.marked} cells marked`);
  const f = out.result.sheets.flatMap((s) => s.findings).find((x) => x.rule === 'value/missing-operator') ?? out.result.sheets.flatMap((s) => s.findings)[0];
  if (f) {
    host.user.setValue(f.sheet, f.cell, `=${String(host.value(f.sheet, f.cell))}`);
    at = host.syncs.length;
    await gateway.recheckSheet(f.sheet, settings);
    row(`${label}  re-check one sheet`, figures(host, at));
  }
  at = host.syncs.length;
  await gateway.clearMarks();
  row(`${label}  clear (same session)`, figures(host, at));
  await createGateway(host.Excel, host.Office, gatewayOptions).checkWorkbook(settings);
  const reopened = host.reopen();
  const cold = createGateway(reopened.Excel, reopened.Office, gatewayOptions);
  await cold.clearMarks();
  row(`${label}  clear (after reopen)`, figures(reopened, 0));
}

export async function run(): Promise<void> {
  for (const seed of SEEDS) {
    const json = await workbookJsonFromXlsx(path.join(__dirname, '..', 'test', 'fixtures', seed));
    await scenario(seed.replace(/^pingyin-2024-|\.xlsx$/g, ''), json);
  }
  const json = await workbookJsonFromXlsx(path.join(__dirname, '..', 'test', 'fixtures', SEEDS[0]));
  await scenario('official, ExcelApi 1.8 (no RangeAreas)', json, { excelApi: '1.8' });
  await scenario('official, ExcelApi 1.17 (no notes)', json, { excelApi: '1.17' });
  await scenario('official, strict host (names first)', json, { nullPropagation: false });
  await scenario('official, 60 KB payload limit', json, { payloadLimit: 60_000 }, { payloadBudget: 40_000 });
}
