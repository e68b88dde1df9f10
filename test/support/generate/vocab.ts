/**
 * Vocabulary for generated projects, drawn from the 15 real tables of the seed
 * (test/fixtures/seed-projects.txt): project archetypes with their departments, cost items, unit-cost
 * standards, quantities, rates, benefits and satisfaction subjects. Numbers are ranges; the generator
 * (project.ts) picks figures and keeps the arithmetic consistent.
 */

/** A counted or measured output (数量指标). `goal` phrases it for 年度总体绩效目标, {v} = "15826 米". */
export interface QuantityDef {
  name: string;
  unit: string;
  min: number;
  max: number;
  /** Decimal places of the figure (0 for counts). */
  decimals?: number;
  goal?: string;
}

/**
 * A unit-cost standard (单位成本) and the quantity it multiplies: amount per `per` unit, e.g. 万元/村 × 村,
 * 元/月/人 × 人 × 12 months. `amount` is the range of the standard in its own money unit.
 */
export interface UnitCostDef {
  name: string;
  /** The unit as written: 万元/村, 元/月/人, 万元/年/人, 元/人, 万元/户, 元/平方米, 万元/公里, 万元/座. */
  unit: string;
  amount: [number, number];
  decimals: number;
  /** The quantity it is matched with; its unit is the count unit of `unit`. */
  quantity: QuantityDef;
  /** A monthly standard: the total is amount × quantity × 12 (a 覆盖月数 indicator may state the 12). */
  monthly?: boolean;
}

/** A rate (质量 / 时效 / 效益): percent, or a time limit. `falling`: a rate that should fall (故障率 …). */
export interface RateDef {
  name: string;
  /** 'percent' (default), or a unit such as h, 小时, 天, 工作日. */
  unit?: string;
  /** Possible values, as [operator, number]. */
  values: Array<[op: '≥' | '≤' | '=' | '<' | '' | '>', n: number]>;
  falling?: boolean;
  goal?: string;
}

export interface BenefitDef {
  level2: '经济效益指标' | '社会效益指标' | '生态效益指标' | '可持续影响指标';
  name: string;
  /** A qualitative text (明显提高 …) or a quantity written out (≥20 年, 100%). */
  values: string[];
}

export interface Archetype {
  key: string;
  /** Name templates: {place} is the county, {year} the budget year. */
  names: string[];
  /** [department suffix, implementing unit suffixes]. */
  departments: Array<[string, string[]]>;
  categories: string[];
  /** Annual budget range, 万元. */
  budget: [number, number];
  items: string[];
  unitCosts: UnitCostDef[];
  quantities: QuantityDef[];
  quality: RateDef[];
  timeliness: RateDef[];
  benefits: BenefitDef[];
  satisfaction: string[];
  /** Opening and closing phrases of 年度总体绩效目标. */
  goalLead: string[];
  goalClose: string[];
}

export const COUNTIES = ['平阴县', '商河县', '济阳区', '长清区', '章丘区', '莱芜区', '钢城区', '东阿县'];

const PCT_FULL: RateDef['values'] = [['', 100], ['=', 100], ['≥', 98], ['≥', 95]];
const PCT_TIMELY: RateDef['values'] = [['', 100], ['=', 100], ['≥', 95], ['≥', 98]];

export const ARCHETYPES: Archetype[] = [
  {
    key: 'water-pipe',
    names: ['{year}年度县城供水管网新建及改造项目', '{place}城区供水管网改造工程', '农村供水工程维修养护项目'],
    departments: [['水务局', ['水务局', '水利工程服务中心']]],
    categories: ['特定目标类'],
    budget: [300, 3000],
    items: ['管网新建及改造费用', '加压站建设项目费用', '城区供水管网建设费用', '工程监理费用', '设计勘察费用', '阀门及计量设备购置费用'],
    unitCosts: [
      {
        name: '每公里管网改造成本',
        unit: '万元/公里',
        amount: [20, 80],
        decimals: 2,
        quantity: { name: '改造供水管道长度', unit: '公里', min: 5, max: 60, goal: '改造供水管道{v}' },
      },
    ],
    quantities: [
      { name: '管网建设', unit: '米', min: 3000, max: 30000, goal: '完成{v}供水管网新建及改造' },
      { name: '加压站建设', unit: '座', min: 1, max: 4, goal: '建成加压站{v}' },
      { name: '更换智能水表数量', unit: '块', min: 500, max: 8000 },
    ],
    quality: [
      { name: '工程实际完成率', values: PCT_FULL },
      { name: '工程验收合格率', values: PCT_FULL, goal: '工程验收合格率达到{v}' },
    ],
    timeliness: [
      { name: '按施工合同完成及时率', values: PCT_TIMELY },
      { name: '工程完工及时率', values: PCT_TIMELY },
    ],
    benefits: [
      { level2: '社会效益指标', name: '提高沿线用户供水安全保障', values: ['明显提高', '有效提高'] },
      { level2: '生态效益指标', name: '降低管网漏失率', values: ['有效降低', '明显降低'] },
      { level2: '可持续影响指标', name: '管道预计可持续使用年限', values: ['≥20 年', '≥15 年', '≥25 年'] },
    ],
    satisfaction: ['沿线用户', '供水用户'],
    goalLead: ['通过实施供水管网新建及改造项目', '通过实施城区供水管网改造工程'],
    goalClose: ['提高沿线用户供水安全保障，有效降低管网漏失率', '保障城乡居民用水安全'],
  },
  {
    key: 'elder-center',
    names: ['{place}综合养老服务中心建设项目', '{place}敬老院改扩建项目', '农村幸福院提升改造项目'],
    departments: [['民政局', ['民政局', '社会福利中心']]],
    categories: ['特定目标类'],
    budget: [400, 2500],
    items: ['工程款费用', '其他建设成本', '设备购置费用', '工程监理费用', '室外配套工程费用'],
    unitCosts: [
      {
        name: '每平方米建设成本',
        unit: '元/平方米',
        amount: [1800, 4500],
        decimals: 0,
        quantity: { name: '建设工程面积', unit: '平方米', min: 2000, max: 15000, goal: '完成建设工程面积{v}' },
      },
    ],
    quantities: [
      { name: '原有建筑改造面积', unit: '平方米', min: 3000, max: 14000, goal: '改造原有建筑{v}' },
      { name: '新增养老床位数量', unit: '张', min: 50, max: 400, goal: '新增养老床位{v}' },
    ],
    quality: [{ name: '改扩建工程验收合格率', values: PCT_FULL }],
    timeliness: [{ name: '改扩建工程完工及时率', values: PCT_TIMELY }],
    benefits: [
      { level2: '社会效益指标', name: '老人生活质量得到有效提升', values: ['明显提升', '有效提升'] },
      { level2: '社会效益指标', name: '助力解决养老服务问题', values: ['明显提升', '有效缓解'] },
      { level2: '可持续影响指标', name: '养老服务设施使用年限', values: ['≥30 年', '≥20 年'] },
    ],
    satisfaction: ['受益老年人', '入住老人'],
    goalLead: ['通过实施养老服务设施建设', '通过建设完成养老服务中心主体工程'],
    goalClose: ['改善全县养护、康复、颐养、失智四大养老服务', '促进全县养老工作全面发展'],
  },
  {
    key: 'dibao',
    names: ['农村最低生活保障金', '城市最低生活保障金', '{year}年城乡低保资金'],
    departments: [['民政局', ['民政局', '社会救助服务中心']]],
    categories: ['特定目标类'],
    budget: [600, 3000],
    items: ['农村最低生活保障金', '农村低保分类施保金', '农村低保取暖补贴', '农村低保临时价格补贴'],
    unitCosts: [
      {
        name: '人均月补助标准',
        unit: '元/月/人',
        amount: [300, 700],
        decimals: 0,
        monthly: true,
        quantity: { name: '低保补助人数', unit: '人', min: 1500, max: 8000, goal: '保障低保对象{v}' },
      },
    ],
    quantities: [
      { name: '发放补助种类', unit: '项', min: 2, max: 4 },
      { name: '低保家庭入户核查次数', unit: '次', min: 2, max: 12 },
    ],
    quality: [
      { name: '补贴准确、足额发放率', values: PCT_FULL },
      { name: '低保对象认定准确率', values: [['≥', 98], ['≥', 95]] },
    ],
    timeliness: [
      { name: '救助资金发放完成及时率', values: PCT_TIMELY },
      { name: '发放补助种类完成及时率', values: PCT_TIMELY },
    ],
    benefits: [
      { level2: '社会效益指标', name: '低保对象生活水平', values: ['提高', '明显提高'] },
      { level2: '社会效益指标', name: '农村低保服务有责投诉率', values: ['<5%', '≤3%', '≤2%'] },
      { level2: '可持续影响指标', name: '健全社会保障体系', values: ['健全', '逐步健全'] },
    ],
    satisfaction: ['受益人员', '低保对象'],
    goalLead: ['通过向符合条件的对象发放最低生活保障金', '按时足额发放低保资金'],
    goalClose: ['不断完善社会救助体系，确保群众的基本生活', '让困难群众的救助资金及时足额到手'],
  },
  {
    key: 'tekun',
    names: ['农村特困供养救助资金', '特困人员救助供养资金'],
    departments: [['民政局', ['民政局']]],
    categories: ['特定目标类'],
    budget: [500, 2000],
    items: ['农村特困基本生活费', '农村特困照料护理补贴', '农村特困取暖补贴', '农村特困临时价格补贴'],
    unitCosts: [
      {
        name: '特困人员基本生活标准',
        unit: '元/月/人',
        amount: [700, 1200],
        decimals: 0,
        monthly: true,
        quantity: { name: '农村特困人员救助人数', unit: '人', min: 600, max: 2000, goal: '救助特困人员{v}' },
      },
    ],
    quantities: [{ name: '救助工作开展次数', unit: '次', min: 4, max: 12 }],
    quality: [
      { name: '救助金足额发放率', values: PCT_FULL },
      { name: '特困人员生活自理能力评估准确率', values: [['≥', 95], ['≥', 90]] },
    ],
    timeliness: [
      { name: '保障对象审核及时率', values: PCT_TIMELY },
      { name: '发放补贴种类完成及时率', values: PCT_TIMELY },
    ],
    benefits: [
      { level2: '社会效益指标', name: '特困供养对象生活水平提高', values: ['提高', '有效提高'] },
      { level2: '社会效益指标', name: '特困供养对象保障完善率', values: ['100%', '≥98%'] },
    ],
    satisfaction: ['农村特困人员', '特困供养对象'],
    goalLead: ['根据标准按时足额发放救助资金', '切实保障特困供养人员的基本生活'],
    goalClose: ['提高特困供养对象生活水平', '兜牢民生底线'],
  },
  {
    key: 'community',
    names: ['城市社区建设及管理经费', '{place}社区工作者薪酬保障经费'],
    departments: [['民政局', ['民政局', '基层政权建设服务中心']]],
    categories: ['特定目标类', '其他运转类'],
    budget: [500, 2000],
    items: ['社区办公经费', '办公场所租赁费', '社区工作人员经费', '社区活动组织经费'],
    unitCosts: [
      {
        name: '社区工作人员人均年经费',
        unit: '万元/年/人',
        amount: [3.5, 6.5],
        decimals: 2,
        quantity: { name: '社区工作人员数量', unit: '人', min: 120, max: 400, goal: '保障社区工作人员{v}' },
      },
    ],
    quantities: [
      { name: '城市社区数量', unit: '个', min: 10, max: 40, goal: '覆盖城市社区{v}' },
      { name: '租赁办公场所数量', unit: '处', min: 3, max: 12 },
    ],
    quality: [{ name: '社区考核通过率', values: PCT_FULL }],
    timeliness: [{ name: '工作组织及时率', values: PCT_TIMELY }],
    benefits: [
      { level2: '社会效益指标', name: '保障社区正常工作运转', values: ['100%', '有效保障'] },
      { level2: '社会效益指标', name: '满足群众需求，建设服务完善的社区', values: ['有效满足'] },
      { level2: '可持续影响指标', name: '城市社区持续稳步发展', values: ['可控', '持续稳定'] },
    ],
    satisfaction: ['社区居民'],
    goalLead: ['维持社区正常工作运转', '进行社区文明建设、居民自治、社区服务等经常性工作'],
    goalClose: ['提高社区工作者的专业素质及能力', '把社区建设成为管理有序、服务完善的社会生活共同体'],
  },
  {
    key: 'public-jobs',
    names: ['城乡公益性岗位岗位及社保补贴', '乡村公益性岗位补贴资金'],
    departments: [['人力资源和社会保障局', ['公共就业和人才服务中心', '人力资源和社会保障局']]],
    categories: ['特定目标类'],
    budget: [800, 3000],
    items: ['城镇公益岗岗位补贴', '城镇公益岗社会保险补贴', '乡村公益岗岗位补贴', '公益岗人员意外伤害保险补贴'],
    unitCosts: [
      {
        name: '乡村公益岗岗位补贴标准',
        unit: '元/月/人',
        amount: [500, 900],
        decimals: 0,
        monthly: true,
        quantity: { name: '享受乡村公益性岗位补贴人数', unit: '人', min: 1000, max: 4000, goal: '安置就业困难人员{v}' },
      },
    ],
    quantities: [{ name: '开发公益性岗位类型', unit: '类', min: 3, max: 8 }],
    quality: [{ name: '公益性岗位补贴发放准确率', values: [['≥', 98], ['', 100]] }],
    timeliness: [{ name: '补贴资金发放及时率', values: [['≥', 95], ['', 100]] }],
    benefits: [
      { level2: '经济效益指标', name: '增加享受补贴人员的收入', values: ['明显增加', '有效增加'] },
      { level2: '社会效益指标', name: '促进城乡就业困难人员就业', values: ['显著促进', '有效促进'] },
      { level2: '可持续影响指标', name: '持续提升城乡就业率', values: ['≥90%', '持续提升'] },
    ],
    satisfaction: ['享受补贴人员'],
    goalLead: ['对就业困难人员给予一定程度的就业扶持', '依据城乡公益岗扩容提质实施方案文件要求'],
    goalClose: ['提升城乡就业困难人员幸福感、获得感', '保障公益性岗位补贴资金发放及时'],
  },
  {
    key: 'flexible-ss',
    names: ['就业困难人员灵活就业社保补贴', '灵活就业人员社会保险补贴'],
    departments: [['人力资源和社会保障局', ['公共就业和人才服务中心']]],
    categories: ['特定目标类'],
    budget: [300, 1200],
    items: ['养老保险补贴', '医疗保险补贴', '失业保险补贴'],
    unitCosts: [
      {
        name: '灵活就业社会保险补贴人均标准',
        unit: '元/月/人',
        amount: [400, 800],
        decimals: 0,
        monthly: true,
        quantity: { name: '享受灵活就业人员社保补贴人数', unit: '人', min: 400, max: 2000, goal: '对{v}发放灵活就业社保补贴' },
      },
    ],
    quantities: [{ name: '补贴申报审核批次', unit: '批', min: 2, max: 12 }],
    quality: [{ name: '补贴对象符合率', values: PCT_FULL }],
    timeliness: [{ name: '发放补助及时率', values: PCT_TIMELY }],
    benefits: [
      { level2: '社会效益指标', name: '减轻就业困难人员家庭负担', values: ['明显减轻', '有效减轻'] },
      { level2: '社会效益指标', name: '促进就业困难人员稳定就业', values: ['有效促进'] },
    ],
    satisfaction: ['补贴对象'],
    goalLead: ['为鼓励就业困难人员采用多种方式灵活就业', '落实灵活就业社会保险补贴政策'],
    goalClose: ['更好发挥社会保险保障生活、预防失业、促进就业的作用', '调动灵活就业困难人员积极性'],
  },
  {
    key: 'bigdata',
    names: ['大数据工作经费', '政务信息化运维经费', '{place}城市大脑运维项目'],
    departments: [['人民政府办公室', ['人民政府办公室', '大数据中心']], ['大数据局', ['大数据中心']]],
    categories: ['其他运转类', '特定目标类'],
    budget: [150, 900],
    items: ['信息化建设费用', '云服务器及机房租用成本', '维保、邮电、服务费用', '网络安全等级保护测评费用'],
    unitCosts: [
      {
        name: '每套软件年运维成本',
        unit: '万元/套',
        amount: [10, 60],
        decimals: 2,
        quantity: { name: '软件采购（维护）数量', unit: '套', min: 3, max: 20, goal: '采购（维护）软件{v}' },
      },
    ],
    quantities: [
      { name: '硬件采购（维护）数量', unit: '台', min: 3, max: 60, goal: '采购（维护）硬件{v}' },
      { name: '系统开发数量', unit: '个', min: 1, max: 4, goal: '开发系统{v}' },
    ],
    quality: [
      { name: '系统验收合格率', values: PCT_FULL },
      { name: '系统故障率', values: [['≤', 1], ['≤', 2], ['<', 1]], falling: true },
    ],
    timeliness: [
      { name: '系统故障修复处理时间', unit: 'h', values: [['≤', 48], ['≤', 24]] },
      { name: '系统运行维护响应时间', unit: '小时', values: [['≤', 6], ['≤', 2]] },
    ],
    benefits: [
      { level2: '社会效益指标', name: '系统利用率', values: ['100%', '≥95%'] },
      { level2: '可持续影响指标', name: '系统正常使用年限', values: ['≥6 年', '≥5 年'] },
    ],
    satisfaction: ['系统使用人员'],
    goalLead: ['围绕数字机关和数字政府建设中心任务', '深入实施“城市大脑”提质增效工程'],
    goalClose: ['全面提升政务云网保障水平', '助力数字政府建设开创新局面'],
  },
  {
    key: 'rural-sewage',
    names: ['农村生活污水治理项目', '{year}年{place}农村生活污水治理项目'],
    departments: [['住房和城乡建设局', ['住房和城乡建设局']], ['生态环境分局', ['生态环境分局']]],
    categories: ['特定目标类'],
    budget: [800, 3000],
    items: ['污水管网建设费用', '处理设施建设费用', '工程监理费用', '设备采购安装费用'],
    unitCosts: [
      {
        name: '污水治理标准',
        unit: '万元/村',
        amount: [15, 40],
        decimals: 2,
        quantity: { name: '污水治理村个数', unit: '村', min: 30, max: 120, goal: '对{v}进行农村生活污水治理' },
      },
    ],
    quantities: [{ name: '污水治理镇街数量', unit: '个', min: 4, max: 12, goal: '覆盖镇街{v}' }],
    quality: [{ name: '工程质量验收合格率', values: PCT_FULL }],
    timeliness: [{ name: '完工及时率', values: PCT_TIMELY }],
    benefits: [
      { level2: '生态效益指标', name: '农村生活居住环境', values: ['有效改善', '明显改善'] },
      { level2: '生态效益指标', name: '减少水污染', values: ['有效减少'] },
      { level2: '可持续影响指标', name: '设施使用年限', values: ['≥20 年', '≥15 年'] },
    ],
    satisfaction: ['农村群众'],
    goalLead: ['实施农村生活污水治理', '推进农村人居环境整治'],
    goalClose: ['改善生活环境，减少水污染', '提升农村人居环境质量'],
  },
  {
    key: 'sewage-plant',
    names: ['污水处理厂服务费', '城区污水处理服务费'],
    departments: [['住房和城乡建设局', ['住房和城乡建设局', '城市管理局']]],
    categories: ['特定目标类'],
    budget: [1000, 4000],
    items: ['第一污水处理厂服务费', '第二污水处理厂服务费', '污泥处置费用'],
    unitCosts: [],
    quantities: [
      { name: '第一污水处理厂污水处理量', unit: '万吨/每天', min: 2, max: 6 },
      { name: '第二污水处理厂污水处理量', unit: '万吨/每天', min: 1, max: 3 },
    ],
    quality: [{ name: '排放达标率', values: PCT_FULL }],
    timeliness: [{ name: '污水处理及时率', values: PCT_TIMELY }],
    benefits: [
      { level2: '社会效益指标', name: '改善生产、生活环境', values: ['全面改善', '明显改善'] },
      { level2: '社会效益指标', name: '减少服务范围内污水外溢', values: ['逐步减少'] },
      { level2: '生态效益指标', name: '改善水环境', values: ['全面改善'] },
      { level2: '可持续影响指标', name: '污水处理设备使用年限', values: ['≥30 年', '≥20 年'] },
    ],
    satisfaction: ['居民'],
    goalLead: ['及时处理生活及生产污水并达标排放', '保障污水处理厂稳定运行'],
    goalClose: ['改善居民居住环境，改善水环境', '提升城市水环境质量'],
  },
  {
    key: 'talent',
    names: ['{place}人才发展专项资金', '高层次人才引进培养经费'],
    departments: [['委员会组织部', ['委员会组织部', '人才发展服务中心']]],
    categories: ['其他运转类', '特定目标类'],
    budget: [300, 1500],
    items: ['人才奖补费用', '创新创业大赛费用', '人才技能比赛、申报、宣传费用', '人才公寓租赁费用'],
    unitCosts: [],
    quantities: [
      { name: '人才引进、回调人数', unit: '人', min: 20, max: 120, goal: '人才引进、回调{v}' },
      { name: '举办人才活动场次', unit: '场', min: 3, max: 20, goal: '举办人才活动{v}' },
    ],
    quality: [{ name: '人才引进工作完成率', values: PCT_FULL, goal: '完成率{v}' }],
    timeliness: [{ name: '人才引进工作完成及时率', values: PCT_TIMELY }],
    benefits: [
      { level2: '社会效益指标', name: '营造爱才、敬才的良好氛围', values: ['营造', '有效营造'] },
      { level2: '社会效益指标', name: '为企业提供人才', values: ['≥10 家', '≥15 家'] },
      { level2: '可持续影响指标', name: '为全县经济社会发展提供人才支持', values: ['保障', '有力保障'] },
    ],
    satisfaction: ['受益人员', '引进人才'],
    goalLead: ['保障人才（团队）引进培养、重点人才项目资助、平台载体奖补', '实施人才强县战略'],
    goalClose: ['为全县经济社会发展提供人才支持', '营造爱才、敬才的良好氛围'],
  },
  {
    key: 'police-aux',
    names: ['警务辅助人员专项经费', '辅警工资及社保经费'],
    departments: [['公安局', ['公安局']]],
    categories: ['特定目标类', '人员类'],
    budget: [1000, 3500],
    items: ['辅警工资费用', '辅警社会保险费用', '辅警培训及装备费用'],
    unitCosts: [
      {
        name: '辅警人均工资社保标准',
        unit: '万元/年/人',
        amount: [6, 10],
        decimals: 2,
        quantity: { name: '发放人员数', unit: '人', min: 150, max: 450, goal: '保障警务辅助人员{v}' },
      },
    ],
    quantities: [{ name: '组织辅警培训次数', unit: '次', min: 2, max: 12 }],
    quality: [{ name: '工资、社保发放准确率', values: PCT_FULL }],
    timeliness: [{ name: '工资、社保发放及时率', values: PCT_TIMELY }],
    benefits: [
      { level2: '社会效益指标', name: '保障公安局的工作正常开展', values: ['保障', '有效保障'] },
      { level2: '社会效益指标', name: '警辅人员生活保障率', values: ['100%'] },
    ],
    satisfaction: ['警辅人员'],
    goalLead: ['保障警务辅助人员工资、社保待遇', '落实警务辅助人员保障政策'],
    goalClose: ['满足警务辅助工作需要，维护社会稳定和谐', '维护社会稳定和谐'],
  },
  {
    key: 'cleaning',
    names: ['保洁、降尘、绿化养护及建绿透绿项目', '城区道路保洁及绿化养护项目'],
    departments: [['城市管理局', ['环卫绿化管护中心', '城市管理局']]],
    categories: ['特定目标类'],
    budget: [300, 1500],
    items: ['道路、绿化养护费用', '车辆保险费用', '维修费', '车辆燃油费用', '环卫工人劳务费用'],
    unitCosts: [
      {
        name: '每座环卫设施年维护成本',
        unit: '万元/座',
        amount: [1, 4],
        decimals: 2,
        quantity: { name: '环卫设施维护', unit: '座', min: 40, max: 200, goal: '维护至少{v}环卫设施' },
      },
    ],
    quantities: [
      { name: '道路保洁面积', unit: '万平方米', min: 80, max: 400, decimals: 2, goal: '实施{v}道路保洁' },
      { name: '绿化养护面积', unit: '万平方米', min: 40, max: 200, goal: '完成{v}绿地养护' },
    ],
    quality: [{ name: '道路保洁、绿化养护设施维护达标率', values: PCT_FULL, goal: '维护达标率达到{v}' }],
    timeliness: [{ name: '道路保洁、绿化养护、设施维护及时率', values: PCT_TIMELY }],
    benefits: [
      { level2: '生态效益指标', name: '优化生态环境，提升城市管理水平', values: ['有效优化'] },
      { level2: '生态效益指标', name: '提升市容市貌', values: ['明显提升'] },
    ],
    satisfaction: ['群众', '市民'],
    goalLead: ['提升道路保洁质量', '全年实施道路保洁和绿地养护'],
    goalClose: ['增加老百姓的观感度，提升市容市貌', '提高城市管理水平'],
  },
  {
    key: 'rural-doctors',
    names: ['老年乡医生活补贴', '乡村医生养老补助资金'],
    departments: [['卫生健康局', ['卫生健康局']]],
    categories: ['特定目标类'],
    budget: [150, 600],
    items: ['老年乡医生活补助', '在岗乡医养老保险补助'],
    unitCosts: [
      {
        name: '每人每月补助标准',
        unit: '元/月/人',
        amount: [150, 400],
        decimals: 0,
        monthly: true,
        quantity: { name: '预计补助人数', unit: '人', min: 300, max: 1500, goal: '为{v}老年乡村医生发放生活补助' },
      },
    ],
    quantities: [{ name: '覆盖镇街数量', unit: '个', min: 4, max: 12 }],
    quality: [{ name: '补助足额发放率', values: PCT_FULL }],
    timeliness: [{ name: '补助发放及时率', values: PCT_TIMELY }],
    benefits: [
      { level2: '社会效益指标', name: '提高老年乡医获得感', values: ['有效提高'] },
      { level2: '社会效益指标', name: '老年乡医生活保障率', values: ['100%'] },
    ],
    satisfaction: ['受补助乡医'],
    goalLead: ['按照补助年限发放老年乡村医生生活补助', '落实老年乡村医生生活补助政策'],
    goalClose: ['提高老年乡医生活水平', '稳定乡村医生队伍'],
  },
  {
    key: 'elderly-allowance',
    names: ['80-89 周岁高龄津贴', '百岁老人长寿补贴'],
    departments: [['卫生健康局', ['卫生健康局']], ['民政局', ['民政局']]],
    categories: ['特定目标类'],
    budget: [100, 800],
    items: ['高龄津贴发放资金', '津贴发放手续费用'],
    unitCosts: [
      {
        name: '年人均补助成本',
        unit: '万元/年/人',
        amount: [0.06, 0.24],
        decimals: 2,
        quantity: { name: '老人津贴发放人数', unit: '人', min: 1500, max: 9000, goal: '为{v}高龄老人发放津贴' },
      },
    ],
    quantities: [{ name: '覆盖镇街数量', unit: '个', min: 4, max: 12 }],
    quality: [{ name: '补贴发放准确率', values: PCT_FULL }],
    timeliness: [{ name: '补贴发放及时率', values: PCT_TIMELY }],
    benefits: [
      { level2: '社会效益指标', name: '提高高龄老人的获得感', values: ['有效提高'] },
      { level2: '社会效益指标', name: '高龄老人生活保障率', values: ['100%'] },
      { level2: '可持续影响指标', name: '推动老龄事业可持续发展', values: ['持续推动'] },
    ],
    satisfaction: ['享受津贴老人'],
    goalLead: ['发放高龄津贴', '落实高龄老人津贴制度'],
    goalClose: ['改善高龄老人的生活质量', '推动老龄事业全面协调可持续发展'],
  },
];

/** Total-cost names seen in real tables. */
export const TOTAL_COST_NAMES = ['项目总成本', '项目总成本', '项目总成本', '总成本', '成本合计'];

/** Departments for summary name-mismatch mutations. */
export const OTHER_DEPARTMENTS = ['财政局', '教育和体育局', '交通运输局', '农业农村局', '文化和旅游局', '自然资源局'];

/** Summary sheet names and titles. */
export const SUMMARY_SHEET_NAMES = ['绩效目标申报表', '申报表', '汇总表', '绩效目标汇总'];

/** Words a reviewer writes in 指标值说明 / 评(扣)分标准 columns. */
export const NOTE_TEMPLATES = ['反映{name}情况', '考核{name}', '{name}完成情况'];
export const CRITERIA_QUANT = ['完成目标值得满分，每低1%扣0.5分', '达到目标值得满分，未达到按比例扣分', '完成得满分，未完成不得分'];
export const CRITERIA_QUAL = ['达到预期得满分，基本达到得一半分，未达到不得分', '效果明显得满分，一般得一半分'];
export const CRITERIA_COST = ['控制在预算内得满分，超出不得分', '不超过目标值得满分，超出按比例扣分'];
