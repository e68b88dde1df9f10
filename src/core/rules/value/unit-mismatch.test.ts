import { buildTable, parseSeedProjects, type IndicatorRow } from '../../../../test/support/table-builder';
import { BUILTIN_PROFILES } from '../../profile';
import { unitMismatch } from './unit-mismatch';

const ctx = { profile: BUILTIN_PROFILES['2024'] };
const check = (...rows: IndicatorRow[]) => unitMismatch.check(buildTable({ indicators: rows }), ctx);

describe('value/unit-mismatch', () => {
  it('is silent on the seed tables (万元, 元/月, 元/月/人, 万元/村, 万元/年/人 …)', () => {
    for (const p of parseSeedProjects()) expect(unitMismatch.check(buildTable(p.spec), ctx)).toEqual([]);
  });

  it('reports a cost whose unit is not money', () => {
    const issues = check(['成本指标', '经济成本指标', '补贴人数', '≤400 人'], ['成本指标', '经济成本指标', '成本控制率', '≤100%']);
    expect(issues).toHaveLength(2);
    expect(issues[0].cell).toEqual({ row: 10, col: 4 });
    expect(issues[0].message).toContain('单位是「人」，不是金额');
  });

  it('classic: reports a non-money 成本指标 under 产出', () => {
    const t = buildTable({ indicators: [['产出指标', '成本指标', '项目总成本', '≤1000 平方米']] });
    expect(unitMismatch.check(t, { profile: BUILTIN_PROFILES.classic })).toHaveLength(1);
  });

  it('does not require money for social or ecological costs', () => {
    expect(check(['成本指标', '社会成本指标', '征地面积', '≤10 亩'], ['成本指标', '生态环境成本指标', '碳排放量', '≤100 吨'])).toEqual([]);
  });

  it('reports money outside the cost indicators, except under 经济效益指标', () => {
    const issues = check(
      ['产出指标', '数量指标', '发放补贴资金', '≥1680 万元'],
      ['效益指标', '社会效益指标', '节约群众支出', '≥100 万元'],
      ['效益指标', '经济效益指标', '增加农户收入', '≥500 元/户'],
    );
    expect(issues.map((i) => i.cell.row)).toEqual([10, 11]);
    expect(issues[0].message).toContain('产出指标 / 数量指标');
  });

  it('is silent without a unit, on qualitative values, and on rows with no known labels', () => {
    expect(
      check(
        ['成本指标', '经济成本指标', '项目总成本', '≤1000'],
        ['成本指标', '经济成本指标', '项目总成本', '有效控制'],
        ['', '', '某资金', '≥5 万元'],
      ),
    ).toEqual([]);
  });
});

describe('value/unit-mismatch: a bare 万 in a cost line', () => {
  it('reads "≤620万/月" as money (万元 per month), as a reader does', () => {
    const table = buildTable({ indicators: [['成本指标', '经济成本指标', '人工成本', '≤620万/月']] });
    expect(unitMismatch.check(table, { profile: BUILTIN_PROFILES['2024'] })).toEqual([]);
  });
});
