/**
 * Past Excel's payload limit (5 MB on the web): the shape first, then the cells in batches of several sheets,
 * or in row blocks of one big sheet — never one sync per sheet. The fake host enforces a small limit here.
 */
import { createGateway } from '../../src/excel/gateway';
import type { CellValue } from '../../src/core/grid';
import { FakeExcelHost } from '../fake-excel/host';
import { allFormats, coreFindings, findingKey, seedHost, seedJson, settings } from './helpers';

const LIMIT = 60_000;
const BUDGET = 40_000;

describe('reads past the payload limit', () => {
  it('the seed workbook (≈180 KB) through a 60 KB pipe: same findings, batches of several sheets', async () => {
    const host = await seedHost(undefined, { payloadLimit: LIMIT });
    const formats = allFormats(host);
    const gateway = createGateway(host.Excel, host.Office, { payloadBudget: BUDGET });
    const out = await gateway.checkWorkbook(settings());
    const found = out.result.sheets.flatMap((s) => s.findings).map(findingKey).sort();
    expect(found).toEqual((await coreFindings('pingyin-2024-official.xlsx')).map(findingKey).sort());
    expect(out.notices.join('')).toContain('分');
    // Every sync within the limit except the first attempt, which learnt that it was too big (at this tiny
    // limit the 64-sheet walk's request — merged areas with their items — is already past it).
    expect(host.syncs[0].failed).toMatch(/^(Request|Response)PayloadSizeLimitExceeded$/);
    expect(host.syncs.slice(1).every((s) => !s.failed && s.responseBytes <= LIMIT && s.requestBytes <= LIMIT)).toBe(true);
    const reads = host.syncs.slice(2, -1);
    expect(reads.length).toBeGreaterThan(1);
    expect(reads.length).toBeLessThan(16);
    expect(Math.max(...reads.map((s) => s.sheetsRead.length))).toBeGreaterThan(1);

    // The next check knows the workbook is big: no failed attempt.
    host.resetCounters();
    await gateway.checkWorkbook(settings());
    expect(host.syncs.every((s) => !s.failed)).toBe(true);

    await gateway.clearMarks();
    expect(allFormats(host)).toEqual(formats);
  });

  it('one sheet larger than a sync: row blocks, the grid reassembled exactly', async () => {
    const seed = await seedJson();
    // A table followed by 1,500 rows of a long project list (text-heavy, ≈250 KB of values).
    const table = JSON.parse(JSON.stringify(seed.sheets[1])) as { name: string; rows: CellValue[][] };
    const start = table.rows.length + 2;
    for (let i = 0; i < 1500; i++) {
      table.rows[start + i] = [`明细${i + 1}`, `平阴县第${i + 1}号村级道路硬化及排水沟修缮工程`, i * 1.5, '万元', i % 7 === 0 ? '待定' : '已完成'];
    }
    const json = { sheets: [seed.sheets[0], table, ...seed.sheets.slice(2, 4)] };
    // The rows read as thousands of indicator rows: thousands of marks, so the write is big too; a limit
    // of 600 KB (the state part alone is ≈180 KB) and a budget of 100 KB per sync.
    const big = new FakeExcelHost(JSON.parse(JSON.stringify(json)), { payloadLimit: 600_000 });
    const small = new FakeExcelHost(JSON.parse(JSON.stringify(json)), { payloadLimit: null });
    const bigOut = await createGateway(big.Excel, big.Office, { payloadBudget: 100_000 }).checkWorkbook(settings());
    const smallOut = await createGateway(small.Excel, small.Office).checkWorkbook(settings());
    expect(smallOut.syncs).toBe(2);
    expect(bigOut.result.sheets.flatMap((s) => s.findings)).toEqual(smallOut.result.sheets.flatMap((s) => s.findings));
    expect(bigOut.result.model).toEqual(smallOut.result.model);
    // The big sheet came in several syncs, each under the limit.
    const blocksOfBig = big.syncs.filter((s) => !s.failed && s.sheetsRead.includes(table.name) && s.responseBytes > 0);
    expect(blocksOfBig.length).toBeGreaterThan(2);
    expect(big.syncs.filter((s) => !s.failed).every((s) => s.responseBytes <= 600_000 && s.requestBytes <= 600_000)).toBe(true);
    expect(big.syncs.filter((s) => s.failed)).toHaveLength(1); // the first attempt, which learnt the size
    expect(allFormats(big)).toEqual(allFormats(small));
  });

  it('a write larger than one request is split too', async () => {
    // Many findings with notes on a workbook of many copies of the seed tables.
    const seed = await seedJson();
    const sheets = [seed.sheets[0]];
    for (let i = 0; i < 45; i++) sheets.push({ ...JSON.parse(JSON.stringify(seed.sheets[1 + (i % 15)])), name: `表${i + 1}`, id: undefined });
    const host = new FakeExcelHost({ sheets }, { payloadLimit: 200_000 });
    const gateway = createGateway(host.Excel, host.Office, { payloadBudget: 40_000 });
    const out = await gateway.checkWorkbook(settings());
    expect(host.syncs[0].failed).toBe('ResponsePayloadSizeLimitExceeded');
    expect(host.syncs.slice(1).every((s) => !s.failed && s.requestBytes <= 200_000)).toBe(true);
    const writes = host.syncs.filter((s) => s.sheetsWritten.length > 0);
    expect(writes.length).toBeGreaterThan(1);
    expect(out.marked).toBeGreaterThan(100);
  });
});
