/**
 * What the WPS gateway reads: the same grids (values and merged areas) as the Node loader reads from the
 * file, with whole-block reads — far fewer cross-process calls than cells — and the merged areas found
 * without asking every cell.
 */
import { readXlsxFile } from '../../src/node/xlsx';
import { rangeToA1 } from '../../src/core/grid';
import { findMerges, mergeCandidates, readSheet, valueBlock, worksheetList } from '../../src/wps/read';
import type { EtApplication, EtWorkbook } from '../../src/wps/et-types';
import { createWpsGateway } from '../../src/wps/gateway';
import { FakeWpsHost } from '../fake-wps/host';
import { SEEDS, fixture, seedJson, settings } from '../excel/helpers';

/** Empty text is no value (Office gives "" for an empty cell, the Node loader keeps "" it finds). */
function normal(rows: readonly (readonly unknown[])[]): unknown[][] {
  const out = rows.map((r) => {
    const row = (r ?? []).map((v) => (v === '' || v === undefined ? null : v));
    while (row.length && row[row.length - 1] === null) row.pop();
    return row;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

function workbookOf(host: FakeWpsHost): EtWorkbook {
  return (host.Application as unknown as EtApplication).ActiveWorkbook as EtWorkbook;
}

describe('reading a workbook through the ET object model', () => {
  it.each(SEEDS)('%s: every sheet’s values and merged areas equal the Node loader’s', async (seed) => {
    const host = new FakeWpsHost(await seedJson(seed));
    const sheets = worksheetList(workbookOf(host).Worksheets).map((ws, i) => readSheet(ws, i, { merges: true }));
    const reference = await readXlsxFile(fixture(seed));
    expect(sheets.map((s) => s.sheet.name)).toEqual(reference.map((g) => g.name));
    sheets.forEach((s, i) => {
      expect(s.mergesFailed).toBe(false);
      expect(normal(s.sheet.grid.rows)).toEqual(normal(reference[i].rows));
      expect((s.sheet.grid.merges ?? []).map(rangeToA1).sort()).toEqual((reference[i].merges ?? []).map(rangeToA1).sort());
    });
    if (seed !== 'pingyin-2024-pasted.xlsx') expect(reference.some((g) => (g.merges ?? []).length > 0)).toBe(true);
  });

  it('finds merged areas by halving where MergeCells is not false, not by asking every cell', async () => {
    const json = {
      sheets: [
        {
          name: '表',
          // A merged area keeps its top-left value only.
          rows: Array.from({ length: 60 }, (_, r) =>
            Array.from({ length: 8 }, (_, c) => ((c === 1 && r > 5 && r <= 11) || (r === 39 && c > 3 && c <= 5) ? null : `${r},${c}`)),
          ),
          merges: ['B6:B12', 'D40:F40'],
        },
      ],
    };
    const host = new FakeWpsHost(json);
    const ws = workbookOf(host).Worksheets.Item(1);
    host.resetCounters();
    const used = ws.UsedRange;
    const block = valueBlock(used.Value2);
    host.resetCounters();
    const merges = findMerges(ws, used, { top: 0, left: 0, bottom: 59, right: 7 }, mergeCandidates(block, 0, 0));
    expect(merges.map(rangeToA1)).toEqual(['B6:B12', 'D40:F40']);
    // 480 cells; asking each would take 960 calls.
    expect(host.calls).toBeLessThan(200);
    // No merges at all: one question.
    const none = new FakeWpsHost({ sheets: [{ name: '表', rows: json.sheets[0].rows }] });
    const ws2 = workbookOf(none).Worksheets.Item(1);
    const used2 = ws2.UsedRange;
    const block2 = valueBlock(used2.Value2);
    none.resetCounters();
    expect(findMerges(ws2, used2, { top: 0, left: 0, bottom: 59, right: 7 }, mergeCandidates(block2, 0, 0))).toEqual([]);
    expect(none.calls).toBe(1);
  });

  it('a check-all reads each sheet’s values once, as one block; its calls go with sheets, merged areas and marks, not cells', async () => {
    const json = await seedJson();
    const host = new FakeWpsHost(json);
    const gateway = createWpsGateway(host.Application as unknown as EtApplication);
    host.resetCounters();
    const out = await gateway.checkWorkbook(settings());
    expect([...host.valuesRead].sort()).toEqual(json.sheets.map((s) => s.name).sort());
    const merges = json.sheets.reduce((n, s) => n + (s.merges ?? []).length, 0);
    const cells = json.sheets.reduce((n, s) => n + (s.rows ?? []).reduce((m, r) => m + (r?.length ?? 0), 0), 0);
    // A reader asking each cell would need two calls a cell, and as much again for the merges.
    const model = 12 * json.sheets.length + 8 * merges + 6 * out.marked;
    expect(host.calls).toBeLessThanOrEqual(model);
    expect(model).toBeLessThan(2 * cells + 4 * merges);

    // A long sheet without merges: the values are one block, whatever its size.
    const long = new FakeWpsHost({ sheets: [{ name: '长表', rows: Array.from({ length: 3000 }, (_, r) => [r + 1, `第 ${r + 1} 行`, r * 2]) }] });
    const g2 = createWpsGateway(long.Application as unknown as EtApplication);
    long.resetCounters();
    await g2.checkWorkbook(settings());
    expect(long.calls).toBeLessThan(40);
  });
});
