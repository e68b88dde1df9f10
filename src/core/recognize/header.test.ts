import type { CellValue, Grid, MergeArea } from '../grid';
import { findIndicatorHeader } from './header';
import { columnRoleOf } from './labels';
import { SheetView } from './view';

const view = (rows: CellValue[][], merges: MergeArea[] = []) => new SheetView({ name: '表', rows, merges } as Grid);

describe('indicator header: a second heading row under merged headings (Hebei 自评表)', () => {
  // 一级 | 二级 | 三级 | 指标分值 | 预期指标值 (符号 | · | 单位) | 实际完成值 | 完成情况 | 自评得分 (单项得分 | 权重占比 | 折算得分)
  const rows: CellValue[][] = [
    ['一级指标', '二级指标', '三级指标', '指标分值', '预期指标值', null, null, '单项指标实际完成值', '单项指标完成情况', '自评得分', null, null],
    [null, null, null, null, '符号', null, '单位(文字描述)', null, null, '单项指标得分', '权重占比(%)', '单项指标折算得分'],
    ['产出指标', '质量指标', '覆盖率', '享受补贴人数占符合条件对象的比例', '>=', 98, '%(百分比)', '100%', '完成', 25, 25, 6.25],
  ];
  const merges: MergeArea[] = [
    { top: 0, left: 4, bottom: 0, right: 6 },
    { top: 0, left: 9, bottom: 0, right: 11 },
    ...[0, 1, 2, 3, 7, 8].map((c) => ({ top: 0, left: c, bottom: 1, right: c })),
  ];

  it('gives the one unnamed part of the merged 指标值 (between 符号 and 单位) the figure', () => {
    const h = findIndicatorHeader(view(rows, merges))!;
    expect(h.colOf).toMatchObject({ name: 2, sign: 4, value: 5, unit: 6 });
  });

  it('takes the weight from the sub-heading 权重占比, and the first row\'s "指标分值" over prose is no weight', () => {
    const h = findIndicatorHeader(view(rows, merges))!;
    expect(h.colOf.weight).toBe(10);
    expect(h.roles.get(3)).toBe('ignore');
    expect(h.roles.get(9)).toBe('score');
    expect(h.roles.get(11)).toBe('score');
  });

  it('leaves a merged 指标值 alone when more than one of its parts is unnamed', () => {
    const wide: CellValue[][] = [
      ['一级指标', '二级指标', '三级指标', '指标值', null, null, null],
      [null, null, null, '符号', null, null, '单位'],
      ['产出指标', '数量指标', '人数', '≥', 10, '备', '人'],
    ];
    const h = findIndicatorHeader(view(wide, [{ top: 0, left: 3, bottom: 0, right: 6 }]))!;
    expect(h.roles.get(4)).toBeUndefined();
    expect(h.roles.get(5)).toBeUndefined();
  });

  it.each([
    ['单项指标得分', 'score'],
    ['单项指标折算得分', 'score'],
    ['折算得分', 'score'],
    ['权重占比(%)', 'weight'],
    ['权重占比', 'weight'],
  ])('heading %s → %s', (text, role) => {
    expect(columnRoleOf(text)).toBe(role);
  });
});

describe('indicator header: a column inserted under the merged 指标值', () => {
  it('does not count a part the first row names (实际完成值) as the unnamed figure column', () => {
    const rows: CellValue[][] = [
      ['一级指标', '二级指标', '三级指标', '预期指标值', null, '实际完成值', null],
      [null, null, null, '符号', null, null, '单位'],
      ['产出指标', '数量指标', '人数', '>=', 19, '>=19 人', '人'],
    ];
    const h = findIndicatorHeader(view(rows, [{ top: 0, left: 3, bottom: 0, right: 6 }]))!;
    expect(h.colOf.value).toBe(4);
    expect(h.roles.get(5)).toBe('actual');
  });
});

describe('indicator header: a graded-standard form (指标分类 | 绩效指标 | 评价标准: 优 | 良 | 中 | 差)', () => {
  const rows: CellValue[][] = [
    ['××预算指标绩效目标表', null, null, null, null, null, null, null],
    ['绩效目标', '保障低保金发放。', null, null, null, null, null, null],
    ['绩效指标分类', '绩效指标', '绩效指标描述', '绩效指标评价标准', null, null, null, '评价标准确定依据'],
    [null, null, null, '优', '良', '中', '差', null],
    ['产出指标', '救助覆盖率', '是否应救尽救', '100%', '90%', '85%', '85%', '按临时救助标准评价'],
  ];
  const merges: MergeArea[] = [{ top: 2, left: 3, bottom: 2, right: 6 }];

  it('reads the type column as the 一级, the 指标 column as the names and the 优 threshold as the target', () => {
    const h = findIndicatorHeader(view(rows, merges))!;
    expect(h.row).toBe(2);
    expect(h.colOf).toEqual({ level1: 0, name: 1, value: 3 });
    expect([4, 5, 6, 2, 7].map((c) => h.roles.get(c))).toEqual(['ignore', 'ignore', 'ignore', 'ignore', 'ignore']);
  });

  it('needs the grade row: the same headings over a single standard column are no graded form', () => {
    const plain = rows.map((r) => [...r]);
    plain[3] = [null, null, null, '达标', null, null, null, null];
    expect(findIndicatorHeader(view(plain, merges))).toBeNull();
  });

  it('needs the type column: grades under an evaluation scheme without 指标分类 stay unread', () => {
    const noType = rows.map((r) => [...r]);
    noType[2] = ['评价内容', '绩效指标', '绩效指标描述', '绩效指标评价标准', null, null, null, '评价标准确定依据'];
    expect(findIndicatorHeader(view(noType, merges))).toBeNull();
  });
});

describe('indicator header: a graded-standard form with required-field stars', () => {
  it('reads *绩效指标分类 | *绩效指标 over *优 | *良 | *中 | *差 as the plain headings', () => {
    const rows: CellValue[][] = [
      ['*绩效指标分类', '*绩效指标', '*绩效指标评价标准', null, null, null],
      [null, null, '*优', '*良', '*中', '*差'],
      ['产出指标', '救助覆盖率', '100%', '90%', '85%', '85%'],
    ];
    expect(findIndicatorHeader(view(rows, [{ top: 0, left: 2, bottom: 0, right: 5 }]))?.colOf).toEqual({ level1: 0, name: 1, value: 2 });
  });
});

describe('indicator header: the unnamed figure column two columns wide', () => {
  it('counts a merged-away cell as part of the unnamed part, not as a second one', () => {
    const rows: CellValue[][] = [
      ['一级指标', '二级指标', '三级指标', '预期指标值', null, null, null],
      [null, null, null, '符号', null, null, '单位'],
      ['产出指标', '数量指标', '人数', '>=', 19, null, '人'],
    ];
    const merges: MergeArea[] = [
      { top: 0, left: 3, bottom: 0, right: 6 },
      { top: 1, left: 4, bottom: 1, right: 5 },
      { top: 2, left: 4, bottom: 2, right: 5 },
    ];
    expect(findIndicatorHeader(view(rows, merges))?.colOf).toMatchObject({ sign: 3, value: 4, unit: 6 });
  });
});
