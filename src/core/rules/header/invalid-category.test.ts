import { buildTable, parseSeedProjects } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import { invalidCategory } from './invalid-category';

const ctx = { profile: DEFAULT_PROFILE };
const rows: Array<[string, string, string, string]> = [['产出指标', '数量指标', '管网建设', '≥15826 米']];

describe('header/invalid-category', () => {
  it.each(['特定目标类', '特定目标类项目', '其他运转类', '运转类', '人员类项目', '公用经费', ' 特定目标类 ', '特定目标类：'])(
    'accepts %s',
    (category) => {
      expect(invalidCategory.check(buildTable({ category, indicators: rows }), ctx)).toEqual([]);
    },
  );

  it.each(['专项类', '基本建设', '特定类', '项目支出'])('warns on %s at the category cell', (category) => {
    const t = buildTable({ category, indicators: rows });
    const issues = invalidCategory.check(t, ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual(t.category!.cell);
    expect(issues[0].message).toContain(category);
    expect(issues[0].message).toContain('特定目标类');
  });

  it('leaves a missing or empty category to header/missing-field', () => {
    for (const category of [null, '', '待定', '/']) {
      expect(invalidCategory.check(buildTable({ category, indicators: rows }), ctx)).toEqual([]);
    }
  });

  it('accepts every seed category', () => {
    for (const p of parseSeedProjects()) expect(invalidCategory.check(buildTable(p.spec), ctx)).toEqual([]);
  });
});

describe('header/invalid-category: a category with its sub-type, or ticked in a checkbox list', () => {
  test.each(['运转类（公用经费）', '运转类-公用经费', '特定目标类(发展建设类)', '人员类□ 运转类☑ 特定目标类□', '□人员类 ■特定目标类'])('%s is a known category', (category) => {
    expect(invalidCategory.check(buildTable({ category, indicators: [] }), { profile: DEFAULT_PROFILE })).toEqual([]);
  });
  test.each(['人员类□ 运转类□ 特定目标类□', '发展建设类', '一般性项目'])('%s is not', (category) => {
    expect(invalidCategory.check(buildTable({ category, indicators: [] }), { profile: DEFAULT_PROFILE })).toHaveLength(1);
  });
});
