import { buildTable, parseSeedProjects } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import { totalExceedsBudget } from './total-exceeds-budget';

const ctx = { profile: DEFAULT_PROFILE };

describe('cost/total-exceeds-budget', () => {
  it('stays silent on the seed (every total equals its budget)', () => {
    for (const p of parseSeedProjects()) expect(totalExceedsBudget.check(buildTable(p.spec), ctx)).toEqual([]);
  });

  it('fires at the total cost value when the total is above the budget', () => {
    const t = buildTable({ total: '1,000.00', indicators: [['成本指标', '经济成本指标', '项目总成本', '≤1200 万元']] });
    const issues = totalExceedsBudget.check(t, ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual(t.indicators[0].value.cell);
    expect(issues[0].message).toContain('1,200.00 万元');
    expect(issues[0].message).toContain('1,000.00 万元');
  });

  it('converts 元 to 万元 (10,000,000 元 = 1,000 万元 is within the budget)', () => {
    const t = buildTable({ total: 1000, indicators: [['成本指标', '经济成本指标', '项目总成本', '≤10000000元']] });
    expect(totalExceedsBudget.check(t, ctx)).toEqual([]);
    const over = buildTable({ total: 1000, indicators: [['成本指标', '经济成本指标', '项目总成本', '≤10001000元']] });
    expect(totalExceedsBudget.check(over, ctx)).toHaveLength(1);
  });

  it('works with funds kept in 元 (the model holds them in 万元)', () => {
    const t = buildTable({ moneyUnit: '元', total: 5000000, indicators: [['成本指标', '经济成本指标', '项目总成本', '≤600万元']] });
    expect(totalExceedsBudget.check(t, ctx)).toHaveLength(1);
  });

  it('is silent when the budget or the total is not an amount', () => {
    expect(totalExceedsBudget.check(buildTable({ total: '待定', indicators: [['成本指标', '经济成本指标', '项目总成本', '≤1200 万元']] }), ctx)).toEqual([]);
    expect(totalExceedsBudget.check(buildTable({ total: null, indicators: [['成本指标', '经济成本指标', '项目总成本', '≤1200 万元']] }), ctx)).toEqual([]);
    expect(totalExceedsBudget.check(buildTable({ indicators: [['成本指标', '经济成本指标', '项目总成本', '控制在预算内']] }), ctx)).toEqual([]);
  });
});

describe('cost/total-exceeds-budget: a total of the whole implementation period', () => {
  it.each(['项目总成本（实施期）', '三年总成本', '项目全周期总成本'])('%s is not compared with the year’s budget', (name) => {
    const t = buildTable({ total: '100', fiscal: '100', indicators: [['成本指标', '经济成本指标', name, '≤300万元']] });
    expect(totalExceedsBudget.check(t, { profile: DEFAULT_PROFILE })).toEqual([]);
  });
  it('本年度总成本 over the budget still is', () => {
    const t = buildTable({ total: '100', fiscal: '100', indicators: [['成本指标', '经济成本指标', '本年度总成本', '≤300万元']] });
    expect(totalExceedsBudget.check(t, { profile: DEFAULT_PROFILE })).toHaveLength(1);
  });
});
