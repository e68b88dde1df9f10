import { buildTable, parseSeedProjects, type IndicatorRow } from '../../../../test/support/table-builder';
import { BUILTIN_PROFILES } from '../../profile';
import { unknownLevel2 } from './unknown-level2';

const ctx2024 = { profile: BUILTIN_PROFILES['2024'] };
const ctxClassic = { profile: BUILTIN_PROFILES.classic };

const rows: IndicatorRow[] = [
  ['成本指标', '经济成本指标', '项目总成本', '≤1000 万元'],
  ['产出指标', '数量指标', '管网建设', '≥15826 米'],
  ['产出指标', '数量指标', '加压站建设', '≥1 座'],
  ['效益指标', '可持续发展影响指标', '管道预计可持续使用年限', '=20年'],
  ['效益指标', '环境效益指标', '降低管网漏失率', '有效降低'],
  ['满意度指标', '社会公众或服务对象满意度指标', '沿线用户满意度', '≥95%'],
];

describe('indicator/unknown-level2', () => {
  it('is silent on aliases and on the seed tables, in both frameworks', () => {
    for (const ctx of [ctx2024, ctxClassic]) {
      expect(unknownLevel2.check(buildTable({ indicators: rows }), ctx)).toEqual([]);
      for (const p of parseSeedProjects()) expect(unknownLevel2.check(buildTable(p.spec), ctx)).toEqual([]);
    }
    expect(unknownLevel2.check(buildTable({ indicators: [['产出指标', '数量', '管网建设', '≥1 米']] }), ctx2024)).toEqual([]);
  });

  it('reports an invented 二级 once per label cell, listing the 二级 of its 一级', () => {
    const bad = rows.map((r): IndicatorRow => (r[1] === '数量指标' ? [r[0], '工作量指标', r[2], r[3]] : r));
    const t = buildTable({ indicators: bad });
    const issues = unknownLevel2.check(t, ctx2024);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual({ row: 11, col: 2 });
    expect(issues[0].message).toContain('「工作量指标」');
    expect(issues[0].message).toContain('数量指标、质量指标、时效指标');
  });

  it('explains a 一级 written in the 二级 column', () => {
    const bad = rows.map((r): IndicatorRow => (r[0] === '满意度指标' ? [r[0], '满意度指标', r[2], r[3]] : r));
    const issues = unknownLevel2.check(buildTable({ indicators: bad }), ctx2024);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('是一级指标');
    expect(issues[0].message).toContain('服务对象满意度指标');
  });

  it('does not report 成本指标 as a 二级 (a real 二级: indicator/misplaced-level2 judges it)', () => {
    const t = buildTable({ indicators: [['产出指标', '成本指标', '项目总成本', '≤1000 万元']] });
    expect(unknownLevel2.check(t, ctx2024)).toEqual([]);
    expect(unknownLevel2.check(t, ctxClassic)).toEqual([]);
  });

  it('lists every 二级 when the row has no valid 一级', () => {
    const issues = unknownLevel2.check(buildTable({ indicators: [['', '其他指标', '某指标', '≥1 个']] }), ctx2024);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('规定的二级指标有');
    expect(issues[0].message).not.toContain('、成本指标');
  });
});
