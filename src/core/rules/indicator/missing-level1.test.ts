import { buildTable, parseSeedProjects, type IndicatorRow } from '../../../../test/support/table-builder';
import { BUILTIN_PROFILES } from '../../profile';
import { missingLevel1 } from './missing-level1';

const ctx2024 = { profile: BUILTIN_PROFILES['2024'] };
const ctxClassic = { profile: BUILTIN_PROFILES.classic };

const full: IndicatorRow[] = [
  ['成本指标', '经济成本指标', '项目总成本', '≤1000 万元'],
  ['产出指标', '数量指标', '管网建设', '≥15826 米'],
  ['产出指标', '质量指标', '工程实际完成率', '100%'],
  ['产出指标', '时效指标', '按施工合同完成及时率', '100%'],
  ['效益指标', '社会效益指标', '提高沿线用户供水安全需求', '明显提高'],
  ['满意度指标', '服务对象满意度指标', '沿线用户满意度', '≥95%'],
];
const classic: IndicatorRow[] = [
  ['产出指标', '数量指标', '管网建设', '≥15826 米'],
  ['产出指标', '质量指标', '工程实际完成率', '=100%'],
  ['产出指标', '时效指标', '按施工合同完成及时率', '=100%'],
  ['产出指标', '成本指标', '项目总成本', '≤1000 万元'],
  ['效益指标', '社会效益指标', '提高沿线用户供水安全需求', '明显提高'],
  ['满意度指标', '服务对象满意度指标', '沿线用户满意度', '≥95%'],
];

describe('indicator/missing-level1', () => {
  it('is silent on a complete 2024 table and on the 15 seed tables', () => {
    expect(missingLevel1.check(buildTable({ indicators: full }), ctx2024)).toEqual([]);
    for (const p of parseSeedProjects()) expect(missingLevel1.check(buildTable(p.spec), ctx2024)).toEqual([]);
  });

  it('reports each missing 一级 at the 一级 cell of the indicator header row', () => {
    const t = buildTable({ indicators: full.filter((r) => r[0] !== '满意度指标' && r[0] !== '效益指标') });
    const issues = missingLevel1.check(t, ctx2024);
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('缺少一级指标「效益指标」'),
      expect.stringContaining('缺少一级指标「满意度指标」'),
    ]);
    for (const i of issues) expect(i.cell).toEqual({ row: t.indicatorHeaderRow!, col: 1 });
    expect(issues[1].message).toContain('服务对象满意度指标');
  });

  it('accepts aliases (项目完成指标 = 产出指标, 满意度 = 满意度指标)', () => {
    const rows = full.map((r): IndicatorRow => [r[0] === '产出指标' ? '项目完成指标' : r[0] === '满意度指标' ? '满意度' : r[0], r[1], r[2], r[3]]);
    expect(missingLevel1.check(buildTable({ indicators: rows }), ctx2024)).toEqual([]);
  });

  it('2024: a classic-shaped table lacks the 成本指标 一级, and says why', () => {
    const issues = missingLevel1.check(buildTable({ indicators: classic }), ctx2024);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('缺少一级指标「成本指标」');
    expect(issues[0].message).toContain('单列为一级指标');
  });

  it('classic: the classic-shaped table and a 2024 table both have every 一级', () => {
    expect(missingLevel1.check(buildTable({ indicators: classic }), ctxClassic)).toEqual([]);
    expect(missingLevel1.check(buildTable({ indicators: full }), ctxClassic)).toEqual([]);
  });

  it('points at the rows whose 一级 cell is blank when their 二级 shows which 一级 it is', () => {
    const rows = full.map((r): IndicatorRow => (r[0] === '效益指标' ? ['', r[1], r[2], r[3]] : r));
    const t = buildTable({ indicators: rows });
    const issues = missingLevel1.check(t, ctx2024);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual({ row: 14, col: 1 });
    expect(issues[0].message).toContain('应为「效益指标」');
  });

  it('leaves a misspelt 一级 whose 二级 shows which it is to indicator/unknown-level1', () => {
    const rows = full.map((r): IndicatorRow => (r[0] === '效益指标' ? ['效果指木', r[1], r[2], r[3]] : r));
    expect(missingLevel1.check(buildTable({ indicators: rows }), ctx2024)).toEqual([]);
  });

  it('reports all four for a table without indicators, without throwing', () => {
    const t = buildTable({ indicators: [] });
    t.indicatorHeaderRow = null;
    const issues = missingLevel1.check(t, ctx2024);
    expect(issues).toHaveLength(4);
    for (const i of issues) expect(i.cell).toEqual(t.anchor);
  });
});
