import { buildSummary, buildTable, buildWorkbook } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import { amountMismatch } from './amount-mismatch';

const ctx = { profile: DEFAULT_PROFILE };
const t1 = buildTable({ sheet: '表1', name: '2024 年度县城供水管网新建及改造项目', department: '平阴县水务局', total: '1,000.00', indicators: [] });
const t2 = buildTable({ sheet: '表2', name: '农村最低生活保障金', department: '平阴县民政局', total: '1,680.92', indicators: [] });

describe('summary/amount-mismatch', () => {
  it('fires at the summary amount cell when the amounts differ', () => {
    const summary = buildSummary({
      rows: [
        ['平阴县水务局', '2024年度县城供水管网新建及改造项目', 1000],
        ['平阴县民政局', '农村最低生活保障金', 1689.02],
      ],
    });
    const issues = amountMismatch.check(buildWorkbook(summary, t1, t2), ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].sheet).toBe(summary.sheet);
    expect(issues[0].cell).toEqual(summary.rows[1].amount!.cell);
    expect(issues[0].message).toContain('1,689.02 万元 ≠');
    expect(issues[0].message).toContain('1,680.92 万元');
  });

  it('accepts text amounts and amounts within the funds tolerance', () => {
    const summary = buildSummary({ rows: [['平阴县水务局', '2024年度县城供水管网新建及改造项目', '1,000.00'], ['平阴县民政局', '农村最低生活保障金', 1680.925]] });
    expect(amountMismatch.check(buildWorkbook(summary, t1, t2), ctx)).toEqual([]);
  });

  it('does not compare rows that match no table, nor blank amounts', () => {
    const summary = buildSummary({ rows: [['平阴县公安局', '警务辅助人员专项经费', 2820.81], ['平阴县民政局', '农村最低生活保障金', '']] });
    expect(amountMismatch.check(buildWorkbook(summary, t1, t2), ctx)).toEqual([]);
  });

  it('is silent without a summary sheet', () => {
    expect(amountMismatch.check(buildWorkbook(t1, t2), ctx)).toEqual([]);
  });
});

describe('summary/amount-mismatch: a summary written in 元 without saying so', () => {
  const t3 = buildTable({ sheet: '表3', name: '城市社区建设及管理经费', department: '平阴县民政局', total: '1,585.52', indicators: [] });
  it('says once that the amounts are in 元, and compares them as 元', () => {
    const summary = buildSummary({
      unitAssumed: true,
      rows: [
        ['平阴县水务局', '2024年度县城供水管网新建及改造项目', 10000000],
        ['平阴县民政局', '农村最低生活保障金', 16809200],
        ['平阴县民政局', '城市社区建设及管理经费', 15000000],
      ],
    });
    const issues = amountMismatch.check(buildWorkbook(summary, t1, t2, t3), ctx);
    expect(issues.map((i) => i.severity ?? 'error')).toEqual(['warning', 'error']);
    expect(issues[0].message).toContain('以“元”填写');
    expect(issues[1].cell).toEqual(summary.rows[2].amount!.cell);
    expect(issues[1].message).toContain('1,500.00 万元 ≠');
  });
  it('keeps 万元 when the heading says so: the figures are then wrong, each one', () => {
    const summary = buildSummary({
      rows: [
        ['平阴县水务局', '2024年度县城供水管网新建及改造项目', 10000000],
        ['平阴县民政局', '农村最低生活保障金', 16809200],
      ],
    });
    const issues = amountMismatch.check(buildWorkbook(summary, t1, t2), ctx);
    expect(issues.map((i) => i.severity ?? 'error')).toEqual(['error', 'error']);
  });
});
