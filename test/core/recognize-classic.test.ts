/**
 * The classic framework (财预〔2015〕88号): 成本指标 is a 二级 under 产出指标. The same label is a 一级 in
 * the 2024 framework, so recognition decides by column and neighbours. Three layouts of one classic
 * table: every row's 一级/二级 must come out as written, and the classic check must raise no error.
 */
import { checkWorkbook } from '../../src/core/check';
import type { CellValue, Grid, MergeArea } from '../../src/core/grid';
import type { TargetTable } from '../../src/core/model';
import { BUILTIN_PROFILES } from '../../src/core/profile';
import { recognizeSheet } from '../../src/core/recognize';

const HEAD: CellValue[][] = [
  ['项目支出绩效目标表'],
  ['项目名称', '农村污水治理', null, '项目类别', '特定目标类'],
  ['主管部门', '平阴县住房和城乡建设局', null, '实施单位', '平阴县住房和城乡建设局'],
  ['项目资金（万元）', '年度预算资金总额', 2000],
  [null, '其中：财政拨款', 2000],
  [null, '上年结转资金', 0],
  [null, '其他资金', 0],
  ['年度总体绩效目标', '对 94 个村进行农村生活污水治理，改善生活环境。'],
  [null, '一级指标', '二级指标', '三级指标', '指标值'],
];

// [一级, 二级, 三级, 指标值] as a classic table files them.
const ROWS: Array<[string, string, string, string]> = [
  ['产出指标', '数量指标', '污水治理村个数', '≥94个'],
  ['产出指标', '质量指标', '工程质量验收合格率', '≥98%'],
  ['产出指标', '时效指标', '完工及时率', '≥95%'],
  ['产出指标', '成本指标', '项目总成本', '≤2000万元'],
  ['产出指标', '成本指标', '污水处理标准', '≤21.27万元/村'],
  ['效益指标', '生态效益指标', '农村生活居住环境', '有效改善'],
  ['满意度指标', '服务对象满意度指标', '农村群众满意度', '≥95%'],
];

/** Labels on every row (a system export). */
function repeated(): Grid {
  return { name: 'repeated', rows: [...HEAD, ...ROWS.map(([a, b, c, d]) => [null, a, b, c, d])] };
}

/** Only the first row of each block carries its labels (pasted), some rows shifted a column left. */
function pasted(): Grid {
  const rows: CellValue[][] = [...HEAD];
  let l1 = '';
  let l2 = '';
  ROWS.forEach(([a, b, c, d], i) => {
    const newL1 = a !== l1;
    const newL2 = newL1 || b !== l2;
    l1 = a;
    l2 = b;
    const cells: CellValue[] = [null, newL1 ? a : null, newL2 ? b : null, c, d];
    // A PDF paste drops the leading blanks of some rows: 成本指标 lands in the 一级 column.
    if (i === 3) rows.push([null, b, c, d]);
    else rows.push(cells);
  });
  return { name: 'pasted', rows };
}

/** The official form: 一级/二级 merged down their block. */
function merged(): Grid {
  const rows: CellValue[][] = [...HEAD];
  const merges: MergeArea[] = [];
  const start = HEAD.length;
  let i = 0;
  while (i < ROWS.length) {
    let j = i;
    while (j + 1 < ROWS.length && ROWS[j + 1][0] === ROWS[i][0]) j++;
    if (j > i) merges.push({ top: start + i, left: 1, bottom: start + j, right: 1 });
    i = j + 1;
  }
  let k = 0;
  while (k < ROWS.length) {
    let j = k;
    while (j + 1 < ROWS.length && ROWS[j + 1][1] === ROWS[k][1] && ROWS[j + 1][0] === ROWS[k][0]) j++;
    if (j > k) merges.push({ top: start + k, left: 2, bottom: start + j, right: 2 });
    k = j + 1;
  }
  ROWS.forEach(([a, b, c, d], n) => {
    const r = start + n;
    const coveredL1 = merges.some((m) => m.left === 1 && r > m.top && r <= m.bottom);
    const coveredL2 = merges.some((m) => m.left === 2 && r > m.top && r <= m.bottom);
    rows.push([null, coveredL1 ? null : a, coveredL2 ? null : b, c, d]);
  });
  return { name: 'merged', rows, merges };
}

describe.each([
  ['labels on every row', repeated],
  ['pasted, a row shifted left', pasted],
  ['merged', merged],
])('a classic table, %s', (_label, make) => {
  const grid = make();

  it('reads 成本指标 as the 二级 under 产出指标', () => {
    const t = recognizeSheet(grid) as TargetTable;
    expect(t.kind).toBe('target-table');
    expect(t.indicators.map((i) => [i.level1?.canonical, i.level2?.canonical, i.name?.text])).toEqual(
      ROWS.map(([a, b, c]) => [a, b, c]),
    );
  });

  it('raises no error under the classic framework, and misplaced-level2 under 2024', () => {
    const classic = checkWorkbook([grid], { profile: BUILTIN_PROFILES.classic }).sheets[0].findings;
    expect(classic.filter((f) => f.severity === 'error')).toEqual([]);
    const modern = checkWorkbook([grid], { profile: BUILTIN_PROFILES['2024'] }).sheets[0].findings;
    expect(modern.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(
      expect.arrayContaining(['indicator/missing-level1', 'indicator/misplaced-level2']),
    );
  });
});
