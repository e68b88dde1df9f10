import { buildTable, parseSeedProjects, type IndicatorRow } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import { itemExceedsTotal } from './item-exceeds-total';

const ctx = { profile: DEFAULT_PROFILE };
const c = (name: string, value: string): IndicatorRow => ['成本指标', '经济成本指标', name, value];

describe('cost/item-exceeds-total', () => {
  it('stays silent on the seed', () => {
    for (const p of parseSeedProjects()) expect(itemExceedsTotal.check(buildTable(p.spec), ctx)).toEqual([]);
  });

  it('fires at the item that is larger than the total (元 written as 万元)', () => {
    const t = buildTable({ indicators: [c('项目总成本', '≤100 万元'), c('维修费', '≤60 万元'), c('车辆燃油费用', '≤400000 万元')] });
    const issues = itemExceedsTotal.check(t, ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual(t.indicators[2].value.cell);
    expect(issues[0].message).toContain('车辆燃油费用');
  });

  it('is silent when the item equals the total, or when there is no total', () => {
    expect(itemExceedsTotal.check(buildTable({ indicators: [c('项目总成本', '≤100 万元'), c('工程费', '≤1000000 元')] }), ctx)).toEqual([]);
    expect(itemExceedsTotal.check(buildTable({ indicators: [c('工程费', '≤1000 万元')] }), ctx)).toEqual([]);
  });
});
