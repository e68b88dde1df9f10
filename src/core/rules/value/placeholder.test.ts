import { buildTable, parseSeedProjects } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import { placeholder } from './placeholder';
import { valueRules } from '.';
import type { TableRule } from '../../rule';

const ctx = { profile: DEFAULT_PROFILE };
const one = (value: string) => buildTable({ indicators: [['产出指标', '数量指标', '管网建设', value]] });

describe('value/placeholder', () => {
  it('is silent on the seed tables', () => {
    for (const p of parseSeedProjects()) expect(placeholder.check(buildTable(p.spec), ctx)).toEqual([]);
  });

  it.each(['待定', '待填', '另行确定', 'XX', 'xx', '×××', '*', '-', '_', 'null', 'NULL', '≥XX%', 'XX万元', '—', '/'])(
    'reports %s at the value cell',
    (value) => {
      const issues = placeholder.check(one(value), ctx);
      expect(issues).toHaveLength(1);
      expect(issues[0].cell).toEqual({ row: 10, col: 4 });
      expect(issues[0].message).toContain(`「${value}」是占位符`);
    },
  );

  it('reports what the parser marks as a placeholder', () => {
    const t = one('待核实');
    t.indicators[0].value.parsed = { kind: 'placeholder', text: '待核实' };
    expect(placeholder.check(t, ctx)).toHaveLength(1);
  });

  it.each(['≥15826 米', '明显提高', '无', '可控', '80-89 周岁', 'X光机全覆盖率达标'])('is silent on %s', (value) => {
    expect(placeholder.check(one(value), ctx)).toEqual([]);
  });

  it('a placeholder gets only value/placeholder among the value rules', () => {
    for (const value of ['待定', 'XX', '*']) {
      const t = buildTable({ indicators: [['成本指标', '经济成本指标', '项目总成本', value]] });
      const ids = (valueRules as TableRule[]).filter((r) => r.check(t, ctx).length).map((r) => r.id);
      expect(ids).toEqual(['value/placeholder']);
    }
  });
});
