/**
 * The WPS gateway's cross-process calls (every ET property read, write and method call crosses into the
 * WPS process): check-all, re-check one sheet, 清除标记 in the same session and after reopening — the
 * real gateway against the fake ET host holding each seed workbook. Figures only.
 */
import * as path from 'path';
import { BUILTIN_PROFILES } from '../src/core/profile';
import { createWpsGateway } from '../src/wps/gateway';
import type { EtApplication } from '../src/wps/et-types';
import { workbookJsonFromXlsx } from '../test/fake-excel/from-xlsx';
import { FakeWpsHost } from '../test/fake-wps/host';
import { row } from './support/measure';

export const title = 'WPS 跨进程调用次数 (ET calls of check-all, re-check, clear; fake host)';

const SEEDS = ['pingyin-2024-official.xlsx', 'pingyin-2024-split.xlsx', 'pingyin-2024-pasted.xlsx'];
const settings = { profile: BUILTIN_PROFILES['2024'], writeNotes: true };

export async function run(): Promise<void> {
  for (const seed of SEEDS) {
    const json = await workbookJsonFromXlsx(path.join(__dirname, '..', 'test', 'fixtures', seed));
    const label = seed.replace(/^pingyin-2024-|\.xlsx$/g, '');
    const host = new FakeWpsHost(json);
    const gateway = createWpsGateway(host.Application as unknown as EtApplication);
    const cells = json.sheets.reduce((n, s) => n + (s.rows ?? []).reduce((m, r) => m + (r?.length ?? 0), 0), 0);
    const merges = json.sheets.reduce((n, s) => n + (s.merges ?? []).length, 0);
    host.resetCounters();
    const out = await gateway.checkWorkbook(settings);
    row(`${label}  check-all`, `${host.calls} calls`, `${json.sheets.length} sheets, ${cells} cells, ${merges} merged areas, ${out.marked} cells marked`);
    const f = out.result.sheets.flatMap((s) => s.findings)[0];
    if (f) {
      host.user.setValue(f.sheet, 'H40', '备注');
      host.resetCounters();
      await gateway.recheckSheet(f.sheet, settings);
      row(`${label}  re-check one sheet`, `${host.calls} calls`);
    }
    host.resetCounters();
    await gateway.clearMarks();
    row(`${label}  clear (same session)`, `${host.calls} calls`);
    await gateway.checkWorkbook(settings);
    const reopened = host.reopen();
    reopened.resetCounters();
    await createWpsGateway(reopened.Application as unknown as EtApplication).clearMarks();
    row(`${label}  clear (after reopen)`, `${reopened.calls} calls`);
  }
}
