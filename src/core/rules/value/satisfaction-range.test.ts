import { buildTable, parseSeedProjects, type IndicatorRow } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE, ProfileSchema } from '../../profile';
import { satisfactionRange } from './satisfaction-range';

const ctx = { profile: DEFAULT_PROFILE };
const sat = (name: string, value: string): IndicatorRow => ['满意度指标', '服务对象满意度指标', name, value];
const check = (...rows: IndicatorRow[]) => satisfactionRange.check(buildTable({ indicators: rows }), ctx);

describe('value/satisfaction-range', () => {
  it('is silent on the seed tables (≥90%, ≥95%, 100%, >95%)', () => {
    for (const p of parseSeedProjects()) expect(satisfactionRange.check(buildTable(p.spec), ctx)).toEqual([]);
  });

  it('reports a target below the minimum, naming both figures', () => {
    const issues = check(sat('受益群众满意度', '≥75%'));
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual({ row: 10, col: 4 });
    expect(issues[0].message).toContain('满意度目标 75% 低于 80%');
  });

  it('follows profile.satisfactionMin', () => {
    const t = buildTable({ indicators: [sat('受益群众满意度', '≥85%')] });
    expect(satisfactionRange.check(t, ctx)).toEqual([]);
    const strict = { profile: ProfileSchema.parse({ satisfactionMin: 90 }) };
    expect(satisfactionRange.check(t, strict)[0].message).toContain('85% 低于 90%');
  });

  it('reports a qualitative value or a non-percent unit', () => {
    const issues = check(sat('受益群众满意度', '明显提高'), sat('群众评价', '≥90分'));
    expect(issues).toHaveLength(2);
    expect(issues[0].message).toContain('不是百分比');
    expect(issues[1].message).toContain('「分」');
  });

  it('applies to a name with 满意 outside the 满意度 一级', () => {
    const issues = check(['效益指标', '社会效益指标', '群众满意率', '≥60%']);
    expect(issues).toHaveLength(1);
  });

  it('does not apply to 投诉率 / 不满意率, nor to a stated increase outside 满意度指标', () => {
    expect(
      check(
        sat('投诉率', '≤5%'),
        sat('不满意率', '≤5%'),
        ['效益指标', '社会效益指标', '群众满意度明显提升', '明显提升'],
        sat('满意度提升幅度', '≥5%'),
      ),
    ).toEqual([]);
  });

  it('leaves ≤ to value/operator-direction and a bare number to value/missing-unit unless it is low', () => {
    expect(check(sat('满意度', '≤95%'), sat('满意度', '≥95'))).toEqual([]);
    expect(check(sat('满意度', '≥60'))[0].message).toContain('满意度目标 60 低于 80%');
  });
});
