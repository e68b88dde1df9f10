/**
 * The labels recognition looks for, wherever they stand: header fields, funds, the goal, the indicator
 * header's columns and the summary's columns. Labels are compared after `labelKey` (no spaces, no
 * colons, no bracketed unit, no leading 其中).
 */
import { normalizeText } from '../text';
import { memoString } from '../memo';
import { canonicalLevel1, canonicalLevel2 } from '../framework';
import type { Level1, Level2, MoneyUnit } from '../model';

/** "其中：财政拨款（万元）" → "财政拨款". */
export const labelKey = memoString(function labelKey(text: string): string {
  return normalizeText(text)
    .replace(/\s+/g, '')
    .replace(/\((?:万元|元|千元|亿元|单位[:：]?(?:万元|元))\)/g, '')
    .replace(/[:：;；,，。.]+/g, '')
    .replace(/^其中/, '');
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
  项目类别: 'category',
  项目类型: 'category',
  主管部门: 'department',
  主管部门及代码: 'department',
  主管单位: 'department',
  预算部门: 'department',
  实施单位: 'implementingUnit',
  项目实施单位: 'implementingUnit',
  执行单位: 'implementingUnit',
  年度总体绩效目标: 'goal',
  年度绩效目标: 'goal',
  总体绩效目标: 'goal',
  年度总体目标: 'goal',
  年度目标: 'goal',
  绩效目标: 'goal',
};

const FUND_LABELS: Record<string, FundKey> = {
  年度预算资金总额: 'total',
  年度资金总额: 'total',
  预算资金总额: 'total',
  资金总额: 'total',
  项目资金总额: 'total',
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
  // Spellings of other provinces' forms: "年度绩效总目标", "项目总体绩效目标", "主管部门（单位）".
  if (key.length > 12) return null;
  if (/^(年度|项目)?(总体)?绩效总?目标$|^年度(总体)?目标$/.test(key)) return 'goal';
  if (/^主管(部门|单位)(名称|及代码|\(单位\))?$/.test(key)) return 'department';
  if (/^(项目)?实施(单位|部门)(名称)?$/.test(key)) return 'implementingUnit';
  return null;
});

export const fundKeyOf = memoString(function fundKeyOf(text: string): FundKey | null {
  const key = labelKey(text);
  const exact = FUND_LABELS[key];
  if (exact) return exact;
  // Spellings of other forms: "本级财政拨款", "当年财政拨款", "上年结转结余资金", "其他来源", "年度资金总额合计".
  if (key.length > 14) return null;
  if (/^(本级|当年|本年度?|一般公共预算)?财政(拨款|资金)/.test(key)) return 'fiscal';
  if (/^上年(结转|结余)/.test(key)) return 'carryover';
  if (/^其他(资金|来源)/.test(key)) return 'other';
  if (/^(年度)?(预算)?(资金)?总额/.test(key) && /总额/.test(key)) return 'total';
  return null;
});

/** Roles of the indicator header's columns. */
export type ColumnRole = 'level1' | 'level2' | 'name' | 'value' | 'sign' | 'unit' | 'weight' | 'ignore';

/** The role of an indicator-header cell, or null when the text is no header label. */
export const columnRoleOf = memoString(function columnRoleOf(text: string): ColumnRole | null {
  const k = labelKey(text).replace(/[()（）]/g, '');
  if (!k || k.length > 16) return null;
  if (k === '一级指标') return 'level1';
  if (k === '二级指标') return 'level2';
  if (k === '三级指标' || k === '三级指标名称' || k === '指标名称' || k === '绩效指标名称') return 'name';
  if (k === '指标值' || k === '目标值' || k === '绩效指标值' || k === '年度指标值' || k === '指标目标值') return 'value';
  if (k === '指标值符号' || k === '指标性质' || k === '符号' || k === '指标值性质' || k === '运算符号') return 'sign';
  if (k === '计量单位' || k === '度量单位' || k === '单位' || k === '指标值单位') return 'unit';
  if (k === '权重' || k === '分值' || k === '权重分' || k === '指标权重' || k === '权重%') return 'weight';
  if (k === '指标值说明' || k === '评扣分标准' || k === '评分标准' || k === '备注' || k === '指标解释' || k === '指标说明')
    return 'ignore';
  return null;
});

/** Text that only labels the indicator block as a whole ("绩效指标"). */
export function isBlockLabel(text: string): boolean {
  const k = labelKey(text);
  return k === '绩效指标' || k === '项目资金' || k === '项目资金万元';
}

/** A title of a target table: "项目支出绩效目标表", possibly with "(2024年度)". */
export function isTargetTitle(text: string): boolean {
  return /绩效目标(申报)?表/.test(labelKey(text)) && !/申报表$/.test(labelKey(text).replace(/\(.*\)$/, ''));
}

/** A row of page-break junk such as "--  -------  ----". */
export function isJunk(text: string): boolean {
  return /^[-—–_=|\s·.]{2,}$/.test(text);
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

const STOP_WORDS = /^(填报人|填表人|联系人|联系电话|审核人|单位负责人|财务负责人|填报日期|填报单位|备注|说明)/;
const NOT_A_LABEL: LabelInfo = {
  field: null,
  fund: null,
  role: null,
  title: false,
  block: false,
  junk: false,
  stop: false,
  level1: false,
  l1: null,
  l2: null,
  fullLabel: false,
};

export const labelInfo = memoString(function labelInfo(text: string): LabelInfo {
  if (text.length > 60) return isTargetTitle(text) ? { ...NOT_A_LABEL, title: true } : NOT_A_LABEL;
  const key = labelKey(text);
  const l1 = canonicalLevel1(text);
  return {
    field: headerFieldOf(text),
    fund: fundKeyOf(text),
    role: columnRoleOf(text),
    title: isTargetTitle(text),
    block: isBlockLabel(text),
    junk: isJunk(text),
    stop: STOP_WORDS.test(key),
    level1: l1 !== null,
    l1,
    l2: canonicalLevel2(text),
    fullLabel: /指标$/.test(normalizeText(text).trim()),
  };
}, 100000);
