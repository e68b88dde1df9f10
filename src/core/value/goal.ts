/**
 * Figures promised in a 年度总体绩效目标 (annual overall goal) text: "15826 米", "1000 万元", "100%",
 * "20 年以上", "95%以上", "8个镇街、94个村", "至少 60 座", "1200 余人", "260.39 万平方米".
 *
 * Each figure is a number followed by a known unit (numbers without a unit are not figures). Skipped:
 * calendar years and dates ("2024 年预计", "2015 年 1 月 1 日前", "12月底"), building numbers
 * ("11#、12#楼"), ordinals ("第3名"), numbers glued to Latin letters ("G220", "5G"), list numbers
 * ("1、", "1."), and the lower bound of a range ("80-89 周岁" gives one figure, 89 周岁, with `rangeLow` 80).
 *
 * Operator hints: 以上 / 及以上 / 不低于 / 不少于 / 至少 / 超过 / 余 / 多 → ≥; 以内 / 以下 / 不超过 / 不高于 /
 * 控制在 / 最多 → ≤; 大于 / 高于 → >; 低于 / 小于 / 少于 → <; 达到 / 约 / none → =.
 */
import { memoString } from '../memo';
import type { Operator, Unit } from '../model';
import { foldText } from './normalize';
import { longestUnitPrefix, parseUnit, unitDef } from './units';

export interface GoalFigure {
  /** The number as a value (thousand separators removed). */
  number: number;
  /** The unit, parsed (per units included: "21.27万元/村", "每月 20 元" → 元 per [月]). */
  unit: Unit;
  /** The operator the wording implies ("=" when nothing is said). */
  operator: Operator;
  /** The word that gave the operator (以上, 不低于, 至少, 超过, 余, 控制在, 达到 …), null if none. */
  hint: string | null;
  /** What a classifier counts, when it can be told: "8个镇街" → 镇街, "60 座环卫设施" → 环卫设施. */
  noun: string | null;
  /** For a range "80-89 周岁": the lower bound (number is the upper). */
  rangeLow?: number;
  /** The span in the original text (from the prefix hint, if any, to the unit or suffix hint). */
  text: string;
  start: number;
  end: number;
}

const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/g;
/** Dates and calendar years, with spaces allowed between the parts. */
const DATE_SPAN =
  /(?:\d{4}\s*年(?:\s*度)?(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号]|\s*(?:底|末|初|份|上旬|中旬|下旬))?)?|\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号]|底|末|初|份|上旬|中旬|下旬)|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|第\s*[1-4]\s*季度)/g;
const YEAR_ONLY = /^(\d{4})\s*年/;
const SPACES_AT = /\s*/y;
const SUFFIX_AT = /\s*(及以上|或以上|以上|及以下|或以下|以下|以内|之内)/y;
const PREFIX_BEFORE =
  /(大于或等于|大于等于|小于或等于|小于等于|不低于|不少于|不小于|不超过|不高于|不大于|不多于|控制在|至少|最少|最多|至多|超过|大于|高于|多于|低于|小于|少于|达到|约为|大约|约|达|≥|≤|>|<|=)\s*$/;
const PER_BEFORE = /每\s*(月|年|人|天|日|户|村|次|季度|周)\s*$/;
const PER_AFTER = /\s*[/／]\s*(?:每)?\s*/y;
const HAN_RUN = /\p{Script=Han}{1,8}/uy;
/** Where a counted noun stops: verbs and particles that start the next phrase. */
const NOUN_STOP = /[的和与及并在为对从把被将是有等让使]|进行|完成|实施|建设|开展|发放|提供|提升|提高|改善|维护|保障|达到|以上|以内|以下|改造|治理|整治|修缮|新建|改建|扩建|更新|升级|安装|采购|购置|运行|运营|维修|养护|保洁|覆盖|受益|投入|使用|验收/;
const RANGE_BEFORE = /(\d+(?:\.\d+)?)\s*[-~至到]\s*$/;

const CLASSIFIER_UNITS = new Set([
  '个', '座', '项', '套', '台', '家', '所', '条', '件', '辆', '批', '处', '间', '张', '本', '册', '份', '部',
  '宗', '块', '只', '头', '架', '艘', '根', '盏', '把', '支', '组', '队', '类', '种', '门', '栋', '幢', '名',
  '户', '期', '场', '次', '孔', '眼', '口', '片', '段', '道', '棵', '株', '例', '起', '笔', '节', '轮', '趟',
]);
/** Single-character units that are usually the start of a word in running text ("3方面", "2点建议"). */
const WORD_STARTS: Record<string, RegExp> = {
  方: /^方[面案式法向针位]/,
  点: /^点[建意评]/,
  面: /^面/,
  道: /^道[路理]/,
  口: /^口[岸碑]/,
  度: /^度/,
  时: /^时[期间代效]/,
  分: /^分[类别析配解]/,
  车: /^车[辆道]/,
  片: /^片[区]/,
  门: /^门[类诊户]/,
  类: /^类[别型]/,
  m: /^m[a-z]/i,
  t: /^t[a-z]/i,
  h: /^h[a-z]/i,
  g: /^g[a-z]/i,
  L: /^L[a-z]/i,
};

const OP_OF: Record<string, Operator> = {
  以上: '>=',
  及以上: '>=',
  或以上: '>=',
  不低于: '>=',
  不少于: '>=',
  不小于: '>=',
  大于等于: '>=',
  大于或等于: '>=',
  至少: '>=',
  最少: '>=',
  超过: '>=',
  余: '>=',
  多: '>=',
  '≥': '>=',
  以内: '<=',
  之内: '<=',
  以下: '<=',
  及以下: '<=',
  或以下: '<=',
  不超过: '<=',
  不高于: '<=',
  不大于: '<=',
  不多于: '<=',
  小于等于: '<=',
  小于或等于: '<=',
  控制在: '<=',
  最多: '<=',
  至多: '<=',
  '≤': '<=',
  大于: '>',
  高于: '>',
  多于: '>',
  '>': '>',
  低于: '<',
  小于: '<',
  少于: '<',
  '<': '<',
  达到: '=',
  达: '=',
  约: '=',
  约为: '=',
  大约: '=',
  '=': '=',
};

function inSpans(spans: Array<[number, number]>, i: number): boolean {
  for (const [a, b] of spans) if (i >= a && i < b) return true;
  return false;
}

function isAsciiWordChar(c: string): boolean {
  return /[A-Za-z0-9_#.]/.test(c);
}

/** The figures promised in a goal text, in order of appearance. */
/** Memoised by text: results are shared, never mutate them. */
export const extractGoalFigures = memoString(function extractGoalFigures(goalText: string): GoalFigure[] {
  if (!goalText) return [];
  const s = foldText(goalText);
  const out: GoalFigure[] = [];
  const spans: Array<[number, number]> = [];
  DATE_SPAN.lastIndex = 0;
  for (let m = DATE_SPAN.exec(s); m; m = DATE_SPAN.exec(s)) {
    const y = YEAR_ONLY.exec(m[0]);
    if (y && m[0].trim().length === y[0].length) {
      // A bare "2030 年": a calendar year unless it is a duration ("2000 年以上" is not a thing; keep simple).
      const year = +y[1];
      if (year < 1900 || year > 2100) continue;
    }
    spans.push([m.index, m.index + m[0].length]);
  }

  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(s); m; m = NUMBER.exec(s)) {
    const start = m.index;
    let end = start + m[0].length;
    if (inSpans(spans, start)) continue;
    const prev = start > 0 ? s.charAt(start - 1) : '';
    if (prev && isAsciiWordChar(prev) && prev !== '.') continue;
    if (prev === '.' && start > 1 && /\d/.test(s.charAt(start - 2))) continue;
    if (prev === '第' || (start > 1 && /第\s$/.test(s.slice(start - 2, start)))) continue;
    const nextCh = s.charAt(end);
    if (nextCh === '#' || /[A-Za-z]/.test(nextCh) && !/^(?:km|m|t|h|kg|g|L|kW|kWh|MW|mm|cm|min)(?![A-Za-z])/.test(s.slice(end))) continue;
    // The lower bound of a range is read with its upper bound.
    if (/^\s*[-~至到]\s*\d/.test(s.slice(end, end + 4))) continue;
    const number = Number(m[0].replace(/,/g, ''));
    if (!Number.isFinite(number)) continue;

    let hint: string | null = null;
    let operator: Operator = '=';
    // 余 / 多 right after the number: "1200 余人".
    SPACES_AT.lastIndex = end;
    SPACES_AT.exec(s);
    let pos = SPACES_AT.lastIndex;
    const approx = s.charAt(pos);
    if (approx === '余' || (approx === '多' && longestUnitPrefix(s, pos + 1))) {
      hint = approx;
      operator = '>=';
      pos += 1;
      SPACES_AT.lastIndex = pos;
      SPACES_AT.exec(s);
      pos = SPACES_AT.lastIndex;
    }
    let unitText = longestUnitPrefix(s, pos);
    if (!unitText) continue;
    const guard = WORD_STARTS[unitText];
    if (guard && guard.test(s.slice(pos, pos + 3))) continue;
    // A calendar year that escaped the date spans ("2024年" glued to text).
    if (unitText === '年' && /^\d{4}$/.test(m[0]) && number >= 1900 && number <= 2100) continue;
    let unitEnd = pos + unitText.length;
    // Per units after a slash: "21.27万元/村", "17元/人/天".
    for (;;) {
      PER_AFTER.lastIndex = unitEnd;
      const sl = PER_AFTER.exec(s);
      if (!sl || sl[0].indexOf('/') < 0 && sl[0].indexOf('／') < 0) break;
      const per = longestUnitPrefix(s, PER_AFTER.lastIndex) ?? HAN_RUN_AT(s, PER_AFTER.lastIndex);
      if (!per) break;
      unitText += `/${per}`;
      unitEnd = PER_AFTER.lastIndex + per.length;
    }
    // "每月 20 元": a per unit written before the number.
    const before = s.slice(Math.max(0, start - 8), start);
    const perBefore = PER_BEFORE.exec(before);
    const unitDefn = unitDef(unitText.split('/')[0]);
    if (perBefore && unitDefn && unitDefn.kind === 'money' && unitText.indexOf('/') < 0) unitText += `/${perBefore[1]}`;
    const unit = parseUnit(unitText);
    if (!unit) continue;
    end = unitEnd;

    // The counted noun after a classifier: "8个镇街", "60 座环卫设施".
    let noun: string | null = null;
    if (CLASSIFIER_UNITS.has(unit.base) && unit.per.length === 0) {
      HAN_RUN.lastIndex = end;
      const run = HAN_RUN.exec(s);
      if (run) {
        const stop = run[0].search(NOUN_STOP);
        const word = stop < 0 ? run[0] : run[0].slice(0, stop);
        if (word && !/^(?:以上|以内|以下|余)/.test(word)) noun = word.slice(0, 6);
      }
    }
    // Suffix hint: "95%以上", "20 年以上", "1000 万元以内".
    SUFFIX_AT.lastIndex = end;
    const suf = SUFFIX_AT.exec(s);
    if (suf) {
      const op = OP_OF[suf[1]];
      if (op) {
        operator = op;
        hint = suf[1];
        end = SUFFIX_AT.lastIndex;
      }
    }
    // Prefix hint: "至少 60 座", "控制在 1000 万元", "达到100%".
    let figStart = start;
    let rangeLow: number | undefined;
    const lookback = s.slice(Math.max(0, start - 8), start);
    const rb = RANGE_BEFORE.exec(lookback);
    if (rb) {
      rangeLow = Number(rb[1]);
      figStart = start - rb[0].length;
    }
    const pb = PREFIX_BEFORE.exec(s.slice(Math.max(0, figStart - 8), figStart));
    if (pb) {
      const op = OP_OF[pb[1]];
      // A suffix or 余 already set the operator: a neutral prefix (达到, 约) does not undo it.
      if (hint === null) {
        operator = op;
        hint = pb[1];
      }
      figStart -= pb[0].length;
    }
    const fig: GoalFigure = {
      number,
      unit,
      operator,
      hint,
      noun,
      text: goalText.slice(figStart, end),
      start: figStart,
      end,
    };
    if (rangeLow !== undefined) fig.rangeLow = rangeLow;
    out.push(fig);
    NUMBER.lastIndex = end;
  }
  return out;
});

function HAN_RUN_AT(s: string, i: number): string | null {
  HAN_RUN.lastIndex = i;
  const m = HAN_RUN.exec(s);
  return m ? m[0].slice(0, 2) : null;
}
