/**
 * What Office hands the add-in becomes the same grids as the Node loader reads from the file: values,
 * empty cells, merged areas, error values, dates.
 */
import { createGateway } from '../../src/excel/gateway';
import { checkWorkbook } from '../../src/core/check';
import type { CellValue, Grid } from '../../src/core/grid';
import { cellValueFromOffice, dateText, isDateFormat } from '../../src/host/cells';
import { readXlsxFile } from '../../src/node/xlsx';
import { SEEDS, fixture, seedHost, settings } from './helpers';
import { FakeExcelHost } from '../fake-excel/host';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

function normal(g: Grid): { name: string; rows: CellValue[][]; merges: string[] } {
  // An empty string stored in the file and an empty cell are both "" in Office: both read as empty.
  const rows = g.rows.map((r) => {
    const out = [...(r ?? [])].map((v) => (v === '' ? null : v));
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  const merges = (g.merges ?? []).map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).sort();
  return { name: g.name, rows, merges };
}

describe('grids read through Office', () => {
  it.each(SEEDS)('%s: the same grids as the Node loader', async (seed) => {
    const host = await seedHost(seed);
    let seen: readonly Grid[] = [];
    const gateway = createGateway(host.Excel, host.Office, {
      check: (grids, options) => {
        seen = grids;
        return checkWorkbook(grids, options);
      },
    });
    await gateway.checkWorkbook(settings());
    const reference = await readXlsxFile(fixture(seed));
    expect(seen.map(normal)).toEqual(reference.map(normal));
  });

  it('a date cell, an error value and a percentage (shown as "95%"): the same as the Node loader reads from the file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-values-'));
    const file = path.join(dir, 'dates.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('时效');
    ws.getCell('A1').value = '完成时间';
    ws.getCell('B1').value = new Date(Date.UTC(2024, 11, 31));
    ws.getCell('B1').numFmt = 'yyyy"年"m"月"d"日"';
    ws.getCell('C1').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
    ws.getCell('D1').value = 0.95;
    ws.getCell('D1').numFmt = '0%';
    await wb.xlsx.writeFile(file);
    // The same sheet as Excel holds it: a serial number with a date format, the error code, a number.
    const host = new FakeExcelHost({
      sheets: [{ name: '时效', rows: [['完成时间', 45657, { error: '#DIV/0!' }, 0.95]], formats: { B1: { numberFormat: 'yyyy"年"m"月"d"日"' }, D1: { numberFormat: '0%' } } }],
    });
    let seen: readonly Grid[] = [];
    await createGateway(host.Excel, host.Office, {
      check: (grids, options) => {
        seen = grids;
        return checkWorkbook(grids, options);
      },
    }).checkWorkbook(settings());
    expect(seen.map(normal)).toEqual((await readXlsxFile(file)).map(normal));
    expect(seen[0].rows[0]).toEqual(['完成时间', '2024-12-31', { error: '#DIV/0!' }, '95%']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('turns Office cell values into core values', () => {
    expect(cellValueFromOffice('')).toBeNull();
    expect(cellValueFromOffice('#DIV/0!')).toEqual({ error: '#DIV/0!' });
    expect(cellValueFromOffice('#N/A')).toEqual({ error: '#N/A' });
    expect(cellValueFromOffice('#井号')).toBe('#井号');
    expect(cellValueFromOffice(12.5)).toBe(12.5);
    expect(cellValueFromOffice(false)).toBe(false);
  });

  it('reads date formats as dates, like exceljs', () => {
    for (const f of ['yyyy-mm-dd', 'yyyy"年"m"月"d"日"', 'm/d/yy', '[$-F800]dddd, mmmm dd, yyyy', 'h:mm', '[h]:mm:ss', 'yyyy/m/d;@']) expect(isDateFormat(f)).toBe(true);
    for (const f of ['General', '@', '0.00', '#,##0.00 "万元"', '0%', '0.00E+00', '[Red]0.00', '#,##0_);(#,##0)', '"年度"0']) expect(isDateFormat(f)).toBe(false);
    expect(dateText(45657)).toBe('2024-12-31');
    expect(dateText(45292.75)).toBe('2024-01-01');
  });
});
