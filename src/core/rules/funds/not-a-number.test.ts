import { buildTable, parseSeedProjects } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import { notANumber } from './not-a-number';

const ctx = { profile: DEFAULT_PROFILE };
const rows: Array<[string, string, string, string]> = [['产出指标', '数量指标', '管网建设', '≥15826 米']];

describe('funds/not-a-number', () => {
  it('accepts numbers, text amounts, full-width digits and an explicit unit', () => {
    for (const total of [1000, '1,000.00', '１０００', '1000万元', '0.00']) {
      expect(notANumber.check(buildTable({ total, fiscal: total, indicators: rows }), ctx)).toEqual([]);
    }
  });

  it('accepts the 15 seed tables', () => {
    for (const p of parseSeedProjects()) expect(notANumber.check(buildTable(p.spec), ctx)).toEqual([]);
  });

  it('reports text in each funds cell at that cell, naming it', () => {
    const t = buildTable({ total: '按实际发生', fiscal: '待定', carryover: '见附件', other: '0', indicators: rows });
    const issues = notANumber.check(t, ctx);
    expect(issues.map((i) => i.cell)).toEqual([t.funds.total!.cell, t.funds.fiscal!.cell, t.funds.carryover!.cell]);
    expect(issues[0].message).toContain('年度预算资金总额「按实际发生」');
    expect(issues[1].message).toContain('财政拨款「待定」');
    expect(issues[2].message).toContain('上年结转资金');
    expect(issues[2].message).toContain('填 0');
  });

  it('reports a negative amount', () => {
    const t = buildTable({ total: 1000, fiscal: 1100, other: -100, indicators: rows });
    const issues = notANumber.check(t, ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual(t.funds.other!.cell);
    expect(issues[0].message).toContain('-100.00');
  });

  it('is silent on empty or absent funds cells (other rules report those)', () => {
    const t = buildTable({ total: '', fiscal: null, carryover: '', other: null, indicators: rows });
    expect(notANumber.check(t, ctx)).toEqual([]);
  });
});

describe('funds/not-a-number: amounts in Chinese numerals are amounts', () => {
  it('accepts 一千万, 人民币壹仟万元整 and 1000万元整', () => {
    for (const total of ['一千万', '人民币壹仟万元整', '1000万元整']) {
      expect(notANumber.check(buildTable({ total, fiscal: 1000, indicators: rows }), ctx)).toEqual([]);
    }
  });
});
