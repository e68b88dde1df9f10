import { parseSeedProjects } from '../../../../test/support/table-builder';
import { extractGoalFigures } from '../../value/goal';
import { parseUnit } from '../../value/parse';
import { figureContext, measureOf, nameOverlap, operatorsConflict } from './figures';

const unit = (t: string) => parseUnit(t)!;

describe('figureContext', () => {
  const contexts = (goal: string) => extractGoalFigures(goal).map((f) => figureContext(goal, f.start, f.end));

  it('keeps to the part between 、 when it names something, else takes the clause', () => {
    expect(contexts('通过采购（维护）硬件3个、软件3个，开发系统1个')).toEqual(['通过采购（维护）硬件3个', '软件3个', '开发系统1个']);
    expect(contexts('工程实际完成率、及时率 100%，')).toEqual(['及时率 100%']);
    expect(contexts('完成率、100%')).toEqual(['完成率、100%']);
  });

  it('gives every seed figure a context that holds the figure', () => {
    for (const p of parseSeedProjects()) {
      const goal = p.spec.goal ?? '';
      for (const f of extractGoalFigures(goal)) expect(figureContext(goal, f.start, f.end)).toContain(goal.slice(f.start, f.end).trim());
    }
  });
});

describe('nameOverlap', () => {
  it('counts the share of the name found in the context', () => {
    expect(nameOverlap('管道预计可持续使用年限 20 年以上', '管道预计可持续使用年限')).toEqual({ share: 1, common: 10 });
    expect(nameOverlap('项目运行总成本控制在 1000 万元', '项目总成本').common).toBe(3);
    expect(nameOverlap('每月 20 元的标准', '项目总成本')).toEqual({ share: 0, common: 0 });
    expect(nameOverlap('x', '')).toEqual({ share: 0, common: 0 });
  });
});

describe('measures and operators', () => {
  it('compares 万平方米 with 平方米 and 公里 with 米, not 个 with 人 nor 万吨/天 with 万吨', () => {
    expect(measureOf(unit('万平方米')).key).toBe(measureOf(unit('平方米')).key);
    expect(measureOf(unit('万平方米')).scale).toBe(10000);
    expect(measureOf(unit('公里')).key).toBe(measureOf(unit('米')).key);
    expect(measureOf(unit('个')).key).not.toBe(measureOf(unit('人')).key);
    expect(measureOf(unit('万吨/每天')).key).toBe(measureOf(unit('吨/天')).key);
    expect(measureOf(unit('万吨/天')).key).not.toBe(measureOf(unit('万吨')).key);
  });

  it('sees "以上" against "=" and "以内" against "≥" as contradictions; not softer words, not "以内" against "="', () => {
    expect(operatorsConflict('以上', '=')).toBe(true);
    expect(operatorsConflict('不低于', '<=')).toBe(true);
    expect(operatorsConflict('以内', '>=')).toBe(true);
    expect(operatorsConflict('以上', '>=')).toBe(false);
    expect(operatorsConflict('以内', '=')).toBe(false);
    expect(operatorsConflict('至少', '=')).toBe(false);
    expect(operatorsConflict('余', '=')).toBe(false);
    expect(operatorsConflict(null, '=')).toBe(false);
  });
});
