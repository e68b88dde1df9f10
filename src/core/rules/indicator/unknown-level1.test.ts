import { buildTable, parseSeedProjects, type IndicatorRow } from '../../../../test/support/table-builder';
import { BUILTIN_PROFILES } from '../../profile';
import { unknownLevel1 } from './unknown-level1';

const ctx2024 = { profile: BUILTIN_PROFILES['2024'] };
const ctxClassic = { profile: BUILTIN_PROFILES.classic };

const full: IndicatorRow[] = [
  ['成本指标', '经济成本指标', '项目总成本', '≤1000 万元'],
  ['成本指标', '经济成本指标', '管网新建及改造费用', '≤228.5 万元'],
  ['产出指标', '数量指标', '管网建设', '≥15826 米'],
  ['产出指标', '质量指标', '工程实际完成率', '100%'],
  ['产出指标', '时效指标', '按施工合同完成及时率', '100%'],
  ['效益指标', '社会效益指标', '提高沿线用户供水安全需求', '明显提高'],
  ['满意度指标', '服务对象满意度指标', '沿线用户满意度', '≥95%'],
];
const swap = (from: string, to: string): IndicatorRow[] => full.map((r) => (r[0] === from ? [to, r[1], r[2], r[3]] : r));

describe('indicator/unknown-level1', () => {
  it('is silent on the seed tables and on aliases', () => {
    for (const p of parseSeedProjects()) expect(unknownLevel1.check(buildTable(p.spec), ctx2024)).toEqual([]);
    expect(unknownLevel1.check(buildTable({ indicators: swap('产出指标', '项目完成指标') }), ctx2024)).toEqual([]);
    expect(unknownLevel1.check(buildTable({ indicators: swap('效益指标', '效益') }), ctx2024)).toEqual([]);
  });

  it('reports a misspelt 一级 once, at its (merged) label cell, suggesting the 一级 its 二级 implies', () => {
    const t = buildTable({ indicators: swap('产出指标', '产出指木') });
    const issues = unknownLevel1.check(t, ctx2024);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual({ row: 12, col: 1 });
    expect(issues[0].message).toContain('「产出指木」');
    expect(issues[0].message).toContain('应为「产出指标」');
  });

  it('explains a 二级 written in the 一级 column', () => {
    const issues = unknownLevel1.check(buildTable({ indicators: swap('效益指标', '社会效益指标') }), ctx2024);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('是二级指标');
    expect(issues[0].message).toContain('「效益指标」');
  });

  it('classic: a 2024 table has 成本指标 as an unknown 一级, with the reason', () => {
    const t = buildTable({ indicators: full });
    const issues = unknownLevel1.check(t, ctxClassic);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual({ row: 10, col: 1 });
    expect(issues[0].message).toContain('经典框架');
    expect(issues[0].message).toContain('产出指标下的二级指标');
    expect(issues[0].message).toContain('2024 框架');
  });

  it('classic: seed tables report exactly their 成本指标 label', () => {
    for (const p of parseSeedProjects()) {
      const issues = unknownLevel1.check(buildTable(p.spec), ctxClassic);
      expect(issues).toHaveLength(1);
      expect(issues[0].message).toContain('「成本指标」');
    }
  });

  it('reports a label repeated on every row (split layout) once, at its first cell, naming the rows', () => {
    const t = buildTable({ indicators: swap('产出指标', '完成情况') });
    // Give each row its own label cell, as a layout with repeated labels does.
    for (const ind of t.indicators) if (ind.level1?.text === '完成情况') ind.level1 = { ...ind.level1, cell: { row: ind.row, col: 1 } };
    const issues = unknownLevel1.check(t, ctx2024);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual({ row: 12, col: 1 });
    expect(issues[0].message).toContain('第 13–15 行都写了「完成情况」');
  });

  it('reports two separate blocks with the same wrong label twice', () => {
    const rows: IndicatorRow[] = [
      ['完成情况', '数量指标', '管网建设', '≥15826 米'],
      ['效益指标', '社会效益指标', '提高供水安全', '明显提高'],
      ['完成情况', '质量指标', '合格率', '=100%'],
    ];
    expect(unknownLevel1.check(buildTable({ indicators: rows }), ctx2024)).toHaveLength(2);
  });
});

describe('indicator/unknown-level1: only the documented aliases are 一级 labels', () => {
  it('reports 效果指标 (a 部门整体 label, not a project table 一级)', () => {
    const t = buildTable({
      indicators: [
        ['成本指标', '经济成本指标', '项目总成本', '≤1000万元'],
        ['产出指标', '数量指标', '管网建设', '≥100米'],
        ['效果指标', '社会效益指标', '供水安全', '明显提高'],
        ['满意度指标', '服务对象满意度指标', '用户满意度', '≥95%'],
      ],
    });
    expect(unknownLevel1.check(t, ctx2024).map((i) => i.message)).toEqual([expect.stringContaining('效果指标')]);
  });
});

describe('indicator/unknown-level1: a level written with 项目 before it or 类 inside it is that level', () => {
  it.each(['项目产出指标', '产出类指标'])('%s is the 产出指标', (label) => {
    const t = buildTable({
      indicators: [
        ['成本指标', '经济成本指标', '项目总成本', '≤1000万元'],
        [label, '数量类指标', '管网建设', '≥100米'],
        ['效益指标', '社会效益指标', '供水安全', '明显提高'],
        ['满意度指标', '服务对象满意度指标', '用户满意度', '≥95%'],
      ],
    });
    expect(t.indicators[1].level1?.canonical).toBe('产出指标');
    expect(t.indicators[1].level2?.canonical).toBe('数量指标');
    expect(unknownLevel1.check(t, ctx2024)).toEqual([]);
  });
});
