/**
 * Re-check of one sheet, live re-check on edits (debounced, ignoring our own writes), delayForCellEdit,
 * navigation.
 */
import { createGateway } from '../../src/excel/gateway';
import { SEVERITY_FILL } from '../../src/host/marks';
import type { Finding } from '../../src/core/finding';
import { allFormats, seedHost, settings } from './helpers';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A 指标值 without an operator (value/missing-operator): the clerk fixes it by typing "=" in front. */
function missingOperator(findings: Finding[]): Finding {
  const f = findings.find((x) => x.rule === 'value/missing-operator');
  if (!f) throw new Error('the seed should have value/missing-operator findings');
  return f;
}

describe('recheckSheet', () => {
  it('reads and writes only the edited sheet: one read, one write', async () => {
    const host = await seedHost();
    const gateway = createGateway(host.Excel, host.Office);
    const first = await gateway.checkWorkbook(settings());
    const findings = first.result.sheets.flatMap((s) => s.findings);
    const f = missingOperator(findings);
    const othersBefore = (allFormats(host) as { name: string }[]).filter((s) => s.name !== f.sheet);

    // The clerk types a clean value into the flagged cell.
    host.user.setValue(f.sheet, f.cell, `=${String(host.value(f.sheet, f.cell))}`);
    host.resetCounters();
    const out = await gateway.recheckSheet(f.sheet, settings());

    expect(out.syncs).toBe(2);
    for (const s of host.syncs) {
      expect(s.sheetsRead.every((n) => n === f.sheet)).toBe(true);
      expect(s.sheetsWritten.every((n) => n === f.sheet)).toBe(true);
    }
    expect(host.syncs[0].sheetsRead).toEqual([f.sheet]);
    expect(out.result.sheets.map((s) => s.name)).toEqual([f.sheet]);
    // Fixed: the cell is unmarked, back to its own (no) fill and (no) note; the sheet's other marks stay.
    expect(out.result.sheets[0].findings.filter((x) => x.cell === f.cell)).toEqual([]);
    expect(host.fill(f.sheet, f.cell)).toBeNull();
    expect(host.note(f.sheet, f.cell)).toBeNull();
    for (const g of out.result.sheets[0].findings) expect(host.fill(g.sheet, g.cell)?.color).toBe(SEVERITY_FILL[g.severity]);
    expect(out.marked).toBe(new Set(out.result.sheets[0].findings.map((g) => g.cell)).size);
    // Other sheets: not a cell changed.
    expect((allFormats(host) as { name: string }[]).filter((s) => s.name !== f.sheet)).toEqual(othersBefore);
    expect(host.valueWrites).toBe(0);
  });

  it('uses the other sheets as last read for cross-sheet rules (the summary still sees every table)', async () => {
    const host = await seedHost();
    const gateway = createGateway(host.Excel, host.Office);
    const first = await gateway.checkWorkbook(settings());
    const summary = first.result.sheets.find((s) => s.kind === 'summary');
    if (!summary) throw new Error('the seed has a summary sheet');
    host.resetCounters();
    const out = await gateway.recheckSheet(summary.name, settings());
    // Re-checked alone, the summary would miss every project table; with the last read of the others it
    // finds exactly what the full check found.
    expect(out.result.sheets[0].findings).toEqual(summary.findings);
    expect(host.syncs[0].sheetsRead).toEqual([summary.name]);
    expect(out.syncs).toBe(1); // nothing changed: nothing to write
  });

  it('before any check it checks the whole workbook', async () => {
    const host = await seedHost();
    const gateway = createGateway(host.Excel, host.Office);
    const out = await gateway.recheckSheet(host.sheetNames()[3], settings());
    expect(out.result.sheets).toHaveLength(16);
  });

  it('a sheet that is gone says so in Chinese', async () => {
    const host = await seedHost();
    const gateway = createGateway(host.Excel, host.Office);
    await gateway.checkWorkbook(settings());
    await expect(gateway.recheckSheet('不存在的表', settings())).rejects.toMatchObject({ code: 'ItemNotFound', message: expect.stringContaining('不存在的表') });
  });
});

describe('live re-check (onSheetChanged)', () => {
  it('calls the listener once per changed sheet after the edits settle', async () => {
    const host = await seedHost();
    const gateway = createGateway(host.Excel, host.Office, { debounceMs: 40 });
    const calls: string[] = [];
    const off = gateway.onSheetChanged((s) => calls.push(s));
    await tick(10); // registration is one sync
    expect(host.syncCount).toBe(1);
    const [a, b] = host.sheetNames().slice(1, 3);
    host.user.setValue(a, 'C5', 1);
    await tick(10);
    host.user.setValue(a, 'C6', 2);
    await tick(10);
    host.user.setValue(b, 'C5', 3);
    expect(calls).toEqual([]);
    await tick(80);
    expect(calls.sort()).toEqual([a, b].sort());
    off();
    host.user.setValue(a, 'C7', 4);
    await tick(80);
    expect(calls).toHaveLength(2);
  });

  it('ignores the changes our own marks cause (Excel tells: ThisLocalAddin)', async () => {
    const host = await seedHost(undefined, { eventsForAddinNoteWrites: true });
    const gateway = createGateway(host.Excel, host.Office, { debounceMs: 20 });
    const calls: string[] = [];
    gateway.onSheetChanged((s) => calls.push(s));
    await tick(10);
    await gateway.checkWorkbook(settings());
    await tick(60);
    expect(calls).toEqual([]);
  });

  it('with ExcelApi 1.14 a person editing a cell we just marked is re-checked at once', async () => {
    const host = await seedHost(undefined, { eventsForAddinNoteWrites: true });
    const gateway = createGateway(host.Excel, host.Office, { debounceMs: 20 });
    const calls: string[] = [];
    gateway.onSheetChanged((s) => calls.push(s));
    await tick(10);
    const out = await gateway.checkWorkbook(settings());
    const marked = out.result.sheets.find((s) => s.findings.length > 0 && s.kind === 'target-table')!;
    host.user.setValue(marked.name, marked.findings[0].cell, '≥100%');
    await tick(60);
    expect(calls).toEqual([marked.name]);
  });

  it('ignores them on hosts without triggerSource too (the cells we just wrote)', async () => {
    const host = await seedHost(undefined, { eventsForAddinNoteWrites: true, excelApi: '1.18', unsupported: ['1.14'] });
    const gateway = createGateway(host.Excel, host.Office, { debounceMs: 20 });
    const calls: string[] = [];
    gateway.onSheetChanged((s) => calls.push(s));
    await tick(10);
    const out = await gateway.checkWorkbook(settings());
    expect(out.marked).toBeGreaterThan(0);
    await tick(60);
    expect(calls).toEqual([]);
    // …while a real edit still counts.
    host.user.setValue(host.sheetNames()[1], 'B2', '新值');
    await tick(60);
    expect(calls).toEqual([host.sheetNames()[1]]);
  });

  it('registers one handler per sheet below ExcelApi 1.9', async () => {
    const host = await seedHost(undefined, { excelApi: '1.8' });
    const gateway = createGateway(host.Excel, host.Office, { debounceMs: 20 });
    const calls: string[] = [];
    gateway.onSheetChanged((s) => calls.push(s));
    await tick(20);
    expect(host.syncCount).toBe(2); // names, then the handlers
    host.user.setValue(host.sheetNames()[4], 'A3', 'x');
    await tick(60);
    expect(calls).toEqual([host.sheetNames()[4]]);
  });
});

describe('a person typing in a cell is never interrupted', () => {
  it('every run waits for the edit to end (delayForCellEdit)', async () => {
    const host = await seedHost();
    const gateway = createGateway(host.Excel, host.Office);
    await gateway.checkWorkbook(settings());
    host.user.beginCellEdit();
    // Without the option Excel refuses; the gateway always passes it.
    await expect(host.Excel.run(async () => undefined)).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    let done = false;
    const p = gateway.recheckSheet(host.sheetNames()[1], settings()).then(() => {
      done = true;
    });
    await tick(30);
    expect(done).toBe(false);
    expect(host.syncCount).toBe(2); // nothing reached Excel while the cell was being edited
    host.user.endCellEdit();
    await p;
    expect(done).toBe(true);
  });
});

describe('selectCell', () => {
  it('activates the sheet, then selects the cell, in one sync', async () => {
    const host = await seedHost();
    const gateway = createGateway(host.Excel, host.Office);
    const sheet = host.sheetNames()[7];
    await gateway.selectCell(sheet, 'D12');
    expect(host.syncCount).toBe(1);
    expect(host.log).toEqual([`activate ${sheet}`, `select ${sheet}!D12`]);
    expect(host.activeSheet).toBe(sheet);
    expect(host.selection).toEqual({ sheet, address: 'D12' });
  });
});
