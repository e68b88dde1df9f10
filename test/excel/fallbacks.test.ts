/**
 * Older or stricter hosts: the gateway degrades with a Chinese notice and still restores exactly.
 * The fake host removes the members above its requirement sets (calling one throws ApiNotFound), so a
 * passing test also proves the gateway never called them.
 */
import { createGateway } from '../../src/excel/gateway';
import { MARKS_SETTING, SEVERITY_FILL } from '../../src/host/marks';
import { EXCEL_TOO_OLD, MERGES_UNSUPPORTED, NOTES_UNSUPPORTED, SETTINGS_STORAGE, capabilityNotices } from '../../src/excel/notices';
import type { FakeExcelHost } from '../fake-excel/host';
import { allFormats, allValues, coreFindings, findingKey, seedHost, settings } from './helpers';

function userFormats(host: FakeExcelHost): void {
  const [a, b] = host.sheetNames().slice(1, 3);
  host.user.setFill(a, 'A1', { color: '#C6EFCE', pattern: 'Solid' });
  host.user.setFill(b, 'B6', { color: '#FFEB9C', pattern: 'Solid' });
}

describe('requirement-set fallbacks', () => {
  it('no ExcelApi 1.9: one range per cell (no RangeAreas, no getCellProperties), one more read for the fills', async () => {
    const host = await seedHost(undefined, { excelApi: '1.8' });
    userFormats(host);
    const formats = allFormats(host);
    const gateway = createGateway(host.Excel, host.Office);
    expect(gateway.capabilities()).toMatchObject({ excelApi17: true, rangeAreas: false, notes: false });
    const out = await gateway.checkWorkbook(settings());
    expect(out.syncs).toBe(3);
    expect(out.marked).toBeGreaterThan(0);
    const f = out.result.sheets.flatMap((s) => s.findings)[0];
    expect(host.fill(f.sheet, f.cell)?.color).toBe(SEVERITY_FILL[f.severity]);
    const cleared = await gateway.clearMarks();
    expect(cleared.restored).toBe(out.marked);
    expect(allFormats(host)).toEqual(formats);
  });

  it('no ExcelApi 1.18: no notes, and a notice that the pane carries the text', async () => {
    const host = await seedHost(undefined, { excelApi: '1.17' });
    const formats = allFormats(host);
    const gateway = createGateway(host.Excel, host.Office);
    expect(gateway.capabilities().notes).toBe(false);
    const out = await gateway.checkWorkbook(settings(true));
    expect(out.notices).toContain(NOTES_UNSUPPORTED);
    expect(out.notices.join('')).toContain('此版本 Excel 不支持批注，问题说明请见任务窗格');
    expect(out.syncs).toBe(2);
    expect(host.serialize().sheets.every((s) => Object.keys(s.notes ?? {}).length === 0)).toBe(true);
    expect(out.marked).toBeGreaterThan(0);
    await gateway.clearMarks();
    expect(allFormats(host)).toEqual(formats);
  });

  it('no custom XML parts: the state goes to document settings, saved with the file', async () => {
    const host = await seedHost(undefined, { unsupported: ['1.5'] });
    userFormats(host);
    const formats = allFormats(host);
    const gateway = createGateway(host.Excel, host.Office);
    expect(gateway.capabilities().storage).toBe('settings');
    const out = await gateway.checkWorkbook(settings());
    expect(out.notices).toContain(SETTINGS_STORAGE);
    expect(host.serialize().customXmlParts).toEqual([]);
    expect(String(host.serialize().settings?.[MARKS_SETTING] ?? '')).toContain('<marks');
    expect(host.settingsSaves).toBe(1);

    const reopened = host.reopen();
    await createGateway(reopened.Excel, reopened.Office).clearMarks();
    expect(allFormats(reopened)).toEqual(formats);
    expect(reopened.serialize().settings?.[MARKS_SETTING]).toBeUndefined();
  });

  it('no ExcelApi 1.13: no merged areas, a notice; the check still runs', async () => {
    const host = await seedHost(undefined, { excelApi: '1.12' });
    const out = await createGateway(host.Excel, host.Office).checkWorkbook(settings());
    expect(out.notices).toContain(MERGES_UNSUPPORTED);
    expect(out.result.sheets).toHaveLength(16);
  });

  it('below ExcelApi 1.7: says Office 2019 / Microsoft 365 / web are needed (not Excel 2016), nothing reaches Excel', async () => {
    const host = await seedHost(undefined, { excelApi: '1.6' });
    const gateway = createGateway(host.Excel, host.Office);
    expect(gateway.capabilities().excelApi17).toBe(false);
    expect(capabilityNotices(gateway.capabilities())).toEqual([EXCEL_TOO_OLD]);
    expect(EXCEL_TOO_OLD).toMatch(/ExcelApi 1\.7.*Microsoft 365、Office 2019 及以上版本或 Excel 网页版.*Excel 2016 不能使用/);
    await expect(gateway.checkWorkbook(settings())).rejects.toMatchObject({ code: 'ApiNotFound', message: EXCEL_TOO_OLD });
    await expect(gateway.clearMarks()).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(host.syncCount).toBe(0);
  });

  it('a host that refuses calls on null objects: names first, same findings, exact restore', async () => {
    const host = await seedHost(undefined, { nullPropagation: false });
    userFormats(host);
    const formats = allFormats(host);
    const values = allValues(host);
    const gateway = createGateway(host.Excel, host.Office);
    const out = await gateway.checkWorkbook(settings());
    const found = out.result.sheets.flatMap((s) => s.findings).map(findingKey).sort();
    expect(found).toEqual((await coreFindings('pingyin-2024-official.xlsx')).map(findingKey).sort());
    // The refused walk (1), names (1), shape (1), cells (1), write (1).
    expect(out.syncs).toBe(5);
    expect(host.syncs.filter((s) => s.failed)).toHaveLength(1);
    host.resetCounters();
    // From now on strict from the start: no refused sync any more.
    const again = await gateway.checkWorkbook(settings());
    expect(host.syncs.filter((s) => s.failed)).toHaveLength(0);
    expect(again.syncs).toBe(3);
    const sheet = out.result.sheets.find((s) => s.findings.length)?.name ?? '';
    const re = await gateway.recheckSheet(sheet, settings());
    expect(re.result.sheets[0].name).toBe(sheet);
    await gateway.clearMarks();
    expect(host.syncs.filter((s) => s.failed)).toHaveLength(0);
    expect(allFormats(host)).toEqual(formats);
    expect(allValues(host)).toEqual(values);
  });

  it('capability notices for the pane', () => {
    expect(capabilityNotices({ excelApi17: true, rangeAreas: true, notes: true, storage: 'customXmlParts' })).toEqual([]);
    expect(capabilityNotices({ excelApi17: true, rangeAreas: true, notes: false, storage: 'settings' })).toEqual([NOTES_UNSUPPORTED, SETTINGS_STORAGE]);
  });
});
