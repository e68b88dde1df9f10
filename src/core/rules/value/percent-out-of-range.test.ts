import { buildTable, parseSeedProjects } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import { percentOutOfRange } from './percent-out-of-range';

const ctx = { profile: DEFAULT_PROFILE };
const one = (value: string, name = '工程实际完成率') => buildTable({ indicators: [['产出指标', '质量指标', name, value]] });

describe('value/percent-out-of-range', () => {
  it('is silent on the seed tables', () => {
    for (const p of parseSeedProjects()) expect(percentOutOfRange.check(buildTable(p.spec), ctx)).toEqual([]);
  });

  it.each(['≥105%', '292%', '-5%', '≥100.5%'])('reports %s at the value cell', (value) => {
    const issues = percentOutOfRange.check(one(value), ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual({ row: 10, col: 4 });
    expect(issues[0].message).toContain(`「${value}」`);
  });

  it.each(['=100%', '≥0%', '≥95%', '0%', '≥105 人', '292'])('is silent on %s', (value) => {
    expect(percentOutOfRange.check(one(value), ctx)).toEqual([]);
  });

  it('allows a growth rate above 100%', () => {
    expect(percentOutOfRange.check(one('≥120%', '村集体收入增长率'), ctx)).toEqual([]);
  });
});

describe('value/percent-out-of-range: ratios of two amounts may pass 100%', () => {
  test.each([
    ['经济效益指标', '投入产出比', '≥150%'],
    ['质量指标', '资金配套比例', '≥120%'],
    ['数量指标', '超额完成比例', '≥110%'],
    ['经济效益指标', '带动农户增收比例', '≥200%'],
  ])('%s %s %s: not reported', (l2, name, value) => {
    expect(percentOutOfRange.check(buildTable({ indicators: [['产出指标', l2, name, value]] }), { profile: DEFAULT_PROFILE })).toEqual([]);
  });
  it('a share of a whole still is (计划完成率 ≥105%)', () => {
    expect(percentOutOfRange.check(buildTable({ indicators: [['产出指标', '数量指标', '计划完成率', '≥105%']] }), { profile: DEFAULT_PROFILE })).toHaveLength(1);
  });
});
