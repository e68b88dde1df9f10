/**
 * Recognition of the three seed layouts against the transcription in seed-projects.txt: every table,
 * every header field, every fund and every indicator row must come out the same, whatever the layout.
 */
import * as path from 'path';
import { readXlsxFile } from '../../src/node/xlsx';
import { recognizeSheet } from '../../src/core/recognize';
import { canonicalLevel1, canonicalLevel2 } from '../../src/core/framework';
import { compactKey } from '../../src/core/text';
import { toA1, type Grid } from '../../src/core/grid';
import type { SummaryTable, TargetTable } from '../../src/core/model';
import { parseSeedProjects } from '../support/table-builder';

const seed = parseSeedProjects();
const layouts = ['official', 'split', 'pasted'] as const;
const workbooks = new Map<string, Grid[]>();

beforeAll(async () => {
  for (const l of layouts) workbooks.set(l, await readXlsxFile(path.join(__dirname, '../fixtures', `pingyin-2024-${l}.xlsx`)));
});

const squash = (s: string) => compactKey(s).replace(/[≥≤=<>]/g, '');

describe.each(layouts)('the %s layout', (layout) => {
  const models = () => workbooks.get(layout)!.map(recognizeSheet);

  it('has one summary and 15 target tables', () => {
    const kinds = models().map((m) => m.kind);
    expect(kinds[0]).toBe('summary');
    expect(kinds.slice(1)).toEqual(Array(15).fill('target-table'));
  });

  it('reads the summary rows', () => {
    const s = models()[0] as SummaryTable;
    expect(s.rows).toHaveLength(15);
    s.rows.forEach((r, i) => {
      expect(r.name?.text).toBe(seed[i].nameSummary);
      expect(r.department?.text).toBe(seed[i].deptSummary);
    });
    expect(s.rows[2].amount?.amount).toBeCloseTo(1680.92, 2);
  });

  it.each(seed.map((p, i) => [i + 1, p] as const))('reads table %i like the transcription', (n, project) => {
    const t = models()[n] as TargetTable;
    const spec = project.spec;
    expect(t.projectName?.text).toBe(spec.name);
    expect(t.category?.text).toBe(spec.category);
    expect(t.department?.text).toBe(spec.department);
    expect(t.implementingUnit?.text).toBe(spec.unit);
    expect(compactKey(t.goal?.text ?? '')).toBe(compactKey(spec.goal ?? ''));
    expect(t.year).toBe(2024);
    expect(t.moneyUnit).toBe('万元');
    expect(t.funds.total?.amount).toBeCloseTo(Number(String(spec.total).replace(/,/g, '')), 2);
    expect(t.funds.fiscal?.amount).toBeCloseTo(Number(String(spec.fiscal).replace(/,/g, '')), 2);
    expect(t.funds.carryover?.amount).toBe(0);
    expect(t.funds.other?.amount).toBe(0);
    expect(t.indicators).toHaveLength(spec.indicators.length);
    t.indicators.forEach((ind, i) => {
      const [l1, l2, name, value] = spec.indicators[i];
      const where = `${layout} ${t.sheet} ${toA1(ind.value.cell)}`;
      expect([where, ind.name?.text]).toEqual([where, name]);
      expect([where, squash(ind.value.text)]).toEqual([where, squash(value)]);
      expect([where, ind.level2?.canonical]).toEqual([where, canonicalLevel2(l2)]);
      // The pasted PDF text files 按施工合同完成及时率 beside 效益指标 (table 1): the sheet as pasted says so.
      const pastedQuirk = layout === 'pasted' && n === 1 && name === '按施工合同完成及时率';
      expect([where, ind.level1?.canonical]).toEqual([where, pastedQuirk ? '效益指标' : canonicalLevel1(l1)]);
      expect(['unparseable', 'placeholder', 'empty']).not.toContain(ind.value.parsed.kind);
    });
  });
});

describe('cells point where a person looks', () => {
  it('official: value, name and label cells of table 1', () => {
    const t = recognizeSheet(workbooks.get('official')![1]) as TargetTable;
    expect(toA1(t.indicators[0].value.cell)).toBe('E11');
    expect(toA1(t.indicators[1].level1!.cell)).toBe('B11'); // merged B11:B14
    expect(toA1(t.indicators[7].level2!.cell)).toBe('C18');
    expect(toA1(t.funds.total!.cell)).toBe('C5');
    expect(toA1(t.goal!.cell)).toBe('B9');
  });
  it('split: the value cell is the 指标值 column', () => {
    const t = recognizeSheet(workbooks.get('split')![6]) as TargetTable;
    expect(t.layout.splitValue).toBe(true);
    expect(toA1(t.indicators[0].value.cell)).toBe('E10');
    expect(t.indicators[0].value.parsed).toMatchObject({ kind: 'quantity', operator: '<=', number: 2010 });
  });
  it('pasted: a row shifted a column keeps its cells', () => {
    const t = recognizeSheet(workbooks.get('pasted')![8]) as TargetTable;
    const row = t.indicators.find((i) => i.name?.text === '系统运行维护响应时间')!;
    expect(toA1(row.name!.cell)).toBe('B21');
    expect(toA1(row.value.cell)).toBe('D21');
    expect(row.level2?.canonical).toBe('时效指标');
  });
});

describe('funds cells as clerks write them', () => {
  const table = (fund: string | number) =>
    recognizeSheet({
      name: 't',
      rows: [
        ['项目支出绩效目标表'],
        ['项目名称', '测试项目', null, '项目类别', '特定目标类'],
        ['项目资金（元）', '年度预算资金总额', 1200000],
        [null, '其中：财政拨款', 1200000],
        [null, '上年结转资金', fund],
        ['年度总体绩效目标', '完成'],
        [null, '一级指标', '二级指标', '三级指标', '指标值'],
        [null, '成本指标', '经济成本指标', '项目总成本', '≤120 万元'],
      ],
    }) as TargetTable;
  it('reads a dash as zero and money in 元 as 万元', () => {
    const t = table('-');
    expect(t.moneyUnit).toBe('元');
    expect(t.funds.total?.amount).toBeCloseTo(120, 6);
    expect(t.funds.carryover).toMatchObject({ amount: 0, invalid: false });
  });
  it('marks text that is no amount as invalid', () => {
    expect(table('见附件').funds.carryover).toMatchObject({ amount: null, invalid: true });
  });
});

describe('header labels as other provinces spell them', () => {
  it('reads 主管部门（单位）, 项目实施单位, 本级财政拨款, 上年结转结余资金, 其他来源资金, 项目总体绩效目标', () => {
    const t = recognizeSheet({
      name: 'other-province',
      rows: [
        ['2025年度项目支出绩效目标表'],
        ['项目名称', '乡村道路养护', '项目类别', '特定目标类'],
        ['主管部门（单位）', '某县交通运输局', '项目实施单位', '某县公路事业发展中心'],
        ['项目资金（万元）', '年度资金总额', 300],
        [null, '本级财政拨款', 250],
        [null, '上年结转结余资金', 30],
        [null, '其他来源资金', 20],
        ['项目总体绩效目标', '养护农村公路 120 公里。'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['成本指标', '经济成本指标', '项目总成本', '≤300万元'],
      ],
    }) as TargetTable;
    expect(t.department?.text).toBe('某县交通运输局');
    expect(t.implementingUnit?.text).toBe('某县公路事业发展中心');
    expect(t.goal?.text).toBe('养护农村公路 120 公里。');
    expect([t.funds.total?.amount, t.funds.fiscal?.amount, t.funds.carryover?.amount, t.funds.other?.amount]).toEqual([300, 250, 30, 20]);
    expect(t.year).toBe(2025);
  });
});
