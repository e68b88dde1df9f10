import { buildTable, parseSeedProjects } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import { totalBelowBudget } from './total-below-budget';

const ctx = { profile: DEFAULT_PROFILE };

describe('cost/total-below-budget', () => {
  it('stays silent on the seed', () => {
    for (const p of parseSeedProjects()) expect(totalBelowBudget.check(buildTable(p.spec), ctx)).toEqual([]);
  });

  it('fires (info) at the total when part of the budget has no cost', () => {
    const t = buildTable({ total: '1,000.00', indicators: [['成本指标', '经济成本指标', '项目总成本', '≤800 万元']] });
    const issues = totalBelowBudget.check(t, ctx);
    expect(issues).toHaveLength(1);
    expect(totalBelowBudget.defaultSeverity).toBe('info');
    expect(issues[0].cell).toEqual(t.indicators[0].value.cell);
    expect(issues[0].message).toContain('200.00 万元');
  });

  it('tolerates a rounding difference within the funds tolerance', () => {
    const t = buildTable({ total: '1,000.00', indicators: [['成本指标', '经济成本指标', '项目总成本', '≤999.995 万元']] });
    expect(totalBelowBudget.check(t, ctx)).toEqual([]);
    const strict = { profile: { ...DEFAULT_PROFILE, tolerances: { ...DEFAULT_PROFILE.tolerances, funds: 0 } } };
    expect(totalBelowBudget.check(t, strict)).toHaveLength(1);
  });

  it('does not fire when the total exceeds the budget (that is the error rule)', () => {
    const t = buildTable({ total: 1000, indicators: [['成本指标', '经济成本指标', '项目总成本', '≤1200 万元']] });
    expect(totalBelowBudget.check(t, ctx)).toEqual([]);
  });
});
