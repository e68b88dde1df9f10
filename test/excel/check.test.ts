/**
 * The real gateway against the fake Excel host holding the seed workbooks, checked by the real core.
 */
import { createGateway } from '../../src/excel/gateway';
import { SEVERITY_FILL, MARKS_NAMESPACE, NOTE_HEADER, marksFromFindings } from '../../src/host/marks';
import { SEVERITY_RANK, type Severity } from '../../src/core/finding';
import { checkWorkbook } from '../../src/core/check';
import { FakeExcelHost, type FakeWorkbookJson } from '../fake-excel/host';
import { SEEDS, allFormats, allValues, coreFindings, findingKey, seedHost, seedJson, settings } from './helpers';

describe('check-all on the seed workbooks', () => {
  it.each(SEEDS)('%s: one read sync and one write sync, the same findings as the core on the file', async (seed) => {
    const host = await seedHost(seed);
    const values = allValues(host);
    const gateway = createGateway(host.Excel, host.Office);
    const out = await gateway.checkWorkbook(settings());

    expect(host.sheetNames()).toHaveLength(16);
    expect(out.syncs).toBe(2);
    expect(host.syncCount).toBe(2);
    const [read, write] = host.syncs;
    expect(read.sheetsRead).toHaveLength(16);
    expect(read.sheetsWritten).toEqual([]);
    expect(write.responseBytes).toBe(0);
    expect(write.sheetsRead).toEqual([]);

    // What Excel hands the add-in gives the same findings as the file read in Node.
    const found = out.result.sheets.flatMap((s) => s.findings).map(findingKey).sort();
    const reference = (await coreFindings(seed)).map(findingKey).sort();
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(reference);

    // Each flagged cell: the most severe finding's colour, a note with every message; nothing else marked.
    const marks = marksFromFindings(out.result.sheets.flatMap((s) => s.findings));
    let cells = 0;
    for (const [sheet, byCell] of marks) {
      for (const [cell, m] of byCell) {
        cells++;
        const worst = [...m.findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0].severity;
        expect(host.fill(sheet, cell)).toEqual({ color: SEVERITY_FILL[worst], pattern: 'Solid' });
        const note = host.note(sheet, cell) ?? '';
        expect(note.startsWith(NOTE_HEADER)).toBe(true);
        for (const f of m.findings) expect(note).toContain(f.message);
      }
    }
    expect(out.marked).toBe(cells);
    const filled = host.serialize().sheets.reduce((n, s) => n + Object.keys(s.fills ?? {}).length, 0);
    expect(filled).toBe(cells);

    // A check never writes a value.
    expect(host.valueWrites).toBe(0);
    expect(allValues(host)).toEqual(values);
  });

  it('puts the most severe colour on a cell several findings share, and every message in its note', async () => {
    // The seed has no cell with two findings; add one of another severity next to two real ones.
    const host = await seedHost();
    let otherSeverity: Severity = 'info';
    const check = (grids: Parameters<typeof checkWorkbook>[0], options: Parameters<typeof checkWorkbook>[1]) => {
      const r = checkWorkbook(grids, options);
      const all = r.sheets.flatMap((x) => x.findings);
      // A warning cell gets an extra error (→ red); another real finding's cell an extra info (→ unchanged).
      const warn = all.find((f) => f.severity === 'warning');
      const other = all.find((f) => f !== warn && f.cell !== warn?.cell);
      if (!warn || !other) throw new Error('the seed should have warnings');
      otherSeverity = other.severity;
      const extra = [
        { ...other, rule: 'test/info', severity: 'info' as const, message: '附加提示' },
        { ...warn, rule: 'test/error', severity: 'error' as const, message: '附加错误' },
      ];
      return { ...r, sheets: r.sheets.map((x) => ({ ...x, findings: [...x.findings, ...extra.filter((f) => f.sheet === x.name)] })) };
    };
    const gateway = createGateway(host.Excel, host.Office, { check });
    const out = await gateway.checkWorkbook(settings());
    const all = out.result.sheets.flatMap((x) => x.findings);
    const info = all.find((f) => f.rule === 'test/info');
    const error = all.find((f) => f.rule === 'test/error');
    if (!info || !error) throw new Error('injected findings missing');
    expect(host.fill(info.sheet, info.cell)?.color).toBe(SEVERITY_FILL[otherSeverity]);
    expect(host.fill(error.sheet, error.cell)?.color).toBe(SEVERITY_FILL.error);
    const note = host.note(error.sheet, error.cell) ?? '';
    // Most severe first: the injected error, then the real warning.
    expect(note.indexOf('附加错误')).toBeGreaterThan(0);
    expect(note.indexOf('附加错误')).toBeLessThan(note.indexOf('【警告】'));
    expect(host.note(info.sheet, info.cell)).toContain('【提示】附加提示');
  });

  it('keeps the state in one custom XML part of our namespace', async () => {
    const host = await seedHost();
    const gateway = createGateway(host.Excel, host.Office);
    await gateway.checkWorkbook(settings());
    const parts = host.serialize().customXmlParts ?? [];
    expect(parts).toHaveLength(1);
    expect(parts[0].xml).toContain(`xmlns="${MARKS_NAMESPACE}"`);
  });

  it('without notes wanted: fills only, and no notes anywhere', async () => {
    const host = await seedHost();
    const gateway = createGateway(host.Excel, host.Office);
    const out = await gateway.checkWorkbook(settings(false));
    expect(out.marked).toBeGreaterThan(0);
    expect(host.serialize().sheets.every((s) => Object.keys(s.notes ?? {}).length === 0)).toBe(true);
    expect(out.syncs).toBe(2);
  });
});

describe('sync count does not grow with the number of sheets', () => {
  async function withSheets(n: number): Promise<FakeWorkbookJson> {
    const seed = await seedJson();
    const tables = seed.sheets.slice(1);
    const sheets = [seed.sheets[0]];
    for (let i = 0; sheets.length < n; i++) {
      const t = tables[i % tables.length];
      sheets.push({ ...JSON.parse(JSON.stringify(t)), name: `${t.name}-${Math.floor(i / tables.length) + 1}`, id: undefined });
    }
    return { sheets };
  }

  it.each([2, 16, 40, 63])('%i sheets: 2 syncs', async (n) => {
    const host = new FakeExcelHost(await withSheets(n));
    const out = await createGateway(host.Excel, host.Office).checkWorkbook(settings());
    expect(host.sheetNames()).toHaveLength(n);
    expect(out.syncs).toBe(2);
    expect(host.syncs[0].sheetsRead).toHaveLength(n);
  });

  it('past the first walk (64 sheets) it walks on, twice as far: 3 syncs for 100 sheets, then one read once the count is known', async () => {
    const host = new FakeExcelHost(await withSheets(100));
    const gateway = createGateway(host.Excel, host.Office);
    const first = await gateway.checkWorkbook(settings());
    expect(first.syncs).toBe(3);
    expect(first.result.sheets).toHaveLength(100);
    host.resetCounters();
    const again = await gateway.checkWorkbook(settings());
    // Nothing changed, so nothing to write: one read sync, of all 100 sheets.
    expect(again.syncs).toBe(1);
    expect(host.syncs[0].sheetsRead).toHaveLength(100);
  });
});

describe('re-checking replaces marks, never stacks them', () => {
  it('a second check with nothing changed reads once and writes nothing', async () => {
    const host = await seedHost();
    const gateway = createGateway(host.Excel, host.Office);
    await gateway.checkWorkbook(settings());
    const marked = allFormats(host);
    const xml = host.serialize().customXmlParts;
    host.resetCounters();
    const again = await gateway.checkWorkbook(settings());
    expect(again.syncs).toBe(1);
    expect(allFormats(host)).toEqual(marked);
    expect(host.serialize().customXmlParts).toEqual(xml);
  });

  it('a fixed cell gets its own fill back; the rest stays marked', async () => {
    const host = await seedHost();
    const before = allFormats(host);
    const gateway = createGateway(host.Excel, host.Office);
    const first = await gateway.checkWorkbook(settings());
    const f = first.result.sheets.flatMap((s) => s.findings).find((x) => x.rule === 'summary/name-mismatch' && x.message.includes('平阳县'));
    expect(f).toBeDefined();
    if (!f) return;
    // The summary's department differs from the table's (平阳 vs 平阴): the clerk fixes the table.
    const table = host.sheetNames().find((n) => n.startsWith('02'));
    expect(table).toBeDefined();
    if (!table) return;
    const s = host.serialize().sheets.find((x) => x.name === table);
    const rows = s?.rows ?? [];
    let fixes = 0;
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === 'string' && v.includes('平阳县')) {
          fixes++;
          host.user.setValue(table, `${String.fromCharCode(65 + c)}${r + 1}`, v.replace(/平阳县/g, '平阴县'));
        }
      }),
    );
    expect(fixes).toBeGreaterThan(0);
    host.resetCounters();
    const second = await gateway.checkWorkbook(settings());
    expect(second.syncs).toBe(2);
    const stillFlagged = second.result.sheets.flatMap((x) => x.findings).some((x) => x.sheet === f.sheet && x.cell === f.cell && x.rule === f.rule && x.message === f.message);
    expect(stillFlagged).toBe(false);
    const flaggedCells = new Set(second.result.sheets.flatMap((x) => x.findings).map((x) => `${x.sheet}!${x.cell}`));
    if (!flaggedCells.has(`${f.sheet}!${f.cell}`)) {
      expect(host.fill(f.sheet, f.cell)).toBeNull();
      expect(host.note(f.sheet, f.cell)).toBeNull();
    }
    // Clearing now gives back exactly the workbook's own formats.
    await gateway.clearMarks();
    expect(allFormats(host)).toEqual(before);
  });
});

describe('the fake host enforces what the gateway must not do', () => {
  it('a cell value write fails the sync and is counted', async () => {
    const host = await seedHost();
    await expect(
      host.Excel.run(async (ctx) => {
        (ctx.workbook.worksheets.getFirst().getRange('A1') as unknown as { values: unknown[][] }).values = [['x']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(host.valueWrites).toBe(1);
    expect(host.value(host.sheetNames()[0], 'A1')).not.toBe('x');
  });

  it('reading a property that was not loaded throws PropertyNotLoaded, as in Office', async () => {
    const host = await seedHost();
    await host.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getFirst();
      expect(() => ws.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      ws.load('name');
      expect(() => ws.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(ws.name).toBe(host.sheetNames()[0]);
      expect(() => ws.id).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });
});
