/**
 * The seed projects (test/fixtures/seed-projects.txt) rendered as the 预算管理一体化 system's performance
 * module exports them: XML Spreadsheet 2003 ".xls" files in the shape of its FreeMarker templates
 * (public: qnqf-xxn/ifmis, ifmis-pmkpi-service/src/main/resources/pmkpi/ftl/). Each renderer follows one
 * template's rows, ss:Index gaps, ss:MergeAcross/ss:MergeDown and Data types, filled the way FreeMarker
 * fills it (`${x!}` empty when absent, numbers printed with grouping when interpolated into text):
 *   guangxi  gxxmjxmbsb.ftl       7 columns, 金额(元) with a SUM formula left to Excel, 年度/中期绩效目标,
 *                                 指标内容 | 指标值
 *   shanxi   sxxmjxmbsbb.ftl      9 columns, 项目资金（元） as text, 实施期 and 年度 indicators side by side
 *   hubei    hbprogoalandindex.ftl 8 columns, 年度资金情况 (元), 指标值 over three columns and 说明
 *   hubeiSplit progoalandindex.ftl 8 columns, 指标值 split into 符号 | 值 | 计量单位 (no funds on this form)
 */
import type { IndicatorRow, SeedProject } from '../table-builder';

export type Province = 'guangxi' | 'shanxi' | 'hubei' | 'hubeiSplit';
export const PROVINCES: Province[] = ['guangxi', 'shanxi', 'hubei', 'hubeiSplit'];

const YEAR = 2024;

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}

/** A cell: attributes (Index, MergeAcross, MergeDown, Formula) and an optional typed Data. */
function cell(text: string | number | null, opts: { index?: number; across?: number; down?: number; type?: 'String' | 'Number'; formula?: string } = {}): string {
  const attrs = [
    opts.index !== undefined ? ` ss:Index="${opts.index}"` : '',
    opts.across ? ` ss:MergeAcross="${opts.across}"` : '',
    opts.down !== undefined && opts.down > 0 ? ` ss:MergeDown="${opts.down}"` : '',
    ' ss:StyleID="s66"',
    opts.formula ? ` ss:Formula="${esc(opts.formula)}"` : '',
  ].join('');
  if (text === null) return `<Cell${attrs}/>`;
  const type = opts.type ?? (typeof text === 'number' ? 'Number' : 'String');
  return `<Cell${attrs}><Data ss:Type="${type}">${esc(String(text))}</Data></Cell>`;
}

const row = (...cells: string[]) => `   <Row ss:AutoFitHeight="0" ss:Height="19.05">\n    ${cells.join('\n    ')}\n   </Row>\n`;

/** 万元 text from the seed ("1,000.00") → 元 as a number. */
function yuan(wan: string | number | null | undefined): number {
  const n = Number(String(wan ?? '0').replace(/,/g, ''));
  return Math.round((Number.isFinite(n) ? n : 0) * 1000000) / 100;
}

/** A number as FreeMarker's default `${n}` prints it in zh_CN: grouped, at most three decimals. */
function ftlNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

interface Group {
  level1: string;
  level2: string;
  rows: IndicatorRow[];
  /** First row of its level-1 run, and that run's length. */
  level1Count: number;
}

/** Indicators grouped the way the templates' findex/sindex loop groups them. */
function groups(rows: IndicatorRow[]): Group[] {
  const out: Group[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last.level1 === r[0] && last.level2 === r[1]) last.rows.push(r);
    else out.push({ level1: r[0], level2: r[1], rows: [r], level1Count: 0 });
  }
  for (let i = 0; i < out.length; i++) {
    if (i > 0 && out[i - 1].level1 === out[i].level1) continue;
    let n = 0;
    for (let j = i; j < out.length && out[j].level1 === out[i].level1; j++) n += out[j].rows.length;
    out[i].level1Count = n;
  }
  return out;
}

/**
 * The indicator rows of a template: `first(g, r)` for the first row of a level-1 run, `second(g, r)` for
 * the first row of a level-2 run, `rest(r)` for the others.
 */
function indicatorRows(rows: IndicatorRow[], first: (g: Group, r: IndicatorRow) => string, second: (g: Group, r: IndicatorRow) => string, rest: (r: IndicatorRow) => string): string {
  let out = '';
  for (const g of groups(rows)) {
    g.rows.forEach((r, i) => {
      out += i > 0 ? rest(r) : g.level1Count > 0 ? first(g, r) : second(g, r);
    });
  }
  return out;
}

/** 指标值 split as the system stores it: 计算符号, 值, 计量单位 ('定性' for a qualitative value). */
export function splitValue(value: string): [sign: string, value: string, unit: string] {
  const m = /^\s*([≥≤=＝<>＜＞]{0,2})\s*([-+]?\d[\d,]*(?:\.\d+)?)\s*(.*)$/.exec(value);
  if (!m) return ['定性', value.trim(), ''];
  return [m[1] || '=', m[2], m[3].trim()];
}

function guangxi(p: SeedProject): string {
  const s = p.spec;
  const ind = s.indicators;
  const sjamt = 0;
  const bj = yuan(s.fiscal);
  const other = Math.round((yuan(s.carryover) + yuan(s.other)) * 100) / 100;
  return (
    row(cell(`${YEAR}年度部门预算广西壮族自治区本级项目支出绩效目标申报表`, { across: 6, down: 1 })).replace('<Row ', '<Row ss:Index="2" ') +
    '   <Row ss:AutoFitHeight="0" ss:Height="18"/>\n' +
    row(cell('项目名称', { across: 1 }), cell(s.name ?? '', { across: 1 }), cell('项目编码', { across: 1 }), cell('')) +
    row(cell('项目实施单位', { across: 1 }), cell(s.unit ?? '', { across: 1 }), cell('项目主管单位', { across: 1 }), cell(`101001-${s.department ?? ''}`)) +
    row(cell('项目属性', { across: 1 }), cell(s.category ?? '', { across: 4 })) +
    row(cell('资金总额', { across: 1, down: 5 }), cell('资金来源', { across: 1 }), cell('金额(元)', { across: 2 })) +
    row(cell('合计', { index: 3, across: 1 }), cell(null), cell('', { across: 1, type: 'Number', formula: '=SUM(R[1]C:R[4]C)' })) +
    row(cell('其中：一般公共预算拨款', { index: 3, across: 1, down: 1 }), cell('其中：上级'), cell(sjamt, { across: 1 })) +
    row(cell('      本级', { index: 5 }), cell(bj, { across: 1 })) +
    row(cell(' 政府性基金', { index: 3, across: 1 }), cell(null), cell(0, { across: 1 })) +
    row(cell('         其他资金', { index: 3, across: 1 }), cell(null), cell(other, { across: 1 })) +
    row(cell('项目概况(包括项目立项依据、可行性和必要性、支持范围、实施内容等)', { across: 1 }), cell('', { across: 4 })) +
    row(cell('项目起始时间', { across: 1 }), cell(String(YEAR), { across: 1 }), cell('项目终止时间', { across: 1 }), cell(YEAR + 1)) +
    row(cell('项目实施进度安排', { across: 1 }), cell('', { across: 4 })) +
    row(cell('年度绩效目标', { across: 1 }), cell(s.goal ?? '', { across: 4 })) +
    row(cell('中期绩效目标', { across: 1 }), cell(s.goal ?? '', { across: 4 })) +
    row(cell('项目年度绩效目标衡量指标', { across: 1, down: ind.length }), cell('一级指标'), cell('二级指标'), cell('指标内容', { across: 1 }), cell('指标值')) +
    indicatorRows(
      ind,
      (g, r) => row(cell(g.level1, { index: 3, down: g.level1Count - 1 }), cell(g.level2, { index: 4, down: g.rows.length - 1 }), cell(r[2], { index: 5, across: 1 }), cell(r[3], { index: 7 })),
      (g, r) => row(cell(g.level2, { index: 4, down: g.rows.length - 1 }), cell(r[2], { index: 5, across: 1 }), cell(r[3], { index: 7 })),
      (r) => row(cell(r[2], { index: 5, across: 1 }), cell(r[3], { index: 7 })),
    ) +
    row(cell(null, { across: 6 }))
  );
}

function shanxi(p: SeedProject): string {
  const s = p.spec;
  const ind = s.indicators;
  const total = yuan(s.total);
  const fiscal = yuan(s.fiscal);
  const own = Math.round((yuan(s.carryover) + yuan(s.other)) * 100) / 100;
  const money = (label: string, zq: number | null, nd: number | null) => row(cell(label, { index: 4 }), zq === null ? cell(null) : cell(ftlNumber(zq)), cell(`      ${label.replace(/^其中：|^\s+/, '')}`, { across: 1 }), nd === null ? cell(null, { across: 1 }) : cell(ftlNumber(nd), { across: 1 }));
  return (
    row(cell('山西省省级预算部门（单位）项目支出绩效目标表', { across: 8 })) +
    row(cell(null), cell(null), cell(null), cell(null), cell(`（${YEAR}年度）`, { across: 1 }), cell(null), cell(null), cell(null)) +
    row(cell('项目名称', { across: 2 }), cell(s.name ?? '', { across: 5 })) +
    row(cell('主管部门及代码', { across: 2 }), cell(`101001-${s.department ?? ''}`, { across: 1 }), cell('实施单位', { across: 1 }), cell(s.unit ?? '', { across: 1 })) +
    row(cell('项目属性', { across: 2 }), cell(s.category ?? '', { across: 1 }), cell('项目期', { across: 1 }), cell('1年', { across: 1 })) +
    row(cell('项目资金\n（元）', { across: 2, down: 5 }), cell('实施期资金总额：'), cell(ftlNumber(total)), cell('年度资金总额：', { across: 1 }), cell(ftlNumber(total), { across: 1 })) +
    money('其中：中央财政资金', 0, 0) +
    money('     省级财政资金', 0, 0) +
    money('     市县（区）财政资金', fiscal, fiscal) +
    money('     单位自筹', own, own) +
    money('     其他资金', null, null) +
    row(cell('项目概况', { across: 2 }), cell('', { across: 5 })) +
    row(cell('立项依据', { across: 2 }), cell('', { across: 5 })) +
    row(cell('项目设立必要性', { across: 2 }), cell('', { across: 5 })) +
    row(cell('保证项目实施的制度、措施', { across: 2 }), cell('', { across: 5 })) +
    row(cell('项目实施计划', { across: 2 }), cell('', { across: 5 })) +
    row(cell(null, { across: 8 })) +
    row(cell('实施期目标', { across: 5 }), cell('年度目标', { across: 2 })) +
    row(cell('总体目标'), cell(s.goal ?? '', { across: 4 }), cell(s.goal ?? '', { across: 2 })) +
    row(cell('绩效指标', { down: ind.length }), cell('一级指标'), cell('二级指标'), cell('三级指标'), cell('指标值', { across: 1 }), cell('二级指标'), cell('三级指标'), cell('指标值')) +
    indicatorRows(
      ind,
      (g, r) =>
        row(cell(g.level1, { index: 2, down: g.level1Count - 1 }), cell(g.level2, { index: 3, down: g.rows.length - 1 }), cell(r[2], { index: 4 }), cell(r[3], { index: 5, across: 1 }), cell(g.level2, { index: 7, down: g.rows.length - 1 }), cell(r[2], { index: 8 }), cell(r[3], { index: 9 })),
      (g, r) => row(cell(g.level2, { index: 3, down: g.rows.length - 1 }), cell(r[2], { index: 4 }), cell(r[3], { index: 5, across: 1 }), cell(g.level2, { index: 7, down: g.rows.length - 1 }), cell(r[2], { index: 8 }), cell(r[3], { index: 9 })),
      (r) => row(cell(r[2], { index: 4 }), cell(r[3], { index: 5, across: 1 }), cell(r[2], { index: 8 }), cell(r[3], { index: 9 })),
    ) +
    row(cell(null, { across: 8 })) +
    row(cell('负责人：'), cell(''), cell('经办人：'), cell(''), cell('联系电话：', { across: 1 }), cell(''), cell(`填报日期：${YEAR}-01-15`), cell(''))
  );
}

function hubei(p: SeedProject): string {
  const s = p.spec;
  const ind = s.indicators;
  const fiscal = yuan(s.fiscal);
  const money = (label: string, v: string) => row(cell(label, { index: 3, across: 1 }), cell(v, { across: 3 }));
  return (
    row(cell(`${YEAR}年度项目支出绩效目标申报表`, { across: 7, down: 1 })).replace('<Row ', '<Row ss:Index="4" ') +
    '   <Row ss:AutoFitHeight="0" ss:Height="18"/>\n' +
    row(cell(`${YEAR}年度`, { across: 7 })) +
    row(cell('项目名称', { across: 1 }), cell(s.name ?? '', { across: 5 })) +
    row(cell('主管部门及代码', { across: 1 }), cell(`101001 ${s.department ?? ''}`, { across: 1 }), cell('实施单位', { across: 1 }), cell(s.unit ?? '', { across: 1 })) +
    row(cell('年度资金情况', { across: 1, down: 5 }), cell('', { across: 5 })) +
    money('资金总额(元)：', ftlNumber(yuan(s.total))) +
    money('     财政拨款', ftlNumber(fiscal)) +
    money('         其中：上级补助', '0') +
    money('               本级安排', ftlNumber(fiscal)) +
    money('     其他资金', ftlNumber(Math.round((yuan(s.carryover) + yuan(s.other)) * 100) / 100)) +
    row(cell('年度绩效目标', { across: 1, down: 1 }), cell(s.goal ?? '', { across: 5, down: 1 })) +
    '   <Row ss:AutoFitHeight="0" ss:Height="18"/>\n' +
    row(cell('绩          效                指                 标', { down: ind.length }), cell('一级指标'), cell('二级指标'), cell('三级指标'), cell('指标值', { across: 2 }), cell('说明')) +
    indicatorRows(
      ind,
      (g, r) => row(cell(g.level1, { index: 2, down: g.level1Count - 1 }), cell(g.level2, { down: g.rows.length - 1 }), cell(r[2]), cell(r[3], { across: 2 }), cell('')),
      (g, r) => row(cell(g.level2, { index: 3, down: g.rows.length - 1 }), cell(r[2]), cell(r[3], { across: 2 }), cell('')),
      (r) => row(cell(r[2], { index: 4 }), cell(r[3], { across: 2 }), cell('')),
    )
  );
}

function hubeiSplit(p: SeedProject): string {
  const s = p.spec;
  const tail = (r: IndicatorRow) => {
    const [sign, value, unit] = splitValue(r[3]);
    return [cell(r[2]), cell(sign), cell(value), cell(unit), cell(''), cell('')];
  };
  return (
    row(cell('预算项目绩效信息表（项目入库阶段）', { across: 7 })) +
    row(cell('项目名称'), cell(s.name ?? '', { across: 2 }), cell('项目编码'), cell('', { across: 2 })) +
    row(cell('绩效目标', { down: 1 }), cell(s.goal ?? '', { across: 6, down: 1 })) +
    '   <Row ss:AutoFitHeight="0" ss:Height="20"/>\n' +
    row(cell('一级指标', { down: 1 }), cell('二级指标', { down: 1 }), '<Cell ss:MergeDown="1" ss:StyleID="s22"><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40"><B><Font html:Color="#FF0000">*</Font><Font>三级指标</Font></B></ss:Data></Cell>', cell('指标值', { across: 2 }), cell('备注（指标解释等）', { down: 1 }), cell('指标值说明（评分标准等）', { down: 1 })) +
    row(
      '<Cell ss:Index="4" ss:StyleID="s22"><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40"><B><Font html:Color="#FF0000">*</Font><Font>符号</Font></B></ss:Data></Cell>',
      '<Cell ss:StyleID="s22"><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40"><B><Font html:Color="#FF0000">*</Font><Font>值</Font></B></ss:Data></Cell>',
      cell('计量单位'),
    ) +
    indicatorRows(
      s.indicators,
      (g, r) => row(cell(g.level1, { down: g.level1Count - 1 }), cell(g.level2, { down: g.rows.length - 1 }), ...tail(r)),
      (g, r) => row(cell(g.level2, { index: 2, down: g.rows.length - 1 }), ...tail(r)),
      (r) => row(cell(r[2], { index: 3 }), ...tail(r).slice(1)),
    ) +
    row(...Array.from({ length: 8 }, () => cell(null))) +
    row(cell('备注：\n1.成本指标的三级指标系统已固化“项目或定额成本控制率”指标及指标值（=100%）等，不能删除这项指标。通常情况下不需要再增加其他成本指标。\n2.如确需有其他特殊定额成本，再另增加相应成本指标。', { across: 7 }))
  );
}

const RENDER: Record<Province, (p: SeedProject) => string> = { guangxi, shanxi, hubei, hubeiSplit };
const COLUMNS: Record<Province, number> = { guangxi: 7, shanxi: 9, hubei: 8, hubeiSplit: 8 };

/** One project's export: a whole XML Spreadsheet 2003 document with one worksheet. */
export function renderIfmis(project: SeedProject, province: Province): string {
  return `<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:html="http://www.w3.org/TR/REC-html40">
 <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Author>kingsoft</Author><Version>16.00</Version></DocumentProperties>
 <Styles>
  <Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Center"/><Font ss:FontName="宋体" x:CharSet="134" ss:Size="11"/><NumberFormat/></Style>
  <Style ss:ID="s66"><Alignment ss:Horizontal="Center" ss:Vertical="Center" ss:WrapText="1"/><Borders><Border ss:Position="Bottom" ss:LineStyle="Continuous" ss:Weight="1"/></Borders></Style>
  <Style ss:ID="s22"><Font ss:FontName="宋体" x:CharSet="134" ss:Size="11" ss:Bold="1"/></Style>
 </Styles>
 <Worksheet ss:Name="Sheet1">
  <Table ss:ExpandedColumnCount="${COLUMNS[province]}" ss:ExpandedRowCount="999" x:FullColumns="1" x:FullRows="1" ss:DefaultColumnWidth="48.6" ss:DefaultRowHeight="14.4">
${RENDER[province](project)}  </Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Selected/><ProtectObjects>False</ProtectObjects></WorksheetOptions>
 </Worksheet>
</Workbook>
`;
}
