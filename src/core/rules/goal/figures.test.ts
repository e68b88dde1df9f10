import { parseSeedProjects } from '../../../../test/support/table-builder';
import { extractGoalFigures, measureOf, operatorsConflict } from './figures';

const brief = (goal: string) => extractGoalFigures(goal).map((f) => [f.number, f.unit, f.operator, f.noun]);

describe('extractGoalFigures', () => {
  it('reads operators before and after the figure', () => {
    expect(brief('管道预计可持续使用年限 20 年以上')).toEqual([[20, '年', '>=', '']]);
    expect(brief('沿线用户满意率 95%以上')).toEqual([[95, '%', '>=', '']]);
    expect(brief('对 1200 余人发放补贴')).toEqual([[1200, '人', '>', '']]);
    expect(brief('维护至少 60 座环卫设施')).toEqual([[60, '座', '>=', '环卫设施']]);
    expect(brief('项目运行总成本控制在 1000 万元')).toEqual([[1000, '万元', '<=', '']]);
    expect(brief('覆盖人数不低于3000人')).toEqual([[3000, '人', '>=', '']]);
    expect(brief('完成率 100%')).toEqual([[100, '%', null, '']]);
  });

  it('takes the noun after a counter and the longest unit', () => {
    expect(brief('对全县8个镇街、94个村进行了农村生活污水治理')).toEqual([
      [8, '个', null, '镇街'],
      [94, '个', null, '村'],
    ]);
    expect(brief('实施 260.39 万平方米道路保洁')).toEqual([[260.39, '万平方米', null, '']]);
    expect(brief('补贴覆盖 12 个月')).toEqual([[12, '个月', null, '']]);
    expect(brief('新建管网 1,200.5 米')).toEqual([[1200.5, '米', null, '']]);
  });

  it('leaves out years, dates, building numbers and ages', () => {
    expect(brief('2024 年预计完成')).toEqual([]);
    expect(brief('为 2015 年 1 月 1 日前达到 60 周岁的乡医')).toEqual([]);
    expect(brief('11#、12#楼建设')).toEqual([]);
    expect(brief('12月底前完成')).toEqual([]);
  });

  it('finds every figure the seed goals promise', () => {
    const all = parseSeedProjects().flatMap((p) => extractGoalFigures(p.spec.goal ?? '').map((f) => f.text));
    expect(all).toEqual(
      expect.arrayContaining(['15826 米', '控制在 1000 万元', '20 年以上', '95%以上', '9100平方米', '13800平方米', '1200 余人', '94个', '8个', '40 人', '260.39 万平方米', '107 万平方米', '至少 60 座', '90%以上']),
    );
  });
});

describe('measures and operators', () => {
  it('converts within a measure', () => {
    expect(measureOf('万平方米')).toEqual({ dim: 'area', scale: 10000 });
    expect(measureOf('公里').dim).toBe(measureOf('米').dim);
    expect(measureOf('个').dim).not.toBe(measureOf('人').dim);
  });

  it('sees "以上" against "=" and "以内" against "≥" as a contradiction, not "以上" against "≥"', () => {
    expect(operatorsConflict('>=', '=')).toBe(true);
    expect(operatorsConflict('<=', '>=')).toBe(true);
    expect(operatorsConflict('>=', '>=')).toBe(false);
    expect(operatorsConflict('>', '>=')).toBe(false);
    expect(operatorsConflict(null, '=')).toBe(false);
  });
});
