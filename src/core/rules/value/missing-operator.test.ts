import { buildTable } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import { missingOperator } from './missing-operator';

const ctx = { profile: DEFAULT_PROFILE };
const one = (value: string, name = '工程实际完成率') => buildTable({ indicators: [['产出指标', '质量指标', name, value]] });

describe('value/missing-operator', () => {
  it.each(['100%', '94个', '12 个月', '4 万吨/每天', '342 人'])('reports %s (info) at the value cell', (value) => {
    const issues = missingOperator.check(one(value), ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual({ row: 10, col: 4 });
    expect(issues[0].message).toContain(`「${value}」没有运算符`);
  });

  it('names the reading as = and proposes a spelling that fits the indicator', () => {
    const full = missingOperator.check(one('100%'), ctx)[0].message;
    expect(full).toContain('按「=100%」理解');
    expect(full).toContain('如「=100%」。');
    expect(missingOperator.check(one('95%', '补贴发放及时率'), ctx)[0].message).toContain('如「≥95%」。');
    expect(missingOperator.check(one('5%', '投诉率'), ctx)[0].message).toContain('如「≤5%」。');
    expect(missingOperator.check(one('94个', '污水治理村个数'), ctx)[0].message).toContain('如「=94个」或「≥94个」。');
    const cost = buildTable({ indicators: [['成本指标', '经济成本指标', '单位成本', '17元/人.每天']] });
    expect(missingOperator.check(cost, ctx)[0].message).toContain('如「≤17元/人.每天」。');
  });

  it.each(['=100%', '≥95%', '≤1000 万元', '>95%', '<5%'])('is silent on %s', (value) => {
    expect(missingOperator.check(one(value), ctx)).toEqual([]);
  });

  it('is silent on dates and qualitative values', () => {
    const t = buildTable({
      indicators: [
        ['产出指标', '时效指标', '完工时间', '2024年12月31日'],
        ['效益指标', '社会效益指标', '供水安全', '明显提高'],
      ],
    });
    t.indicators[0].value.parsed = { kind: 'date', text: '2024年12月31日', operator: '=', year: 2024, month: 12, day: 31 };
    expect(missingOperator.check(t, ctx)).toEqual([]);
  });
});
