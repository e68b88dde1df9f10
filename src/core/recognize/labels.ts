/**
 * The labels recognition looks for, wherever they stand: header fields, funds, the goal, the indicator
 * header's columns and the summary's columns. Labels are compared after `labelKey` (no spaces, no
 * colons, no bracketed unit, no leading 其中).
 */
import { normalizeText } from '../text';
import { memoString } from '../memo';
import { canonicalLevel1, canonicalLevel2, stripAnnotations } from '../framework';
import type { Level1, Level2, MoneyUnit } from '../model';

/** "其中：财政拨款（万元）" → "财政拨款". */
export const labelKey = memoString(function labelKey(text: string): string {
  return stripAnnotations(
    normalizeText(text)
      .replace(/\s+/g, '')
      .replace(/\((?:万元|元|千元|亿元|单位[:：]?(?:万元|元))\)/g, '')
      .replace(/[:：;；,，。.]+/g, '')
      .replace(/^其中/, ''),
  );
});

/** The money unit a label or header announces ("项目资金（万元）", "(元)", "金额（元）"), or null. */
export function moneyUnitIn(text: string): MoneyUnit | null {
  const t = normalizeText(text).replace(/\s+/g, '');
  const m = /\((?:单位[:：]?)?(元|千元|万元|亿元)\)/.exec(t) ?? /单位[:：](元|千元|万元|亿元)/.exec(t);
  return m ? (m[1] as MoneyUnit) : null;
}

export type HeaderField = 'projectName' | 'category' | 'department' | 'implementingUnit' | 'goal';
export type FundKey = 'total' | 'fiscal' | 'carryover' | 'other';

const FIELD_LABELS: Record<string, HeaderField> = {
  项目名称: 'projectName',
  项目支出名称: 'projectName',
  项目专项名称: 'projectName',
  专项名称: 'projectName',
  专项资金名称: 'projectName',
  资金名称: 'projectName',
  转移支付名称: 'projectName',
  转移支付项目名称: 'projectName',
  项目类别: 'category',
  项目分类: 'category',
  项目类型: 'category',
  主管部门: 'department',
  主管部门及代码: 'department',
  主管单位: 'department',
  业务主管部门: 'department',
  预算部门: 'department',
  部门名称: 'department',
  部门单位名称: 'department',
  实施单位: 'implementingUnit',
  资金使用单位: 'implementingUnit',
  申报单位: 'implementingUnit',
  项目实施单位: 'implementingUnit',
  执行单位: 'implementingUnit',
  年度总体绩效目标: 'goal',
  年度绩效目标: 'goal',
  总体绩效目标: 'goal',
  年度总体目标: 'goal',
  总体目标: 'goal',
  年度目标: 'goal',
  绩效目标: 'goal',
};

const FUND_LABELS: Record<string, FundKey> = {
  年度预算资金总额: 'total',
  年度资金总额: 'total',
  预算资金总额: 'total',
  资金总额: 'total',
  项目资金总额: 'total',
  // "预算数 | 24.00 | 其中:财政资金 | 24.00" (Tianjin), "预算数 | 6.84 | 到位数 | …" (Hebei 自评表). Not 年初预算数 /
  // 全年预算数 / 年度预算数(万元): a self-evaluation's column headings.
  预算数: 'total',
  年度预算总额: 'total',
  年度预算资金: 'total',
  财政拨款: 'fiscal',
  财政拨款资金: 'fiscal',
  财政资金: 'fiscal',
  本年财政拨款: 'fiscal',
  上年结转资金: 'carryover',
  上年结转: 'carryover',
  结转资金: 'carryover',
  其他资金: 'other',
  其他来源资金: 'other',
};

export const headerFieldOf = memoString(function headerFieldOf(text: string): HeaderField | null {
  const key = labelKey(text);
  const exact = FIELD_LABELS[key];
  if (exact) return exact;
  // A bracketed note or alternative ("年度绩效目标(文字)", "项目(专项)名称", "部门(单位)名称") says the same.
  const plain = key.replace(/\([^()]*\)/g, '');
  if (plain !== key && plain.length >= 2) {
    const viaPlain = FIELD_LABELS[plain] ?? FIELD_LABELS[key.replace(/[()]/g, '')];
    if (viaPlain) return viaPlain;
  }
  // Spellings of other provinces' forms: "年度绩效总目标", "项目总体绩效目标", "主管部门（单位）".
  if (key.length > 12) return null;
  if (/^(专项)?(本?年度|项目|实施期|当年)?(总体)?绩效总?目标$|^(本?年度|当年)(总体|主要|预期)?目标(和成果|及成果)?$/.test(key)) return 'goal';
  if (/^(省级|市级|县级|区级|县区|业务|项目|地方)?主管(预算)?(部门|单位)(名称|及代码|及编码|及其编码|及其代码|\(单位\)(名称)?)?$/.test(key)) return 'department';
  if (/^(项目)?实施(单位|部门)(名称)?$/.test(key)) return 'implementingUnit';
  // Other forms' names for the same fields: the unit that carries the project out (责任单位, 承办单位, 建设单位,
  // 业主单位, 实施主体), the department it reports to (归口管理部门, 资金主管部门), the project's full name,
  // the year's goal of the project (项目年度目标).
  if (/^(项目)?(责任|负责|承办|建设|业主)(单位|部门)(名称)?$|^(项目)?实施主体$|^项目单位$/.test(key)) return 'implementingUnit';
  if (/^(归口(管理)?|资金主管|行业主管)(部门|单位)(名称)?$/.test(key)) return 'department';
  if (/^项目全称$/.test(key)) return 'projectName';
  if (/^项目(本?年度|当年)(绩效)?目标$/.test(key)) return 'goal';
  return null;
});

export const fundKeyOf = memoString(function fundKeyOf(text: string): FundKey | null {
  const key = labelKey(text);
  const exact = FUND_LABELS[key];
  if (exact) return exact;
  // Spellings of other forms: "本级财政拨款", "当年财政拨款", "上年结转结余资金", "其他来源", "年度资金总额合计".
  // The whole label must be a source's name: "财政资金预算分类" or "财政资金科目代码" is no source.
  if (key.length > 14) return null;
  if (/^(本级|当年|本年度?|一般公共预算)?财政(拨款|资金)(资金|小计|合计|数|金额)?$/.test(key)) return 'fiscal';
  if (/^上年(结转|结余)(结余|结转)?(资金)?(小计|合计|数|金额)?$/.test(key)) return 'carryover';
  if (/^(当年|本年度?|年度)?其他(资金|来源|来源资金|收入)(小计|合计|数)?$/.test(key)) return 'other';
  if (/^(年度)?(预算)?(资金)?总额(合计)?$/.test(key)) return 'total';
  // "当年年度预算", "项目总预算", "年度预算金额" — not 年初预算数 / 全年预算数, a self-evaluation's column headings.
  if (/^(当年|本年)?年度预算(金额)?$|^项目总预算$/.test(key)) return 'total';
  // "项目预算金额", "项目金额", "预算申报数", "年度财政资金总额", "本年度申请市财政预算资金".
  if (/^项目(预算)?金额$|^预算申报数$|^年度财政资金总额$|^本年度申请.{0,3}财政预算资金$/.test(key)) return 'total';
  // "申请金额", "申报资金", "项目预算(数)": the amount the form asks for.
  if (/^(申请|申报)(金额|资金)$|^项目预算数?$/.test(key)) return 'total';
  return null;
});

/**
 * Roles of the indicator header's columns. `actual` (实际完成值), `score` (得分) and `ignore` (绩效标准,
 * 指标解释, 评分标准, 备注 …) columns are never read as a target value; a `serial` column (序号) numbers
 * the rows, and its numbers are no part of an indicator.
 */
export type ColumnRole = 'level1' | 'level2' | 'name' | 'value' | 'sign' | 'unit' | 'weight' | 'actual' | 'score' | 'ignore' | 'serial';

/** Column roles whose cells are not part of an indicator's name, value or weight. */
export function isPassiveRole(role: ColumnRole | undefined): boolean {
  return role === 'ignore' || role === 'actual' || role === 'score';
}

/**
 * The role of an indicator-header cell, or null when the text is no header label. Decided by meaning,
 * not by a list of spellings: what the heading says the column holds.
 */
export const columnRoleOf = memoString(function columnRoleOf(text: string): ColumnRole | null {
  // A heading's bracketed note ("指标值(包含数字及文字描述)", "绩效标准(指标说明)") does not change its role.
  // Years in a heading ("预期2022年实现值", "2021年实际实现值") do not change its role.
  text = normalizeText(text).replace(/(19|20)\d\d\s*年(度)?/g, '');
  const bare = labelKey(text).replace(/\([^()]*\)/g, '');
  if (bare && bare !== labelKey(text)) {
    const role = headingRole(bare);
    if (role) return role;
  }
  return headingRole(labelKey(text).replace(/[()（）]/g, ''));
});

function headingRole(k: string): ColumnRole | null {
  if (!k || k.length > 16) return null;
  if (/^(序号|编号|行次|行号|排序|序|no)$/.test(k)) return 'serial';
  if (/^一级(指标)?(名称)?$/.test(k)) return 'level1';
  // "一级/二级指标": one column holding the labels of both levels; its cells are read by content.
  if (/^二级(指标)?(名称)?$|^一级[/、及和]二级指标$/.test(k)) return 'level2';
  if (/^三级(指标)?(名称|内容)?$|^(绩效)?指标(名称|内容)$|^具体指标$|^指标项$|^指标$/.test(k)) return 'name';
  // What a form writes beside a target (actuals, scores, explanations) before what it writes for one.
  if (/实际|完成值|完成情况|执行情况|实现情况/.test(k) && !/预期|目标|计划/.test(k)) return 'actual';
  // "单项指标得分", "单项指标折算得分" (Hebei): a score per indicator, however qualified.
  if (/^(单项(指标)?)?(自评|考核|实际|折算)?得分$|^评分$/.test(k)) return 'score';
  if (/偏差|原因|改进|措施|说明|解释|描述|(?<!指标)内容|标准|依据|备注|口径|来源|方法|方向|类别|类型$/.test(k) && !/^(指标值类型|指标类型)$/.test(k))
    return /^(指标值?类型)$/.test(k) ? 'sign' : 'ignore';
  if (
    /^(年度|本年度?|当年度?|全年|本期|年初)?(预期|计划|绩效)?(指标|目标)值(及|和|含)?(计量)?(单位)?$/.test(k) ||
    /^(年度|本年度?|当年|全年)?(预期|计划)?(实现|目标)值$/.test(k) ||
    /^年度(绩效)?指标值/.test(k) ||
    /^(年度|本年度?|当年|全年)(目标)?数值$/.test(k)
  )
    return 'value';
  if (/^(绩效)?(指标值?)?(符号|运算符号?|计算符号|比较符号?|性质)$|^(绩效)?指标值?性质$|^指标值类型$|^指标类型$/.test(k)) return 'sign';
  if (/^(绩效)?(指标值?)?(计量|度量)?单位$/.test(k)) return 'unit';
  if (/^(指标)?(权重|分值)(分|%|\(%\))?$|^权重%$|^指标分值$|^分值权重$|^权重占比(%)?$/.test(k)) return 'weight';
  if (/^(中期|实施期|实施周期)(指标|目标)值?$/.test(k)) return 'ignore';
  return null;
}

/** Text that only labels the indicator block as a whole ("绩效指标"). */
export function isBlockLabel(text: string): boolean {
  const k = labelKey(text);
  return k === '绩效指标' || k === '项目资金' || k === '项目资金万元';
}

/** A title of a target table: "项目支出绩效目标表", possibly with "(2024年度)". */
export function isTargetTitle(text: string): boolean {
  const k = labelKey(text);
  // "项目支出绩效目标表", "…绩效目标申报明细表"; not a summary ("绩效目标申报表", "…申报汇总表").
  return /绩效目标(申报)?表|绩效目标申报明细表|绩效(自评|评价指标)表/.test(k) && !/申报表$|汇总/.test(k.replace(/\(.*\)$/, ''));
}

/** A row of page-break junk such as "--  -------  ----". */
export function isJunk(text: string): boolean {
  return /^[-—–_=|\s·.…。]{2,}$|^…$/.test(text);
}

/**
 * A template's numbering left as a 三级 name ("指标1", "指标 2", "指标三："): the national forms print
 * 指标1 / 指标2 / …… in every 二级 block for the clerk to replace. Not a name, whatever the row holds.
 */
export function isTemplateOrdinal(text: string): boolean {
  return /^指标\s*[\d一二三四五六七八九十]{1,2}\s*[:：、.．]?$/.test(normalizeText(text).trim());
}

/** Summary columns. */
export type SummaryRole = 'index' | 'department' | 'name' | 'amount' | 'note';

export const summaryRoleOf = memoString(function summaryRoleOf(text: string): SummaryRole | null {
  const k = labelKey(text).replace(/[()（）]/g, '');
  if (!k || k.length > 20) return null;
  if (k === '序号' || k === '编号') return 'index';
  if (k === '项目名称' || k === '项目') return 'name';
  if (/^(预算)?(部门|单位)/.test(k) || /(部门|单位)(名称)?$/.test(k)) return 'department';
  if (/(金额|资金|预算数|预算额|合计数)/.test(k)) return 'amount';
  if (k === '备注' || k === '说明') return 'note';
  return null;
});

/** A 合计 / 总计 row's marker. */
export function isTotalMarker(text: string): boolean {
  const k = labelKey(text);
  return k === '合计' || k === '总计' || k === '合计数' || k === '总合计';
}

/** Everything recognition asks of a cell's text, computed once per distinct text. */
export interface LabelInfo {
  field: HeaderField | null;
  fund: FundKey | null;
  role: ColumnRole | null;
  title: boolean;
  block: boolean;
  junk: boolean;
  /** A template's numbering in the name column ("指标2"): see isTemplateOrdinal. */
  filler: boolean;
  /** A footer label (填报人, 联系电话 …) that ends the indicator block. */
  stop: boolean;
  /** Is the text a 一级指标 label (after aliases)? */
  level1: boolean;
  /** The canonical 一级 / 二级 the text names, after aliases. */
  l1: Level1 | null;
  l2: Level2 | null;
  /** A label's full form, ending in 指标 ("数量指标", not "数量"). */
  fullLabel: boolean;
}

/**
 * What closes a form's indicator block: notes (注：…, 填报说明), the reviewers' boxes (财政部门审核意见),
 * 其他需要说明事项, a self-evaluation's 总分 / 评价等级, signature and date lines.
 */
const STOP_WORDS =
  /^(填报人|填表人|联系人|联系电话|审核人|单位负责人|财务负责人|分管领导|经办人|制表人?|填报日期|填表日期|填报单位|备注|说明|注$|注\d|注[一二三四五六七八九十]|注[:：、.]|填报说明|填表说明|(财政|主管|预算)?(部门|单位)?(审核|审批|评审|复核)意见|其他需要说明|其他说明|总分$|合计$|总计$|综合得分|自评得分|评价等级|自评等级|自评结论|评价结论|偏差原因|存在的问题|单位(盖章|公章))/;
/**
 * The reviewers' boxes and signatures under a form, however the office is named: "财政部门支出股室初审意见",
 * "区扶贫办审核意见", "财政资金管理科室(盖章) 年 月 日".
 */
const REVIEW_BOX = /^.{0,16}(审核|审批|评审|复核|初审|审查|审定)意见|\((盖章|签章|签字|公章)\)|年月日$/;

const NOT_A_LABEL: LabelInfo = {
  field: null,
  fund: null,
  role: null,
  title: false,
  block: false,
  junk: false,
  filler: false,
  stop: false,
  level1: false,
  l1: null,
  l2: null,
  fullLabel: false,
};

export const labelInfo = memoString(function labelInfo(text: string): LabelInfo {
  if (text.length > 60) {
    const stop = STOP_WORDS.test(normalizeText(text).trim());
    return isTargetTitle(text) ? { ...NOT_A_LABEL, title: true, stop } : stop ? { ...NOT_A_LABEL, stop } : NOT_A_LABEL;
  }
  const key = labelKey(text);
  const l1 = canonicalLevel1(text);
  return {
    field: headerFieldOf(text),
    fund: fundKeyOf(text),
    role: columnRoleOf(text),
    title: isTargetTitle(text),
    block: isBlockLabel(text),
    junk: isJunk(text),
    filler: isTemplateOrdinal(text),
    stop: STOP_WORDS.test(key) || STOP_WORDS.test(normalizeText(text).trim()) || REVIEW_BOX.test(key),
    level1: l1 !== null,
    l1,
    l2: canonicalLevel2(text),
    // A note after the label ("数量指标(必填硬性指标)") keeps it a full label.
    // Spaces spread through a label ("产 出 指 标", as Word tables centre it) are no part of it.
    fullLabel: /指标$/.test(stripAnnotations(normalizeText(text).replace(/\s+/g, '')).replace(/\([^()]*\)$/, '')),
  };
}, 100000);
