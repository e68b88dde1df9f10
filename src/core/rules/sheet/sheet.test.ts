import { checkWorkbook } from '../../check';
import type { CellValue, Grid } from '../../grid';
import { BUILTIN_PROFILES } from '../../profile';

const HEAD: CellValue[][] = [
  ['项目支出绩效目标表'],
  ['项目名称', '道路养护', null, '项目类别', '特定目标类'],
  ['主管部门', '交通局', null, '实施单位', '公路中心'],
];
const run = (rows: CellValue[][]) => {
  const grid: Grid = { name: '表', rows };
  return checkWorkbook([grid], { profile: BUILTIN_PROFILES.classic }).sheets[0].findings;
};

describe('sheet/uncalculated-formula', () => {
  const rows: CellValue[][] = [
    ...HEAD,
    ['年度预算资金总额', { formula: 'SUM(B5:B6)', uncalculated: true }],
    ['财政拨款', 100],
    ['其他资金', 0],
    ['年度绩效目标', '养护道路 100 公里'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '养护里程', '≥100公里'],
    [null, '质量指标', '养护合格率', { formula: 'B11/B12', uncalculated: true }],
    [null, '时效指标', '完成及时率', '≥95%'],
    [null, '成本指标', '项目总成本', '≤100万元'],
    ['效益指标', '社会效益指标', '道路通行条件', '明显改善'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
  ];
  const findings = run(rows);

  it('says once that formulas carry no result, naming the cells', () => {
    const f = findings.filter((x) => x.rule === 'sheet/uncalculated-formula');
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe('B4');
    expect(f[0].message).toContain('2 个单元格');
    expect(f[0].message).toContain('B4、D10');
    expect(f[0].message).toContain('重新计算');
  });

  it('does not read them as empty: no missing value or missing total on those cells', () => {
    expect(findings.filter((x) => x.rule !== 'sheet/uncalculated-formula' && (x.cell === 'B4' || x.cell === 'D10'))).toEqual([]);
  });

  it('is silent when every formula has its result', () => {
    const calculated = rows.map((r) => r.map((v) => (typeof v === 'object' && v !== null && 'uncalculated' in v ? 100 : v)));
    expect(run(calculated).filter((x) => x.rule === 'sheet/uncalculated-formula')).toEqual([]);
  });
});

describe('sheet/layout-uncertain', () => {
  const rows: CellValue[][] = [
    ...HEAD,
    ['年度预算资金总额', 100],
    ['财政拨款', 100],
    ['年度绩效目标', '养护道路 100 公里'],
    ['一级指标', '二级指标', '三级指标', '指标值', '绩效标准'],
    ['产出指标', '数量指标', '养护里程', '≥100公里', '计划标准'],
    [null, '质量指标', '养护合格率', '≥95%', '行业标准'],
    // Cells past the header's last column: the row does not fit the header.
    [null, null, null, '完成及时率', '≥95%', '计划标准', '补充说明'],
    [null, '成本指标', '项目总成本', '≤100万元', '计划标准'],
    ['效益指标', '社会效益指标', '道路通行条件', '明显改善', '计划标准'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '计划标准'],
  ];
  const findings = run(rows);

  it('says once which rows it could not place', () => {
    const f = findings.filter((x) => x.rule === 'sheet/layout-uncertain');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    expect(f[0].message).toContain('第 10 行');
  });

  it('raises no structural finding from those rows', () => {
    expect(findings.filter((x) => x.rule !== 'sheet/layout-uncertain' && /\d+$/.exec(x.cell)?.[0] === '10')).toEqual([]);
  });

  it('is silent on a table whose rows fit its header', () => {
    const fitting = rows.filter((_, i) => i !== 9);
    expect(run(fitting).filter((x) => x.rule === 'sheet/layout-uncertain')).toEqual([]);
  });
});

describe('sheet/other-framework (no framework chosen: each table under the one it follows)', () => {
  const classicTable: CellValue[][] = [
    ...HEAD,
    ['年度预算资金总额', 100],
    ['年度绩效目标', '养护道路 100 公里'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '养护里程', '≥100公里'],
    [null, '质量指标', '养护合格率', '≥95%'],
    [null, '时效指标', '完成及时率', '≥95%'],
    [null, '成本指标', '项目总成本', '≤100万元'],
    ['效益指标', '社会效益指标', '道路通行条件', '明显改善'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
  ];
  const reformTable: CellValue[][] = [
    ...classicTable.slice(0, 6),
    ['成本指标', '经济成本指标', '项目总成本', '≤100万元'],
    ['产出指标', '数量指标', '养护里程', '≥100公里'],
    [null, '质量指标', '养护合格率', '≥95%'],
    [null, '时效指标', '完成及时率', '≥95%'],
    ['效益指标', '社会效益指标', '道路通行条件', '明显改善'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
  ];
  // What a table under the wrong framework gets: a missing 一级, a misplaced 二级, an unknown 一级, no total.
  const FRAMEWORK = /^(sheet\/other-framework|indicator\/(missing-level1|misplaced-level2|unknown-level1)|cost\/missing-total)@/;
  const check = (rows: CellValue[][], profile: typeof BUILTIN_PROFILES.classic) =>
    checkWorkbook([{ name: '表', rows }], { profile })
      .sheets[0].findings.map((f) => `${f.rule}@${f.cell}`)
      .filter((r) => FRAMEWORK.test(r));
  const auto2024 = { ...BUILTIN_PROFILES['2024'], detectFramework: true };
  const autoClassic = { ...BUILTIN_PROFILES.classic, detectFramework: true };

  it('checks a classic table under the classic framework and says so once, at its 成本指标', () => {
    expect(check(classicTable, auto2024)).toEqual(['sheet/other-framework@B10']);
  });
  it('checks a 2024 table under the 2024 framework when the default is classic', () => {
    expect(check(reformTable, autoClassic)).toEqual(['sheet/other-framework@A7']);
  });
  it('says nothing when the table follows the default', () => {
    expect(check(classicTable, autoClassic)).toEqual([]);
    expect(check(reformTable, auto2024)).toEqual([]);
  });
  it('with a framework chosen, holds the table to it: the other framework’s table gets its errors', () => {
    const rules = check(classicTable, BUILTIN_PROFILES['2024']);
    expect(rules.filter((r) => r.startsWith('sheet/other-framework'))).toEqual([]);
    expect(rules.some((r) => r.startsWith('indicator/missing-level1') || r.startsWith('indicator/misplaced-level2'))).toBe(true);
  });
  it('a table without cost lines says nothing of its framework: checked under the default', () => {
    const noCost = classicTable.filter((r) => r[1] !== '成本指标');
    expect(check(noCost, auto2024).filter((r) => r.startsWith('sheet/other-framework'))).toEqual([]);
  });
  it('a table without cost lines of a year before the cost reform is classic (its title says the year)', () => {
    const noCost = classicTable.filter((r) => r[1] !== '成本指标');
    const titled = [['2022年省级财政水利发展资金绩效目标表'], ...noCost.slice(1)];
    expect(check(titled, auto2024)).toEqual(['sheet/other-framework@A7']);
    const msg = checkWorkbook([{ name: '表', rows: titled }], { profile: auto2024 }).sheets[0].findings.find((f) => f.rule === 'sheet/other-framework');
    expect(msg?.message).toContain('2022 年度（成本预算改革之前）');
    const current = [['2025年项目支出绩效目标表'], ...noCost.slice(1)];
    expect(check(current, auto2024).filter((r) => r.startsWith('sheet/other-framework'))).toEqual([]);
  });
});

describe('sheet/more-tables', () => {
  const table = (name: string): CellValue[][] => [
    ['项目名称', name, null, '项目类别', '特定目标类'],
    ['主管部门', '交通局', null, '实施单位', '公路中心'],
    ['年度预算资金总额', 100],
    ['年度绩效目标', '养护道路 100 公里'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '养护里程', '≥100公里'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
  ];
  it('says once where a second table starts, and reads none of it into the first', () => {
    const rows: CellValue[][] = [['项目支出绩效目标表'], ...table('道路养护'), [], ...table('桥梁检测')];
    const r = checkWorkbook([{ name: '表', rows }], { profile: BUILTIN_PROFILES.classic });
    const t = r.model.sheets[0] as { indicators: unknown[] };
    expect(t.indicators).toHaveLength(2);
    const f = r.sheets[0].findings.filter((x) => x.rule === 'sheet/more-tables');
    expect(f.map((x) => x.cell)).toEqual(['A10']);
    expect(r.sheets[0].findings.filter((x) => /unknown-level|missing-value|duplicate/.test(x.rule))).toEqual([]);
  });
  it('is silent on a sheet with one table', () => {
    const rows: CellValue[][] = [['项目支出绩效目标表'], ...table('道路养护')];
    expect(checkWorkbook([{ name: '表', rows }], { profile: BUILTIN_PROFILES.classic }).sheets[0].findings.filter((x) => x.rule === 'sheet/more-tables')).toEqual([]);
  });
});
