import { buildSummary, buildTable, buildWorkbook } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import { projectMissing } from './project-missing';

const ctx = { profile: DEFAULT_PROFILE };
const water = buildTable({ sheet: '表1', name: '2024 年度县城供水管网新建及改造项目', department: '平阴县水务局', total: 1000, indicators: [] });
const aged = buildTable({ sheet: '表2', name: '平阳县综合养老服务中心建设项目', department: '平阳县民政局', total: 1000, indicators: [] });
const police = buildTable({ sheet: '表3', name: '警务辅助人员专项经费', department: '平阴县公安局', total: 2820.81, indicators: [] });

describe('summary/project-missing', () => {
  it('is silent when every row and table pair up, despite a space, a typo and a year prefix', () => {
    const summary = buildSummary({
      rows: [
        ['平阴县水务局', '2024年度县城供水管网新建及改造项目', 1000],
        ['平阴县民政局', '平阴县综合养老服务中心建设项目', 1000],
        ['平阴县公安局', '2024年警务辅助人员专项经费', 2820.81],
      ],
      total: true,
    });
    expect(projectMissing.check(buildWorkbook(summary, water, aged, police), ctx)).toEqual([]);
  });

  it('reports a row without a table at its name cell on the summary sheet', () => {
    const summary = buildSummary({
      rows: [
        ['平阴县水务局', '2024年度县城供水管网新建及改造项目', 1000],
        ['平阴县卫生健康局', '老年乡医生活补贴', 357.6],
      ],
    });
    const issues = projectMissing.check(buildWorkbook(summary, water), ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].sheet).toBe(summary.sheet);
    expect(issues[0].cell).toEqual(summary.rows[1].name!.cell);
    expect(issues[0].message).toContain('老年乡医生活补贴');
  });

  it('reports a table without a row at the table’s name cell', () => {
    const summary = buildSummary({ rows: [['平阴县水务局', '2024年度县城供水管网新建及改造项目', 1000]] });
    const issues = projectMissing.check(buildWorkbook(summary, water, police), ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].sheet).toBe('表3');
    expect(issues[0].cell).toEqual(police.projectName!.cell);
  });

  it('does not pair two different projects that share an amount', () => {
    const summary = buildSummary({ rows: [['平阴县组织部', '平阴县人才发展专项资金', 1000]] });
    const issues = projectMissing.check(buildWorkbook(summary, water), ctx);
    expect(issues.map((i) => i.sheet).sort()).toEqual([summary.sheet, '表1'].sort());
  });

  it('pairs each table once: a duplicated summary row is reported', () => {
    const summary = buildSummary({ rows: [['平阴县公安局', '警务辅助人员专项经费', 2820.81], ['平阴县公安局', '警务辅助人员专项经费', 2820.81]] });
    const issues = projectMissing.check(buildWorkbook(summary, police), ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual(summary.rows[1].name!.cell);
  });

  it('only applies when a summary sheet and a table exist', () => {
    expect(projectMissing.check(buildWorkbook(water, police), ctx)).toEqual([]);
    expect(projectMissing.check(buildWorkbook(buildSummary({ rows: [['平阴县水务局', '某项目', 1]] })), ctx)).toEqual([]);
  });
});
