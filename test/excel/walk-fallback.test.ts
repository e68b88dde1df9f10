/**
 * The sheet walk's fallback (src/excel/read.ts): only a refused call on a null object makes the gateway
 * strict (names first, for good). A real failure is not misread as that: a used range too large for Excel
 * to return its values (null past about 5 million cells; the fake's valuesCellLimit) is read in blocks, and
 * any other error reaches the user — the next check reads as before.
 */
import { createGateway } from '../../src/excel/gateway';
import { isNullObjectRefusal } from '../../src/excel/read-context';
import { officeError } from '../fake-excel/host';
import { coreFindings, findingKey, seedHost, settings } from './helpers';

const official = async () => (await coreFindings('pingyin-2024-official.xlsx')).map(findingKey).sort();

it('values null for a too-large range: read in blocks, same findings, and the gateway stays non-strict', async () => {
  const host = await seedHost(undefined, { valuesCellLimit: 40 });
  const gateway = createGateway(host.Excel, host.Office);
  const out = await gateway.checkWorkbook(settings());
  expect(out.result.sheets.flatMap((s) => s.findings).map(findingKey).sort()).toEqual(await official());
  expect(host.syncs.filter((s) => s.failed)).toEqual([]);
  // The one-sync read learnt it got no values; the shape and the blocks followed (halved down to the limit).
  expect(out.syncs).toBeGreaterThan(4);
  // Excel that returns the values again: the next check is the usual one read + one write, not names first.
  (host.options as { valuesCellLimit: number }).valuesCellLimit = 5_000_000;
  host.resetCounters();
  expect((await gateway.checkWorkbook(settings())).syncs).toBe(1);
});

it('a real failure during the walk is reported, not taken for a strict host', async () => {
  const host = await seedHost();
  const gateway = createGateway(host.Excel, host.Office);
  const execute = host._execute.bind(host);
  let calls = 0;
  host._execute = async (ctx) => {
    if (calls++ === 0) throw officeError('GeneralException', 'An internal error has occurred.');
    return execute(ctx);
  };
  await expect(gateway.checkWorkbook(settings())).rejects.toMatchObject({ code: 'GeneralException' });
  host.resetCounters();
  const out = await gateway.checkWorkbook(settings());
  expect(out.syncs).toBe(2);
  expect(out.result.sheets.flatMap((s) => s.findings).map(findingKey).sort()).toEqual(await official());
});

it('what counts as a refused call on a null object', () => {
  expect(isNullObjectRefusal(officeError('InvalidArgument', 'getNextOrNullObject was called on a null object (x)', 'Worksheet.getNextOrNullObject'))).toBe(true);
  expect(isNullObjectRefusal({ code: 'InvalidReference', message: 'This reference is not valid.' })).toBe(true);
  expect(isNullObjectRefusal(officeError('InvalidArgument', 'The argument is invalid.', 'Range.getCellProperties'))).toBe(false);
  expect(isNullObjectRefusal({ code: 'GeneralException', message: 'An internal error has occurred.' })).toBe(false);
  expect(isNullObjectRefusal({ code: 'InvalidOperationInCellEditMode', message: '' })).toBe(false);
  expect(isNullObjectRefusal(new TypeError("Cannot read properties of null (reading 'forEach')"))).toBe(false);
});
