/**
 * Helpers shared by the value/* rules: the value as the rules see it, operator symbols, and which
 * indicators should rise or fall (by their 三级指标 name).
 */
import { memoString } from '../../memo';
import type { Indicator, Operator, TargetValue, Unit } from '../../model';
import { normalizeText } from '../../text';

export type Quantity = Extract<TargetValue, { kind: 'quantity' }>;

/**
 * A whole-value placeholder: 待定, 待填, 另行确定, XX, ×××, *, -, _, /, null (optionally with an
 * operator before and a short unit after: "≥XX%", "XX万元"). The parser reports these as
 * kind 'placeholder'; this catches them too when it did not, so that no other value rule reads them.
 */
const PLACEHOLDER_RE =
  /^(?:[≥≤=><≧≦]|>=|<=)?\s*(?:待定|待填|待补充|待核定|另行确定|暂定|null|nil|n\/a|tbd|[xX×*＊]{1,6}|[_＿]+|[-－—–]+|[/／]+|[?？]+)\s*(?:%|[\u4e00-\u9fa5/]{1,4})?$/i;

export function isPlaceholderText(text: string): boolean {
  const t = normalizeText(text).trim();
  if (!t || /\d/.test(t)) return false;
  return PLACEHOLDER_RE.test(t);
}

/** An operator and at most a unit, with no number: "≥米", "≤万元", "≥%". */
const OPERATOR_WITHOUT_NUMBER_RE = /^(?:[≥≤=><≧≦]|>=|<=)\s*[^\d\s]{0,3}$/;

/**
 * The parsed value as the rules read it: the parser's, except that a placeholder is always one, and
 * an operator with no number ("≥米") is unparseable rather than a qualitative statement.
 */
export function effectiveValue(ind: Indicator): TargetValue {
  const p = ind.value.parsed;
  if (p.kind !== 'qualitative' && p.kind !== 'unparseable') return p;
  const text = ind.value.text.trim();
  if (isPlaceholderText(text)) return { kind: 'placeholder', text };
  if (p.kind === 'qualitative' && OPERATOR_WITHOUT_NUMBER_RE.test(normalizeText(text))) return { kind: 'unparseable', text };
  return p;
}

export function quantityOf(ind: Indicator): Quantity | null {
  const v = effectiveValue(ind);
  return v.kind === 'quantity' && Number.isFinite(v.number) ? v : null;
}

export function isPercent(unit: Unit | null): boolean {
  if (!unit) return false;
  return unit.kind === 'percent' || unit.base === '%' || unit.base === '％' || unit.base === '‰';
}

export function isMoney(unit: Unit | null): boolean {
  return !!unit && unit.kind === 'money';
}

export const OPERATOR_SYMBOL: Record<Operator, string> = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<' };

/** A value written with another operator: "≤1000万元". */
export function withOperator(q: Quantity, op: Operator): string {
  return `${OPERATOR_SYMBOL[op]}${formatQuantityNumber(q.number)}${q.unit ? q.unit.text : ''}`;
}

function formatQuantityNumber(n: number): string {
  const r = Math.round(n * 1e6) / 1e6;
  return String(r);
}

/** The 三级指标 name, half-width, no spaces. */
export function nameKey(ind: Indicator): string {
  return keyOfName(ind.name?.text ?? '');
}

const keyOfName = memoString((text: string) => normalizeText(text).replace(/\s+/g, ''));

/** Rates and measures that should fall: a target for them is an upper bound (≤). */
const FALLING = [
  '投诉率', '故障率', '差错率', '漏失率', '漏损率', '逾期率', '发生率', '事故率', '失误率', '返工率', '误差率',
  '错误率', '出错率', '失败率', '流失率', '返贫率', '辍学率', '死亡率', '病死率', '发病率', '患病率', '犯罪率',
  '发案率', '案发率', '不合格率', '不达标率', '不满意率', '不满意度', '超标率', '损耗率', '损失率', '违约率',
  '违规率', '退回率', '退件率', '驳回率', '缺陷率', '偏差率', '空置率', '闲置率', '积压率', '滞留率', '复发率',
  '投诉量', '投诉次数', '事故次数', '事故起数', '响应时间', '响应时长', '处理时间', '处理时长', '修复时间',
  '等待时间', '办结时间', '办理时间', '办理时限', '处置时间', '到达时间', '审批时限',
];

/** Rates and measures that should rise: a target for them is a lower bound (≥). */
const RISING = [
  '及时率', '合格率', '完成率', '达标率', '准确率', '满意度', '满意率', '覆盖率', '利用率', '通过率', '到位率',
  '执行率', '知晓率', '参与率', '使用率', '入住率', '就业率', '普及率', '完好率', '正确率', '发放率', '符合率',
  '保障率', '响应率', '出勤率', '成功率', '验收率', '受益率', '治愈率', '在线率', '上线率', '开通率', '完善率',
  '处理率', '处置率', '办结率', '结案率', '回复率', '好评率', '优良率', '入学率', '巩固率', '存活率', '成活率',
  '绿化率', '收集率', '回收率', '查处率', '审核率', '提取率', '落实率', '建成率', '投用率', '运行率', '接种率',
  '检测率', '签约率', '就业率', '改善率', '供水率', '达产率', '使用年限', '使用寿命',
];

/** Names that state a change ("投诉率下降幅度", "降低故障率"): their target's direction is the change's. */
const DECREASE_WORDS = /下降|降低|减少|压减|压降|降幅|减幅|节约|节省/;

export function expectedDirection(ind: Indicator): 'falling' | 'rising' | null {
  return directionOfName(nameKey(ind));
}

/**
 * Words for what should not happen (逾期, 投诉, 差错, 事故 …): a rate or count of them should fall, however the
 * rest of the name reads ("逾期发放率" is a 发放率 of late payments). Matched by meaning, not by whole names.
 */
const BAD_THINGS =
  /逾期|超期|延期|滞后|投诉|故障|差错|漏失|漏损|漏报|漏检|事故|失误|返工|误差|错误|出错|失败|流失|返贫|辍学|死亡|病死|发病|患病|犯罪|发案|案发|不合格|不达标|不满意|超标|损耗|损失|违约|违规|违纪|违法|退回|退件|驳回|缺陷|偏差|空置|闲置|积压|滞留|复发|拖欠|欠薪|上访|信访|隐患|污染|扣分|负面|虚报|冒领|挤占|挪用|截留/;
/** Rates of putting a bad thing right (投诉处理率, 隐患整改率, 事故处置及时率): these should rise. */
const REMEDY_RATE = /(处理|处置|整改|办结|结案|回复|答复|查处|解决|化解|销号|排查|纠正|修复|排除|消除|治理|防控|防治|管控)[^率]{0,4}率$|及时率$/;
const COUNT_OR_RATE = /(率|量|次数|起数|件数|人数|户数|个数|时间|时长|天数|金额)$/;

/** Memoised by name: the word lists are long and names recur. */
const directionOfName = memoString((name: string): 'falling' | 'rising' | null => {
  if (!name) return null;
  if (DECREASE_WORDS.test(name)) return null;
  if (REMEDY_RATE.test(name)) return 'rising';
  if (BAD_THINGS.test(name) && COUNT_OR_RATE.test(name)) return 'falling';
  if (FALLING.some((w) => name.includes(w))) return 'falling';
  if (RISING.some((w) => name.includes(w))) return 'rising';
  return null;
});

/** A name for an increase ("满意度提升", "收入增长率"): not a level but a change. */
export const INCREASE_WORDS = /提升|提高|增长|增加|上升|增幅|增速|同比|环比/;
export { DECREASE_WORDS };

/** A name that reads as a share or rate, whose value is a percentage. */
export function isRateName(ind: Indicator): boolean {
  const name = nameKey(ind);
  return /率|满意度|占比|比例|比重|百分比/.test(name);
}

/** Excel's 1900 date serials of 2000-01-01 … 2049-12-31. */
const SERIAL_FIRST = 36526;
const SERIAL_LAST = 54788;
const TIME_NAME = /时间|日期|时限|期限|截止|节点|完成于/;

/**
 * The date an Excel date serial stands for, when a time indicator's value is one (44561 = 2021-12-31: a
 * date cell that lost its date format, exported or pasted as a number); null otherwise.
 */
export function dateSerialOf(ind: Indicator): { serial: number; year: number; month: number; day: number } | null {
  const q = quantityOf(ind);
  if (!q || !Number.isInteger(q.number) || q.number < SERIAL_FIRST || q.number > SERIAL_LAST) return null;
  if (q.unit && !/^\d+$/.test(q.unit.text.trim())) return null;
  if (ind.level2?.canonical !== '时效指标' && !TIME_NAME.test(nameKey(ind))) return null;
  const d = new Date(Date.UTC(1899, 11, 30) + q.number * 86400000);
  return { serial: q.number, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
