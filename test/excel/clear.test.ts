/**
 * 清除标记: every fill and note back exactly as the workbook had them, values untouched — in the same
 * session and after save, close and reopen.
 */
import { createGateway } from '../../src/excel/gateway';
import { SEVERITY_FILL, NOTE_HEADER } from '../../src/host/marks';
import { checkWorkbook } from '../../src/core/check';
import { BUILTIN_PROFILES } from '../../src/core/profile';
import type { Finding } from '../../src/core/finding';
import type { FakeExcelHost } from '../fake-excel/host';
import { SEEDS, allFormats, allValues, seedHost, settings } from './helpers';

/** The findings the core gives on what the host holds (to choose cells to pre-format). */
function findingsOf(host: FakeExcelHost): Finding[] {
  const grids = host.serialize().sheets.map((s) => ({ name: s.name, rows: s.rows ?? [], merges: [] }));
  return checkWorkbook(grids, { profile: BUILTIN_PROFILES['2024'] }).sheets.flatMap((s) => s.findings);
}

/**
 * A clerk's own formatting: a solid fill and a note on flagged cells, a patterned fill on another flagged
 * cell, and fills and notes on cells no rule flags (which must never be touched).
 */
function preformat(host: FakeExcelHost): { flagged: Finding[]; untouched: { sheet: string; cell: string }[] } {
  const findings = findingsOf(host);
  const bySheet = new Map<string, Finding>();
  for (const f of findings) if (!bySheet.has(f.sheet)) bySheet.set(f.sheet, f);
  const flagged = [...bySheet.values()].slice(0, 4);
  expect(flagged.length).toBeGreaterThanOrEqual(3);
  host.user.setFill(flagged[0].sheet, flagged[0].cell, { color: '#92D050', pattern: 'Solid' });
  host.user.setNote(flagged[0].sheet, flagged[0].cell, '财务科：此处金额已与预算科核对。\n——张会计');
  host.user.setFill(flagged[1].sheet, flagged[1].cell, { color: '#FFFF00', pattern: 'Gray25', patternColor: '#FF0000' });
  host.user.setNote(flagged[2].sheet, flagged[2].cell, '待确认 "单位" & <数量>');
  const flaggedCells = new Set(findings.map((f) => `${f.sheet}!${f.cell}`));
  const untouched: { sheet: string; cell: string }[] = [];
  for (const sheet of host.sheetNames().slice(0, 3)) {
    for (const cell of ['A1', 'H30']) {
      if (flaggedCells.has(`${sheet}!${cell}`)) continue;
      host.user.setFill(sheet, cell, { color: '#D9D9D9', pattern: 'Solid' });
      host.user.setNote(sheet, cell, `用户批注 ${sheet}!${cell}`);
      untouched.push({ sheet, cell });
    }
  }
  return { flagged, untouched };
}

describe('清除标记 restores exactly', () => {
  it.each(SEEDS)('%s: fills and notes the clerk had, values untouched', async (seed) => {
    const host = await seedHost(seed);
    const { flagged, untouched } = preformat(host);
    const formats = allFormats(host);
    const values = allValues(host);
    const gateway = createGateway(host.Excel, host.Office);

    const out = await gateway.checkWorkbook(settings());
    // The clerk's notes sit somewhere on sheets we mark: one extra read locates them.
    expect(out.syncs).toBe(3);
    expect(host.syncs[1].sheetsWritten).toEqual([]);
    expect(host.syncs[1].responseBytes).toBeGreaterThan(0);
    // Marked over the clerk's formats; the unflagged cells keep theirs.
    const f0 = flagged[0];
    expect(host.fill(f0.sheet, f0.cell)?.color).toBe(SEVERITY_FILL[f0.severity]);
    expect(host.note(f0.sheet, f0.cell)?.startsWith(NOTE_HEADER)).toBe(true);
    expect(host.fill(flagged[1].sheet, flagged[1].cell)).toEqual({ color: SEVERITY_FILL[flagged[1].severity], pattern: 'Solid' });
    for (const u of untouched) {
      expect(host.fill(u.sheet, u.cell)).toEqual({ color: '#D9D9D9', pattern: 'Solid' });
      expect(host.note(u.sheet, u.cell)).toBe(`用户批注 ${u.sheet}!${u.cell}`);
    }

    host.resetCounters();
    const cleared = await gateway.clearMarks();
    expect(cleared.restored).toBe(out.marked);
    expect(cleared.syncs).toBe(2);
    expect(allFormats(host)).toEqual(formats);
    expect(allValues(host)).toEqual(values);
    expect(host.serialize().customXmlParts).toEqual([]);
    expect(host.valueWrites).toBe(0);
  });

  it('after re-checks: our own colours are never taken for the clerk’s', async () => {
    const host = await seedHost();
    preformat(host);
    const formats = allFormats(host);
    const gateway = createGateway(host.Excel, host.Office);
    await gateway.checkWorkbook(settings());
    await gateway.checkWorkbook(settings());
    await gateway.checkWorkbook(settings(false));
    await gateway.checkWorkbook(settings());
    await gateway.clearMarks();
    expect(allFormats(host)).toEqual(formats);
  });

  it('after save, close and reopen (a new session knows nothing but the workbook)', async () => {
    const host = await seedHost();
    preformat(host);
    const formats = allFormats(host);
    const values = allValues(host);
    const out = await createGateway(host.Excel, host.Office).checkWorkbook(settings());
    expect(out.marked).toBeGreaterThan(0);

    const reopened = host.reopen();
    expect(allFormats(reopened)).not.toEqual(formats);
    const gateway = createGateway(reopened.Excel, reopened.Office);
    const cleared = await gateway.clearMarks();
    expect(cleared.restored).toBe(out.marked);
    // Cold: the state first, then the marked cells, then the restore.
    expect(cleared.syncs).toBe(3);
    expect(allFormats(reopened)).toEqual(formats);
    expect(allValues(reopened)).toEqual(values);
    // And saved again: nothing of ours is left in the file.
    const again = reopened.reopen().serialize();
    expect(again.customXmlParts).toEqual([]);
    expect(again.sheets.map((s) => ({ name: s.name, fills: s.fills, notes: s.notes }))).toEqual(formats);
  });

  it('a mark the clerk changed after the check is left as the clerk made it', async () => {
    const host = await seedHost();
    const formats = allFormats(host);
    const gateway = createGateway(host.Excel, host.Office);
    const out = await gateway.checkWorkbook(settings());
    const [a, b] = out.result.sheets.flatMap((s) => s.findings);
    host.user.setFill(a.sheet, a.cell, { color: '#00B0F0', pattern: 'Solid' });
    host.user.setNote(b.sheet, b.cell, '我已改过这条批注');
    const cleared = await gateway.clearMarks();
    expect(host.fill(a.sheet, a.cell)).toEqual({ color: '#00B0F0', pattern: 'Solid' });
    expect(host.note(b.sheet, b.cell)).toBe('我已改过这条批注');
    expect((cleared.notices ?? []).join('')).toContain('手动修改');
    // Everything else is back.
    const now = allFormats(host) as { name: string; fills: Record<string, unknown>; notes: Record<string, string> }[];
    const expected = JSON.parse(JSON.stringify(formats)) as typeof now;
    expected.find((s) => s.name === a.sheet)!.fills[a.cell] = { color: '#00B0F0', pattern: 'Solid' };
    expected.find((s) => s.name === b.sheet)!.notes[b.cell] = '我已改过这条批注';
    expect(now).toEqual(expected);
  });

  it('a renamed sheet keeps its marks and gets its formats back', async () => {
    const host = await seedHost();
    const gateway = createGateway(host.Excel, host.Office);
    const out = await gateway.checkWorkbook(settings());
    const sheet = out.result.sheets.find((s) => s.findings.length > 0 && s.kind === 'target-table');
    if (!sheet) throw new Error('no flagged table');
    host.user.renameSheet(sheet.name, '改名后的表');
    const reopened = host.reopen();
    await createGateway(reopened.Excel, reopened.Office).clearMarks();
    expect(Object.keys(reopened.serialize().sheets.find((s) => s.name === '改名后的表')?.fills ?? {})).toEqual([]);
    expect(Object.keys(reopened.serialize().sheets.find((s) => s.name === '改名后的表')?.notes ?? {})).toEqual([]);
  });

  it('nothing marked: one read, no write', async () => {
    const host = await seedHost();
    const cleared = await createGateway(host.Excel, host.Office).clearMarks();
    expect(cleared).toMatchObject({ restored: 0, syncs: 1 });
    expect(host.syncs[0].sheetsWritten).toEqual([]);
  });
});
