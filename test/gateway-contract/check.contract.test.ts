/**
 * The gateway contract, once for both hosts: check-all gives the core's findings on the file, marks each
 * flagged cell with its most severe colour and a note, never writes a value; 清除标记 restores the
 * clerk's own fills and notes exactly, in the same session and after save and reopen; a re-check reads
 * and writes one sheet; selecting a cell activates its sheet.
 */
import { SEVERITY_RANK } from '../../src/core/finding';
import { NOTE_HEADER, SEVERITY_FILL, marksFromFindings } from '../../src/host/marks';
import { HOSTS } from './hosts';
import { SEEDS, allFormats, allValues, coreFindings, fillAt, findingKey, findingsOf, noteAt, seedJson, settings } from './helpers';

describe.each(HOSTS)('gateway contract: %s', (_kind, make) => {
  it.each(SEEDS)('check-all on %s: the core’s findings, one mark per flagged cell, values untouched', async (seed) => {
    const h = make(await seedJson(seed));
    const values = allValues(h);
    const out = await h.gateway.checkWorkbook(settings());

    const found = out.result.sheets.flatMap((s) => s.findings).map(findingKey).sort();
    const reference = (await coreFindings(seed)).map(findingKey).sort();
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(reference);

    const marks = marksFromFindings(out.result.sheets.flatMap((s) => s.findings));
    let cells = 0;
    for (const [sheet, byCell] of marks) {
      for (const [cell, m] of byCell) {
        cells++;
        const worst = [...m.findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0].severity;
        expect({ cell, fill: fillAt(h, sheet, cell) }).toEqual({ cell, fill: { color: SEVERITY_FILL[worst], pattern: 'Solid' } });
        const note = noteAt(h, sheet, cell) ?? '';
        expect(note.startsWith(NOTE_HEADER)).toBe(true);
        for (const f of m.findings) expect(note).toContain(f.message);
      }
    }
    expect(out.marked).toBe(cells);
    expect(h.serialize().sheets.reduce((n, s) => n + Object.keys(s.fills ?? {}).length, 0)).toBe(cells);
    expect(h.valueWrites()).toBe(0);
    expect(allValues(h)).toEqual(values);
  });

  it.each(SEEDS)('清除标记 on %s restores the clerk’s fills and notes exactly, also after save and reopen', async (seed) => {
    const json = await seedJson(seed);
    const h = make(json);
    const findings = findingsOf(json);
    const first = new Map(findings.map((f) => [f.sheet, f]));
    const [a, b, c] = [...first.values()];
    h.user.setFill(a.sheet, a.cell, { color: '#92D050', pattern: 'Solid' });
    h.user.setNote(a.sheet, a.cell, '财务科：此处金额已与预算科核对。\n——张会计');
    h.user.setFill(b.sheet, b.cell, { color: '#FFFF00', pattern: 'Gray25', patternColor: '#FF0000' });
    h.user.setNote(c.sheet, c.cell, '待确认 "单位" & <数量>');
    h.user.setFill(a.sheet, 'H30', { color: '#D9D9D9', pattern: 'Solid' });
    const formats = allFormats(h);
    const values = allValues(h);

    await h.gateway.checkWorkbook(settings());
    expect(fillAt(h, a.sheet, a.cell)?.pattern).toBe('Solid');
    expect(fillAt(h, b.sheet, b.cell)).toMatchObject({ pattern: 'Solid' });
    expect(noteAt(h, a.sheet, a.cell)?.startsWith(NOTE_HEADER)).toBe(true);
    expect(allFormats(h)).not.toEqual(formats);

    const out = await h.gateway.clearMarks();
    expect(out.restored).toBeGreaterThan(0);
    expect(allFormats(h)).toEqual(formats);
    expect(allValues(h)).toEqual(values);
    expect(h.serialize().customXmlParts).toEqual([]);

    // Marked, saved, closed, reopened: 清除标记 in the new session restores from the workbook's part.
    await h.gateway.checkWorkbook(settings());
    const reopened = h.reopen();
    expect(reopened.serialize().customXmlParts).toHaveLength(1);
    const again = await reopened.gateway.clearMarks();
    expect(again.restored).toBe(out.restored);
    expect(allFormats(reopened)).toEqual(formats);
    expect(allValues(reopened)).toEqual(values);
    expect(reopened.valueWrites()).toBe(0);
  });

  it('a mark the clerk changed after the check is theirs: 清除标记 leaves it', async () => {
    const json = await seedJson();
    const h = make(json);
    await h.gateway.checkWorkbook(settings());
    const f = findingsOf(json)[0];
    h.user.setFill(f.sheet, f.cell, { color: '#00B050', pattern: 'Solid' });
    const out = await h.gateway.clearMarks();
    expect(fillAt(h, f.sheet, f.cell)).toEqual({ color: '#00B050', pattern: 'Solid' });
    expect(out.notices?.join('')).toContain('手动修改');
  });

  it('re-check reads and writes only the edited sheet, and its marks follow the edit', async () => {
    const json = await seedJson();
    const h = make(json);
    await h.gateway.checkWorkbook(settings());
    const f = findingsOf(json).find((x) => x.rule.startsWith('cost/'))!;
    const before = allFormats(h) as { name: string }[];
    h.resetCounters();
    // The clerk edits something on the sheet: the finding's cell is fixed by clearing… the check decides.
    h.user.setValue(f.sheet, 'H40', '备注');
    const out = await h.gateway.recheckSheet(f.sheet, settings());
    expect(out.result.sheets.map((s) => s.name)).toEqual([f.sheet]);
    expect(h.sheetsRead()).toEqual([f.sheet]);
    expect(h.sheetsWritten().every((s) => s === f.sheet)).toBe(true);
    const after = allFormats(h) as { name: string }[];
    expect(after.filter((s) => s.name !== f.sheet)).toEqual(before.filter((s) => s.name !== f.sheet));
    const reference = findingsOf(h.serialize()).filter((x) => x.sheet === f.sheet).map(findingKey).sort();
    expect(out.result.sheets[0].findings.map(findingKey).sort()).toEqual(reference);
  });

  it('selects a cell: its sheet becomes active, the cell selected', async () => {
    const json = await seedJson();
    const h = make(json);
    const sheet = json.sheets[3].name;
    await h.gateway.selectCell(sheet, 'E12');
    expect(h.activeSheet()).toBe(sheet);
    expect(h.selection()).toEqual({ sheet, address: 'E12' });
  });

  it('a cell on a hidden sheet: says the sheet is hidden and how to show it, and changes nothing', async () => {
    const json = await seedJson();
    const sheet = json.sheets[3].name;
    json.sheets[3].visible = false;
    const h = make(json);
    const before = h.activeSheet();
    await expect(h.gateway.selectCell(sheet, 'E12')).rejects.toMatchObject({ code: 'SheetHidden', message: expect.stringContaining('取消隐藏') });
    expect(h.activeSheet()).toBe(before);
  });

  it('live re-check: an edit calls the listener with the sheet, once the edits pause', async () => {
    const json = await seedJson();
    const h = make(json);
    const heard: string[] = [];
    const stop = h.gateway.onSheetChanged((name) => heard.push(name));
    await new Promise((r) => setTimeout(r, 30));
    const sheet = json.sheets[2].name;
    h.user.setValue(sheet, 'B3', '新的项目名称');
    h.user.setValue(sheet, 'B4', '新的部门');
    await new Promise((r) => setTimeout(r, 120));
    expect(heard).toEqual([sheet]);
    stop();
  });
});
