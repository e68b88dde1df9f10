/**
 * Merged areas as real Excel builds report them (src/excel/read-merges.ts): the fake host reproduces
 * office-js #1590 (RangeAreas.address lists top-left cells only), a cut address, and #3611 (only merges whose
 * top-left lies in the range asked); the gateway still reads every merge, in the same two syncs.
 */
import { createGateway } from '../../src/excel/gateway';
import { crossCheckMerges } from '../../src/excel/read-merges';
import { checkWorkbook as coreCheck, type CheckOptions } from '../../src/core/check';
import type { Grid } from '../../src/core/grid';
import { FakeExcelHost, type FakeHostOptions } from '../fake-excel/host';
import { coreFindings, findingKey, seedHost, seedJson, settings } from './helpers';

function capturingGateway(host: FakeExcelHost) {
  const seen: Grid[][] = [];
  const check = (grids: readonly Grid[], o: CheckOptions) => {
    seen.push(grids.map((g) => ({ ...g, merges: [...(g.merges ?? [])] })));
    return coreCheck(grids, o);
  };
  return { gateway: createGateway(host.Excel, host.Office, { check }), seen };
}

const a1 = (g: Grid) =>
  (g.merges ?? []).map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).sort();

describe('crossCheckMerges', () => {
  it('takes whole rectangles from the items when the address gives top-left cells only (#1590)', () => {
    const r = crossCheckMerges("'表1'!A5, '表1'!B5", 2, ["'表1'!A5:A9", "'表1'!B5:B6"]);
    expect(r).toEqual({
      complete: true,
      merges: [
        { top: 4, left: 0, bottom: 8, right: 0 },
        { top: 4, left: 1, bottom: 5, right: 1 },
      ],
    });
  });

  it('a cut address without items is incomplete, and its one-cell fragments are not merges', () => {
    const r = crossCheckMerges("'表1'!A5:A9, '表1'!B5", 3, null);
    expect(r.complete).toBe(false);
    expect(r.merges).toEqual([{ top: 4, left: 0, bottom: 8, right: 0 }]);
  });

  it('with items and a whole address they agree, and the count checks out', () => {
    expect(crossCheckMerges('S!A1:B2, S!D4:D9', 2, ['S!A1:B2', 'S!D4:D9']).complete).toBe(true);
    expect(crossCheckMerges('S!A1:B2', 2, ['S!A1:B2']).complete).toBe(false);
  });
});

describe('the gateway against the real-host merge failures', () => {
  it.each<[string, FakeHostOptions['mergedAreas']]>([
    ['address lists top-left cells only (#1590)', { addressTopLeftOnly: true }],
    ['address cut at 40 characters', { addressMaxLength: 40 }],
    ['only merges whose top-left is in the range (#3611)', { topLeftInRange: true }],
    ['all three at once', { addressTopLeftOnly: true, addressMaxLength: 40, topLeftInRange: true }],
  ])('%s: every merge read, findings as the core finds them, 2 syncs', async (_, quirks) => {
    const reference = capturingGateway(await seedHost());
    await reference.gateway.checkWorkbook(settings());
    const host = await seedHost(undefined, { mergedAreas: quirks });
    const { gateway, seen } = capturingGateway(host);
    const out = await gateway.checkWorkbook(settings());
    expect(out.syncs).toBe(2);
    expect(seen[0].map(a1)).toEqual(reference.seen[0].map(a1));
    expect(seen[0].some((g) => (g.merges ?? []).length > 0)).toBe(true);
    const want = (await coreFindings('pingyin-2024-official.xlsx')).map(findingKey).sort();
    expect(out.result.sheets.flatMap((s) => s.findings).map(findingKey).sort()).toEqual(want);
    expect(out.notices.join('\n')).not.toMatch(/合并单元格/);
  });

  it('the quirks are real in the fake: the address alone would have lost the merges', async () => {
    const host = await seedHost(undefined, { mergedAreas: { addressTopLeftOnly: true } });
    const address = await host.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getFirst();
      const m = ws.getUsedRange(false).getMergedAreasOrNullObject();
      m.load('address');
      await ctx.sync();
      return m.address;
    });
    expect(address).not.toMatch(/:/);
    expect(address).toMatch(/!A\d+/);
  });

  it('#3611: a blank merge left of the values is found through the formatted used range', async () => {
    const json = await seedJson();
    // An empty 一级指标 cell merged down A20:A24 of a sheet whose values start in column B.
    json.sheets = [{ name: '表', rows: [[null, '项目名称', 'x'], [null, '一级指标', '二级指标']], merges: ['A20:A24'] }];
    const host = new FakeExcelHost(json, { mergedAreas: { topLeftInRange: true } });
    const { gateway, seen } = capturingGateway(host);
    await gateway.checkWorkbook(settings());
    expect(a1(seen[0][0])).toEqual(['19,0:23,0']);
  });

  it('when Excel counts more merges than it describes, the check says so', async () => {
    const host = await seedHost(undefined, { mergedAreas: { addressMaxLength: 40 }, nullPropagation: false });
    const out = await createGateway(host.Excel, host.Office).checkWorkbook(settings());
    expect(out.notices.join('\n')).toMatch(/没有完整返回.*合并单元格/);
  });
});
