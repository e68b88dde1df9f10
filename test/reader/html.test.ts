/**
 * HTML tables saved as ".xls": one sheet per top-level table, rowspan/colspan as merged areas placed as a
 * browser places them, numbers as Excel reads them, the page's encoding (GBK included), no table = one
 * clear error.
 */
import { readHtmlTables } from '../../src/reader/html';
import { detectFormat, readWorkbook } from '../../src/reader';

const enc = (s: string) => new TextEncoder().encode(s);
/** ASCII text with 绩效目标 and 万元 in GBK. */
const GBK: Record<string, number[]> = { 绩效目标: [0xbc, 0xa8, 0xd0, 0xa7, 0xc4, 0xbf, 0xb1, 0xea], 万元: [0xcd, 0xf2, 0xd4, 0xaa] };
function gbk(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const part of text.split(/(绩效目标|万元)/)) bytes.push(...(GBK[part] ?? [...Buffer.from(part, 'latin1')]));
  return new Uint8Array(bytes);
}

const PAGE = `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>项目支出绩效目标表</title>
<style>td { mso-number-format:"\\@"; }</style><script>var x = "<td>no</td>";</script></head><body>
<table border="1">
 <tr><td colspan="5">项目支出绩效目标表</td></tr>
 <tr><td>项目名称</td><td colspan="4">乡村&nbsp;道路<br>二期</td></tr>
 <tr><td rowspan="3">项目资金<br/>（万元）</td><td>年度资金总额</td><td x:num="1,200.50">1,200.50</td><td>编码</td><td style='mso-number-format:"\\@"'>0012</td></tr>
 <tr><td>财政拨款</td><td>1,000</td><td>比例</td><td>50%</td></tr>
 <tr><td>其他资金</td><td>200.5</td><td colspan="2"><table><tr><td>内</td><td>表</td></tr></table></td></tr>
 <tr><th rowspan="2" colspan="2">指标</th><td>  数量  </td></tr>
 <tr><td>-3</td><td>007</td></tr>
</table>
<table><caption>第二张</caption><tr><td>A</td></tr></table>
<table></table>
</body></html>`;

describe('HTML tables', () => {
  it('places cells around rowspans and colspans, and reads numbers as Excel does', () => {
    const grids = readHtmlTables(enc(PAGE));
    expect(grids.map((g) => g.name)).toEqual(['Sheet1', '第二张']);
    const [g] = grids;
    expect(g.rows).toEqual([
      ['项目支出绩效目标表'],
      ['项目名称', '乡村\u00a0道路\n二期'],
      ['项目资金\n（万元）', '年度资金总额', 1200.5, '编码', '0012'],
      [null, '财政拨款', 1000, '比例', '50%'],
      [null, '其他资金', 200.5, '内 表'],
      ['指标', null, '数量'],
      [null, null, -3, '007'],
    ]);
    expect(g.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: 1, left: 1, bottom: 1, right: 4 },
      { top: 2, left: 0, bottom: 4, right: 0 },
      { top: 4, left: 3, bottom: 4, right: 4 },
      { top: 5, left: 0, bottom: 6, right: 1 },
    ]);
    expect(grids[1].rows).toEqual([['A']]);
  });

  it('names a lone table after the page title', () => {
    const [g] = readHtmlTables(enc('<html><head><title>2024年 项目/绩效:表</title></head><body><table><tr><td>x</td></tr></table></body></html>'));
    expect(g.name).toBe('2024年 项目 绩效 表');
  });

  it('reads a GBK page, declared or not', () => {
    const body = '<table><tr><td>绩效目标</td><td>万元</td></tr></table>';
    const declared = gbk(`<html><head><meta charset="gb2312"></head><body>${body}</body></html>`);
    expect(readHtmlTables(declared)[0].rows).toEqual([['绩效目标', '万元']]);
    const undeclared = gbk(`<html><body>${body}</body></html>`);
    expect(readHtmlTables(undeclared)[0].rows).toEqual([['绩效目标', '万元']]);
    expect(new TextDecoder('gbk').encoding).toBe('gbk');
  });

  it('keeps to the cap', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `<tr><td>${i}</td><td colspan="200">宽</td></tr>`).join('');
    const [g] = readHtmlTables(enc(`<table>${rows}</table>`), { maxRows: 20, maxCols: 100 });
    expect(g.rows).toHaveLength(20);
    expect(g.merges![0]).toEqual({ top: 0, left: 1, bottom: 0, right: 99 });
    expect(g.truncated).toEqual({ rows: true, cols: false });
  });

  it('a page without a table is one clear error', () => {
    expect(() => readHtmlTables(enc('<html><body><p>请登录</p></body></html>'))).toThrow(/HTML page holds no table/);
    expect(() => readWorkbook(enc('<!DOCTYPE html><html><body>404</body></html>'))).toThrow(/HTML page holds no table/);
  });

  it('is recognised by its content', () => {
    expect(detectFormat(enc(PAGE))).toBe('html');
    expect(detectFormat(enc('  <table><tr><td>1</td></tr></table>'))).toBe('html');
    expect(detectFormat(enc('项目,金额\n道路,100\n'))).toBeNull();
  });
});
