import { buildTable, parseSeedProjects } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import { missingValue } from './missing-value';

const ctx = { profile: DEFAULT_PROFILE };

describe('indicator/missing-value', () => {
  it('is silent on the seed tables', () => {
    for (const p of parseSeedProjects()) expect(missingValue.check(buildTable(p.spec), ctx)).toEqual([]);
  });

  it('reports a name without a value at the value cell of its row', () => {
    const t = buildTable({
      indicators: [
        ['产出指标', '数量指标', '管网建设', ''],
        ['产出指标', '数量指标', '加压站建设', '  '],
        ['产出指标', '质量指标', '工程实际完成率', '100%'],
      ],
    });
    const issues = missingValue.check(t, ctx);
    expect(issues.map((i) => i.cell)).toEqual([{ row: 10, col: 4 }, { row: 11, col: 4 }]);
    expect(issues[0].message).toContain('三级指标「管网建设」没有指标值');
  });

  it('is silent on a row without a name (indicator/missing-name) and on placeholders (value/placeholder)', () => {
    const t = buildTable({ indicators: [['产出指标', '数量指标', '', '']] });
    expect(missingValue.check(t, ctx)).toEqual([]);
    const p = buildTable({ indicators: [['产出指标', '数量指标', '管网建设', '待定']] });
    expect(missingValue.check(p, ctx)).toEqual([]);
  });
});
