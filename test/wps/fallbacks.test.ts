/**
 * What the WPS gateway does where WPS cannot: no custom XML parts, comments refused, MergeCells refused,
 * no workbook, no Application; and the saved state read across hosts (marked in Excel, cleared in WPS and
 * the other way round).
 */
import { createGateway } from '../../src/excel/gateway';
import { createWpsGateway } from '../../src/wps/gateway';
import type { EtApplication } from '../../src/wps/et-types';
import { MERGES_FAILED, NOTES_FAILED, NO_APPLICATION, NO_WORKBOOK, SESSION_STORAGE } from '../../src/wps/notices';
import { NOTE_HEADER, SEVERITY_FILL } from '../../src/host/marks';
import { FakeExcelHost } from '../fake-excel/host';
import { FakeWpsHost, type FakeWpsOptions } from '../fake-wps/host';
import { seedJson, settings } from '../excel/helpers';

const formats = (json: { sheets: { name: string; fills?: unknown; notes?: unknown }[] }) => json.sheets.map((s) => ({ name: s.name, fills: s.fills, notes: s.notes }));

async function wps(options: FakeWpsOptions = {}) {
  const host = new FakeWpsHost(await seedJson(), options);
  return { host, gateway: createWpsGateway(host.Application as unknown as EtApplication, { onError: () => undefined }) };
}

describe('WPS fallbacks', () => {
  it('without custom XML parts: marks and clears in the session, and says the record is not saved', async () => {
    const { host, gateway } = await wps({ customXmlParts: false });
    const before = formats(host.serialize());
    const out = await gateway.checkWorkbook(settings());
    expect(out.marked).toBeGreaterThan(0);
    expect(out.notices).toContain(SESSION_STORAGE);
    expect(gateway.capabilities().storage).toBe('session');
    const cleared = await gateway.clearMarks();
    expect(cleared.restored).toBe(out.marked);
    expect(formats(host.serialize())).toEqual(before);
  });

  it('without custom XML parts: marked from the ribbon’s page, cleared from the pane (PluginStorage is shared)', async () => {
    const { host, gateway } = await wps({ customXmlParts: false });
    const before = formats(host.serialize());
    const out = await gateway.checkWorkbook(settings());
    const pane = createWpsGateway(host.Application as unknown as EtApplication);
    const cleared = await pane.clearMarks();
    expect(cleared.restored).toBe(out.marked);
    expect(formats(host.serialize())).toEqual(before);
    expect([...host.pluginStorage.keys()]).toEqual([]);
  });

  it('comments refused: marks with colour only and says so; the cells keep no comment of ours', async () => {
    const { host, gateway } = await wps({ comments: false });
    const out = await gateway.checkWorkbook(settings());
    expect(out.notices).toContain(NOTES_FAILED);
    expect(out.marked).toBeGreaterThan(0);
    const sheets = host.serialize().sheets;
    expect(sheets.some((s) => Object.values(s.fills ?? {}).some((f) => f.color === SEVERITY_FILL.warning))).toBe(true);
    expect(sheets.every((s) => Object.values(s.notes ?? {}).every((n) => !n.startsWith(NOTE_HEADER)))).toBe(true);
  });

  it('MergeCells refused: still checks, and says the recognition may be incomplete', async () => {
    const { gateway } = await wps({ mergeCells: false });
    const out = await gateway.checkWorkbook(settings());
    expect(out.notices).toContain(MERGES_FAILED);
  });

  it('no workbook open, or no Application at all: a Chinese error saying what to do', async () => {
    const { host, gateway } = await wps();
    host.open = false;
    await expect(gateway.checkWorkbook(settings())).rejects.toThrow(NO_WORKBOOK);
    const none = createWpsGateway(undefined);
    expect(none.capabilities().excelApi17).toBe(false);
    await expect(none.clearMarks()).rejects.toThrow(NO_APPLICATION);
  });
});

describe('the saved state is one format for both hosts', () => {
  it('marked in Excel, saved, opened in WPS: 清除标记 restores the clerk’s own formats', async () => {
    const json = await seedJson();
    const excel = new FakeExcelHost(json);
    const sheet = json.sheets[1].name;
    excel.user.setFill(sheet, 'E12', { color: '#92D050', pattern: 'Solid' });
    excel.user.setNote(sheet, 'E12', '张会计：已核对');
    const own = formats(excel.serialize());
    await createGateway(excel.Excel, excel.Office).checkWorkbook(settings());
    expect(formats(excel.serialize())).not.toEqual(own);

    const inWps = new FakeWpsHost(excel.serialize());
    const out = await createWpsGateway(inWps.Application as unknown as EtApplication).clearMarks();
    expect(out.restored).toBeGreaterThan(0);
    expect(formats(inWps.serialize())).toEqual(own);
    expect(inWps.serialize().customXmlParts).toEqual([]);
  });

  it('marked in WPS, opened in Excel: cleared there too', async () => {
    const json = await seedJson();
    const host = new FakeWpsHost(json);
    const own = formats(host.serialize());
    await createWpsGateway(host.Application as unknown as EtApplication).checkWorkbook(settings());
    const excel = new FakeExcelHost(host.serialize());
    await createGateway(excel.Excel, excel.Office).clearMarks();
    expect(formats(excel.serialize())).toEqual(own);
  });
});
