/**
 * Inputs built to hurt a reader: a compression bomb, borders drawn to the last row, entity expansion,
 * truncated and hollow zips, too many shared strings. Each gives the right (capped) grid or one clear
 * error, and the reader inflates only what the cap needs (counted, not timed).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CellBudgetExceeded, readXlsx } from '../../src/reader/xlsx';
import { describeReadError, loadWorkbook } from '../../src/cli/load';
import { repeatedXlsx } from '../support/reader/bomb';
import { TRANSITIONAL, buildXlsx, packageParts, zipParts } from '../support/reader/xlsx-parts';

const CAP = { maxRows: 2000, maxCols: 100 };
const MB = 1024 * 1024;
const HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${TRANSITIONAL.main}">`;

describe('a compression bomb: 2 MB of zip whose sheet inflates to 1 GB of rows', () => {
  const row = '<row><c t="inlineStr"><is><t>数据</t></is></c><c><v>1</v></c></row>';
  const bomb = repeatedXlsx({
    head: `${HEAD}<dimension ref="A1:B1048576"/><sheetData>`,
    repeat: row.repeat(1000),
    times: 15500,
    tail: '</sheetData></worksheet>',
  });

  it('is what it claims', () => {
    expect(bomb.inflatedBytes).toBeGreaterThan(1000 * MB);
    expect(bomb.data.length).toBeLessThan(8 * MB);
  });

  it('reads the first 2,000 rows, says the sheet was cut, and inflates a small fraction of it', () => {
    const stats = { inflatedBytes: 0 };
    const [g] = readXlsx(bomb.data, { ...CAP, stats });
    expect(g.rows).toHaveLength(2000);
    expect(g.rows[1999]).toEqual(['数据', 1]);
    expect(g.truncated).toMatchObject({ rows: true, cols: false, sheetRows: 1048576 });
    // The cells up to the cap, then at most the skim budget (64 MB) looking for the merged areas.
    expect(stats.inflatedBytes).toBeLessThan(80 * MB);
  });

  it('with a smaller skim budget inflates less still', () => {
    const stats = { inflatedBytes: 0 };
    const [g] = readXlsx(bomb.data, { ...CAP, skimBytes: 4 * MB, stats });
    expect(g.rows).toHaveLength(2000);
    expect(g.truncated?.mergesLost).toBe(true);
    expect(stats.inflatedBytes).toBeLessThan(12 * MB);
  });

  it('under a cell budget for the whole workbook: stops at it, and says so (it is not the sheet cap)', () => {
    const stats = { inflatedBytes: 0 };
    expect(() => readXlsx(bomb.data, { ...CAP, maxCells: 1500, stats })).toThrow(CellBudgetExceeded);
    expect(stats.inflatedBytes).toBeLessThan(1 * MB);
    // Within the budget nothing changes.
    expect(readXlsx(bomb.data, { ...CAP, maxCells: 4000 })[0].rows).toHaveLength(2000);
  });

  it('the command line checks it with its cap', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bomb-')), 'bomb.xlsx');
    fs.writeFileSync(file, bomb.data);
    const loaded = await loadWorkbook(file);
    expect(loaded).toMatchObject({ ok: true, format: 'xlsx' });
    if (loaded.ok) expect(loaded.grids[0].rows).toHaveLength(2000);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});

describe('borders drawn to row 1,048,576 under a small table', () => {
  const table =
    '<row r="1"><c r="A1" t="inlineStr"><is><t>项目支出绩效目标表</t></is></c></row>' +
    '<row r="2"><c r="A2" t="inlineStr"><is><t>项目名称</t></is></c><c r="B2" t="inlineStr"><is><t>乡村道路</t></is></c></row>';
  const empty = `<row>${'<c s="1"/>'.repeat(26)}</row>`;
  const tail = (last: number) => `<row r="${last}"><c r="Z${last}" s="1"/></row></sheetData><mergeCells count="1"><mergeCell ref="A1:E1"/></mergeCells></worksheet>`;

  it('to the last row: the table is read, the sheet counts as cut, the far merges are given up', () => {
    const sheet = repeatedXlsx({ head: `${HEAD}<dimension ref="A1:Z1048576"/><sheetData>${table}`, repeat: empty.repeat(1000), times: 1048, tail: tail(1048576) });
    expect(sheet.inflatedBytes).toBeGreaterThan(250 * MB);
    const stats = { inflatedBytes: 0 };
    const [g] = readXlsx(sheet.data, { ...CAP, stats });
    expect(g.rows).toEqual([['项目支出绩效目标表'], ['项目名称', '乡村道路']]);
    expect(g.truncated).toEqual({ rows: true, cols: false, sheetRows: 1048576, mergesLost: true });
    expect(stats.inflatedBytes).toBeLessThan(80 * MB);
  });

  it('to row 40,000: the merges after the cells are found by skimming, and nothing counts as cut', () => {
    const sheet = repeatedXlsx({ head: `${HEAD}<dimension ref="A1:Z40000"/><sheetData>${table}`, repeat: empty.repeat(1000), times: 39, tail: tail(40000) });
    const [g] = readXlsx(sheet.data, CAP);
    expect(g.rows).toEqual([['项目支出绩效目标表'], ['项目名称', '乡村道路']]);
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
    expect(g.truncated).toBeUndefined();
  });

  it('a value far below the cap still counts as cut', () => {
    const sheet = repeatedXlsx({
      head: `${HEAD}<sheetData>${table}`,
      repeat: empty.repeat(1000),
      times: 39,
      tail: '<row r="40001"><c r="A40001"><v>7</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:E1"/></mergeCells></worksheet>',
    });
    const [g] = readXlsx(sheet.data, CAP);
    expect(g.truncated).toEqual({ rows: true, cols: false });
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
  });
});

describe('entity expansion (billion laughs)', () => {
  const laughs =
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';
  it('in a sheet: refused with one clear error', () => {
    const data = buildXlsx({ sheets: [{ name: 'S', body: `${laughs}<worksheet xmlns="${TRANSITIONAL.main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>` }] });
    expect(() => readXlsx(data)).toThrow(/DOCTYPE\/ENTITY declarations are not allowed/);
    expect(describeReadError(new Error('xl/worksheets/sheet1.xml: DOCTYPE/ENTITY declarations are not allowed'))).toMatch(/DTD\/实体声明/);
  });
  it('in the shared strings: refused with one clear error', () => {
    const data = buildXlsx({
      sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }],
      shared: `${laughs}<sst xmlns="${TRANSITIONAL.main}"><si><t>&lol3;</t></si></sst>`,
    });
    expect(() => readXlsx(data)).toThrow(/sharedStrings\.xml: DOCTYPE/);
  });
  it('an undeclared entity is malformed XML, not expanded', () => {
    const data = buildXlsx({ sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData>' }] });
    expect(() => readXlsx(data)).toThrow(/malformed XML/);
  });
});

describe('broken zips', () => {
  const example = fs.readFileSync(path.join(__dirname, '../../examples/pingyin-2024-official.xlsx'));
  it('a truncated file: one clear error, in Chinese from the command line', async () => {
    const cut = example.subarray(0, Math.floor(example.length / 2));
    expect(() => readXlsx(cut)).toThrow(/corrupt or truncated zip/);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-cut-')), 'cut.xlsx');
    fs.writeFileSync(file, cut);
    expect(await loadWorkbook(file)).toEqual({ ok: false, error: expect.stringMatching(/^文件已损坏或不完整/) });
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
  it('a damaged sheet entry: one clear error naming the part', () => {
    const broken = Buffer.from(example);
    // Overwrite the middle of the file (inside some deflated entry) with garbage.
    for (let i = 0; i < 200; i++) broken[Math.floor(example.length / 3) + i] = (i * 37) & 0xff;
    expect(() => readXlsx(broken)).toThrow(/corrupt|malformed|invalid|unreadable/);
  });
  it('a zip without a workbook', () => {
    expect(() => readXlsx(zipParts({ 'readme.txt': 'hello' }))).toThrow(/no workbook part \(xl\/workbook\.xml\)/);
    expect(describeReadError(new Error('no workbook part (xl/workbook.xml) in the zip'))).toMatch(/没有 Excel 工作簿/);
  });
  it('an .xlsb and an .ods: said for what they are', () => {
    const xlsb = packageParts({ sheets: [{ name: 'A', body: '<sheetData/>' }] });
    xlsb['_rels/.rels'] = xlsb['_rels/.rels'].replace('xl/workbook.xml', 'xl/workbook.bin');
    expect(() => readXlsx(zipParts(xlsb))).toThrow(/Excel binary workbook \(\.xlsb/);
    expect(describeReadError(new Error('an Excel binary workbook (.xlsb: xl/workbook.bin)'))).toMatch(/^这是 Excel 二进制工作簿/);
    const ods = zipParts({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>', 'META-INF/manifest.xml': '<manifest/>' });
    expect(() => readXlsx(ods)).toThrow(/OpenDocument file \(\.ods\)/);
    expect(describeReadError(new Error('an OpenDocument file (.ods), not an .xlsx'))).toMatch(/^这是 OpenDocument 表格/);
  });
  it('a sheet whose local header understates its inflated size: one clear error, not a silent cut', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const data = Buffer.from(buildXlsx({ sheets: [{ name: 'S', body: `<sheetData>${rows}</sheetData>` }] }));
    // The local file header of the sheet: signature, …, uncompressed size at +22, name length at +26, name at +30.
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    let at = -1;
    for (let i = data.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04])); i >= 0; i = data.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), i + 4)) {
      if (data.subarray(i + 30, i + 30 + name.length).equals(name)) at = i;
    }
    expect(at).toBeGreaterThanOrEqual(0);
    expect(readXlsx(data)[0].rows).toHaveLength(300);
    data.writeUInt32LE(1000, at + 22);
    expect(() => readXlsx(data)).toThrow(/sheet1\.xml: malformed XML/);
  });
  it('a workbook whose sheet part is missing', () => {
    const parts = packageParts({ sheets: [{ name: 'A', body: '<sheetData/>' }] });
    delete parts['xl/worksheets/sheet1.xml'];
    expect(() => readXlsx(zipParts(parts))).toThrow(/worksheet part for sheet "A" \(xl\/worksheets\/sheet1\.xml\) is missing/);
  });
});

describe('bounded shared strings', () => {
  it('more characters than the limit is an error, not a heap exhausted', () => {
    const data = buildXlsx({ sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }], shared: Array.from({ length: 200 }, (_, i) => `第${i}条很长的文本`.repeat(10)) });
    expect(readXlsx(data)[0].rows[0][0]).toBe('第0条很长的文本'.repeat(10));
    expect(() => readXlsx(data, { maxSharedStringChars: 5000 })).toThrow(/more than 5000 characters/);
  });
});
