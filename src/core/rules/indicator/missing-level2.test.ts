import { buildTable, parseSeedProjects, type IndicatorRow } from '../../../../test/support/table-builder';
import { BUILTIN_PROFILES } from '../../profile';
import { missingLevel2 } from './missing-level2';

const ctx2024 = { profile: BUILTIN_PROFILES['2024'] };
const ctxClassic = { profile: BUILTIN_PROFILES.classic };

describe('indicator/missing-level2', () => {
  it('is silent on the 15 seed tables', () => {
    for (const p of parseSeedProjects()) expect(missingLevel2.check(buildTable(p.spec), ctx2024)).toEqual([]);
  });

  it('reports each missing 二级 at the 一级 label cell', () => {
    const t = buildTable({
      indicators: [
        ['成本指标', '社会成本指标', '对周边环境影响', '无明显影响'],
        ['产出指标', '数量指标', '管网建设', '≥15826 米'],
        ['效益指标', '社会效益指标', '提高供水安全', '明显提高'],
        ['满意度指标', '服务对象满意度指标', '沿线用户满意度', '≥95%'],
      ],
    });
    const issues = missingLevel2.check(t, ctx2024);
    expect(issues.map((i) => i.message)).toEqual([
      '成本指标下缺少经济成本指标。请补充至少一项经济成本指标（如项目总成本、分项成本、单位成本）。',
      '产出指标下缺少质量指标。请补充至少一项质量指标（如验收合格率、发放准确率）。',
      '产出指标下缺少时效指标。请补充至少一项时效指标（如完成及时率、完成时间）。',
    ]);
    expect(issues.map((i) => i.cell)).toEqual([{ row: 10, col: 1 }, { row: 11, col: 1 }, { row: 11, col: 1 }]);
  });

  it('counts aliases and ignores a missing 一级 (indicator/missing-level1 has it)', () => {
    const t = buildTable({
      indicators: [
        ['产出指标', '数量', '管网建设', '≥15826 米'],
        ['产出指标', '质量', '合格率', '=100%'],
        ['产出指标', '进度指标', '及时率', '=100%'],
        ['满意度指标', '社会公众或服务对象满意度指标', '满意度', '≥95%'],
      ],
    });
    expect(missingLevel2.check(t, ctx2024)).toEqual([]);
  });

  it('classic: does not ask for cost 二级 under 产出', () => {
    const t = buildTable({
      indicators: [
        ['产出指标', '数量指标', '管网建设', '≥15826 米'],
        ['产出指标', '质量指标', '合格率', '=100%'],
        ['产出指标', '时效指标', '及时率', '=100%'],
        ['产出指标', '成本指标', '项目总成本', '≤1000 万元'],
      ],
    });
    expect(missingLevel2.check(t, ctxClassic)).toEqual([]);
  });

  it('reports a 满意度指标 whose rows have no 二级', () => {
    const rows: IndicatorRow[] = [['满意度指标', '', '沿线用户满意度', '≥95%']];
    const issues = missingLevel2.check(buildTable({ indicators: rows }), ctx2024);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('满意度指标下缺少服务对象满意度指标');
  });
});
