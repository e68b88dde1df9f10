/**
 * XML Spreadsheet 2003, as the 一体化 system's FreeMarker templates write it: ss:Index gaps, MergeAcross
 * and MergeDown, typed Data (rich text inside String), formulas with an empty cached Number, date styles,
 * several worksheets, hidden ones, the cap, DOCTYPEs refused, truncated files as one clear error.
 */
import { readXml2003 } from '../../src/reader/xml2003';
import { detectFormat, readWorkbook } from '../../src/reader';

const HEAD = `<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:html="http://www.w3.org/TR/REC-html40">
 <Styles>
  <Style ss:ID="Default" ss:Name="Normal"><NumberFormat/></Style>
  <Style ss:ID="d1"><NumberFormat ss:Format="Short Date"/></Style>
  <Style ss:ID="d2"><NumberFormat ss:Format="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></Style>
  <Style ss:ID="n1"><NumberFormat ss:Format="Fixed"/></Style>
  <Style ss:ID="n2"><NumberFormat ss:Format="0.00&quot;天&quot;"/></Style>
 </Styles>`;

const doc = (worksheets: string) => `${HEAD}${worksheets}</Workbook>`;
const enc = (s: string) => new TextEncoder().encode(s);

const TABLE = `<Worksheet ss:Name="项目表">
  <Table ss:ExpandedColumnCount="7" ss:ExpandedRowCount="999" x:FullColumns="1">
   <Column ss:Width="38.4"/>
   <Row ss:Index="2" ss:Height="18">
    <Cell ss:MergeAcross="6" ss:MergeDown="1"><Data ss:Type="String">2024年度项目支出绩效目标申报表</Data></Cell>
   </Row>
   <Row ss:Height="18"/>
   <Row>
    <Cell ss:MergeAcross="1"><Data ss:Type="String">项目名称</Data></Cell>
    <Cell ss:MergeAcross="1"><Data ss:Type="String">乡村道路</Data></Cell>
    <Cell ss:MergeAcross="1"><Data ss:Type="String">项目编码</Data></Cell>
    <Cell><Data ss:Type="Number">451000</Data></Cell>
   </Row>
   <Row>
    <Cell ss:Index="3" ss:MergeAcross="1"><Data ss:Type="String">合计</Data></Cell>
    <Cell ss:StyleID="n1"/>
    <Cell ss:MergeAcross="1" ss:Formula="=SUM(R[1]C:R[4]C)"><Data ss:Type="Number"></Data></Cell>
   </Row>
   <Row>
    <Cell ss:Index="5"><Data ss:Type="String">      本级</Data></Cell>
    <Cell ss:MergeAcross="1" ss:StyleID="n1" ss:Formula="=1+1"><Data ss:Type="Number">2</Data></Cell>
   </Row>
   <Row>
    <Cell ss:MergeDown="1"><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40"><Font html:Color="#FF0000">*</Font><B><Font>三级指标</Font></B></ss:Data><Comment ss:Author="x"><ss:Data xmlns="http://www.w3.org/TR/REC-html40"><B>批注</B></ss:Data></Comment></Cell>
    <Cell><Data ss:Type="Boolean">1</Data></Cell>
    <Cell><Data ss:Type="Error">#N/A</Data></Cell>
    <Cell><Data ss:Type="DateTime">2024-06-30T00:00:00.000</Data></Cell>
    <Cell ss:StyleID="d1"><Data ss:Type="Number">45292</Data></Cell>
    <Cell ss:StyleID="d2"><Data ss:Type="Number">45293</Data></Cell>
    <Cell ss:StyleID="n2"><Data ss:Type="Number">3.5</Data></Cell>
   </Row>
  </Table>
 </Worksheet>`;

describe('XML Spreadsheet 2003', () => {
  it('reads values, gaps and merged areas as Excel lays them out', () => {
    const [g] = readXml2003(enc(doc(TABLE)));
    expect(g.name).toBe('项目表');
    expect(g.rows).toEqual([
      [],
      ['2024年度项目支出绩效目标申报表'],
      [],
      ['项目名称', null, '乡村道路', null, '项目编码', null, 451000],
      [null, null, '合计', null, null, { formula: 'SUM(R[1]C:R[4]C)', uncalculated: true }],
      [null, null, null, null, '      本级', 2],
      ['*三级指标', true, { error: '#N/A' }, '2024-06-30', '2024-01-01', '2024-01-02', 3.5],
    ]);
    expect(g.merges).toEqual([
      { top: 1, left: 0, bottom: 2, right: 6 },
      { top: 3, left: 0, bottom: 3, right: 1 },
      { top: 3, left: 2, bottom: 3, right: 3 },
      { top: 3, left: 4, bottom: 3, right: 5 },
      { top: 4, left: 2, bottom: 4, right: 3 },
      { top: 4, left: 5, bottom: 4, right: 6 },
      { top: 5, left: 5, bottom: 5, right: 6 },
      { top: 6, left: 0, bottom: 7, right: 0 },
    ]);
    expect(g.truncated).toBeUndefined();
  });

  it('reads several worksheets in order, hidden ones marked', () => {
    const hidden = '<Worksheet ss:Name="隐藏"><Table><Row><Cell><Data ss:Type="String">x</Data></Cell></Row></Table><WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions></Worksheet>';
    const empty = '<Worksheet ss:Name="空表"/>';
    const grids = readXml2003(enc(doc(TABLE + hidden + empty)));
    expect(grids.map((g) => [g.name, g.hidden ?? false, g.rows.length])).toEqual([
      ['项目表', false, 7],
      ['隐藏', true, 1],
      ['空表', false, 0],
    ]);
  });

  it('keeps to the cap and says which way the sheet was cut, the next sheet still read', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<Row><Cell><Data ss:Type="Number">${i}</Data></Cell><Cell ss:Index="12"><Data ss:Type="String">远</Data></Cell></Row>`).join('');
    const grids = readXml2003(enc(doc(`<Worksheet ss:Name="大"><Table ss:ExpandedRowCount="30">${rows}</Table></Worksheet><Worksheet ss:Name="后"><Table><Row><Cell><Data ss:Type="String">后面</Data></Cell></Row></Table></Worksheet>`)), { maxRows: 10, maxCols: 5 });
    expect(grids[0].rows).toHaveLength(10);
    expect(grids[0].rows[9]).toEqual([9]);
    expect(grids[0].truncated).toEqual({ rows: true, cols: true, sheetRows: 30 });
    expect(grids[1].rows).toEqual([['后面']]);
  });

  it('reads the declared encoding (GBK)', () => {
    const text = doc('<Worksheet ss:Name="表"><Table><Row><Cell><Data ss:Type="String">绩效目标</Data></Cell></Row></Table></Worksheet>').replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="GBK"?>');
    // 绩效目标 in GBK.
    const gbk = Buffer.concat(text.split('绩效目标').flatMap((part, i) => (i === 0 ? [Buffer.from(part)] : [Buffer.from([0xbc, 0xa8, 0xd0, 0xa7, 0xc4, 0xbf, 0xb1, 0xea]), Buffer.from(part)])));
    expect(readXml2003(gbk)[0].rows).toEqual([['绩效目标']]);
  });

  it('refuses a DOCTYPE, and a truncated file is one clear error', () => {
    const laughs = doc(TABLE).replace('<?mso-application progid="Excel.Sheet"?>', '<!DOCTYPE Workbook [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>');
    expect(() => readXml2003(enc(laughs))).toThrow(/DOCTYPE\/ENTITY declarations are not allowed/);
    const full = doc(TABLE);
    expect(() => readXml2003(enc(full.slice(0, Math.floor(full.length * 0.6))))).toThrow(/XML Spreadsheet: malformed XML/);
    expect(() => readXml2003(enc(`${HEAD}</Workbook>`))).toThrow(/no Worksheet/);
  });

  it('is recognised by its content', () => {
    expect(detectFormat(enc(doc(TABLE)))).toBe('xml2003');
    expect(readWorkbook(enc(`\uFEFF${doc(TABLE)}`)).format).toBe('xml2003');
    expect(detectFormat(enc('<?xml version="1.0"?><root/>'))).toBeNull();
  });
});
