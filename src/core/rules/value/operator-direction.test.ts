import { buildTable, parseSeedProjects, type IndicatorRow } from '../../../../test/support/table-builder';
import { BUILTIN_PROFILES } from '../../profile';
import { operatorDirection } from './operator-direction';

const ctx = { profile: BUILTIN_PROFILES['2024'] };
const row = (l1: string, l2: string, name: string, value: string): IndicatorRow => [l1, l2, name, value];
const check = (...rows: IndicatorRow[]) => operatorDirection.check(buildTable({ indicators: rows }), ctx);

describe('value/operator-direction', () => {
  it('is silent on the seed tables (投诉率 <5%, 故障率 ≤1%, 响应时间 ≤6h …)', () => {
    for (const p of parseSeedProjects()) expect(operatorDirection.check(buildTable(p.spec), ctx)).toEqual([]);
  });

  it('reports a cost with ≥ or >, proposing ≤', () => {
    const issues = check(row('成本指标', '经济成本指标', '项目总成本', '≥1000 万元'), row('成本指标', '经济成本指标', '单位成本', '>21.27万元/村'));
    expect(issues).toHaveLength(2);
    expect(issues[0].cell).toEqual({ row: 10, col: 4 });
    expect(issues[0].message).toContain('成本是控制上限');
    expect(issues[0].message).toContain('「≤1000万元」');
  });

  it('reports a classic cost (成本指标 under 产出) with ≥', () => {
    const issues = operatorDirection.check(buildTable({ indicators: [row('产出指标', '成本指标', '项目总成本', '≥1000 万元')] }), {
      profile: BUILTIN_PROFILES.classic,
    });
    expect(issues).toHaveLength(1);
  });

  it('is silent on a cost with ≤, =, or a saving', () => {
    expect(
      check(
        row('成本指标', '经济成本指标', '项目总成本', '≤1000 万元'),
        row('成本指标', '经济成本指标', '补贴标准', '=2010 元/月'),
        row('成本指标', '经济成本指标', '成本节约额', '≥10 万元'),
      ),
    ).toEqual([]);
  });

  it.each(['投诉率', '系统故障率', '差错率', '管网漏失率', '逾期率', '安全事故发生率', '返工率', '系统响应时间'])(
    'reports a falling measure (%s) with ≥',
    (name) => {
      const issues = check(row('产出指标', '质量指标', name, name.endsWith('时间') ? '≥6h' : '≥5%'));
      expect(issues).toHaveLength(1);
      expect(issues[0].message).toContain('越低越好');
      expect(issues[0].message).toContain('「≤');
    },
  );

  // Named by meaning, not from a list: a rate or count of something that should not happen.
  it.each(['逾期发放率', '资金拨付逾期率', '信访投诉件数', '安全隐患发生起数', '学生辍学人数', '虚报冒领率', '工程返工次数'])(
    'reports a rate or count of what should not happen (%s) with ≥',
    (name) => {
      const issues = check(row('产出指标', '质量指标', name, /率$/.test(name) ? '>=100%' : '≥3件'));
      expect(issues).toHaveLength(1);
      expect(issues[0].message).toContain('越低越好');
    },
  );

  it.each(['投诉处理及时率', '安全隐患整改率', '不合格整改完成率', '设备故障修复率', '违规问题查处率'])(
    'takes a rate of putting a bad thing right (%s) as rising: silent on ≥',
    (name) => {
      expect(check(row('产出指标', '质量指标', name, '≥95%'))).toEqual([]);
    },
  );

  it.each(['补贴发放及时率', '验收合格率', '工作完成率', '排放达标率', '发放准确率', '群众满意度', '政策覆盖率', '系统利用率', '不合格整改完成率'])(
    'reports a rising rate (%s) with ≤',
    (name) => {
      const issues = check(row('产出指标', '质量指标', name, '≤95%'));
      expect(issues).toHaveLength(1);
      expect(issues[0].message).toContain('越高越好');
      expect(issues[0].message).toContain('「≥95%」');
    },
  );

  it('proposes =100% for a rising rate written ≤100%', () => {
    expect(check(row('产出指标', '质量指标', '完成率', '≤100%'))[0].message).toContain('「=100%」');
  });

  it('accepts =100% and =0% both ways, the right directions, and stated changes', () => {
    expect(
      check(
        row('产出指标', '质量指标', '验收合格率', '=100%'),
        row('产出指标', '质量指标', '投诉率', '=0%'),
        row('产出指标', '质量指标', '不合格率', '≤2%'),
        row('产出指标', '质量指标', '及时率', '≥95%'),
        row('效益指标', '社会效益指标', '投诉率下降幅度', '≥10%'),
        row('效益指标', '社会效益指标', '降低故障率', '≥20%'),
        row('效益指标', '社会效益指标', '提高供水安全', '明显提高'),
        row('产出指标', '数量指标', '管网建设', '≥15826 米'),
      ),
    ).toEqual([]);
  });
});
