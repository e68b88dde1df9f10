import { buildTable, parseSeedProjects } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE, ProfileSchema } from '../../profile';
import { sourcesMismatch } from './sources-mismatch';

const ctx = { profile: DEFAULT_PROFILE };
const rows: Array<[string, string, string, string]> = [['产出指标', '数量指标', '管网建设', '≥15826 米']];

describe('funds/sources-mismatch', () => {
  it('is silent on the 15 seed tables (every total equals its sources)', () => {
    for (const p of parseSeedProjects()) expect(sourcesMismatch.check(buildTable(p.spec), ctx)).toEqual([]);
  });

  it('reports a total that differs from the sum, at the total, with the figures', () => {
    const t = buildTable({ total: '1,200.00', fiscal: '1,000.00', carryover: '0.00', other: '0.00', indicators: rows });
    const issues = sourcesMismatch.check(t, ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual(t.funds.total!.cell);
    expect(issues[0].message).toContain(
      '财政拨款 1,000.00 + 上年结转 0.00 + 其他资金 0.00 = 1,000.00 万元 ≠ 年度预算资金总额 1,200.00 万元',
    );
  });

  it('adds the three sources', () => {
    const ok = buildTable({ total: 1500, fiscal: 1000, carryover: 300, other: 200, indicators: rows });
    expect(sourcesMismatch.check(ok, ctx)).toEqual([]);
    const bad = buildTable({ total: 1500, fiscal: 1000, carryover: 300, other: 300, indicators: rows });
    expect(sourcesMismatch.check(bad, ctx)[0].message).toContain('= 1,600.00 万元');
  });

  it('compares within the profile tolerance', () => {
    const t = buildTable({ total: 1000, fiscal: 1000.005, indicators: rows });
    expect(sourcesMismatch.check(t, ctx)).toEqual([]);
    const t2 = buildTable({ total: 1000, fiscal: 1000.5, indicators: rows });
    expect(sourcesMismatch.check(t2, ctx)).toHaveLength(1);
    const loose = { profile: ProfileSchema.parse({ tolerances: { funds: 1 } }) };
    expect(sourcesMismatch.check(t2, loose)).toEqual([]);
  });

  it('compares in 万元 when the table is in 元', () => {
    const t = buildTable({ moneyUnit: '元', total: 10000000, fiscal: 9000000, carryover: 1000000, other: 0, indicators: rows });
    expect(sourcesMismatch.check(t, ctx)).toEqual([]);
  });

  it('skips a table without a total or without any source', () => {
    expect(sourcesMismatch.check(buildTable({ total: null, fiscal: 5, indicators: rows }), ctx)).toEqual([]);
    expect(sourcesMismatch.check(buildTable({ total: '', fiscal: 5, indicators: rows }), ctx)).toEqual([]);
    const none = buildTable({ total: 1000, fiscal: '', carryover: null, other: '', indicators: rows });
    expect(sourcesMismatch.check(none, ctx)).toEqual([]);
  });

  it('counts missing sources as 0 once one source is present', () => {
    const t = buildTable({ total: 1000, fiscal: '', carryover: null, other: 200, indicators: rows });
    const issues = sourcesMismatch.check(t, ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('财政拨款 0.00（未填）');
    expect(issues[0].message).toContain('= 200.00 万元 ≠ 年度预算资金总额 1,000.00 万元');
  });

  it('leaves a source that is not an amount to funds/not-a-number', () => {
    const t = buildTable({ total: 1000, fiscal: '待定', indicators: rows });
    expect(sourcesMismatch.check(t, ctx)).toEqual([]);
  });
});
