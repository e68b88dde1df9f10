/**
 * The playground's in-browser loader (src/playground/load-xlsx.ts, the streaming reader without exceljs)
 * reads what the fake host's Node loader reads with exceljs: same sheets, values, merges, fills and notes
 * on the real seed layouts; fills, theme colours, notes, widths, heights and hidden sheets on a workbook
 * made here with exceljs; and the other formats by content.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { colorOf, loadWorkbookFile, loadXlsx } from '../../src/playground/load-xlsx';
import { parseTyped } from '../../src/playground/parse-typed';
import { workbookJsonFromXlsx } from '../fake-excel/from-xlsx';

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');
const files = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.xlsx'));

function toArrayBuffer(buf: Buffer): ArrayBuffer {
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

describe.each(files)('examples/%s', (file) => {
  it('loads the same sheets, values, merges, fills and notes as the fake host does from the file', async () => {
    const full = path.join(EXAMPLES, file);
    const ours = await loadXlsx(toArrayBuffer(fs.readFileSync(full)));
    const theirs = await workbookJsonFromXlsx(full);
    expect(ours.sheets.map((s) => s.name)).toEqual(theirs.sheets.map((s) => s.name));
    expect(ours.sheets.length).toBeGreaterThan(1);
    ours.sheets.forEach((s, i) => {
      const t = theirs.sheets[i];
      expect({ name: s.name, rows: s.rows }).toEqual({ name: t.name, rows: t.rows });
      expect({ name: s.name, merges: [...s.merges].sort() }).toEqual({ name: t.name, merges: [...(t.merges ?? [])].sort() });
      expect(s.fills).toEqual(t.fills ?? {});
      expect(s.notes).toEqual(t.notes ?? {});
    });
  });
});

describe('a workbook with fills, notes, widths and a hidden sheet', () => {
  let data: ArrayBuffer;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('项目表');
    ws.getCell('A1').value = '项目名称';
    ws.getCell('B1').value = 1000;
    ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF8CBAD' } };
    ws.getCell('B1').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.5 } as unknown as ExcelJS.Color };
    ws.getCell('B1').note = '请核对金额';
    ws.mergeCells('A3:C3');
    ws.getCell('A3').value = '绩效指标';
    ws.getColumn(1).width = 20;
    ws.getRow(3).height = 30;
    const hidden = wb.addWorksheet('隐藏');
    hidden.state = 'hidden';
    hidden.getCell('A1').value = 'x';
    data = toArrayBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
  });

  it('keeps solid fills (ARGB and theme colours), notes, merges, layout and visibility', async () => {
    const loaded = await loadXlsx(data);
    const [sheet, hidden] = loaded.sheets;
    expect(sheet.fills.A1).toEqual({ color: '#F8CBAD', pattern: 'Solid' });
    // accent1 #4472C4 lightened halfway to white.
    expect(sheet.fills.B1).toEqual({ color: '#A2B9E2', pattern: 'Solid' });
    expect(sheet.notes).toEqual({ B1: '请核对金额' });
    expect(sheet.merges).toEqual(['A3:C3']);
    expect(sheet.rows[2]).toEqual(['绩效指标']);
    expect(loaded.layout['项目表'].colWidths[0]).toBe(145);
    expect(loaded.layout['项目表'].rowHeights[2]).toBe(40);
    expect(sheet.visible).toBeUndefined();
    expect(hidden.visible).toBe(false);
  });

  it('refuses a file that is not a workbook', async () => {
    await expect(loadXlsx(toArrayBuffer(Buffer.from('not a zip')))).rejects.toThrow();
  });
});

describe('colours and typed values', () => {
  it('resolves ARGB, theme with tint and indexed colours', () => {
    expect(colorOf({ argb: 'FF00B050' })).toBe('#00B050');
    expect(colorOf({ theme: 0 } as Partial<ExcelJS.Color>)).toBe('#FFFFFF');
    expect(colorOf({ theme: 1, tint: 0.5 } as Partial<ExcelJS.Color>)).toBe('#808080');
    expect(colorOf({ indexed: 13 } as never)).toBe('#FFFF00');
    expect(colorOf(undefined)).toBeUndefined();
  });

  it('reads typed text as Excel stores it', () => {
    expect(parseTyped('')).toBeNull();
    expect(parseTyped('  ')).toBeNull();
    expect(parseTyped('1000')).toBe(1000);
    expect(parseTyped('-2.5')).toBe(-2.5);
    expect(parseTyped('TRUE')).toBe(true);
    expect(parseTyped('≥95%')).toBe('≥95%');
    expect(parseTyped('1,000')).toBe('1,000');
  });
});

describe('the other formats the playground opens, by content', () => {
  it('an XML Spreadsheet 2003 export (一体化 system) and an HTML table, whatever the name', () => {
    const xml = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'ifmis', 'hubei.xls'));
    const fromXml = loadWorkbookFile(toArrayBuffer(xml));
    expect(fromXml.format).toBe('xml2003');
    expect(fromXml.sheets[0].rows.flat()).toContain('年度资金情况');
    expect(fromXml.sheets[0].merges.length).toBeGreaterThan(10);
    const html = Buffer.from('<html><body><table><tr><td colspan="2">项目支出绩效目标表</td></tr><tr><td>项目名称</td><td>乡村道路</td></tr></table></body></html>');
    const fromHtml = loadWorkbookFile(toArrayBuffer(html));
    expect(fromHtml.format).toBe('html');
    expect(fromHtml.sheets[0]).toMatchObject({ rows: [['项目支出绩效目标表'], ['项目名称', '乡村道路']], merges: ['A1:B1'], fills: {}, notes: {} });
    expect(() => loadWorkbookFile(toArrayBuffer(Buffer.from('<html><body>登录</body></html>')))).toThrow(/no table/);
  });
});
