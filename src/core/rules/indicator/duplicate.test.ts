import { buildTable, parseSeedProjects } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import { duplicate } from './duplicate';

const ctx = { profile: DEFAULT_PROFILE };

describe('indicator/duplicate', () => {
  it('is silent on the seed tables (similar names like 发放补助种类 / 发放补助种类完成及时率 differ)', () => {
    for (const p of parseSeedProjects()) expect(duplicate.check(buildTable(p.spec), ctx)).toEqual([]);
  });

  it('reports the second and later occurrences at their name cells, ignoring spaces and punctuation', () => {
    const t = buildTable({
      indicators: [
        ['产出指标', '质量指标', '工资、社保发放准确率', '=100%'],
        ['产出指标', '时效指标', '工资社保发放及时率', '=100%'],
        ['效益指标', '社会效益指标', '工资 社保发放准确率', '=100%'],
        ['满意度指标', '服务对象满意度指标', '工资、社保发放准确率', '=100%'],
      ],
    });
    const issues = duplicate.check(t, ctx);
    expect(issues.map((i) => i.cell)).toEqual([{ row: 12, col: 3 }, { row: 13, col: 3 }]);
    expect(issues[0].message).toContain('第 11 行');
  });
});
