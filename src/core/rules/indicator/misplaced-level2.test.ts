import { buildTable, parseSeedProjects, type IndicatorRow } from '../../../../test/support/table-builder';
import { BUILTIN_PROFILES } from '../../profile';
import { misplacedLevel2 } from './misplaced-level2';

const ctx2024 = { profile: BUILTIN_PROFILES['2024'] };
const ctxClassic = { profile: BUILTIN_PROFILES.classic };

const classic: IndicatorRow[] = [
  ['产出指标', '数量指标', '管网建设', '≥15826 米'],
  ['产出指标', '成本指标', '项目总成本', '≤1000 万元'],
  ['产出指标', '成本指标', '管网改造费用', '≤228.5 万元'],
  ['效益指标', '社会效益指标', '提高供水安全', '明显提高'],
  ['满意度指标', '服务对象满意度指标', '沿线用户满意度', '≥95%'],
];

describe('indicator/misplaced-level2', () => {
  it('is silent on the seed tables (2024)', () => {
    for (const p of parseSeedProjects()) expect(misplacedLevel2.check(buildTable(p.spec), ctx2024)).toEqual([]);
  });

  it('reports 时效指标 under 效益指标 at the 二级 label, once for its merged rows', () => {
    const t = buildTable({
      indicators: [
        ['产出指标', '数量指标', '管网建设', '≥15826 米'],
        ['效益指标', '时效指标', '完工及时率', '=100%'],
        ['效益指标', '时效指标', '发放及时率', '=100%'],
        ['效益指标', '社会效益指标', '提高供水安全', '明显提高'],
      ],
    });
    const issues = misplacedLevel2.check(t, ctx2024);
    expect(issues).toEqual([
      { cell: { row: 11, col: 2 }, message: '时效指标应归入产出指标，不应放在效益指标下。请把这些行移到产出指标下。' },
    ]);
  });

  it('uses the canonical name for an alias and 该行 for a single row', () => {
    const t = buildTable({ indicators: [['满意度指标', '进度指标', '完工及时率', '=100%']] });
    expect(misplacedLevel2.check(t, ctx2024)[0].message).toBe(
      '时效指标（「进度指标」）应归入产出指标，不应放在满意度指标下。请把该行移到产出指标下。',
    );
  });

  it('2024: 成本指标 as a 二级 under 产出 is misplaced, once, with the reform explained', () => {
    const issues = misplacedLevel2.check(buildTable({ indicators: classic }), ctx2024);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual({ row: 11, col: 2 });
    expect(issues[0].message).toContain('成本指标是一级指标');
  });

  it('classic: 成本指标 and 经济成本指标 under 产出 are in place', () => {
    expect(misplacedLevel2.check(buildTable({ indicators: classic }), ctxClassic)).toEqual([]);
    const t = buildTable({ indicators: [['产出指标', '经济成本指标', '项目总成本', '≤1000 万元']] });
    expect(misplacedLevel2.check(t, ctxClassic)).toEqual([]);
    expect(misplacedLevel2.check(t, ctx2024)[0].message).toContain('应归入成本指标');
  });

  it('classic: a 2024 table (成本指标 一级) is left to indicator/unknown-level1', () => {
    for (const p of parseSeedProjects()) expect(misplacedLevel2.check(buildTable(p.spec), ctxClassic)).toEqual([]);
  });
});

describe('indicator/misplaced-level2 with labels repeated on every row', () => {
  it('reports the block once at its first cell, naming the rows', () => {
    const t = buildTable({
      indicators: [
        ['产出指标', '数量指标', '管网建设', '≥15826 米'],
        ['效益指标', '时效指标', '完工及时率', '=100%'],
        ['效益指标', '时效指标', '发放及时率', '=100%'],
      ],
    });
    for (const ind of t.indicators) {
      if (ind.level1) ind.level1 = { ...ind.level1, cell: { row: ind.row, col: 1 } };
      if (ind.level2) ind.level2 = { ...ind.level2, cell: { row: ind.row, col: 2 } };
    }
    const issues = misplacedLevel2.check(t, { profile: BUILTIN_PROFILES['2024'] });
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual({ row: 11, col: 2 });
    expect(issues[0].message).toContain('（第 12–13 行）');
  });
});
