import { buildSummary, buildWorkbook } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import { totalMismatch } from './total-mismatch';

const ctx = { profile: DEFAULT_PROFILE };
const rows: Array<[string, string, number]> = [
  ['平阴县水务局', '2024年度县城供水管网新建及改造项目', 1000],
  ['平阴县民政局', '农村最低生活保障金', 1680.92],
  ['平阴县卫生健康局', '老年乡医生活补贴', 357.6],
];

describe('summary/total-mismatch', () => {
  it('is silent when the 合计 row is the sum', () => {
    expect(totalMismatch.check(buildWorkbook(buildSummary({ rows, total: true })), ctx)).toEqual([]);
    expect(totalMismatch.check(buildWorkbook(buildSummary({ rows, total: 3038.52 })), ctx)).toEqual([]);
  });

  it('fires at the 合计 amount when it differs', () => {
    const s = buildSummary({ rows, total: 3000 });
    const issues = totalMismatch.check(buildWorkbook(s), ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].sheet).toBe(s.sheet);
    expect(issues[0].cell).toEqual(s.totalRow!.amount!.cell);
    expect(issues[0].message).toContain('3,038.52 万元');
  });

  it('is silent without a 合计 row', () => {
    expect(totalMismatch.check(buildWorkbook(buildSummary({ rows })), ctx)).toEqual([]);
  });
});
