/**
 * The 指标值 (target value) parser. DOMAIN.md "指标值 grammar" is the spec.
 *
 * A value text is normalised (normalize.ts) and then read, in this order, as:
 *  1. empty            — nothing but spaces.
 *  2. unparseable      — an Excel error value (#REF!, #DIV/0!, #N/A …).
 *  3. placeholder      — 待定, 待填, 待补充, 待确定, 另行确定, XX/xx, ×××, *, -, _, —, /, ?, null/NULL/none,
 *                        N/A, or a value made only of such characters, or a template such as "≥XX%",
 *                        "***万元" (the number slot is a placeholder).
 *  4. date             — see date.ts (2023年12月31日, 2024年6月底, 12月底前, 2024-06-30 …).
 *  5. quantity         — [prefix words] [operator] number [余|多] [unit] [suffix operator]:
 *                        ≥ ≧ >= ＞＝ 不低于 不少于 不小于 大于等于 至少 … and suffix 以上;
 *                        ≤ ≦ <= ＜＝ 不超过 不高于 不大于 小于等于 最多 控制在 … and suffix 以内 / 以下 / 内;
 *                        = ＝ ═ 等于; > ＞ 大于 超过 高于 多于; < ＜ 小于 低于 少于.
 *                        No operator → "=" with operatorExplicit false.
 *     (also after the indicator's name repeated: "合格率100%", "完成率达到95%", "补助标准为600元/月")
 *  6. qualitative      — a Chinese phrase without a quantity (明显提高, 健全, 是, 达标 …), also a longer
 *                        Chinese phrase that mentions numbers but is not a quantity ("符合GB3838-2002标准",
 *                        "较上年提高5%").
 *  7. unparseable      — anything else (≥abc, 100-, 1.2.3万元, 约#@!), and an operator with a unit but
 *                        no number ("≥米", "≤万元"); an operator before words ("≥上年水平") is qualitative.
 *
 * Decisions (documented for the rule authors):
 * - "1200余人" / "1000多人" → ≥ 1200 人 with operatorExplicit true (余/多 means "more than about").
 * - "达到95%" → ≥ 95% (explicit); "约100人" / "100人左右" / "完成100%" → = (not explicit).
 * - A range "90-95%", "90%~95%", "90至95人" → ≥ its lower bound, operatorExplicit true (the number is
 *   the lower bound); `parseValueRange` gives both bounds. A range with an operator ("≥90-95%") is unparseable.
 * - Contradicting operators ("≤95%以上") → unparseable; agreeing ones ("≥95%以上") → that operator.
 * - Chinese numerals are read only before an exact known unit: "两次", "十二个月", "三千人"; "百分之九十五"
 *   → 95%. "一致", "一次性", "三星级" stay qualitative.
 * - A ratio "1:1" → quantity number a/b with unit {base "比", kind other}.
 * - A trailing annotation in brackets is ignored when the rest is a quantity: "≥95%（抽样）".
 * - "12月" alone is 12 months (quantity); "12月底", "12月份", "12月前" are dates (see date.ts).
 */
import { memoString } from '../memo';
import type { CellValue } from '../grid';
import type { Operator, TargetValue, Unit } from '../model';
import { cellText, isCellError } from '../grid';
import { normalizeText } from '../text';
import { normalizeValueText } from './normalize';
import { parseDate } from './date';
import { chineseNumeral } from './numerals';

export { chineseNumeral } from './numerals';
import { parseUnit as parseUnitText, isKnownUnit, unitDef } from './units';

export { normalizeValueText } from './normalize';
export { parseDate } from './date';
export type { ParsedDate } from './date';

/** Parses a unit: "万元/年/人" → {base 万元, per [年, 人], kind money}. null for ''. (See units.ts.) */
export function parseUnit(text: string): Unit | null {
  return parseUnitText(text);
}

type OpOrNeutral = Operator | 'neutral';

/** Prefix words and symbols, longest first so "不低于" wins over nothing and "大于等于" over "大于". */
const PREFIX_TOKENS: ReadonlyArray<[string, OpOrNeutral]> = [
  ['大于或等于', '>='],
  ['小于或等于', '<='],
  ['大于等于', '>='],
  ['小于等于', '<='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['不超过', '<='],
  ['不高于', '<='],
  ['不大于', '<='],
  ['不多于', '<='],
  ['控制在', '<='],
  ['至少', '>='],
  ['最少', '>='],
  ['最低', '>='],
  ['至多', '<='],
  ['最多', '<='],
  ['最高', '<='],
  ['达到', '>='],
  ['等于', '='],
  ['大于', '>'],
  ['超过', '>'],
  ['高于', '>'],
  ['多于', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['≥', '>='],
  ['≤', '<='],
  ['≮', '>='],
  ['≯', '<='],
  ['=', '='],
  ['>', '>'],
  ['<', '<'],
  // neutral words before a figure
  ['大约', 'neutral'],
  ['约为', 'neutral'],
  ['约', 'neutral'],
  ['完成', 'neutral'],
  ['实现', 'neutral'],
  ['保持', 'neutral'],
  ['确保', 'neutral'],
  ['预计', 'neutral'],
  ['计划', 'neutral'],
  ['共计', 'neutral'],
  ['合计', 'neutral'],
  ['累计', 'neutral'],
  ['总计', 'neutral'],
  ['共', 'neutral'],
  ['全年', 'neutral'],
  ['年均', 'neutral'],
  ['达', '>='],
];
const PREFIX_RE = new RegExp(`^(?:${PREFIX_TOKENS.map(([t]) => escapeRe(t)).join('|')})`);
const PREFIX_OP = new Map<string, OpOrNeutral>(PREFIX_TOKENS);

const SUFFIX_TOKENS: ReadonlyArray<[string, OpOrNeutral]> = [
  ['及以上', '>='],
  ['或以上', '>='],
  ['以上', '>='],
  ['及以下', '<='],
  ['或以下', '<='],
  ['以下', '<='],
  ['以内', '<='],
  ['之内', '<='],
  ['内', '<='],
  ['左右', 'neutral'],
  ['上下', 'neutral'],
];
const SUFFIX_RE = new RegExp(`(?:${SUFFIX_TOKENS.map(([t]) => escapeRe(t)).join('|')})$`);
const SUFFIX_OP = new Map<string, OpOrNeutral>(SUFFIX_TOKENS);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NUMBER_HEAD = /^([+-]?)(\d+(?:\.\d+)?|\.\d+)(余|多)?/;
const RANGE_HEAD = /^(\d+(?:\.\d+)?)([^\d\-~至到]*?)(?:-|~|至|到)(\d+(?:\.\d+)?)(余|多)?/;
const RATIO = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/;
const EXCEL_ERROR = /^#(?:REF!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!|VALUE!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;
const PLACEHOLDER_WORDS = /待定|待填|待补充|待确定|待核定|另行确定|另行制定|暂未确定/;
const PLACEHOLDER_WHOLE = /^(?:[*\-_/\\×xX?？…·.。、~]+|null|none|nil|nan|n\/a|na|undefined|空|无数据|tbd|todo)$/i;
/** The number slot of a template: XX, ×××, ***, ??, ___ . */
const PLACEHOLDER_SLOT = /^(?:[xX×*?？_]+|[xX×]+\.[xX×]+)/;
const HAN = /\p{Script=Han}/u;
/** A value and a bracketed note of two or more Chinese characters after it. */
const VALUE_NOTE = /^(.*[^\s(])\(([^()]*\p{Script=Han}[^()]*\p{Script=Han}[^()]*)\)$/u;
const HAN_G = /\p{Script=Han}/gu;
const HAN_START = /^\p{Script=Han}/u;
const DIGIT = /\d/;
const UNIT_TEXT_OK = /^[\p{Script=Han}A-Za-z%‰㎡㎥㎢²³/.·•・()（）每]+$/u;
const TRAILING_NOTE = /[(（][^()（）]*[)）]$/;
const CN_NUMERAL_HEAD = /^[零〇一二两三四五六七八九十百千]+/;
const PERCENT_CN = /^百分之([零〇一二两三四五六七八九十百]+|\d+(?:\.\d+)?)$/;

interface Prefix {
  op: Operator | null;
  rest: string;
  conflict: boolean;
}

/** Strips leading operator and neutral words; at most four tokens. */
function stripPrefix(t: string): Prefix {
  let op: Operator | null = null;
  let conflict = false;
  let rest = t;
  for (let k = 0; k < 4; k++) {
    const m = PREFIX_RE.exec(rest);
    if (!m) break;
    const tok = PREFIX_OP.get(m[0])!;
    // "达" only before a digit ("达95%"), never as the start of a word ("达标").
    if (m[0] === '达' && !DIGIT.test(rest.charAt(1))) break;
    if (tok !== 'neutral') {
      if (op !== null && op !== tok) conflict = true;
      op = tok;
    }
    rest = rest.slice(m[0].length);
  }
  return { op, rest, conflict };
}

function suffixOf(t: string): { op: OpOrNeutral | null; rest: string } {
  const m = SUFFIX_RE.exec(t);
  if (!m) return { op: null, rest: t };
  return { op: SUFFIX_OP.get(m[0])!, rest: t.slice(0, t.length - m[0].length) };
}

function combine(a: Operator | null, b: OpOrNeutral | null): Operator | null | 'conflict' {
  if (b === null || b === 'neutral') return a;
  if (a === null || a === b) return b;
  // "≥95%以上" agrees; "> … 以上" and "≥ … 以上" both mean at least.
  if ((a === '>' && b === '>=') || (a === '<' && b === '<=')) return a;
  return 'conflict';
}

function quantity(text: string, op: Operator | null, n: number, unit: Unit | null): TargetValue {
  return { kind: 'quantity', text, operator: op ?? '=', operatorExplicit: op !== null, number: n, unit };
}

/** Reads the unit part after the number; undefined when it cannot be a unit. */
function readUnit(u: string): Unit | null | undefined {
  if (!u) return null;
  if (DIGIT.test(u.replace(/[㎡㎥²³]|m2|m3|km2|hm2/g, ''))) {
    // digits inside a unit only as a per count: "元/100人" is rare; treat as not a unit
    return undefined;
  }
  if (!UNIT_TEXT_OK.test(u)) return undefined;
  if (/^[/.·•・]/.test(u) || /[/.·•・]$/.test(u) || /[/.·•・]{2}/.test(u)) return undefined;
  const unit = parseUnitText(u);
  // An unknown unit must be a word ("垛", "kW"), not stray symbols ("%%").
  if (unit && unit.kind === 'other' && !UNKNOWN_UNIT_OK.test(unit.base)) return undefined;
  return unit;
}
const UNKNOWN_UNIT_OK = /^[\p{Script=Han}A-Za-z]+$/u;

/**
 * Reads the quantity in a normalised text (already stripped of prefix words): number, unit, suffix.
 * Returns the value, 'no' when the text does not start like a quantity, or 'bad' when it starts like
 * one but is malformed.
 */
function readQuantity(text: string, raw: string, prefixOp: Operator | null): TargetValue | 'no' | 'bad' {
  const ratio = RATIO.exec(text);
  if (ratio) {
    const b = +ratio[2];
    if (b === 0) return 'bad';
    return quantity(raw, prefixOp, +ratio[1] / b, { text: `${ratio[1]}:${ratio[2]}`, base: '比', per: [], kind: 'other' });
  }
  const { op: sufOp, rest } = suffixOf(text);
  let op = combine(prefixOp, sufOp);
  if (op === 'conflict') return 'bad';

  const pc = PERCENT_CN.exec(rest);
  if (pc) {
    const n = DIGIT.test(pc[1]) ? +pc[1] : chineseNumeral(pc[1]);
    if (n === null) return 'bad';
    return quantity(raw, op, n, parseUnitText('%'));
  }

  const range = RANGE_HEAD.exec(rest);
  if (range && (range[2] === '' || isKnownUnit(range[2]))) {
    const after = rest.slice(range[0].length);
    const unit = readUnit(after || range[2]);
    if (unit === undefined) return 'bad';
    if (range[2] && after && range[2] !== after) return 'bad';
    if (prefixOp !== null || (sufOp !== null && sufOp !== 'neutral')) return 'bad';
    const lo = +range[1];
    const hi = +range[3];
    if (hi < lo) return 'bad';
    return quantity(raw, '>=', lo, unit);
  }

  const m = NUMBER_HEAD.exec(rest);
  if (!m) {
    // Chinese numerals before an exact known unit: 两次, 十二个月, 三千人.
    const cn = CN_NUMERAL_HEAD.exec(rest);
    if (cn) {
      const u = rest.slice(cn[0].length);
      const d = unitDef(u);
      const n = chineseNumeral(cn[0]);
      if (d && d.kind !== 'other' && n !== null) return quantity(raw, op, n, parseUnitText(u));
    }
    return 'no';
  }
  const n = Number(m[1] + m[2]);
  if (!Number.isFinite(n)) return 'bad';
  if (m[3]) {
    op = combine(op, '>=');
    if (op === 'conflict') return 'bad';
  }
  let unitText = rest.slice(m[0].length);
  // A trailing note in brackets ("≥95%（抽样）") is not part of the unit, unless it is the unit ("(万元)").
  const note = TRAILING_NOTE.exec(unitText);
  if (note && !(note.index === 0 && isKnownUnit(note[0].slice(1, -1)))) {
    const again = suffixOf(unitText.slice(0, note.index));
    const op2 = combine(op, again.op);
    if (op2 === 'conflict') return 'bad';
    op = op2;
    unitText = again.rest;
  }
  // "28.40/株": a price per thing with its money unit left out, as a person reads it (元/株).
  if (/^[/／]\p{Script=Han}{1,3}$/u.test(unitText)) {
    const priced = readUnit(`元${unitText.replace('／', '/')}`);
    if (priced) return quantity(raw, op, n, priced);
  }
  const unit = readUnit(unitText);
  if (unit === undefined) return 'bad';
  return quantity(raw, op, n, unit);
}

/** Whether a normalised text is a placeholder (see the file comment). */
export function isPlaceholderValue(text: string): boolean {
  const t = normalizeValueText(text);
  return placeholderKind(t, text.trim() !== '');
}

function placeholderKind(t: string, hadText: boolean): boolean {
  if (!t) return hadText;
  if (PLACEHOLDER_WORDS.test(t)) return true;
  if (PLACEHOLDER_WHOLE.test(t)) return true;
  // A template: "≥XX%", "***万元", "XX人", "≤××万元/年".
  const p = stripPrefix(t);
  const slot = PLACEHOLDER_SLOT.exec(p.rest);
  if (slot) {
    // "****000元": the leading digits masked by a slot, the rest of the figure kept.
    const tail = p.rest.slice(slot[0].length);
    const after = suffixOf(slot[0].length >= 2 ? tail.replace(/^\d+(?:\.\d+)?/, '') : tail).rest;
    if (!after || isKnownUnit(after) || (readUnit(after) !== undefined && !/^[xX]/.test(after))) {
      // "x" followed by letters is a word ("xyz"), not a slot; require x-slots of 2+ or a unit after.
      if (/^[xX]$/.test(slot[0]) && after && !isKnownUnit(after)) return false;
      return true;
    }
  }
  return false;
}

const FAST = /^([≥≤=<>])?(\d+(?:\.\d+)?)([^\d]*)$/;
/** Units that may be part of a date ("2024年", "12月", "31日"): never on the fast path. */
const DATE_LIKE_UNITS = new Set(['年', '月', '日', '号', '年度']);
const UNIT_CACHE = new Map<string, Unit | null>();
const UNIT_CACHE_MAX = 1024;

/** A copy of the parsed unit for a known unit text (cached); undefined when it is not plain unit text. */
function cachedUnit(u: string): Unit | null | undefined {
  let hit = UNIT_CACHE.get(u);
  if (hit === undefined) {
    if (!isKnownUnit(u.split('/')[0])) return undefined;
    const parsed = readUnit(u);
    if (parsed === undefined) return undefined;
    if (UNIT_CACHE.size >= UNIT_CACHE_MAX) UNIT_CACHE.clear();
    UNIT_CACHE.set(u, parsed);
    hit = parsed;
  }
  return hit ? { ...hit, per: hit.per.slice() } : null;
}

/** Parses a 指标值 written in one cell: "≥15826 米", "100%", "明显提高", "≤21.27万元/村", "2023年12月31日". */
/** Memoised: the same values ("100%", "≥95%") recur in every table. Results are shared: never mutate them. */
export const parseTargetValue = memoString(function parseTargetValue(text: string): TargetValue {
  const v = parseValue(text);
  if (v.kind !== 'unparseable') return v;
  const t = normalizeValueText(text.trim());
  // Both bounds of a band ("≥90%且≤95%", "≥90%,≤95%"): the target is its lower bound, as for "90%-95%".
  const band = BOUNDED_BAND.exec(t);
  if (band) {
    const low = parseValue(band[1]);
    const high = parseValue(band[2]);
    if (low.kind === 'quantity' && high.kind === 'quantity' && low.operator === '>=' && high.operator === '<=' && low.number <= high.number) {
      return { ...low, unit: low.unit ?? high.unit, text: v.text };
    }
  }
  // A deadline before the target ("12月底前100%到位", "2024年6月底前完成率100%"): the target is the figure.
  const m = DEADLINE_FIRST.exec(t);
  if (!m || !/[年月]/.test(m[1])) return v;
  const rest = parseValue(m[2]);
  return rest.kind === 'quantity' ? { ...rest, text: v.text } : v;
});

/** A lower and an upper bound joined: "≥90%且≤95%", "≥90%,≤95%", "≥90%并≤95%". */
const BOUNDED_BAND = /^(≥[^≤]+?)(?:且|并且|并|,|、|;|和)?(≤.+)$/;

/** A grade or class written with letters or Roman numerals (Ⅱ类, AAA级, 3A级, Ⅲ级以上). */
const LETTER_GRADE = /^(?:[\u2160-\u216B]{1,4}|[IVX]{1,4}|[A-E]{1,5}|\d[A-E])(?:类|级|等|星级?)(?:及?以上|以下|标准)?$/;

/** A deadline (年, 月, 日, 底/末, then 前) and what follows it. */
const DEADLINE_FIRST = /^((?:(?:19|20)\d\d年)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末)?(?:前|以前|之前))(.+)$/;

function parseValue(text: string): TargetValue {
  const raw = text.trim();
  if (!raw) return { kind: 'empty' };
  if (raw.charCodeAt(0) === 35 /* # */ && EXCEL_ERROR.test(raw)) return { kind: 'unparseable', text: raw };
  const t = normalizeValueText(raw);
  // Fast path for the commonest shapes: "100%", "≥95%", "≤1000万元", "≥15826米", "=2010元/月".
  const fast = FAST.exec(t);
  if (fast && !DATE_LIKE_UNITS.has(fast[3])) {
    const unit = fast[3] ? cachedUnit(fast[3]) : null;
    if (unit !== undefined && (unit === null || unit.kind !== 'other')) {
      const op = fast[1] ? (PREFIX_OP.get(fast[1]) as Operator) : null;
      return quantity(raw, op, Number(fast[2]), unit);
    }
  }
  if (placeholderKind(t, true)) return { kind: 'placeholder', text: raw };

  // A note in brackets after the value ("2023年12月31日（以实际为准）", "≥95%\n(抽样调查)") is no part of
  // it; a unit in brackets ("(万元)", "(人次)") is.
  const noted = t.charCodeAt(t.length - 1) === 41 /* ) */ ? VALUE_NOTE.exec(t) : null;
  if (noted) {
    const u = parseUnitText(noted[2]);
    if (!u || u.kind === 'other') {
      const inner = parseTargetValue(noted[1]);
      if (inner.kind !== 'unparseable' && inner.kind !== 'empty' && inner.kind !== 'placeholder') return { ...inner, text: raw };
    }
  }

  // Fast path: the commonest shapes ("100%", "≥95%", "≤1000万元") go straight to the quantity reader.
  const d = DIGIT.test(t) || HAN.test(t) ? parseDate(t) : null;
  if (d === 'invalid') return { kind: 'unparseable', text: raw };
  if (d) return { kind: 'date', text: raw, operator: d.operator, year: d.year, month: d.month, day: d.day };

  const p = stripPrefix(t);
  if (p.conflict) return { kind: 'unparseable', text: raw };
  if (p.rest) {
    const q = readQuantity(p.rest, raw, p.op);
    if (typeof q === 'object') return q;
    if (q === 'bad') {
      // A longer Chinese sentence with figures inside is a statement, not a broken quantity.
      return qualitativeOrUnparseable(t, raw, false);
    }
  }
  return qualitativeOrUnparseable(t, raw, p.rest === '');
}

function qualitativeOrUnparseable(t: string, raw: string, onlyOperatorWords: boolean): TargetValue {
  const p = stripPrefix(t);
  if (onlyOperatorWords) {
    // "完成", "确保" alone are words; "不低于", "≥", "约" alone are an operator without its figure.
    return p.op === null && t.length >= 2 ? { kind: 'qualitative', text: raw } : { kind: 'unparseable', text: raw };
  }
  const rest = p.rest;
  // A grade or class by letter or Roman numeral: Ⅱ类 (水质), AAA级, 3A级, Ⅲ级以上.
  if (LETTER_GRADE.test(rest)) return { kind: 'qualitative', text: raw };
  if (!HAN_START.test(rest)) return { kind: 'unparseable', text: raw };
  // An operator and a unit without the number ("≥米", "≤万元", "≥万元/村") is a broken quantity.
  if (p.op !== null && !DIGIT.test(rest)) {
    const u = parseUnitText(rest);
    if (u && u.kind !== 'other' && !u.noun) return { kind: 'unparseable', text: raw };
  }
  if (!DIGIT.test(rest)) return { kind: 'qualitative', text: raw };
  // The indicator's name repeated before its figure: "合格率100%", "完成率达到95%", "补助标准为600元/月".
  const labelled = LABELLED.exec(rest);
  if (labelled) {
    const lp = stripPrefix(labelled[2]);
    if (!lp.conflict && lp.rest) {
      const lq = readQuantity(lp.rest, raw, lp.op);
      if (typeof lq === 'object') return lq;
    }
  }
  // Digits inside: accept a statement that is mostly words ("符合GB18918-2002一级A标准", "较上年提高5%").
  const han = rest.match(HAN_G)?.length ?? 0;
  return han >= 2 ? { kind: 'qualitative', text: raw } : { kind: 'unparseable', text: raw };
}

/** A label ending like an indicator name (…率, …数, …标准) and maybe 为 / 是 / :, then the figure. */
const LABELLED = /^(\p{Script=Han}{0,12}?(?:率|数|量|值|度|额|面积|长度|期限|年限|时限|成本|费用|资金|标准|金额|单价|价格)(?:为|是|:)?)([^\p{Script=Han}].*|达到?.*|不[低少小高超大多]于.*|[大小低高多少]于.*|至少.*|控制在.*)$/u;

const SIGN_QUALITATIVE = /^(?:定性|定性指标|定性值)$/;
const SIGN_QUANTITATIVE = /^(?:定量|定量指标|定量值)$/;
const SIGN_POSITIVE = /^(?:正向|正向指标|越大越好|越高越好)$/;
const SIGN_NEGATIVE = /^(?:反向|反向指标|越小越好|越低越好)$/;
const SIGN_NEUTRAL = /^(?:中性|中性指标|持平)$/;

function splitOperator(sign: string): Operator | null | 'none' {
  if (!sign) return 'none';
  if (SIGN_POSITIVE.test(sign)) return '>=';
  if (SIGN_NEGATIVE.test(sign)) return '<=';
  if (SIGN_NEUTRAL.test(sign)) return '=';
  const op = PREFIX_OP.get(sign);
  if (op && op !== 'neutral') return op;
  const so = SUFFIX_OP.get(sign);
  if (so && so !== 'neutral') return so;
  return null;
}

function numberText(v: number): string {
  return String(v);
}

/**
 * Parses a 指标值 split over 符号 | 值 | 单位 cells. 符号 may be an operator in any spelling (≥, >=, ＞＝,
 * 不低于, 大于等于, 以上 …), 定性 / 定量, 正向 / 反向 (→ ≥ / ≤), 中性 (→ =), or empty; 值 may be a real
 * number (95 with unit "%") or text; 单位 may be empty. 定性 makes the value qualitative. `text` is the
 * cells joined (符号 + 值 + 单位, without the words 定性 / 定量).
 */
export function parseSplitValue(sign: CellValue, value: CellValue, unit: CellValue): TargetValue {
  const sRaw = cellText(sign).trim();
  const s = normalizeValueText(sRaw);
  // A dash or slash in the unit column means "no unit" (a form's filler), not a unit.
  const u = /^[-—–－/／\\]+$/.test(cellText(unit).trim()) ? '' : cellText(unit).trim();
  if (isCellError(value)) return { kind: 'unparseable', text: value.error };
  if (typeof value === 'boolean') return { kind: 'unparseable', text: cellText(value) };
  const vRaw = cellText(value).trim();
  if (!vRaw) return { kind: 'empty' };
  if (isCellError(unit)) return { kind: 'unparseable', text: unit.error };
  if (SIGN_QUALITATIVE.test(s)) {
    // Marked 定性 but written as a target ("95%以上"): the value says more than the mark.
    const asText = parseTargetValue(`${vRaw}${u}`);
    return asText.kind === 'quantity' && asText.unit !== null ? asText : { kind: 'qualitative', text: vRaw };
  }
  const quantitative = SIGN_QUANTITATIVE.test(s);
  const op = quantitative ? 'none' : splitOperator(s);
  const shownSign = quantitative ? '' : sRaw;
  // The unit may already be written in the value ("95%" with unit "%").
  const vNorm = normalizeValueText(vRaw);
  const uNorm = normalizeValueText(u);
  // A value that carries its own unit ("28.8万元" beside a 计量单位 of "%") is read with its own: the unit
  // column is the one that disagrees, and the value is what the clerk wrote for this indicator.
  const ownUnit = typeof value === 'string' && uNorm !== '' && (() => {
    const own = parseTargetValue(vRaw);
    return own.kind === 'quantity' && own.unit !== null;
  })();
  const unitInValue = uNorm !== '' && (vNorm.endsWith(uNorm) || ownUnit);
  const joined = `${shownSign}${vRaw}${unitInValue ? '' : u}`;

  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'unparseable', text: joined };
    if (op === null) return parseTargetValue(joined); // an unknown sign word: let the text parser judge
    const parsedUnit = u ? parseUnitText(u) : null;
    return {
      kind: 'quantity',
      text: `${shownSign}${numberText(value)}${u}`,
      operator: op === 'none' ? '=' : op,
      operatorExplicit: op !== 'none',
      number: value,
      unit: parsedUnit,
    };
  }
  if (op === null || op === 'none') {
    const r = parseTargetValue(joined);
    return withText(r, joined);
  }
  // A known operator in the sign column: parse value + unit and apply it.
  const r = parseTargetValue(`${vRaw}${unitInValue ? '' : u}`);
  if (r.kind === 'quantity') {
    if (r.operatorExplicit && r.operator !== op) {
      const ok = (op === '>=' && r.operator === '>') || (op === '<=' && r.operator === '<');
      if (!ok) return { kind: 'unparseable', text: joined };
      return { ...r, text: joined };
    }
    return { ...r, text: joined, operator: op, operatorExplicit: true };
  }
  if (r.kind === 'date') return r.operator === '=' ? { ...r, text: joined, operator: op } : { ...r, text: joined };
  return withText(r, joined);
}

function withText(r: TargetValue, text: string): TargetValue {
  return r.kind === 'empty' ? r : { ...r, text };
}

const RANGE_FULL = /^(\d+(?:\.\d+)?)([^\d\-~至到]*?)(?:-|~|至|到)(\d+(?:\.\d+)?)(.*)$/;

/**
 * A range value such as "90-95%", "90%~95%", "80至100人": its bounds and unit; null when the text is
 * not a range. parseTargetValue reads a range as ≥ its lower bound; rules that care use this (named parseValueRange: grid.ts has parseRange for A1 ranges).
 */
export function parseValueRange(text: string): { low: number; high: number; unit: Unit | null } | null {
  const t = normalizeValueText(text);
  const m = RANGE_FULL.exec(t);
  if (!m) return null;
  if (m[2] && !isKnownUnit(m[2])) return null;
  const unit = readUnit(m[4] || m[2]);
  if (unit === undefined) return null;
  const low = +m[1];
  const high = +m[3];
  if (high < low) return null;
  return { low, high, unit };
}

/** The operator as the tables print it: ">=" → "≥", "<=" → "≤". */
export function operatorSymbol(op: Operator): string {
  return op === '>=' ? '≥' : op === '<=' ? '≤' : op;
}

/** Reads an operator spelled in any way (≥, >=, ＞＝, 不低于, 以上, 正向 …); null if it is none. */
export function parseOperator(text: string): Operator | null {
  const s = normalizeValueText(normalizeText(text));
  const op = splitOperator(s);
  return op === 'none' ? null : op;
}
