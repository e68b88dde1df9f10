import { buildTable, parseSeedProjects } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import { missingUnit } from './missing-unit';

const ctx = { profile: DEFAULT_PROFILE };
const one = (name: string, value: string) => buildTable({ indicators: [['产出指标', '数量指标', name, value]] });

describe('value/missing-unit', () => {
  it('is silent on the seed tables', () => {
    for (const p of parseSeedProjects()) expect(missingUnit.check(buildTable(p.spec), ctx)).toEqual([]);
  });

  it('asks for % on a rate written as a bare number', () => {
    const issues = missingUnit.check(one('补贴发放及时率', '≥95'), ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual({ row: 10, col: 4 });
    expect(issues[0].message).toContain('「≥95%」');
  });

  it('asks for a unit on a count written as a bare number', () => {
    const issues = missingUnit.check(one('管网建设', '≥15826'), ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('没有计量单位');
  });

  it('is silent on an index or a coefficient', () => {
    expect(missingUnit.check(one('空气质量综合指数', '≤4.5'), ctx)).toEqual([]);
    expect(missingUnit.check(one('能效系数', '≥0.8'), ctx)).toEqual([]);
  });

  it('is silent on values with a unit, dates, qualitative values and placeholders', () => {
    const t = buildTable({
      indicators: [
        ['产出指标', '数量指标', '管网建设', '≥15826 米'],
        ['产出指标', '时效指标', '完工时间', '2024年12月'],
        ['效益指标', '社会效益指标', '供水安全', '明显提高'],
        ['产出指标', '数量指标', '加压站建设', 'XX'],
      ],
    });
    t.indicators[1].value.parsed = { kind: 'date', text: '2024年12月', operator: '=', year: 2024, month: 12, day: null };
    expect(missingUnit.check(t, ctx)).toEqual([]);
  });
});
