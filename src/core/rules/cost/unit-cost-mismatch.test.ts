import { buildTable, parseSeedProjects, type IndicatorRow } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import { unitCostMismatch } from './unit-cost-mismatch';

const ctx = { profile: DEFAULT_PROFILE };
const c = (name: string, value: string): IndicatorRow => ['成本指标', '经济成本指标', name, value];
const q = (name: string, value: string): IndicatorRow => ['产出指标', '数量指标', name, value];

describe('cost/unit-cost-mismatch on the seed', () => {
  const seeds = parseSeedProjects();
  const results = new Map(seeds.map((p) => [p.spec.name!, unitCostMismatch.check(buildTable(p.spec), ctx)]));

  it('warns exactly for the four tables whose standards do not add up', () => {
    const fired = [...results].filter(([, issues]) => issues.length > 0).map(([name]) => name);
    expect(fired.sort()).toEqual(
      ['城乡公益性岗位岗位及社保补贴', '就业困难人员灵活就业社保补贴', '老年乡医生活补贴', '80-89 周岁高龄津贴'].sort(),
    );
  });

  it('城乡公益性岗位: four standards paired with 城镇/乡村 counts, ≈3,819 万元 > 2,010', () => {
    const [issue] = results.get('城乡公益性岗位岗位及社保补贴')!;
    expect(issue.message).toContain('2010 元/月 × 12 个月 × 400 人 = 964.80 万元');
    expect(issue.message).toContain('600 元/月 × 12 个月 × 3,213 人 = 2,313.36 万元');
    expect(issue.message).toContain('100 元/人 × 3,213 人 = 32.13 万元');
    expect(issue.message).toContain('合计 3,819.09 万元，超过项目总成本 2,010.00 万元');
    // The first unit cost's value cell: row 2 of the indicators (after the total).
    expect(issue.cell).toEqual({ row: 11, col: 4 });
  });

  it('灵活就业: 647 元/月 × 12 × 1,200 人 = 931.68 万元 > 559.01', () => {
    expect(results.get('就业困难人员灵活就业社保补贴')![0].message).toContain('647 元/月 × 12 个月 × 1,200 人 = 931.68 万元，超过项目总成本 559.01 万元');
  });

  it('老年乡医: 20 元/月/人 × 12 × 1,300 = 31.20 万元, far below 357.60', () => {
    const m = results.get('老年乡医生活补贴')![0].message;
    expect(m).toContain('20 元/月/人 × 12 个月 × 1,300 人 = 31.20 万元');
    expect(m).toContain('低');
  });

  it('高龄津贴: 0.12 万元/年/人 × 8,000 人 = 960 > 480', () => {
    expect(results.get('80-89 周岁高龄津贴')![0].message).toContain('单位成本 0.12 万元/年/人 × 8,000 人 = 960.00 万元，超过项目总成本 480.00 万元');
  });

  it('is silent on 污水治理 (21.27 万元/村 × 94 村 ≈ 2,000) and 警务辅助 (8.24 万元/年 × 342 人 ≈ 2,820.81)', () => {
    expect(results.get('平阴县农村生活污水治理项目')).toEqual([]);
    expect(results.get('警务辅助人员专项经费')).toEqual([]);
  });
});

describe('cost/unit-cost-mismatch', () => {
  it('uses the stated 覆盖月数 instead of 12', () => {
    const rows = [c('项目总成本', '≤60万元'), c('人均补贴标准', '≤1000元/月'), q('补贴人数', '≥100 人')];
    // 1000 元 × 12 × 100 = 120 万元 > 60; with 6 months covered, 60 万元 fits.
    expect(unitCostMismatch.check(buildTable({ total: 60, indicators: rows }), ctx)).toHaveLength(1);
    const six = buildTable({ total: 60, indicators: [...rows, q('补贴覆盖月数', '6 个月')] });
    expect(unitCostMismatch.check(six, ctx)).toEqual([]);
  });

  it('matches a 万元/村 standard with a count of 个 whose name says 村, not with 镇街', () => {
    const t = buildTable({
      total: 2000,
      indicators: [c('项目总成本', '≤2000万元'), c('污水处理标准', '≤30万元/村'), q('污水治理镇街数量', '8个'), q('污水治理村个数', '94个')],
    });
    const [issue] = unitCostMismatch.check(t, ctx);
    expect(issue.message).toContain('30 万元/村 × 94 个 = 2,820.00 万元');
  });

  it('matches a count written "94个村" whatever the name says', () => {
    const t = buildTable({ total: 2000, indicators: [c('项目总成本', '≤2000万元'), c('污水处理标准', '≤30万元/村'), q('污水治理数量', '94个村'), q('镇街数量', '8个镇街')] });
    expect(unitCostMismatch.check(t, ctx)[0].message).toContain('30 万元/村 × 94 ');
  });

  it('tolerates a standard rounded up in its last digit (21.28 × 94 = 2,000.32)', () => {
    const t = buildTable({ total: 2000, indicators: [c('项目总成本', '≤2000万元'), c('污水处理标准', '≤21.28万元/村'), q('治理村数', '94 村')] });
    expect(unitCostMismatch.check(t, ctx)).toEqual([]);
  });

  it('fires when the products fall short of the total by more than 10%, not within it', () => {
    const base = (std: string): IndicatorRow[] => [c('项目总成本', '≤100万元'), c('单位造价', std), q('绿化面积', '≥10000 平方米')];
    expect(unitCostMismatch.check(buildTable({ total: 100, indicators: base('≤95元/平方米') }), ctx)).toEqual([]);
    const low = unitCostMismatch.check(buildTable({ total: 100, indicators: base('≤80元/平方米') }), ctx);
    expect(low).toHaveLength(1);
    expect(low[0].message).toContain('80 元/平方米 × 10,000 平方米 = 80.00 万元');
  });

  it('converts 万平方米 and 万人', () => {
    const t = buildTable({ total: 100, indicators: [c('项目总成本', '≤100万元'), c('保洁单价', '≤1元/平方米'), q('保洁面积', '≥260 万平方米')] });
    expect(unitCostMismatch.check(t, ctx)[0].message).toContain('= 260.00 万元');
  });

  it('stays silent when no quantity can be matched (no guess)', () => {
    expect(unitCostMismatch.check(buildTable({ indicators: [c('项目总成本', '≤1000万元'), c('补贴标准', '≤2000万元/村'), q('管网建设', '≥15826 米')] }), ctx)).toEqual([]);
    // A monthly rent is no pay standard: 人 is not assumed.
    expect(unitCostMismatch.check(buildTable({ indicators: [c('项目总成本', '≤1000万元'), c('办公场所租赁费', '≤5000元/月'), q('社区工作人员数量', '≥296 人')] }), ctx)).toEqual([]);
  });

  it('with a standard left unmatched, still reports a matched sum that already exceeds the total', () => {
    const t = buildTable({
      total: 100,
      indicators: [c('项目总成本', '≤100万元'), c('岗位补贴标准', '≤2000元/月'), c('设备维护标准', '≤5万元/台'), q('补贴人数', '≥100 人')],
    });
    expect(unitCostMismatch.check(t, ctx)).toHaveLength(1); // 2000 × 12 × 100 = 240 万元 > 100
    const under = buildTable({
      total: 100,
      indicators: [c('项目总成本', '≤100万元'), c('岗位补贴标准', '≤200元/月'), c('设备维护标准', '≤5万元/台'), q('补贴人数', '≥100 人')],
    });
    expect(unitCostMismatch.check(under, ctx)).toEqual([]); // 24 万元 + unknown: no conclusion
  });

  it('accepts a standard that prices one itemised cost', () => {
    const t = buildTable({
      total: 1000,
      indicators: [c('项目总成本', '≤1000万元'), c('工程款费用', '≤800万元'), c('其他建设成本', '≤200万元'), c('建设单价', '≤0.2万元/平方米'), q('建设面积', '≥4000 平方米')],
    });
    expect(unitCostMismatch.check(t, ctx)).toEqual([]);
  });

  it('does not throw on odd values', () => {
    const t = buildTable({ indicators: [c('项目总成本', ''), c('补贴标准', '待定'), q('人数', '')] });
    expect(() => unitCostMismatch.check(t, ctx)).not.toThrow();
    const zero = buildTable({ total: 0, indicators: [c('项目总成本', '≤0万元'), c('补贴标准', '≤10元/人'), q('人数', '≥10人')] });
    expect(unitCostMismatch.check(zero, ctx)).toEqual([]);
  });
});
