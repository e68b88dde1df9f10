import { buildTable, parseSeedProjects, type IndicatorRow } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import { missingBreakdown } from './missing-breakdown';

const ctx = { profile: DEFAULT_PROFILE };
const c = (name: string, value: string): IndicatorRow => ['成本指标', '经济成本指标', name, value];

describe('cost/missing-breakdown', () => {
  it('stays silent on the seed (each table has items or a unit cost)', () => {
    for (const p of parseSeedProjects()) expect(missingBreakdown.check(buildTable(p.spec), ctx)).toEqual([]);
  });

  it('fires at the total when it stands alone', () => {
    const t = buildTable({ indicators: [c('项目总成本', '≤1000 万元'), ['产出指标', '数量指标', '管网建设', '≥15826 米']] });
    const issues = missingBreakdown.check(t, ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual(t.indicators[0].name!.cell);
  });

  it('is silent with a unit cost only, or an item only, or no total at all', () => {
    expect(missingBreakdown.check(buildTable({ indicators: [c('项目总成本', '≤2000万元'), c('污水处理标准', '≤21.27万元/村')] }), ctx)).toEqual([]);
    expect(missingBreakdown.check(buildTable({ indicators: [c('总成本', '≤2000万元'), c('工程费', '≤2000万元')] }), ctx)).toEqual([]);
    expect(missingBreakdown.check(buildTable({ indicators: [c('工程费', '≤2000万元')] }), ctx)).toEqual([]);
  });
});

describe('cost/missing-breakdown on a blank template', () => {
  it('asks for the itemised amounts by name instead of saying there is no breakdown', () => {
    const table = buildTable({
      indicators: [
        ['成本指标', '经济成本指标', '项目总成本', '≤100万元'],
        ['成本指标', '经济成本指标', '主要分项成本', ''],
        ['成本指标', '经济成本指标', '其他分项成本', ''],
      ],
    });
    const issues = missingBreakdown.check(table, ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toMatch(/^请填写分项成本：“主要分项成本”、“其他分项成本”还没有金额/);
  });
});
