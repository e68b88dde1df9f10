import { buildSummary, buildTable, buildWorkbook } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import { nameMismatch } from './name-mismatch';

const ctx = { profile: DEFAULT_PROFILE };

describe('summary/name-mismatch', () => {
  it('fires at the summary name cell for a county typo, and at the department cell for a short department name', () => {
    const t = buildTable({ name: '平阳县综合养老服务中心建设项目', department: '平阴县民政局', total: 1000, indicators: [] });
    const d = buildTable({ sheet: '表2', name: '大数据工作经费', department: '平阴县人民政府办公室', total: 440, indicators: [] });
    const summary = buildSummary({ rows: [['平阴县民政局', '平阴县综合养老服务中心建设项目', 1000], ['平阴县政府办公室', '大数据工作经费', 440]] });
    const issues = nameMismatch.check(buildWorkbook(summary, t, d), ctx);
    expect(issues).toHaveLength(2);
    expect(issues[0].cell).toEqual(summary.rows[0].name!.cell);
    expect(issues[0].message).toContain('平阳县综合养老服务中心建设项目');
    expect(issues[1].cell).toEqual(summary.rows[1].department!.cell);
    expect(issues[1].message).toContain('平阴县人民政府办公室');
    expect(issues.every((i) => i.sheet === summary.sheet)).toBe(true);
  });

  it('ignores spaces, full-width characters and punctuation', () => {
    const t = buildTable({ name: '2024 年度县城供水管网新建及改造项目', department: '平阴县水务局', indicators: [] });
    const s = buildSummary({ rows: [['平阴县水务局 ', '2024年度县城供水管网新建及改造项目', 1000]] });
    expect(nameMismatch.check(buildWorkbook(s, t), ctx)).toEqual([]);
    const p = buildTable({ name: '保洁、降尘、绿化养护及建绿透绿项目', department: '平阴县城市管理局', indicators: [] });
    const s2 = buildSummary({ rows: [['平阴县城市管理局', '保洁,降尘,绿化养护及建绿透绿项目', 1000]] });
    expect(nameMismatch.check(buildWorkbook(s2, p), ctx)).toEqual([]);
  });

  it('flags a year prefix present on one side only', () => {
    const t = buildTable({ name: '平阴县农村生活污水治理项目', total: 2000, indicators: [] });
    const s = buildSummary({ rows: [['平阴县测试局', '2022年平阴县农村生活污水治理项目', 2000]] });
    expect(nameMismatch.check(buildWorkbook(s, t), ctx)).toHaveLength(1);
  });

  it('says nothing about unmatched rows (that is summary/project-missing)', () => {
    const t = buildTable({ name: '污水处理厂服务费', total: 3000, indicators: [] });
    const s = buildSummary({ rows: [['平阴县测试局', '老年乡医生活补贴', 357.6]] });
    expect(nameMismatch.check(buildWorkbook(s, t), ctx)).toEqual([]);
  });
});
