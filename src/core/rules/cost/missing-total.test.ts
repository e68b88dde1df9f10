import { buildTable, parseSeedProjects, type IndicatorRow } from '../../../../test/support/table-builder';
import { BUILTIN_PROFILES, DEFAULT_PROFILE } from '../../profile';
import { missingTotal } from './missing-total';

const ctx = { profile: DEFAULT_PROFILE };
const REST: IndicatorRow[] = [
  ['产出指标', '数量指标', '管网建设', '≥15826 米'],
  ['满意度指标', '服务对象满意度指标', '沿线用户满意度', '≥95%'],
];

describe('cost/missing-total', () => {
  it('stays silent on every seed table (项目总成本, 总成本, 城乡公益岗补贴总成本(县级))', () => {
    for (const p of parseSeedProjects()) expect(missingTotal.check(buildTable(p.spec), ctx)).toEqual([]);
  });

  it.each(['项目总成本', '总成本', '城乡公益岗补贴总成本（县级）', '成本合计', '总成本合计', '项目运行总成本'])(
    'recognises "%s" as the total',
    (name) => {
      const t = buildTable({ indicators: [['成本指标', '经济成本指标', name, '≤1000万元'], ...REST] });
      expect(missingTotal.check(t, ctx)).toEqual([]);
    },
  );

  it('fires on the cost 一级 label when only items are listed', () => {
    const t = buildTable({
      indicators: [
        ['成本指标', '经济成本指标', '工程款费用', '≤800 万元'],
        ['成本指标', '经济成本指标', '其他建设成本', '≤200 万元'],
        ...REST,
      ],
    });
    const issues = missingTotal.check(t, ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual(t.indicators[0].level1!.cell);
    expect(issues[0].message).toContain('项目总成本');
  });

  it('does not take a per-unit standard named …总成本 for the total', () => {
    const t = buildTable({ indicators: [['成本指标', '经济成本指标', '人均总成本', '≤0.5万元/人'], ...REST] });
    expect(missingTotal.check(t, ctx)).toHaveLength(1);
  });

  it('fires at the indicator header when a 2024 table has no cost indicator at all', () => {
    const t = buildTable({ indicators: REST });
    const issues = missingTotal.check(t, ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell.row).toBe(t.indicatorHeaderRow);
  });

  it('in the classic framework: a warning under 产出/成本指标 without a total, silent when a table has no cost at all', () => {
    const classic = { profile: BUILTIN_PROFILES.classic };
    expect(missingTotal.check(buildTable({ indicators: REST }), classic)).toEqual([]);
    const t = buildTable({ indicators: [['产出指标', '成本指标', '设备购置费', '≤300万元'], ...REST] });
    const issues = missingTotal.check(t, classic);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual(t.indicators[0].level2!.cell);
    // The classic framework asks for cost indicators, not for a total among them.
    expect(issues[0].severity).toBe('warning');
    expect(issues[0].message).toContain('经典框架不强制填列总成本');
    expect(missingTotal.check(buildTable({ indicators: [['成本指标', '经济成本指标', '设备购置费', '≤300万元'], ...REST] }), ctx)[0].severity).toBeUndefined();
    const ok = buildTable({ indicators: [['产出指标', '成本指标', '项目总成本', '≤300万元'], ...REST] });
    expect(missingTotal.check(ok, classic)).toEqual([]);
  });

  it('does not throw on a table without indicators or labels', () => {
    const t = buildTable({ indicators: [] });
    expect(missingTotal.check(t, ctx)).toEqual([]);
    const bare = buildTable({ indicators: [['', '', '', '']] });
    expect(() => missingTotal.check({ ...bare, indicatorHeaderRow: null }, ctx)).not.toThrow();
  });
});
