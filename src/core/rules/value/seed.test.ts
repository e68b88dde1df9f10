/**
 * All the header/*, funds/*, indicator/* and value/* rules over the 15 real seed tables: what a careful
 * reviewer finds there, and nothing else.
 */
import { buildTable, parseSeedProjects, type IndicatorRow } from '../../../../test/support/table-builder';
import { BUILTIN_PROFILES } from '../../profile';
import type { TableRule } from '../../rule';
import { headerRules } from '../header';
import { fundsRules } from '../funds';
import { indicatorRules } from '../indicator';
import { valueRules } from '.';
import type { TargetTable } from '../../model';

const RULES = [...headerRules, ...fundsRules, ...indicatorRules, ...valueRules] as TableRule[];
const seeds = parseSeedProjects();

function run(table: TargetTable, framework: '2024' | 'classic') {
  const ctx = { profile: BUILTIN_PROFILES[framework] };
  return RULES.flatMap((r) =>
    r.check(table, ctx).map((i) => ({ rule: r.id, severity: i.severity ?? r.defaultSeverity, row: i.cell.row, col: i.cell.col, message: i.message })),
  );
}

describe('header/funds/indicator/value rules on the 15 seed tables', () => {
  it('reads 15 tables', () => {
    expect(seeds).toHaveLength(15);
  });

  it('find no error and no warning: the seed is correct in these respects', () => {
    for (const p of seeds) {
      const findings = run(buildTable(p.spec), '2024').filter((f) => f.severity !== 'info');
      expect({ sheet: p.spec.sheet, findings }).toEqual({ sheet: p.spec.sheet, findings: [] });
    }
  });

  it('find exactly the values printed without an operator (value/missing-operator, info)', () => {
    let total = 0;
    for (const p of seeds) {
      const t = buildTable(p.spec);
      const infos = run(t, '2024').filter((f) => f.severity === 'info');
      expect(new Set(infos.map((f) => f.rule))).toEqual(new Set(infos.length ? ['value/missing-operator'] : []));
      // As printed: a value that begins with a digit has no operator.
      const expected = t.indicators.filter((i) => /^\d/.test(i.value.text.trim())).map((i) => i.value.cell);
      expect(infos.map((f) => ({ row: f.row, col: f.col }))).toEqual(expected);
      total += infos.length;
    }
    expect(total).toBe(43);
  });

  it('name the value and the reading in each missing-operator message', () => {
    const all = seeds.flatMap((p) => run(buildTable(p.spec), '2024').map((f) => ({ ...f, sheet: p.spec.sheet })));
    const msg = (sheet: string, value: string) =>
      all.find((f) => f.sheet === sheet && f.rule === 'value/missing-operator' && f.message.includes(`「${value}」`));
    expect(msg('表9', '94个')?.message).toContain('按「=94个」理解');
    expect(msg('表7', '12 个月')?.message).toContain('享受灵活就业人员社保补贴覆盖月数');
    expect(msg('表10', '4 万吨/每天')).toBeDefined();
    expect(msg('表1', '100%')?.message).toContain('工程实际完成率');
    // "=20年" and "=12 个月" carry their operator.
    expect(msg('表1', '=20年')).toBeUndefined();
    expect(msg('表11', '=12 个月')).toBeUndefined();
  });

  it('classic framework: a seed table has only its 成本指标 一级 reported, as unknown-level1, explained', () => {
    for (const p of seeds) {
      const errors = run(buildTable(p.spec), 'classic').filter((f) => f.severity === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0].rule).toBe('indicator/unknown-level1');
      expect(errors[0].message).toContain('「成本指标」在经典框架');
      expect(errors[0].message).toContain('改用 2024 框架');
    }
  });
});

describe('a classic-shaped table (成本指标 as a 二级 under 产出)', () => {
  const rows: IndicatorRow[] = [
    ['产出指标', '数量指标', '管网建设', '≥15826 米'],
    ['产出指标', '数量指标', '加压站建设', '≥1 座'],
    ['产出指标', '质量指标', '工程实际完成率', '=100%'],
    ['产出指标', '时效指标', '按施工合同完成及时率', '=100%'],
    ['产出指标', '成本指标', '项目总成本', '≤1000 万元'],
    ['产出指标', '成本指标', '管网新建及改造费用', '≤228.5 万元'],
    ['效益指标', '社会效益指标', '提高沿线用户供水安全需求', '明显提高'],
    ['效益指标', '可持续影响指标', '管道预计可持续使用年限', '≥20年'],
    ['满意度指标', '服务对象满意度指标', '沿线用户满意度', '≥95%'],
  ];
  const t = buildTable({ indicators: rows });

  it('is clean under the classic framework', () => {
    expect(run(t, 'classic')).toEqual([]);
  });

  it('under 2024 lacks the 成本指标 一级 and has 成本指标 misplaced as a 二级, and nothing else', () => {
    const f = run(t, '2024');
    expect(f.map((x) => x.rule).sort()).toEqual(['indicator/misplaced-level2', 'indicator/missing-level1']);
    expect(f.find((x) => x.rule === 'indicator/misplaced-level2')).toMatchObject({ row: 14, col: 2 });
  });
});
