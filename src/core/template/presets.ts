/**
 * Presets by project type: the 三级指标 a reviewer expects for each kind of project, named as the seed's
 * real tables name them (test/fixtures/seed-projects.txt), for both frameworks. Values stay empty: the
 * figures are the project's own.
 *
 * Every preset has, in the 2024 framework, 成本指标 as a 一级 with 项目总成本, a 单位成本 row and 分项成本
 * rows (seed policy point 3); in the classic framework the same rows sit under 产出指标 › 成本指标.
 */
import type { Level2 } from '../model';
import type { Framework } from '../profile';
import type { IndicatorRowSpec } from './spec';

export interface PresetDefinition {
  /** Stable id (CLI --preset, task pane). */
  id: string;
  /** Chinese name, e.g. "工程建设类". */
  name: string;
  /** One Chinese line: what it pre-fills. */
  description: string;
  /** Seed projects of this type, e.g. ["供水管网", "养老中心"]. */
  examples: string[];
  /** The 项目类别 such projects usually have (shown in the 项目类别 cell's input message, not filled in). */
  usualCategory: string;
  /** A hint for the 年度总体绩效目标 input message. */
  goalHint: string;
  cost: {
    /** The 总成本 row. */
    total: string;
    /** 单位成本 rows (a money amount per person, per month, per unit of work). */
    unit: string[];
    /** 分项成本 rows (money amounts that add up to the total). */
    items: string[];
  };
  quantity: string[];
  quality: string[];
  timeliness: string[];
  /** Under 效益指标: [二级, 三级]. */
  benefit: Array<[Level2, string]>;
  satisfaction: string[];
}

export const PRESETS: readonly PresetDefinition[] = [
  {
    id: 'general',
    name: '通用',
    description: '任何项目：项目总成本、单位成本、分项成本，数量、质量、时效，社会效益、可持续影响，服务对象满意度',
    examples: [],
    usualCategory: '特定目标类',
    goalHint: '写明做什么、做多少、花多少钱、达到什么效果，如“完成……，项目总成本控制在……万元以内，……满意度达到90%以上”。',
    cost: { total: '项目总成本', unit: ['单位成本'], items: ['主要分项成本', '其他分项成本'] },
    quantity: ['完成工作数量'],
    quality: ['工作质量达标率'],
    timeliness: ['工作完成及时率'],
    benefit: [
      ['社会效益指标', '社会效益实现程度'],
      ['可持续影响指标', '持续发挥作用年限'],
    ],
    satisfaction: ['服务对象满意度'],
  },
  {
    id: 'construction',
    name: '工程建设类',
    description: '新建、改扩建工程：单位工程造价、工程费用，建设工程量、验收合格率、完工及时率、设计使用年限',
    examples: ['供水管网', '养老中心'],
    usualCategory: '特定目标类',
    goalHint: '写明建设规模（米、平方米、座）、总成本、完成率和及时率、使用年限、受益群众满意度，如“完成15826米管网改造，总成本控制在1000万元以内……”。',
    cost: { total: '项目总成本', unit: ['单位工程造价'], items: ['工程建设费用', '设备购置费用', '其他建设费用'] },
    quantity: ['建设工程量'],
    quality: ['工程验收合格率'],
    timeliness: ['工程完工及时率'],
    benefit: [
      ['社会效益指标', '改善群众生产生活条件'],
      ['可持续影响指标', '工程设计使用年限'],
    ],
    satisfaction: ['受益群众满意度'],
  },
  {
    id: 'subsidy',
    name: '补贴发放类',
    description: '补助、救助、津贴发放：补助标准、补助资金，补助人数、足额发放率、发放及时率',
    examples: ['低保', '特困', '高龄津贴'],
    usualCategory: '特定目标类',
    goalHint: '写明补助对象和人数、补助标准、总额、按时足额发放，如“为4000名低保对象按月足额发放保障金，……满意度达到90%以上”。',
    cost: { total: '项目总成本', unit: ['补助标准'], items: ['基本补助资金', '其他补贴资金'] },
    quantity: ['补助人数'],
    quality: ['足额发放率'],
    timeliness: ['发放及时率'],
    benefit: [
      ['社会效益指标', '补助对象生活水平'],
      ['可持续影响指标', '社会保障体系健全程度'],
    ],
    satisfaction: ['补助对象满意度'],
  },
  {
    id: 'personnel',
    name: '人员经费类',
    description: '聘用人员工资社保：人均经费标准、工资和社保费用，保障人数、发放准确率、发放及时率',
    examples: ['警务辅助', '社区工作者'],
    usualCategory: '特定目标类',
    goalHint: '写明保障人数、人均标准、总额和保障的工作，如“保障342名警务辅助人员工资、社保待遇，满足警务辅助工作需要”。',
    cost: { total: '项目总成本', unit: ['人均经费标准'], items: ['人员工资费用', '社会保险缴费'] },
    quantity: ['保障人员数量'],
    quality: ['工资社保发放准确率'],
    timeliness: ['工资社保发放及时率'],
    benefit: [
      ['社会效益指标', '保障工作正常开展'],
      ['社会效益指标', '人员生活保障率'],
    ],
    satisfaction: ['服务对象满意度'],
  },
  {
    id: 'it-ops',
    name: '信息化运维类',
    description: '信息系统建设运维：单个系统运维成本、建设和租用费用，系统数量、系统故障率、响应时间、使用年限',
    examples: ['大数据'],
    usualCategory: '其他运转类',
    goalHint: '写明采购（维护）的硬件、软件和系统数量，故障率、响应时间，总成本，如“采购（维护）硬件3个、软件3个，开发系统1个……”。',
    cost: { total: '项目总成本', unit: ['单个系统年运维成本'], items: ['信息化建设费用', '云服务及机房租用费用', '运维服务费用'] },
    quantity: ['运维系统数量'],
    quality: ['系统故障率'],
    timeliness: ['运维响应时间', '故障修复时间'],
    benefit: [
      ['社会效益指标', '系统利用率'],
      ['可持续影响指标', '系统正常使用年限'],
    ],
    satisfaction: ['系统使用人员满意度'],
  },
  {
    id: 'services',
    name: '购买服务类',
    description: '政府购买服务（污水处理、保洁绿化等）：单位服务成本、服务费用，服务工作量、服务达标率、及时率',
    examples: ['污水处理', '保洁'],
    usualCategory: '特定目标类',
    goalHint: '写明服务量（万吨/天、万平方米）、达标率、总成本和环境改善，如“全年完成260.39万平方米道路保洁，达标率100%……”。',
    cost: { total: '项目总成本', unit: ['单位服务成本'], items: ['服务费用', '其他运行费用'] },
    quantity: ['服务工作量'],
    quality: ['服务达标率'],
    timeliness: ['服务完成及时率'],
    benefit: [
      ['社会效益指标', '改善生产生活环境'],
      ['生态效益指标', '改善生态环境'],
    ],
    satisfaction: ['群众满意度'],
  },
];

/** A preset by id or Chinese name ("construction", "工程建设类", "工程建设"); null when unknown. */
export function findPreset(idOrName: string): PresetDefinition | null {
  const s = idOrName.trim().toLowerCase();
  if (!s) return null;
  return (
    PRESETS.find((p) => p.id === s || p.name === idOrName.trim() || p.name.replace(/类$/, '') === idOrName.trim()) ?? null
  );
}

/** The preset's indicator rows in this framework, names pre-filled, values empty. */
export function presetIndicators(preset: PresetDefinition, framework: Framework): IndicatorRowSpec[] {
  const rows: IndicatorRowSpec[] = [];
  const add = (level1: string, level2: string, names: string[]) => {
    for (const name of names) rows.push({ level1, level2, name, value: '' });
  };
  const costNames = [preset.cost.total, ...preset.cost.unit, ...preset.cost.items];
  if (framework === '2024') add('成本指标', '经济成本指标', costNames);
  add('产出指标', '数量指标', preset.quantity);
  add('产出指标', '质量指标', preset.quality);
  add('产出指标', '时效指标', preset.timeliness);
  // 财预〔2015〕88号: 成本 is a 二级 of 产出, listed after 数量/质量/时效.
  if (framework === 'classic') add('产出指标', '成本指标', costNames);
  for (const [l2, name] of preset.benefit) add('效益指标', l2, [name]);
  add('满意度指标', '服务对象满意度指标', preset.satisfaction);
  return rows;
}

/** Keywords in a project's name that point at a preset, tried in this order (subsidies before personnel:
 * 就业困难人员…社保补贴 is a subsidy; 社区 before 建设: 城市社区建设及管理经费 pays people). */
const GUESS_RULES: ReadonlyArray<[string, RegExp]> = [
  ['subsidy', /补贴|补助|津贴|救助|保障金|抚恤|慰问金|奖补|供养/],
  ['it-ops', /大数据|信息化|信息系统|数据中心|系统运维|软件|网络安全|政务云|智慧|平台运维/],
  ['services', /服务费|购买服务|保洁|环卫|绿化养护|污水处理|垃圾|物业|运营费|运维费|养护/],
  ['personnel', /人员|工资|社保|警务辅助|辅警|社区工作者|社区|协管员|聘用/],
  ['construction', /工程|建设|改造|新建|扩建|改扩建|管网|治理|修缮|维修|道路|设施/],
];

/** The preset a project's name suggests (通用 when nothing matches). */
export function guessPreset(projectName: string): PresetDefinition {
  for (const [id, re] of GUESS_RULES) {
    if (re.test(projectName)) return PRESETS.find((p) => p.id === id) ?? PRESETS[0];
  }
  return PRESETS[0];
}
