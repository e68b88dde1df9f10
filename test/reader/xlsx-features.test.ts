/**
 * What the .xlsx reader reads, one feature at a time, on packages written part by part: zip64, prefixed
 * and strict-OOXML XML, cells and rows without references, formulas without results (shared ones too),
 * dates in both systems with Excel's 1900 leap-year bug, sheet order and hidden state from workbook.xml.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readXlsx } from '../../src/reader/xlsx';
import { serialToDateText, isDateCode } from '../../src/reader/xlsx/dates';
import { STRICT, TRANSITIONAL, buildXlsx, packageParts, zipParts } from '../support/reader/xlsx-parts';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

describe('zip64', () => {
  it('reads a workbook zipped with zip64 extra fields and a zip64 end record as the plain one', () => {
    const plain = readXlsx(fs.readFileSync(path.join(FIXTURES, 'real/workbooks/10_mengcheng_2024_jibengonggongweisheng.xlsx')));
    const buf = fs.readFileSync(path.join(FIXTURES, 'reader/zip64.xlsx'));
    // The fixture really is zip64: a zip64 end-of-central-directory record and locator.
    expect(buf.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true);
    expect(buf.includes(Buffer.from([0x50, 0x4b, 0x06, 0x07]))).toBe(true);
    expect(readXlsx(buf)).toEqual(plain);
    expect(plain[0].rows.length).toBeGreaterThan(10);
  });
});

const CELLS =
  '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>12.5</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="e"><v>#DIV/0!</v></c></row>' +
  '<row r="3"><c r="A3" t="inlineStr"><is><t>行内</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A3:B3"/></mergeCells>';
const EXPECTED = [['项目名称', 12.5, true, { error: '#DIV/0!' }], [], ['行内']];

describe('namespaces', () => {
  it('reads prefixed elements (<x:c>) in every part', () => {
    const parts = packageParts({ sheets: [{ name: '前缀', body: '' }], shared: ['项目名称'] });
    const main = TRANSITIONAL.main;
    parts['xl/worksheets/sheet1.xml'] = `<x:worksheet xmlns:x="${main}" xmlns:r="${TRANSITIONAL.rel}">${CELLS.replace(/<(\/?)(\w)/g, '<$1x:$2')}</x:worksheet>`;
    parts['xl/workbook.xml'] = `<x:workbook xmlns:x="${main}" xmlns:rel="${TRANSITIONAL.rel}"><x:sheets><x:sheet name="前缀" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`;
    parts['xl/sharedStrings.xml'] = `<x:sst xmlns:x="${main}"><x:si><x:t>项目名称</x:t></x:si></x:sst>`;
    const [g] = readXlsx(zipParts(parts));
    expect(g.name).toBe('前缀');
    expect(g.rows).toEqual(EXPECTED);
    expect(g.merges).toEqual([{ top: 2, left: 0, bottom: 2, right: 1 }]);
  });

  it('reads strict OOXML (purl.oclc.org namespaces and relationship types)', () => {
    const parts = packageParts({ strict: true, sheets: [{ name: '严格', body: CELLS }], shared: ['项目名称'] });
    expect(parts['xl/workbook.xml']).toContain(STRICT.main);
    expect(parts['_rels/.rels']).toContain(`${STRICT.rel}/officeDocument`);
    const [g] = readXlsx(zipParts(parts));
    expect(g.rows).toEqual(EXPECTED);
  });
});

describe('cells', () => {
  it('places cells and rows without references one after another', () => {
    const body = '<sheetData><row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row><c><v>2</v></c></row><row r="5"><c><v>3</v></c></row></sheetData>';
    const [g] = readXlsx(buildXlsx({ sheets: [{ name: 'S', body }] }));
    expect(g.rows).toEqual([['a', 1, null, null, 5, 6], [2], [], [], [3]]);
  });

  it('reads formulas without a cached result as uncalculated, shared ones included', () => {
    const body =
      '<sheetData><row r="1"><c r="A1"><f>SUM(B1:B3)</f></c><c r="B1"><f t="shared" ref="B1:B3" si="0">C1*2</f></c><c r="C1"><f>1+1</f><v>2</v></c>' +
      '<c r="D1" t="str"><f>""</f><v></v></c></row><row r="2"><c r="B2"><f t="shared" si="0"/></c><c r="C2"><f t="shared" si="1"/><v>4</v></c></row></sheetData>';
    const [g] = readXlsx(buildXlsx({ sheets: [{ name: 'S', body }] }));
    expect(g.rows).toEqual([
      [{ formula: 'SUM(B1:B3)', uncalculated: true }, { formula: 'C1*2', uncalculated: true }, 2, ''],
      [null, { formula: '', uncalculated: true }, 4],
    ]);
  });

  it('reads rich shared strings without their phonetic runs, and OOXML escapes', () => {
    const shared = `<sst xmlns="${TRANSITIONAL.main}"><si><r><t>绩效</t></r><r><rPr><b/></rPr><t>目标</t></r><rPh sb="0" eb="2"><t>じっせき</t></rPh></si><si><t>a_x000D__x000A_b_x005F_x0041_</t></si></sst>`;
    const body = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="d"><v>2024-05-06T00:00:00</v></c></row></sheetData>';
    const [g] = readXlsx(buildXlsx({ sheets: [{ name: 'S', body }], shared }));
    expect(g.rows).toEqual([['绩效目标', 'a\r\nb_x0041_', '2024-05-06']]);
  });

  it('empties the cells a merged area covers, as Excel hands them to an add-in', () => {
    const body = '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row></sheetData><mergeCells><mergeCell ref="A1:B1"/></mergeCells>';
    expect(readXlsx(buildXlsx({ sheets: [{ name: 'S', body }] }))[0].rows).toEqual([[1, null, 3]]);
  });

  it('cuts at the column cap and says so', () => {
    const body = '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="CW1"><v>101</v></c></row></sheetData><mergeCells><mergeCell ref="A1:DA1"/></mergeCells>';
    const [g] = readXlsx(buildXlsx({ sheets: [{ name: 'S', body }] }), { maxRows: 2000, maxCols: 100 });
    expect(g.rows).toEqual([[1]]);
    expect(g.truncated).toEqual({ rows: false, cols: true });
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 99 }]);
  });
});

describe('dates', () => {
  const styles = `<styleSheet xmlns="${TRANSITIONAL.main}"><numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/><numFmt numFmtId="165" formatCode="0.0&quot;y&quot;"/><numFmt numFmtId="166" formatCode="[Red]#,##0.00_);\\(#,##0.00\\)"/></numFmts>
    <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
    <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="31"/></cellXfs></styleSheet>`;
  const row = (serial: number, s: number, r: number) => `<row r="${r}"><c r="A${r}" s="${s}"><v>${serial}</v></c></row>`;

  it('tells dates by built-in and custom formats, in the 1900 system with its leap-year bug', () => {
    const body = `<sheetData>${[row(59, 1, 1), row(60, 1, 2), row(61, 1, 3), row(45292, 2, 4), row(45292, 3, 5), row(45292, 4, 6), row(45292, 5, 7), row(45292.75, 1, 8), row(45292, 0, 9)].join('')}</sheetData>`;
    const [g] = readXlsx(buildXlsx({ sheets: [{ name: 'S', body }], styles }));
    expect(g.rows.map((r) => r[0])).toEqual(['1900-02-28', '1900-02-29', '1900-03-01', '2024-01-01', 45292, 45292, '2024-01-01', '2024-01-01', 45292]);
  });

  it('counts from 1904 when the workbook says so', () => {
    const body = `<sheetData>${row(0, 1, 1)}${row(43830, 1, 2)}</sheetData>`;
    const [g] = readXlsx(buildXlsx({ sheets: [{ name: 'S', body }], styles, date1904: true }));
    expect(g.rows.map((r) => r[0])).toEqual(['1904-01-01', '2024-01-01']);
  });

  it('reads format codes as Excel does', () => {
    expect(['yyyy-mm-dd', 'h:mm', '[$-F800]dddd, mmmm dd, yyyy', 'YYYY/MM/DD', 'm"月"d"日"'].map(isDateCode)).toEqual([true, true, true, true, true]);
    expect(['0.00', '#,##0"元"', '0.0"y"', '[Red]0%', 'General', '0.00E+00', '\\d0', '_(* #,##0_)'].map(isDateCode)).toEqual([false, false, false, false, false, false, false, false]);
    expect(serialToDateText(-1, false)).toBeNull();
  });
});

describe('sheets', () => {
  it('takes names, order and hidden state from workbook.xml, not from the part names', () => {
    const parts = packageParts({ sheets: [{ name: 'first', body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }, { name: 'second', body: '<sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData>' }] });
    parts['xl/workbook.xml'] = `<workbook xmlns="${TRANSITIONAL.main}" xmlns:r="${TRANSITIONAL.rel}"><sheets><sheet name="乙" sheetId="2" r:id="rId2"/><sheet name="甲" sheetId="1" state="veryHidden" r:id="rId1"/><sheet name="隐" sheetId="3" state="hidden" r:id="rId2"/></sheets></workbook>`;
    const grids = readXlsx(zipParts(parts));
    expect(grids.map((g) => [g.name, g.hidden ?? false, g.rows[0][0]])).toEqual([
      ['乙', false, 2],
      ['甲', true, 1],
      ['隐', true, 2],
    ]);
  });

  it('skips chart sheets', () => {
    const parts = packageParts({ sheets: [{ name: 'data', body: '<sheetData/>' }] });
    parts['xl/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels'].replace('</Relationships>', `<Relationship Id="rIdC" Type="${TRANSITIONAL.rel}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`);
    parts['xl/workbook.xml'] = parts['xl/workbook.xml'].replace('</sheets>', '<sheet name="图表" sheetId="9" r:id="rIdC"/></sheets>');
    parts['xl/chartsheets/sheet1.xml'] = '<chartsheet/>';
    expect(readXlsx(zipParts(parts)).map((g) => g.name)).toEqual(['data']);
  });
});
