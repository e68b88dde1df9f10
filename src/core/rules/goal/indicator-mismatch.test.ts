import { buildTable, parseSeedProjects, type IndicatorRow } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import { indicatorMismatch } from './indicator-mismatch';

const ctx = { profile: DEFAULT_PROFILE };
const WATER: IndicatorRow[] = [
  ['成本指标', '经济成本指标', '项目总成本', '≤1000 万元'],
  ['产出指标', '数量指标', '管网建设', '≥15826 米'],
  ['产出指标', '数量指标', '加压站建设', '≥1 座'],
  ['效益指标', '可持续发展影响指标', '管道预计可持续使用年限', '≥20年'],
  ['满意度指标', '服务对象满意度指标', '沿线用户满意度', '≥95%'],
];

describe('goal/indicator-mismatch on the seed', () => {
  const results = parseSeedProjects().map((p) => ({ name: p.spec.name!, issues: indicatorMismatch.check(buildTable(p.spec), ctx) }));

  it('warns once, for 管道预计可持续使用年限 "20 年以上" against "=20年", at the goal cell', () => {
    const fired = results.filter((r) => r.issues.length > 0);
    expect(fired.map((r) => r.name)).toEqual(['2024 年度县城供水管网新建及改造项目']);
    const [issue] = fired[0].issues;
    expect(fired[0].issues).toHaveLength(1);
    expect(issue.message).toContain('20 年以上');
    expect(issue.message).toContain('=20年');
    expect(issue.cell).toEqual(buildTable(parseSeedProjects()[0].spec).goal!.cell);
  });
});

describe('goal/indicator-mismatch', () => {
  const check = (goal: string, indicators = WATER) => indicatorMismatch.check(buildTable({ goal, indicators }), ctx);

  it('is silent when the goal agrees (units converted, 以上 vs ≥, 余 vs ≥, no operator vs ≥)', () => {
    expect(check('通过实施 15826 米供水管网新建及改造项目，项目总成本控制在 1000 万元，使用年限 20 年以上，满意率 95%以上')).toEqual([]);
    expect(check('新建管网 15.826 公里')).toEqual([]);
    const area: IndicatorRow[] = [['产出指标', '数量指标', '道路保洁面积', '≥2603900 平方米']];
    expect(check('全年实施 260.39 万平方米道路保洁', area)).toEqual([]);
  });

  it('warns when the figure of the described indicator differs', () => {
    const issues = check('通过实施 15000 米供水管网建设，完成管网建设');
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('15000 米');
    expect(issues[0].message).toContain('管网建设');
    expect(issues[0].message).toContain('≥15826 米');
  });

  it('compares percentages with the indicator named in the clause, not with another equal one', () => {
    const rows: IndicatorRow[] = [
      ['产出指标', '质量指标', '工程验收合格率', '100%'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥95%'],
    ];
    expect(check('工程验收合格率达到 95%', rows)).toHaveLength(1);
    expect(check('群众满意度 95%以上，工程验收合格率 100%', rows)).toEqual([]);
  });

  it('warns on "以内" against "≥" and "以上" against an explicit "="', () => {
    expect(check('管道预计可持续使用年限 20 年以内')).toHaveLength(1);
    const eq: IndicatorRow[] = [['产出指标', '数量指标', '补贴人数', '=1200 人']];
    expect(check('补贴人数 1200 人以上', eq)).toHaveLength(1);
    // Without an operator in the indicator (read as "=") the value rule reports it, not this one.
    const implicit: IndicatorRow[] = [['产出指标', '数量指标', '补贴人数', '1200 人']];
    expect(check('补贴人数 1200 人以上', implicit)).toEqual([]);
  });

  it('keeps to the noun after a counter: 94个村 is not 8个镇街', () => {
    const rows: IndicatorRow[] = [
      ['产出指标', '数量指标', '污水治理村个数', '94个'],
      ['产出指标', '数量指标', '污水治理镇街数量', '8个'],
    ];
    expect(check('对全县8个镇街、94个村进行了农村生活污水治理', rows)).toEqual([]);
    expect(check('对全县8个镇街、90个村进行了农村生活污水治理', rows)).toHaveLength(1);
  });

  it('finds the described indicator by a long shared name, by the only one of its unit, and with per units', () => {
    const people: IndicatorRow[] = [
      ['产出指标', '数量指标', '享受灵活就业人员社保补贴人数', '≥759人'],
      ['产出指标', '数量指标', '补贴申报审核批次', '≥3批'],
    ];
    expect(check('落实补贴政策，对1139人发放灵活就业社保补贴', people)).toHaveLength(1);
    const towns: IndicatorRow[] = [['产出指标', '数量指标', '污水治理镇街数量', '=7 个']];
    expect(check('推进农村人居环境整治，覆盖镇街6 个', towns)).toHaveLength(1);
    expect(check('推进农村人居环境整治，覆盖镇街7 个', towns)).toEqual([]);
    const daily: IndicatorRow[] = [
      ['产出指标', '数量指标', '第一污水处理厂污水处理量', '=4万吨/每天'],
      ['产出指标', '数量指标', '第二污水处理厂污水处理量', '=3万吨/每天'],
    ];
    expect(check('完成第二污水处理厂污水处理量2万吨/每天', daily)).toHaveLength(1);
    expect(check('完成第二污水处理厂污水处理量3万吨/每天', daily)).toEqual([]);
  });

  it('does not take a shared subject for the same indicator (特困人员 满意度 vs 特困人员 …准确率)', () => {
    const rows: IndicatorRow[] = [
      ['产出指标', '质量指标', '特困人员生活自理能力评估准确率', '≥90%'],
      ['满意度指标', '服务对象满意度指标', '农村特困人员满意度', '10'],
    ];
    expect(check('农村特困人员满意度达到95%以上', rows)).toEqual([]);
  });

  it('takes softer words (至少, 余, 控制在) as no contradiction of "="', () => {
    const seats: IndicatorRow[] = [['产出指标', '数量指标', '环卫设施维护', '=192座']];
    expect(check('维护至少192座环卫设施', seats)).toEqual([]);
    const cost: IndicatorRow[] = [['成本指标', '经济成本指标', '项目总成本', '=1000万元']];
    expect(check('项目运行总成本控制在1000万元以内', cost)).toEqual([]);
  });

  it('is silent about a figure no indicator describes', () => {
    expect(check('惠及群众 5000 户，新增绿地 300 亩')).toEqual([]);
    expect(check('按照每月 20 元的标准发放', [['成本指标', '经济成本指标', '项目总成本', '≤357.6 万元']])).toEqual([]);
  });

  it('does not throw without a goal', () => {
    expect(indicatorMismatch.check(buildTable({ goal: null, indicators: WATER }), ctx)).toEqual([]);
    expect(indicatorMismatch.check(buildTable({ goal: '', indicators: [] }), ctx)).toEqual([]);
  });
});

describe('goal/indicator-mismatch: figures of another period or a total beside the year’s', () => {
  const table = (goal: string) =>
    buildTable({ goal, indicators: [['产出指标', '数量指标', '养护里程', '≥100公里'], ['产出指标', '质量指标', '养护合格率', '≥95%']] });
  test.each([
    '到2025年累计养护道路500公里，本年度养护100公里，合格率95%以上。',
    '三年内完成养护300公里，今年完成100公里。',
    '上年度养护80公里，本年度计划养护100公里。',
    '完成2023年遗留的20公里和本年度100公里养护任务。',
    '累计养护道路500公里。',
  ])('%s: not a contradiction', (goal) => expect(indicatorMismatch.check(table(goal), ctx)).toEqual([]));
  it('the year’s figure that differs still is', () => {
    expect(indicatorMismatch.check(table('本年度养护道路150公里。'), ctx)).toHaveLength(1);
  });
});
