import { buildTable, parseSeedProjects, type IndicatorRow } from '../../../../test/support/table-builder';
import { BUILTIN_PROFILES } from '../../profile';
import { qualitativeWhereQuantitative } from './qualitative-where-quantitative';

const ctx = { profile: BUILTIN_PROFILES['2024'] };
const check = (...rows: IndicatorRow[]) => qualitativeWhereQuantitative.check(buildTable({ indicators: rows }), ctx);

describe('value/qualitative-where-quantitative', () => {
  it('is silent on the seed tables', () => {
    for (const p of parseSeedProjects()) expect(qualitativeWhereQuantitative.check(buildTable(p.spec), ctx)).toEqual([]);
  });

  it('reports a qualitative cost and a qualitative 数量 at the value cell', () => {
    const issues = check(
      ['成本指标', '经济成本指标', '项目总成本', '有效控制'],
      ['成本指标', '社会成本指标', '对周边影响', '影响较小'],
      ['产出指标', '数量指标', '管网建设', '全面完成'],
    );
    expect(issues.map((i) => i.cell)).toEqual([{ row: 10, col: 4 }, { row: 11, col: 4 }, { row: 12, col: 4 }]);
    expect(issues[0].message).toContain('成本应写金额上限');
    expect(issues[2].message).toContain('数量应写具体数字和单位');
  });

  it('classic: reports a qualitative 成本指标 under 产出', () => {
    const t = buildTable({ indicators: [['产出指标', '成本指标', '项目总成本', '控制在预算内']] });
    expect(qualitativeWhereQuantitative.check(t, { profile: BUILTIN_PROFILES.classic })).toHaveLength(1);
  });

  it('is silent on qualitative 质量/效益 values, and on placeholders', () => {
    expect(
      check(
        ['产出指标', '质量指标', '工程质量', '符合标准'],
        ['效益指标', '社会效益指标', '供水安全', '明显提高'],
        ['产出指标', '数量指标', '管网建设', '待定'],
      ),
    ).toEqual([]);
  });
});
