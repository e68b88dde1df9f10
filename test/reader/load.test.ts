/**
 * The command line's loader recognises workbooks by their content, whatever the extension, says which
 * format it read, and gives one clear Chinese line for each bad file of the new formats.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadWorkbook } from '../../src/cli/load';

const XML2003 = `<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
<Worksheet ss:Name="目标表"><Table><Row><Cell><Data ss:Type="String">项目名称</Data></Cell><Cell><Data ss:Type="String">乡村道路</Data></Cell></Row></Table></Worksheet></Workbook>`;
const HTML = '<html><head><meta charset="utf-8"><title>目标表</title></head><body><table><tr><td>项目名称</td><td>乡村道路</td></tr></table></body></html>';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-load-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, content);
  return f;
}

describe('loadWorkbook by content', () => {
  it.each([
    ['export.xls', 'xml2003', XML2003],
    ['export.xml', 'xml2003', XML2003],
    ['named-wrong.xlsx', 'xml2003', XML2003],
    ['web.xls', 'html', HTML],
    ['web.htm', 'html', HTML],
  ])('%s is read as %s', async (name, format, content) => {
    const r = await loadWorkbook(file(name, content));
    expect(r).toEqual({ ok: true, format, grids: [expect.objectContaining({ rows: [['项目名称', '乡村道路']] })] });
  });

  it('an .xlsx says so', async () => {
    const r = await loadWorkbook(path.join(__dirname, '../../examples/pingyin-2024-split.xlsx'));
    expect(r.ok && r.format).toBe('xlsx');
  });

  it.each([
    ['truncated.xls', /^文件内容不是完整的 XML/, XML2003.slice(0, 300)],
    ['login.xls', /^这是网页文件，但其中没有表格/, '<html><body><p>会话已过期，请重新登录</p></body></html>'],
    ['other.xml', /^这是网页\/XML 文件，但既不是 Excel 2003 XML 表格/, '<?xml version="1.0"?><config><a/></config>'],
    ['laughs.xls', /^文件中含有 DTD\/实体声明/, XML2003.replace('<?mso-application progid="Excel.Sheet"?>', '<!DOCTYPE Workbook [<!ENTITY a "a">]>')],
  ])('%s: one clear line (%s)', async (name, message, content) => {
    const r = await loadWorkbook(file(name, content));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(message) });
  });
});
