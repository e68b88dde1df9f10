import { buildTable, parseSeedProjects, type IndicatorRow } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import { itemsSumMismatch } from './items-sum-mismatch';

const ctx = { profile: DEFAULT_PROFILE };
const c = (name: string, value: string): IndicatorRow => ['成本指标', '经济成本指标', name, value];

describe('cost/items-sum-mismatch', () => {
  it('finds no mismatch in the seed: all 15 tables itemise exactly to their totals', () => {
    const seeds = parseSeedProjects();
    expect(seeds).toHaveLength(15);
    for (const p of seeds) expect(itemsSumMismatch.check(buildTable(p.spec), ctx)).toEqual([]);
  });

  it('fires at the total value with both figures in the message', () => {
    const t = buildTable({
      indicators: [c('项目总成本', '≤1000 万元'), c('管网新建及改造费用', '≤240 万元'), c('加压站费用', '≤138.5 万元'), c('城区管网费用', '≤634 万元')],
    });
    const issues = itemsSumMismatch.check(t, ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual(t.indicators[0].value.cell);
    expect(issues[0].message).toContain('分项成本合计 1,012.50 万元 ≠ 项目总成本 1,000.00 万元');
  });

  it('converts 元 and 亿元 to 万元 before adding', () => {
    const ok = buildTable({ indicators: [c('项目总成本', '≤1.2 亿元'), c('工程费', '≤100000000 元'), c('设备费', '≤2000万元')] });
    expect(itemsSumMismatch.check(ok, ctx)).toEqual([]);
    const wrongUnit = buildTable({ indicators: [c('项目总成本', '≤1000 万元'), c('工程费', '≤800 元'), c('其他', '≤200 万元')] });
    expect(itemsSumMismatch.check(wrongUnit, ctx)).toHaveLength(1);
  });

  it('leaves unit costs out of the sum (元/月, 万元/村, …标准)', () => {
    const t = buildTable({
      indicators: [c('项目总成本', '≤2000万元'), c('污水处理标准', '≤21.27万元/村'), c('工程费', '≤1500万元'), c('监理费', '≤500万元')],
    });
    expect(itemsSumMismatch.check(t, ctx)).toEqual([]);
  });

  it('is silent with no item, and within the costSum tolerance', () => {
    expect(itemsSumMismatch.check(buildTable({ indicators: [c('项目总成本', '≤1000 万元'), c('补贴标准', '≤20元/月/人')] }), ctx)).toEqual([]);
    const near = buildTable({ indicators: [c('项目总成本', '≤1000 万元'), c('甲', '≤600.004 万元'), c('乙', '≤400 万元')] });
    expect(itemsSumMismatch.check(near, ctx)).toEqual([]);
  });

  it('keeps a money row whose 一级 label was pasted one row early (产出指标, no 二级) with the costs', () => {
    const t = buildTable({
      total: 310,
      indicators: [
        c('项目总成本', '≤310 万元'),
        c('在岗乡医养老保险补助', '≤224.53 万元'),
        ['产出指标', '', '老年乡医生活补助', '≤85.47 万元'],
        ['产出指标', '数量指标', '覆盖镇街数量', '≥7 个'],
      ],
    });
    expect(itemsSumMismatch.check(t, ctx)).toEqual([]);
  });

  it('ignores qualitative social/ecological costs', () => {
    const t = buildTable({
      indicators: [c('项目总成本', '≤1000 万元'), c('工程费', '≤1000 万元'), ['成本指标', '社会成本指标', '对周边居民出行影响', '影响较小']],
    });
    expect(itemsSumMismatch.check(t, ctx)).toEqual([]);
  });
});

describe('cost/items-sum-mismatch: an item’s part named as one', () => {
  it('("其中：机械费", "工程费用中：土建") is not summed again', () => {
    for (const part of ['其中：机械费', '人工费中：机械费', '含：设备购置']) {
      const t = buildTable({
        indicators: [
          ['成本指标', '经济成本指标', '项目总成本', '≤100万元'],
          ['成本指标', '经济成本指标', '材料费', '≤60万元'],
          ['成本指标', '经济成本指标', '人工费', '≤40万元'],
          ['成本指标', '经济成本指标', part, '≤10万元'],
        ],
      });
      expect(itemsSumMismatch.check(t, { profile: DEFAULT_PROFILE })).toEqual([]);
    }
  });
});
