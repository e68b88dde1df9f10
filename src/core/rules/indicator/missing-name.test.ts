import { buildTable, parseSeedProjects } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import { missingName } from './missing-name';

const ctx = { profile: DEFAULT_PROFILE };

describe('indicator/missing-name', () => {
  it('is silent on the seed tables', () => {
    for (const p of parseSeedProjects()) expect(missingName.check(buildTable(p.spec), ctx)).toEqual([]);
  });

  it('reports a value without a name at the value cell', () => {
    const t = buildTable({
      indicators: [
        ['产出指标', '数量指标', '管网建设', '≥15826 米'],
        ['产出指标', '数量指标', '', '≥1 座'],
        ['产出指标', '数量指标', '   ', '100%'],
      ],
    });
    t.indicators[2].name = { text: '   ', cell: { row: 12, col: 3 } };
    const issues = missingName.check(t, ctx);
    expect(issues.map((i) => i.cell)).toEqual([t.indicators[1].value.cell, t.indicators[2].value.cell]);
    expect(issues[0].message).toContain('第 12 行有指标值「≥1 座」');
  });

  it('is silent on a row with neither name nor value', () => {
    const t = buildTable({ indicators: [['产出指标', '数量指标', '', '']] });
    expect(missingName.check(t, ctx)).toEqual([]);
  });
});
