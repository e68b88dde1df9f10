/**
 * Recognition of the forms real counties publish, one table per form kind, written the way those forms
 * are (not copies of the corpus files): column roles from the header's headings, annotated labels, the
 * block's end, 定性/定量 marks and dashes, names that open with a figure.
 */
import { checkWorkbook } from '../../src/core/check';
import type { CellValue, Grid } from '../../src/core/grid';
import type { TargetTable } from '../../src/core/model';
import { BUILTIN_PROFILES } from '../../src/core/profile';
import { columnRoleOf, fundKeyOf, headerFieldOf } from '../../src/core/recognize/labels';
import { canonicalLevel1, canonicalLevel2 } from '../../src/core/framework';

const grid = (rows: CellValue[][]): Grid => ({ name: '表', rows });
const check = (rows: CellValue[][], framework: '2024' | 'classic' = 'classic') => {
  const r = checkWorkbook([grid(rows)], { profile: BUILTIN_PROFILES[framework] });
  return { table: r.model.sheets[0] as TargetTable, sheet: r.sheets[0], rules: r.sheets[0].findings.map((f) => `${f.rule}@${f.cell}`) };
};

describe('column headings name their role', () => {
  it.each([
    ['年度指标值', 'value'],
    ['当年预期实现值', 'value'],
    ['指标值及单位', 'value'],
    ['指标值(包含数字及文字描述)', 'value'],
    ['实际完成值', 'actual'],
    ['全年实际值', 'actual'],
    ['得分', 'score'],
    ['分值', 'weight'],
    ['权重(%)', 'weight'],
    ['绩效标准', 'ignore'],
    ['计划标准', 'ignore'],
    ['评(扣)分标准', 'ignore'],
    ['指标值说明', 'ignore'],
    ['偏差原因分析及改进措施', 'ignore'],
    ['指标值内容', 'ignore'],
    ['指标值类型', 'sign'],
    ['计算符号', 'sign'],
    ['度量单位', 'unit'],
    ['三级指标内容', 'name'],
    ['指标内容', 'name'],
    ['一级/二级指标', 'level2'],
  ])('%s → %s', (text, role) => {
    expect(columnRoleOf(text)).toBe(role);
  });
});

describe('labels with annotations', () => {
  it.each([
    ['产出指标(50分)', '产出指标'],
    ['成本指标(0-20)分', '成本指标'],
    ['效益指标（30分）', '效益指标'],
    ['满意度指标(权重10%)', '满意度指标'],
  ])('%s is the 一级 %s', (text, l1) => expect(canonicalLevel1(text)).toBe(l1));
  it.each([
    ['服务对象满意度指标等', '服务对象满意度指标'],
    ['★数量指标', '数量指标'],
  ])('%s is the 二级 %s', (text, l2) => expect(canonicalLevel2(text)).toBe(l2));
});

const SELF_EVALUATION: CellValue[][] = [
  ['项目支出绩效自评表'],
  ['（2023年度）'],
  ['项目名称', '村级运转经费'],
  ['主管部门', '某镇人民政府', null, '实施单位', '某镇人民政府'],
  ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  [null, '年度资金总额', 100, 100, 98, 10, '98%', 9.8],
  [null, '其中：本年财政拨款', 100, 100, 98],
  [null, '上年结转资金', 0],
  [null, '其他资金', 0],
  ['年度总体目标', '保障村级组织正常运转'],
  ['一级指标', '二级指标', '三级指标', '分值', '年度指标值', '实际完成值', '得分', '偏差原因分析及改进措施'],
  ['产出指标(50分)', '数量指标', '补助村数量', 20, '=8个', 8, 20, null],
  [null, '质量指标', '资金使用合规性', 10, '合规', '达成预期指标', 10, null],
  [null, '时效指标', '资金拨付及时率', 10, '≥95%', '100%', 10, null],
  [null, '成本指标', '项目总成本', 10, '≤100万元', 98, 10, null],
  ['效益指标(30分)', '社会效益指标', '村级组织运转保障程度', 30, '有效保障', '达成预期指标', 30, null],
  ['满意度指标(10分)', '服务对象满意度指标等', '村民满意度', 10, '≥90%', '95%', 10, null],
  ['总分', null, null, 100, null, null, 99.8],
  ['注：1.一级指标分值统一设置为：产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分，各部门根据各项指标重要程度确定三级指标的分值。'],
];

describe('a 自评表 (self-evaluation)', () => {
  const { table, sheet, rules } = check(SELF_EVALUATION);

  it('is read as a self-evaluation, its targets from 年度指标值', () => {
    expect(sheet.form).toBe('self-evaluation');
    expect(table.indicators.map((i) => i.value.text)).toEqual(['=8个', '合规', '≥95%', '≤100万元', '有效保障', '≥90%']);
    expect(table.indicators.every((i) => i.level1?.canonical)).toBe(true);
  });

  it('counts the 分值 column as weights and the 预算执行率 分值 in the funds block towards 100', () => {
    expect(table.budgetScore?.value).toBe(10);
    expect(table.indicators.map((i) => i.weight?.value)).toEqual([20, 10, 10, 10, 30, 10]);
    expect(rules.filter((r) => r.startsWith('weights/'))).toEqual([]);
  });

  it('ends at 总分 and the note: neither is an indicator', () => {
    expect(table.indicators.at(-1)?.name?.text).toBe('村民满意度');
    expect(rules.filter((r) => /indicator\/|value\//.test(r) && !r.startsWith('value/missing-operator'))).toEqual([]);
  });

  it('reports weights that miss 100 once the budget score is counted', () => {
    const rows = SELF_EVALUATION.map((r) => [...r]);
    rows[15][3] = 40; // 效益 40 instead of 30: 50 + 40 + 10 + 10 = 110
    expect(check(rows).rules.some((r) => r.startsWith('weights/sum-not-100'))).toBe(true);
  });
});

describe('a 审批表 (approval form) with score bands and an explanation column', () => {
  const rows: CellValue[][] = [
    ['2024年某乡晾晒房建设项目支出绩效目标审批表'],
    ['项目名称', '晾晒房建设'],
    ['项目分类', '特定目标类', null, '实施单位', '某乡人民政府'],
    ['业务主管部门', '县农业农村委'],
    ['项目资金', '当年年度预算', null, 65],
    [null, '财政资金预算分类', null, '一般公共预算'],
    [null, '其中：财政资金', null, 65],
    [null, '其中：其它资金', null, 0],
    ['年度主要目标和成果', '新建晾晒房一座'],
    ['一级指标', '二级指标', '三级指标', '指标值', '分值', '指标解释'],
    ['成本指标(0-20)分', '经济成本指标', '项目建设成本', '≤65万元', 20, '反映项目建设成本'],
    [null, '社会成本指标', '对周边群众生产生活的影响', '无明显影响', 5, '反映社会成本'],
    ['产出指标(40-50)分', '数量指标', '晾晒房面积', '≥300平方米', 20, '反映建设规模'],
    [null, '质量指标', '工程验收合格率', '=100%', 10, '反映工程质量'],
    [null, '时效指标', '完工时间', '2024年12月底前', 10, '反映进度'],
    ['效益指标(20-30)分', '经济效益指标', '带动农户增收', '≥5万元', 25, '反映增收'],
    ['满意度指标(0-10)分', '服务对象满意度指标', '受益农户满意度', '≥90%', 10, '反映满意程度'],
    ['主管部门审核意见', null, '同意'],
  ];
  const { sheet, rules } = check(rows, '2024');
  it('is read as an approval form: no unknown 一级, no funds finding from the 预算分类 row', () => {
    expect(sheet.form).toBe('approval');
    expect(rules.filter((r) => /unknown-level1|funds\/|missing-value|missing-name/.test(r))).toEqual([]);
  });
  it('reads 项目分类 as the 项目类别', () => {
    expect(rules.filter((r) => r.startsWith('header/'))).toEqual([]);
  });
});

describe('a 申报表 (application) with a 绩效标准 column and the reviewers box', () => {
  const rows: CellValue[][] = [
    ['2023年项目支出绩效目标申报表'],
    ['项目支出名称', '雾炮车降尘服务', null, '项目类别', '特定目标类'],
    ['预算部门', '市环卫处', null, '实施单位', '市环卫处'],
    ['年度预算资金总额', 250, null, '财政拨款', 250],
    ['本年度绩效目标', '降低扬尘，改善空气质量'],
    ['一级指标', '二级指标', '三级指标', '指标值及单位', '绩效标准'],
    ['产出指标', '数量指标', '配备车辆数', '≥10辆', '计划标准'],
    [null, null, '风炮射程', '≥80米', '计划标准'],
    [null, '质量指标', '作业达标率', '≥95%', '计划标准'],
    [null, '时效指标', '服务周期', '2023年12月底前', '计划标准'],
    [null, '成本指标', '项目总成本', '≤250万元', '计划标准'],
    ['效益指标', '生态效益指标', '空气质量优良天数比例', '≥85%', '计划标准'],
    ['满意度指标', '服务对象满意度指标', '市民满意度', '≥90%', '行业标准'],
    ['财政部门审核意见'],
  ];
  const { sheet, rules } = check(rows);
  it('never reads 计划标准 as a value or a second-column name as a 二级', () => {
    expect(sheet.form).toBe('application');
    // One cost line and no breakdown is a real finding of its own; nothing else is.
    expect(rules.filter((r) => !r.startsWith('cost/missing-breakdown'))).toEqual([]);
  });
});

describe('a system export with 指标值类型 (定性/定量) and 度量单位 "-"', () => {
  const rows: CellValue[][] = [
    ['2023年项目支出绩效目标表'],
    ['项目名称', '学生伙食费', null, '项目类别', '特定目标类'],
    ['主管部门', '州教育局', null, '实施单位', '特殊教育学校'],
    ['年度预算资金总额', 30, null, '财政拨款', 30],
    ['年度绩效目标', '保障学生伙食'],
    ['一级指标', '二级指标', '三级指标', '指标值', '指标值内容', '评(扣分标准)', '度量单位', '指标值类型'],
    ['成本指标', '经济成本指标', '项目总成本', '≤30万元', '反映总成本', '超支扣分', '-', '定量'],
    [null, '生态环境成本指标', null, null, null, null, '-', '定性'],
    ['产出指标', '数量指标', '补助学生数量', '≥168人', '反映人数', '少1人扣1分', '-', '定量'],
    [null, '质量指标', '伙食补助发放率', '90%以上', '反映发放', '9%0得10分', '-', '定量'],
    [null, '时效指标', '任务完成时间', '2023年12月31日', '反映进度', '按期', '-', '定量'],
    ['效益指标', '社会效益指标', '学生家庭负担', '有所减轻', '反映负担', '较大得10分', '-', '定性'],
    ['满意度指标', '服务对象满意度指标', '学生满意度', '95%以上', '反映满意程度', '每降1%扣1分', '-', '定性'],
  ];
  const { table, rules } = check(rows, '2024');
  it('reads the 定性-marked "95%以上" as ≥95%, the dash as no unit, the empty template rows as nothing', () => {
    expect(table.indicators.map((i) => i.name?.text)).toEqual(['项目总成本', '补助学生数量', '伙食补助发放率', '任务完成时间', '学生家庭负担', '学生满意度']);
    const satisfaction = table.indicators.at(-1)!.value.parsed;
    expect(satisfaction).toMatchObject({ kind: 'quantity', operator: '>=', number: 95 });
    expect(rules.filter((r) => /unparseable|satisfaction|missing-value|missing-name|duplicate/.test(r))).toEqual([]);
  });
});

describe('三级 names that open with a figure', () => {
  const rows: CellValue[][] = [
    ['项目支出绩效目标表'],
    ['项目名称', '高龄津贴', null, '项目类别', '特定目标类'],
    ['主管部门', '民政局', null, '实施单位', '民政局'],
    ['年度预算资金总额', 480, null, '财政拨款', 480],
    ['年度总体绩效目标', '发放高龄津贴'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['成本指标', '经济成本指标', '项目总成本', '≤480万元'],
    ['产出指标', '数量指标', '60岁以上补助人数', '≥4000人'],
    [null, null, '80-89 周岁老人人数'],
    [null, '质量指标', '65岁及以上老年人健康管理率', '≥90%'],
    [null, '时效指标', '发放及时率', '≥95%'],
    ['效益指标', '社会效益指标', '老年人生活水平', '有效提高'],
    ['满意度指标', '服务对象满意度指标', '受益老人满意度', '≥90%'],
  ];
  it('are names: the one without a value is reported as missing its value, not as a stray value', () => {
    const { table, rules } = check(rows, '2024');
    expect(table.indicators.map((i) => i.name?.text).slice(1, 4)).toEqual(['60岁以上补助人数', '80-89 周岁老人人数', '65岁及以上老年人健康管理率']);
    expect(rules.filter((r) => r.startsWith('indicator/'))).toEqual(['indicator/missing-value@D9']);
  });
});

describe('a header with one value column per village (no 指标值 column)', () => {
  const rows: CellValue[][] = [
    ['2022年水利专项资金绩效目标表'],
    ['项目名称', '水利专项', null, '主管部门(单位)名称', '水利局'],
    ['资金情况(万元)', '资金总额', 35, '其中:财政拨款', 35, '其他资金', 0],
    ['总体目标', '开展2个水毁修复'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标解释', '指标方向', '甲街道', '乙镇'],
    [null, '产出指标', '数量指标', '开展修复工程(个)', '反映开展情况', '≥', 1, 1],
    [null, null, '质量指标', '已建工程是否存在质量问题', '反映质量', '是/否', '否', '否'],
    [null, null, '时效指标', '项目开展率(%)', '反映进度', '≥', '100%', '100%'],
  ];
  it('says once that it cannot place the targets, and raises no value or missing-value finding', () => {
    const { rules } = check(rows);
    expect(rules.filter((r) => r.startsWith('sheet/layout-uncertain'))).toHaveLength(1);
    expect(rules.filter((r) => /missing-value|missing-name|value\//.test(r))).toEqual([]);
  });
});

describe('a 项目库 form: 指标类型 | 指标名称 | 指标值 | 指标描述, without 三级', () => {
  const rows: CellValue[][] = [
    ['项目名称:', '绿化养护经费'],
    ['项目类型:', '特定目标类'],
    ['项目绩效目标', '绩效目标总体描述', '完成绿化养护'],
    ['指标类型', '指标名称', '指标值', '指标描述'],
    ['产出指标', '数量指标', '375万平方米', '完成全市375万平方米的绿地养护'],
    [null, '质量指标', '100%', '达到绿化绿地全覆盖'],
    ['效益指标', '社会效益指标', '是', '满足市民需求'],
    [null, '生态效益指标', '是', '改善生态环境'],
    ['满意度指标', '服务对象满意度指标', '≥95%', '满意率应该在95%以上'],
  ];
  it('reads 指标类型 as the 一级 and never 指标描述 as the value', () => {
    const { table, rules } = check(rows);
    expect(table.indicators.map((i) => i.value.text)).toEqual(['375万平方米', '100%', '是', '是', '≥95%']);
    expect(rules.filter((r) => /duplicate|qualitative|satisfaction|unknown-level/.test(r))).toEqual([]);
  });
  it('reads it the same when the headings carry required-field stars (*指标类型 | *指标名称 …)', () => {
    const starred = rows.map((r, i) => (i === 3 ? r.map((v) => `*${String(v)}`) : r));
    const { table, rules } = check(starred);
    expect(table.indicators.map((i) => i.value.text)).toEqual(['375万平方米', '100%', '是', '是', '≥95%']);
    expect(table.indicators.map((i) => i.level1?.canonical)).toEqual(['产出指标', '产出指标', '效益指标', '效益指标', '满意度指标']);
    expect(rules.filter((r) => /duplicate|qualitative|satisfaction|unknown-level/.test(r))).toEqual([]);
  });
});

describe('a 序号 column numbering the indicator rows', () => {
  const rows: CellValue[][] = [
    ['项目名称', '村道养护'],
    ['序号', '一级指标', '二级指标', '三级指标', '指标值'],
    [1, '产出指标', '数量指标', '养护里程', '≥100公里'],
    [2, null, '质量指标', '验收合格率', '100%'],
    ['3.', null, '时效指标', '完成及时率', '100%'],
    ['（四）', '效益指标', '社会效益指标', '通行条件', '明显改善'],
    [5, '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
  ];
  const merged: Grid = { name: '表', rows, merges: [{ top: 2, left: 1, bottom: 4, right: 1 }] };
  it('is the role of headings 序号, 编号, 行次', () => {
    for (const h of ['序号', '编号', '行次', '序 号']) expect(columnRoleOf(h)).toBe('serial');
  });
  it('is no label, name or value: its numbers are not read as 一级 or 二级', () => {
    const r = checkWorkbook([merged], { profile: BUILTIN_PROFILES.classic });
    const table = r.model.sheets[0] as TargetTable;
    expect(table.indicators.map((i) => [i.level1?.canonical, i.level2?.canonical, i.name?.text, i.value.text])).toEqual([
      ['产出指标', '数量指标', '养护里程', '≥100公里'],
      ['产出指标', '质量指标', '验收合格率', '100%'],
      ['产出指标', '时效指标', '完成及时率', '100%'],
      ['效益指标', '社会效益指标', '通行条件', '明显改善'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
    ]);
    expect(r.sheets[0].findings.filter((f) => /unknown-level|missing-level|missing-name/.test(f.rule))).toEqual([]);
  });
});

describe('labels and headings typed in full-width or spread with spaces', () => {
  it('a full-width year in a heading does not change its role (２０２１年实际实现值)', () => {
    expect(columnRoleOf('２０２１年实际实现值')).toBe('actual');
    expect(columnRoleOf('预期２０２２年实现值')).toBe('value');
  });
  it('a 一级 label centred with spaces (产 出 指 标) on a row of its own opens its block in a tree form', () => {
    const { table, rules } = check([
      ['某单位2020年项目绩效目标批复表'],
      ['项目', '指标值'],
      ['产 出 指 标', null],
      ['数量指标', null],
      ['疫苗采购批次', '≥4批次'],
      ['满 意 度 指 标', null],
      ['服务对象满意度指标', null],
      ['接种群众满意度', '≥90%'],
    ]);
    expect(table.indicators.map((i) => [i.level1?.canonical, i.name?.text])).toEqual([
      ['产出指标', '疫苗采购批次'],
      ['满意度指标', '接种群众满意度'],
    ]);
    expect(rules.filter((r) => /missing-value|unknown-level/.test(r))).toEqual([]);
  });
});

describe('levels named by their values (产出值 | 数量值) and headings 一级 | 二级 | 三级 | 年度数值', () => {
  it.each([
    ['产出值', '产出指标'],
    ['效益值', '效益指标'],
  ])('%s is the 一级 %s', (text, l1) => expect(canonicalLevel1(text)).toBe(l1));
  it.each([
    ['数量值', '数量指标'],
    ['可持续影响值', '可持续影响指标'],
  ])('%s is the 二级 %s', (text, l2) => expect(canonicalLevel2(text)).toBe(l2));
  it.each([
    ['三级', 'name'],
    ['年度数值', 'value'],
  ])('%s → %s', (text, role) => expect(columnRoleOf(text)).toBe(role));
});

describe('funds as real forms fill them', () => {
  const base: CellValue[][] = [
    ['项目支出绩效目标表'],
    ['项目名称', '某项目', null, '项目类别', '特定目标类'],
    ['主管部门', '某局', null, '实施单位', '某中心'],
  ];
  const tail: CellValue[][] = [
    ['年度绩效目标', '完成任务'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '完成数量', '≥10个'],
  ];
  it('a heading where the amount would stand is skipped; "/" is no amount and no error', () => {
    const { rules } = check([...base, ['年度资金总额', '金额(万元)', 6.3], ['财政拨款', 6.3], ['其他资金', '/'], ...tail]);
    expect(rules.filter((r) => r.startsWith('funds/'))).toEqual([]);
  });
  it('a source split over 中央/省级 sub-rows is not read as the label "中央"', () => {
    const { rules } = check([...base, ['本年度预计投入', null, 7], ['财政资金', '中央', 0], [null, '省级', 7], ['其他', null, 0], ['年度资金总额', 7], ...tail]);
    expect(rules.filter((r) => r.startsWith('funds/'))).toEqual([]);
  });
});

describe('a two-row header and numbered labels', () => {
  const head: CellValue[][] = [
    ['项目支出绩效目标表'],
    ['项目名称', '职业技能培训', null, '项目类别', '特定目标类'],
    ['主管部门', '人社局', null, '实施单位', '就业中心'],
    ['年度预算资金总额', 50, null, '财政拨款', 50],
    ['年度绩效目标', '培训500人次'],
  ];
  it('reads 符号 | 数值 | 单位 under a merged 指标值, and 一、 / （一） / 1. numbering on labels', () => {
    const rows: CellValue[][] = [
      ...head,
      ['一级指标', '二级指标', '三级指标', '指标值', null, null, '权重'],
      [null, null, null, '符号', '数值', '单位', null],
      ['一、成本指标', '（一）经济成本指标', '项目总成本', '≤', 50, '万元', 10],
      [null, null, '人均培训成本', '≤', 1000, '元/人次', 10],
      ['二、产出指标', '1.数量指标', '培训人数', '≥', 500, '人次', 20],
      [null, '2.质量指标', '培训合格率', '≥', 90, '%', 20],
      [null, '3.时效指标', '培训完成时间', '=', '2025年12月底前', null, 10],
      ['三、效益指标', '社会效益指标', '就业率', '≥', 60, '%', 20],
      ['四、满意度指标', '服务对象满意度指标', '学员满意度', '≥', 90, '%', 10],
    ];
    const { table, rules } = check(rows, '2024');
    expect(table.indicators.map((i) => i.value.text)).toEqual(['≤50 万元', '≤1000 元/人次', '≥500 人次', '≥90%', '=2025年12月底前', '≥60%', '≥90%']);
    expect(table.indicators.every((i) => i.level1?.canonical && i.level2?.canonical)).toBe(true);
    expect(rules.filter((r) => !r.startsWith('cost/missing-breakdown'))).toEqual([]);
  });

  it('takes the 年度 column of 中期 | 年度 as the target', () => {
    const rows: CellValue[][] = [
      ...head,
      ['一级指标', '二级指标', '三级指标', '指标值', null],
      [null, null, null, '中期', '年度'],
      ['成本指标', '经济成本指标', '项目总成本', '≤150万元', '≤50万元'],
      [null, null, '人均培训成本', '≤1000元/人次', '≤1000元/人次'],
      ['产出指标', '数量指标', '培训人数', '≥1500人次', '≥500人次'],
      [null, '质量指标', '培训合格率', '≥90%', '≥90%'],
      [null, '时效指标', '培训完成时间', '2027年底前', '2025年12月底前'],
      ['效益指标', '社会效益指标', '就业率', '≥60%', '≥60%'],
      ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '≥90%'],
    ];
    const { table, rules } = check(rows, '2024');
    expect(table.indicators[0].value.text).toBe('≤50万元');
    expect(table.indicators[0].value.cell.col).toBe(4);
    expect(rules).toEqual([]);
  });
});

describe('more real spellings (held-out tables)', () => {
  it.each([
    ['产出数量', '数量指标'],
    ['产出时效', '时效指标'],
    ['产出成本', '成本指标'],
  ])('the 二级 %s written after its 一级 is %s', (text, l2) => expect(canonicalLevel2(text)).toBe(l2));

  it.each([
    ['预期2022年实现值', 'value'],
    ['2021年实际实现值', 'actual'],
  ])('a year in a heading does not change its role: %s → %s', (text, role) => expect(columnRoleOf(text)).toBe(role));

  const head: CellValue[][] = [
    ['项目支出绩效目标表'],
    ['项目名称', '雾炮车服务', null, '项目类别', '特定目标类'],
    ['主管部门', '城管局', null, '实施单位', '环卫处'],
    ['年度预算资金总额', 250, null, '财政拨款', 250],
    ['年度绩效目标', '改善空气质量'],
  ];
  it('a 二级 written across the 一级 column (服务对象满意度指标) opens the 满意度 block', () => {
    const rows: CellValue[][] = [
      ...head,
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '配备车辆数', '≥10辆'],
      [null, '质量指标', '作业达标率', '≥95%'],
      [null, '时效指标', '服务完成时间', '2024年12月底前'],
      [null, '成本指标', '项目总成本', '≤250万元'],
      ['效益指标', '社会效益指标', '空气质量优良率', '≥85%'],
      ['服务对象满意度指标', null, '市民满意度', '≥90%'],
    ];
    const { table, rules } = check(rows);
    expect(table.indicators.at(-1)?.level1?.canonical).toBe('满意度指标');
    expect(rules.filter((r) => /missing-level1|misplaced-level2/.test(r))).toEqual([]);
  });

  it('"±3%以内" is a bound of 3%', () => {
    const rows: CellValue[][] = [
      ...head,
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '质量指标', '结算误差率', '±3%以内'],
    ];
    expect(check(rows).table.indicators[0].value.parsed).toMatchObject({ kind: 'quantity', operator: '<=', number: 3 });
  });
});

describe('a cost make-up side table (项目预算成本构成 | 金额 | 测算依据 | … | 合计)', () => {
  const rows = (total2020: number): CellValue[][] => [
    ['2022年市直部门预算项目支出绩效目标表'],
    ['项目名称', '办公大楼运行保障', null, '项目类别', '运转类'],
    ['项目预算成本构成', '金额', '测算(公式)依据', '2020年实际执行数'],
    ['保安服务费', 191, '依据招标文件', 191],
    ['保洁服务费', 99, '依据招标文件', 99],
    ['水电气、维修维护费', 524, '据实结算', 372.88],
    ['合计', 814, null, total2020],
    ['绩效目标', '以服务对象满意为目标'],
    ['一级/二级指标', '三级指标', '绩效标准(指标说明)', '当年预期实现值'],
    ['数量指标', '日常维修维护次数', '反映维修维护情况', '≥2280次'],
  ];
  it('reports a column whose items do not add up to its 合计, at the 合计 cell', () => {
    const { table, rules } = check(rows(662.98));
    expect(table.costTables?.[0].columns.map((c) => c.text)).toEqual(['金额', '2020年实际执行数']);
    expect(rules.filter((r) => r.startsWith('cost/items-sum-mismatch'))).toEqual(['cost/items-sum-mismatch@D7']);
  });
  it('is silent when every column adds up', () => {
    expect(check(rows(662.88)).rules.filter((r) => r.startsWith('cost/items-sum-mismatch'))).toEqual([]);
  });
});

describe('second held-out round', () => {
  it.each([
    ['年初目标值(A)', 'value'],
    ['绩效指标性质*', 'sign'],
    ['绩效指标值*', 'value'],
    ['绩效度量单位', 'unit'],
    ['一级指标*', 'level1'],
  ])('heading %s → %s', (text, role) => expect(columnRoleOf(text)).toBe(role));

  it('reads "主管部门:省商务厅" and "资金总额:2430.30" written in one cell', () => {
    const rows: CellValue[][] = [
      ['项目绩效目标表'],
      ['项目名称:会展奖励资金', null, null, null, '项目类别:特定目标类'],
      ['主管部门:省商务厅', null, null, null, '资金总额:2430.30'],
      ['实施单位:省会展局', null, null, null, '年度绩效目标:培育品牌展会'],
      ['一级指标*', '二级指标*', '三级指标*', '绩效指标性质*', '绩效指标值*', '绩效度量单位', '权重*', '指标方向性*'],
      ['产出指标', '数量指标', '会展业综合收入', '≥', 280, '亿元', '100%', '正向指标'],
    ];
    const { table, rules } = check(rows);
    expect(table.department?.text).toBe('省商务厅');
    expect(table.funds.total?.amount).toBeCloseTo(2430.3);
    expect(table.indicators[0].value.text).toBe('≥280 亿元');
    expect(rules.filter((r) => /header\/|qualitative|weights/.test(r))).toEqual([]);
  });
});

describe('the reviewers’ boxes under a form end the block', () => {
  it.each(['财政部门支出股室初审意见', '区扶贫办审核意见', '财政资金管理科室(盖章) 年 月 日'])('%s', (box) => {
    const rows: CellValue[][] = [
      ['项目支出绩效目标表'],
      ['项目名称', '扶贫基地', null, '项目类别', '特定目标类'],
      ['主管部门', '扶贫办', null, '实施单位', '某镇'],
      ['年度预算资金总额', 20, null, '财政拨款', 20],
      ['年度绩效目标', '建成基地一个'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '建成基地数量', '≥1个'],
      ['产出指标', '质量指标', '验收合格率', '≥95%'],
      [box, null, '(盖章)'],
    ];
    const { table, rules } = check(rows);
    expect(table.indicators).toHaveLength(2);
    expect(rules.filter((r) => /unparseable|missing-value|missing-name|satisfaction/.test(r))).toEqual([]);
  });
});

describe('third held-out round', () => {
  it('takes the sources of the total’s own block when 中期 and 年度 funds stand side by side', () => {
    const rows: CellValue[][] = [
      ['项目支出绩效目标申报表'],
      ['项目名称', '执法车辆燃油费', null, null, '项目类别', '运转类'],
      ['主管部门及代码', '城管局', null, null, '实施单位', '城管大队'],
      ['项目资金 (万元)', '中期资金总额:', 170, null, '年度资金总额:', 340],
      [null, '其中:财政拨款', 170, null, '其中:财政拨款', 340],
      [null, '其他资金', 0, null, '其他资金', 0],
      ['年度绩效目标', '保障车辆运行'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '保障车辆数', '≥20辆'],
    ];
    const { table, rules } = check(rows);
    expect(table.funds.fiscal?.amount).toBe(340);
    expect(rules.filter((r) => r.startsWith('funds/'))).toEqual([]);
  });
});

describe('header and funds labels as the held-out forms write them', () => {
  it.each([
    ['部门(单位)名称', 'department'],
    ['地方主管部门', 'department'],
    ['主管部门及其编码', 'department'],
    ['转移支付(项目)名称', 'projectName'],
    ['项目(专项)名称', 'projectName'],
    ['资金使用单位', 'implementingUnit'],
    ['年度绩效目标(文字)', 'goal'],
    ['专项年度绩效目标', 'goal'],
  ])('%s is the field %s', (text, field) => expect(headerFieldOf(text)).toBe(field));
  it.each(['项目预算金额', '项目金额', '预算申报数', '年度财政资金总额', '本年度申请市财政预算资金'])('%s is the annual budget', (text) =>
    expect(fundKeyOf(text)).toBe('total'),
  );
  it.each(['全年预算数', '年初预算数'])('%s (a self-evaluation column heading) is no budget label', (text) => expect(fundKeyOf(text)).toBeNull());
});

describe('a "…绩效目标申报表" title', () => {
  const header: CellValue[][] = [
    ['预算项目绩效目标申报表'],
    ['( 2021 年度)'],
    ['项目名称', '生态环境考核工作经费'],
    ['专项年度绩效目标', '完成水源地规范化建设'],
  ];
  it('titles one project’s form when the sheet has no summary header: its missing fields are said', () => {
    const r = checkWorkbook([grid(header)], { profile: BUILTIN_PROFILES.classic }).sheets[0];
    expect(r.kind).toBe('target-table');
    expect(r.findings.filter((f) => f.rule === 'header/missing-field').length).toBeGreaterThan(0);
  });
  it('stays a summary when the sheet lists projects (序号 | 项目名称 | 金额)', () => {
    const summary: CellValue[][] = [['绩效目标申报表'], ['序号', '预算部门', '项目名称', '项目金额（万元）', '备注'], [1, '民政局', '养老服务', 100, null], ['合计', null, null, 100, null]];
    expect(checkWorkbook([grid(summary)]).sheets[0].kind).toBe('summary');
  });
});

describe('two indicator blocks side by side (实施周期 | 年度)', () => {
  it('reads the year’s block: its names and 当年度指标值', () => {
    const rows: CellValue[][] = [
      ['财政项目支出绩效目标表'],
      ['项目名称', '物业管理费支出', null, null, '本年度申请市财政预算资金(万元)', null, 282.92],
      ['总体目标', '实施周期总目标', null, null, '年度目标'],
      [null, '保障展馆运行', null, null, '保障展馆运行'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '实施周期指标值', '二级指标', '三级指标', '当年度指标值'],
      [null, '产出指标', '数量指标', '物管服务面积', '建筑面积2.6万平方米', '数量指标', '物管服务面积', '建筑面积2.6万平方米,展示面积1万平方米'],
      [null, null, '质量指标', '保障工作合格率', '100%', '质量指标', '保障工作合格率', '95%'],
    ];
    const { table, rules } = check(rows);
    expect(table.indicators.map((i) => [i.name?.cell.col, i.value.cell.col, i.value.text])).toEqual([
      [6, 7, '建筑面积2.6万平方米,展示面积1万平方米'],
      [6, 7, '95%'],
    ]);
    expect(rules).toContain('value/missing-operator@H7');
    expect(rules.filter((r) => /layout-uncertain|qualitative/.test(r))).toEqual([]);
  });
});

describe('a 批复表 laid out as a tree (项目 | 指标值, labels on rows of their own)', () => {
  const rows: CellValue[][] = [
    ['疾病预防控制中心2020年项目绩效目标批复表'],
    ['单位:元'],
    ['项目', '指标值', '绩效金额'],
    ['疾病预防控制中心'],
    ['疫苗及美沙酮药物', null, 3000000],
    ['产出指标'],
    ['数量指标(必填硬性指标)'],
    ['疫苗使用率', '100%'],
    ['维持治疗需求满足率', '≥95%'],
    ['时效指标(必填)'],
    ['疫苗提供及时率', '100%'],
    ['满意度指标'],
    ['服务对象满意度指标(必填)'],
    ['服务对象满意度', '≥90%'],
    ['效益指标'],
    ['社会效益指标(必填)'],
    ['维持治疗需求满足率', '≥95%'],
  ];
  it('reads the levels from their rows and the names with their values', () => {
    const { table, rules } = check(rows);
    expect(table.indicators.map((i) => `${i.level1?.canonical}/${i.level2?.canonical}/${i.name?.text}=${i.value.text}`)).toEqual([
      '产出指标/数量指标/疫苗使用率=100%',
      '产出指标/数量指标/维持治疗需求满足率=≥95%',
      '产出指标/时效指标/疫苗提供及时率=100%',
      '满意度指标/服务对象满意度指标/服务对象满意度=≥90%',
      '效益指标/社会效益指标/维持治疗需求满足率=≥95%',
    ]);
    expect(rules).toContain('indicator/duplicate@A17');
    expect(rules.filter((r) => /missing-value|unknown-level|misplaced/.test(r))).toEqual([]);
  });
});

describe('a two-row header: 绩效指标 over 一级 | 二级 | 三级, 指标值 and 绩效标准 merged down both rows', () => {
  const rows: CellValue[][] = [
    ['项目名称', '雾炮车降尘服务'],
    ['绩效指标', null, null, '指标值及单位', '绩效标准'],
    ['一级指标', '二级指标', '三级指标', null, null],
    ['产出指标', '数量指标', '配备车辆数', '10辆', '计划标准'],
    [null, null, '风炮射程', '≥80米', '计划标准'],
    [null, '质量指标', '空气质量', '优良', '计划标准'],
    ['满意度指标', '服务对象满意度指标', '市民满意度', '≥90%', '计划标准'],
  ];
  const g: Grid = {
    name: '表',
    rows,
    merges: [
      { top: 1, left: 0, bottom: 1, right: 2 },
      { top: 1, left: 3, bottom: 2, right: 3 },
      { top: 1, left: 4, bottom: 2, right: 4 },
      { top: 3, left: 0, bottom: 5, right: 0 },
      { top: 3, left: 1, bottom: 4, right: 1 },
    ],
  };
  it('reads the value column from the heading merged down into the header row', () => {
    const r = checkWorkbook([g], { profile: BUILTIN_PROFILES.classic });
    const table = r.model.sheets[0] as TargetTable;
    expect(table.indicators.map((i) => [i.level2?.canonical, i.name?.text, i.value.text])).toEqual([
      ['数量指标', '配备车辆数', '10辆'],
      ['数量指标', '风炮射程', '≥80米'],
      ['质量指标', '空气质量', '优良'],
      ['服务对象满意度指标', '市民满意度', '≥90%'],
    ]);
    expect(r.sheets[0].findings.filter((f) => /unknown-level|missing-value|duplicate/.test(f.rule))).toEqual([]);
  });
});

describe('units stated in the 三级 name (验收合格率(%) | 100)', () => {
  const rows: CellValue[][] = [
    ['项目名称', '农村公路养护'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '养护里程（公里）', '≥120'],
    [null, '质量指标', '验收合格率(%)', 100],
    [null, '成本指标', '项目成本(万元)', '≤85'],
    ['效益指标', '社会效益指标', '受益群众(人次)', '≥5000'],
    ['满意度指标', '服务对象满意度指标', '群众满意度(%)', '≥90'],
  ];
  it('give a bare number its unit: no missing unit, and the figures are read in it', () => {
    const { table, rules } = check(rows);
    const units = table.indicators.map((i) => (i.value.parsed.kind === 'quantity' ? i.value.parsed.unit?.base : null));
    expect(units).toEqual(['公里', '%', '万元', '人次', '%']);
    expect(rules.filter((r) => /missing-unit|satisfaction-range|unit-mismatch/.test(r))).toEqual([]);
  });
  it('do not pass a bracket that is no unit (合格率(抽查)) for one', () => {
    const { rules } = check(rows.map((r, i) => (i === 3 ? [null, '质量指标', '验收合格率(抽查)', 100] : r)));
    expect(rules).toContain('value/missing-unit@D4');
  });
});

describe('a list of indicators to choose from, copied into the workbook (指标库, 参考指标)', () => {
  const library: CellValue[][] = [
    ['项目支出绩效指标库（参考）'],
    ['一级指标', '二级指标', '三级指标', '指标解释', '评分标准'],
    ['产出指标', '数量指标', '培训人次', '反映培训的人次', '完成得满分'],
    [null, '质量指标', '验收合格率', '反映验收合格情况', '100%得满分'],
    ['效益指标', '社会效益指标', '受益人口数', '反映受益人口', null],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '反映满意程度', '≥90%得满分'],
  ];
  it('is no target table when it has neither a value column nor a project: no missing-field errors', () => {
    const r = checkWorkbook([grid(library)], { profile: BUILTIN_PROFILES.classic });
    expect(r.sheets[0].kind).toBe('other');
    expect(r.sheets[0].findings).toEqual([]);
  });
  it('is none with example values either, when its title says it is a 指标库', () => {
    const withValues = library.map((row, i) => (i === 1 ? ['一级指标', '二级指标', '三级指标', '指标值'] : i >= 2 ? [...row.slice(0, 3), '≥95%'] : row));
    expect(checkWorkbook([grid(withValues)], { profile: BUILTIN_PROFILES.classic }).sheets[0].kind).toBe('other');
  });
  it('a project’s block with its values and no title is still read (a headerless fragment)', () => {
    const fragment = library.slice(1).map((row, i) => (i === 0 ? ['一级指标', '二级指标', '三级指标', '指标值'] : [...row.slice(0, 3), '≥95%']));
    expect(checkWorkbook([grid(fragment)], { profile: BUILTIN_PROFILES.classic }).sheets[0].kind).toBe('target-table');
  });
});

describe('成本指标 written in both the 一级 and the 二级 column of a row (成本指标 | 成本值)', () => {
  const rows: CellValue[][] = [
    ['项目名称', '小学公用经费'],
    ['一级', '二级', '三级', '年度数值'],
    ['产出值', '数量值', '小学就读人数', '≤6962人'],
    [null, '质量值', '办学条件改善率', '=100%'],
    ['成本指标', '成本值', '生均公用经费', '780元/生/年'],
    ['效益值', '社会效益值', '教学质量提高', '明显提高'],
  ];
  it('reads the left one as the 一级 of a new block, the right one as its 二级, the name and value in place', () => {
    const g: Grid = { name: '表', rows, merges: [{ top: 2, left: 0, bottom: 3, right: 0 }] };
    const table = checkWorkbook([g], { profile: BUILTIN_PROFILES['2024'] }).model.sheets[0] as TargetTable;
    const cost = table.indicators.find((i) => i.row === 4)!;
    expect([cost.level1?.canonical, cost.level2?.text, cost.name?.text, cost.value.text]).toEqual(['成本指标', '成本值', '生均公用经费', '780元/生/年']);
  });
});

describe('a 满意度 二级 named by whose satisfaction it is, or repeating the 一级', () => {
  const rows = (level2: string[]): CellValue[][] => [
    ['项目名称', '道路养护'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '养护里程', '≥100公里'],
    ...level2.map((l2, i): CellValue[] => [i === 0 ? '满意度指标' : null, l2, `满意度${i + 1}`, '≥90%']),
  ];
  it('is the 服务对象满意度指标: no unknown or missing 二级', () => {
    const { table, rules } = check(rows(['满意度指标', '群众满意度指标', '使用者满意度', '学生及家长满意度指标']));
    expect(table.indicators.slice(1).map((i) => i.level2?.canonical)).toEqual(Array(4).fill('服务对象满意度指标'));
    expect(rules.filter((r) => /unknown-level2|missing-level2@A4/.test(r))).toEqual([]);
  });
  it('a 二级 of another block under 满意度 is still reported', () => {
    const { rules } = check(rows(['质量指标']));
    expect(rules.some((r) => /^indicator\/(misplaced-level2|unknown-level2)@B4$/.test(r))).toBe(true);
  });
});

describe('funds sources the form names its own way (自筹资金, 专项债券, 单位自有资金)', () => {
  const rows = (sources: [string, number][]): CellValue[][] => [
    ['项目支出绩效目标表'],
    ['项目名称', '道路养护', null, '项目类别', '特定目标类'],
    ['主管部门', '交通局', null, '实施单位', '公路中心'],
    ['项目资金（万元）', '年度预算资金总额', 100],
    ...sources.map(([label, amount]): CellValue[] => [null, label, amount]),
    ['年度总体绩效目标', '养护道路 100 公里'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '养护里程', '≥100公里'],
  ];
  const funds = (sources: [string, number][]) => check(rows(sources)).rules.filter((r) => r.startsWith('funds/'));
  it('are counted when the sources add up with them, passed over when they add up without them (a breakdown)', () => {
    expect(funds([['其中：财政拨款', 60], ['自筹资金', 40]])).toEqual([]);
    expect(funds([['财政拨款', 80], ['专项债券', 20]])).toEqual([]);
    expect(funds([['财政拨款', 100], ['其中：中央', 40], ['省级', 60]])).toEqual([]);
    expect(check(rows([['财政拨款', 80], ['专项债券', 20]])).table.funds.unlisted).toEqual([20]);
  });
  it('a real shortfall is still reported, the unlisted sources named in the sum', () => {
    const { sheet } = check(rows([['财政拨款', 60], ['自筹资金', 30]]));
    const f = sheet.findings.find((x) => x.rule === 'funds/sources-mismatch');
    expect(f?.message).toContain('表中列出的其他来源 30.00 = 90.00 万元');
  });
});

describe('header fields and budget under other forms’ names', () => {
  it.each([
    ['责任单位', 'implementingUnit'],
    ['项目承办单位', 'implementingUnit'],
    ['建设单位', 'implementingUnit'],
    ['业主单位', 'implementingUnit'],
    ['实施主体', 'implementingUnit'],
    ['归口管理部门', 'department'],
    ['资金主管部门', 'department'],
    ['项目全称', 'projectName'],
    ['项目年度目标', 'goal'],
  ])('%s is the field %s', (text, field) => expect(headerFieldOf(text)).toBe(field));
  it.each(['申请金额', '申报资金', '项目预算', '项目预算数'])('%s is the annual budget', (text) => expect(fundKeyOf(text)).toBe('total'));
  it.each(['预算单位', '单位名称', '总投资', '年度预算数', '预期目标'])('%s stays unread (it names something else on some forms)', (text) => {
    expect(headerFieldOf(text) ?? fundKeyOf(text)).toBeNull();
  });
});

describe('a unit stated in the 指标值 heading (指标值（%）)', () => {
  const rows = (heading: string): CellValue[][] => [
    ['项目名称', '道路养护'],
    ['一级指标', '二级指标', '三级指标', heading],
    ['产出指标', '质量指标', '养护合格率', 95],
    [null, '时效指标', '完成及时率', '≥95'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', 90],
  ];
  it('gives the column’s bare numbers that unit', () => {
    for (const heading of ['指标值（%）', '目标值（单位：%）']) {
      const { table, rules } = check(rows(heading));
      expect(table.indicators.map((i) => (i.value.parsed.kind === 'quantity' ? i.value.parsed.unit?.base : null))).toEqual(['%', '%', '%']);
      expect(rules.filter((r) => r.startsWith('value/missing-unit'))).toEqual([]);
    }
  });
  it('a year or a span in brackets (指标值(年度), 指标值(长期)) is no unit', () => {
    expect(check(rows('指标值(年度)')).rules.filter((r) => r.startsWith('value/missing-unit'))).toHaveLength(3);
  });
});

describe('one value merged down over two indicators', () => {
  it('is the value of both: no missing value for the second', () => {
    const rows: CellValue[][] = [
      ['项目名称', '道路养护'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '养护里程', '≥100公里'],
      [null, '质量指标', '养护合格率', '≥95%'],
      [null, null, '验收合格率', null],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
    ];
    const g: Grid = { name: '表', rows, merges: [{ top: 3, left: 3, bottom: 4, right: 3 }, { top: 2, left: 0, bottom: 4, right: 0 }, { top: 3, left: 1, bottom: 4, right: 1 }] };
    const r = checkWorkbook([g], { profile: BUILTIN_PROFILES.classic });
    const table = r.model.sheets[0] as TargetTable;
    expect(table.indicators.map((i) => [i.name?.text, i.value.text, `${i.value.cell.row},${i.value.cell.col}`])).toEqual([
      ['养护里程', '≥100公里', '2,3'],
      ['养护合格率', '≥95%', '3,3'],
      ['验收合格率', '≥95%', '3,3'],
      ['群众满意度', '≥90%', '5,3'],
    ]);
    expect(r.sheets[0].findings.filter((f) => f.rule === 'indicator/missing-value')).toEqual([]);
  });
});

describe('a 二级 merged across the 三级 column names the indicator', () => {
  const rows: CellValue[][] = [
    ['项目名称', '道路养护'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '养护里程', '≥100公里'],
    ['满意度指标', '服务对象满意度', null, '≥90%'],
  ];
  it('merged: the 二级 is its name, no missing name', () => {
    const r = checkWorkbook([{ name: '表', rows, merges: [{ top: 3, left: 1, bottom: 3, right: 2 }] }], { profile: BUILTIN_PROFILES.classic });
    const t = r.model.sheets[0] as TargetTable;
    expect(t.indicators[1].name?.text).toBe('服务对象满意度');
    expect(r.sheets[0].findings.filter((f) => f.rule === 'indicator/missing-name')).toEqual([]);
  });
  it('not merged: the 三级 is missing, as the form shows', () => {
    const r = checkWorkbook([{ name: '表', rows }], { profile: BUILTIN_PROFILES.classic });
    expect(r.sheets[0].findings.filter((f) => f.rule === 'indicator/missing-name').map((f) => f.cell)).toEqual(['D4']);
  });
});
