import type { CellValue, Grid } from '../grid';
import { fundKeyOf, headerFieldOf } from './labels';
import { readTargetTable } from './target';
import { SheetView } from './view';

const table = (rows: CellValue[][]) => readTargetTable(new SheetView({ name: '表', rows } as Grid));

describe('header fields of a Hebei 预算项目绩效自评表', () => {
  const rows: CellValue[][] = [
    ['××县民政局2020年度预算项目绩效自评表'],
    ['一、基本情况', '项目名称:', '百岁老人高龄津贴', '实施(主管)单位', '314002-××县民政局机关', '金额单位:', '万元'],
    ['二、预算执行情况', '预算数', 6.84, '到位数', 6.84, '执行数', 6.84],
    [null, '其中:财政资金', 6.84, '其中:财政资金', 6.84, '其中:财政资金', 6.84],
    ['三、目标完成情况', '年度预期目标', null, '具体完成情况', null, '总体完成率(%)', null],
    [null, '为百岁老人发放补贴,使老年人得到更好的照顾。', null, '已按月发放。', null, 100, null],
    ['一级指标', '二级指标', '三级指标', '预期指标值', '实际完成值'],
    ['产出指标', '数量指标', '补贴人数', '≥19人', '19人'],
  ];

  it('reads "实施(主管)单位" as both the implementing unit and the department', () => {
    const t = table(rows);
    expect(t.implementingUnit?.text).toBe('314002-××县民政局机关');
    expect(t.department?.text).toBe('314002-××县民政局机关');
  });

  it('reads "预算数 | 6.84" as the annual budget', () => {
    expect(table(rows).funds.total).toMatchObject({ amount: 6.84 });
    expect(fundKeyOf('预算数')).toBe('total');
    // a self-evaluation's column headings are no amount labels
    expect(fundKeyOf('年度预算数(万元)')).toBeNull();
    expect(fundKeyOf('全年预算数')).toBeNull();
  });

  it('takes the goal from under "年度预期目标" when the cell right of it heads the outcome (具体完成情况)', () => {
    expect(headerFieldOf('年度预期目标')).toBe('goal');
    expect(table(rows).goal?.text).toBe('为百岁老人发放补贴,使老年人得到更好的照顾。');
  });
});
