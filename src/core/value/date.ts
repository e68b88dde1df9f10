/**
 * Dates as 时效 (timeliness) values: 2023年12月31日, 2024年6月底, 2024年12月底前, 12月底前, 2024-06-30,
 * 2024/6/30, 2024.6.30, 2024年度, 2024年底前, 2024年第三季度, 上半年, 年底前, ranges such as
 * 2024年1月-12月 or 2024年1-12月 (read as their end, operator ≤).
 *
 * Decisions:
 * - 底 / 末 / 下旬 → the last day of the month (年底 → 12月31日); 初 / 上旬 → day 10; 中旬 → day 20;
 *   上半年 → 6月30日; 下半年 → 12月31日; 第N季度 → the quarter's last day.
 * - Operator: 前 / 之前 / 以前 / 内 / 以内 / 不晚于 / 不迟于 / 最迟 / 截至 / 截止 / ≤ → "<=";
 *   后 / 之后 / 以后 / 起 / 不早于 / ≥ → ">="; < and > as written; otherwise "=".
 * - "12月" alone (no year, no day, no 底/份/前/后) is NOT a date: it reads as a quantity of 12 months.
 *   "2024年" alone (a 4-digit year 1900–2100) IS a date (the year).
 * - A date may sit in a short phrase: "于2024年6月底前完成" (lead and tail without digits).
 * - An impossible date (2024年13月, 2023年2月30日) is reported as invalid (the parser calls it
 *   unparseable).
 */
import type { Operator } from '../model';

export interface ParsedDate {
  operator: Operator;
  year: number | null;
  month: number | null;
  day: number | null;
}

const DIGIT = /\d/;
const HAN_ONLY = /^\p{Script=Han}*$/u;

/** ISO-like: 2024-06-30, 2024/6/30, 2024.6.30 (optional 日). */
const ISO_YMD = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[日号]?/y;
/** 2024-06, 2024/6 (not 2024.6, which is a number). */
const ISO_YM = /(\d{4})[-/](\d{1,2})(?![\d.])/y;
/**
 * Chinese: [YYYY年[度]] then one of: M[-N]月[份][D日|底|末|初|上旬|中旬|下旬] | 底 | 末 | 初 | 内 |
 * 上半年 | 下半年 | [第]Q季度[末|底].
 */
const CN_DATE =
  /(?:(\d{4})年度?)?(?:(\d{1,2})(?:[-~至到](\d{1,2}))?月(份)?(?:(\d{1,2})[日号]|(底|末|初|上旬|中旬|下旬))?|(上半年|下半年|年底|年末|年初|年内|底|末|初|内)|第?([一二三四1-4])季度(?:末|底)?)?/y;
/** The part after the first date of a range: -, ~, 至, 到, then another date. */
const RANGE_SEP = /[-~至到]/y;

const LEAD_LE = /(?:≤|不晚于|不迟于|最迟|最晚|截至|截止|截止到|截止至|之前|前)$/;
const LEAD_GE = /(?:≥|不早于|自|从|起)$/;
const LEAD_LT = /<$/;
const LEAD_GT = />$/;
const LEAD_EQ = /(?:=|等于)$/;
const TAIL_LE = /^(?:前|之前|以前|内|以内|之内|为止)/;
const TAIL_GE = /^(?:后|之后|以后|起|开始)/;
const NO_YEAR_BARE_MONTH_OK = /^(?:前|之前|以前|后|之后|以后)/;
/** A lead that may precede a date: empty, operator symbols, or a short Chinese phrase. */
const LEAD_OK = /^(?:[≥≤<>=]|\p{Script=Han}){0,10}$/u;
const MAX_TAIL = 16;
/** Date words that need no digit: 上半年, 年底(前), 第三季度. */
const WORD_DATE = /上半年|下半年|年底|年末|第?[一二三四]季度/;
/** Before a date made only of words, only these leads (else "提高年底工作效率" would be a date). */
const WORD_LEAD_OK = /^(?:[≥≤<>=]|于|在|到|截至|截止|截止到|预计|计划|力争|争取|确保|不晚于|不迟于|最迟|最晚)?$/;
const WORD_TAIL_OK = /^(?:前|之前|以前|内|以内|之内)?(?:完成|完工|竣工|结束|办结|到位|全部完成|前完成|实施完毕)?$/;
/** "较2023年提高", "与2023年相比": a comparison with a year, not a date. */
const COMPARISON_LEAD = /(?:较|比|与|同|相比|对比|环比|同比)$/;
const COMPARISON_TAIL = /^(?:相比|同比|相较|比较|提高|提升|增长|增加|上升|下降|降低|减少|持平)/;
const TAIL_OP_WORD = /^(?:前|之前|以前|内|以内|之内|后|之后|以后|起|为止)/;

const CN_QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

export function daysInMonth(year: number | null, month: number): number {
  if (month === 2) {
    if (year === null) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

interface Core {
  year: number | null;
  month: number | null;
  day: number | null;
  end: number;
  /** The date carries a marker other than a bare month (a year, a day, 底, 份 …). */
  anchored: boolean;
  /** Came from a month range (1-12月) or was a range end. */
  range: boolean;
}

function validYear(y: number): boolean {
  return y >= 1900 && y <= 2100;
}

/** Reads one date at position i; null when there is none; 'invalid' for an impossible date. */
function readCore(s: string, i: number): Core | null | 'invalid' {
  ISO_YMD.lastIndex = i;
  let m = ISO_YMD.exec(s);
  if (m) {
    const y = +m[1];
    const mo = +m[2];
    const d = +m[3];
    if (!validYear(y) || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return 'invalid';
    return { year: y, month: mo, day: d, end: ISO_YMD.lastIndex, anchored: true, range: false };
  }
  ISO_YM.lastIndex = i;
  m = ISO_YM.exec(s);
  if (m && validYear(+m[1])) {
    const mo = +m[2];
    if (mo < 1 || mo > 12) return 'invalid';
    return { year: +m[1], month: mo, day: null, end: ISO_YM.lastIndex, anchored: true, range: false };
  }
  CN_DATE.lastIndex = i;
  m = CN_DATE.exec(s);
  if (!m || CN_DATE.lastIndex === i) return null;
  const end = CN_DATE.lastIndex;
  const [, ys, m1, m2, fen, ds, dayMark, yearMark, quarter] = m;
  const year = ys !== undefined ? +ys : null;
  if (year !== null && !validYear(year)) return null; // "20年" is a duration, not a date
  if (ys === undefined && m1 === undefined && yearMark === undefined && quarter === undefined) return null;
  // 底/末/初/内 without a year ("底") are not dates on their own.
  if (ys === undefined && yearMark !== undefined && yearMark.length === 1) return null;
  let month: number | null = null;
  let day: number | null = null;
  let range = false;
  if (m1 !== undefined) {
    month = +(m2 ?? m1);
    if (m2 !== undefined) {
      range = true;
      if (+m1 < 1 || +m1 > 12) return 'invalid';
    }
    if (month < 1 || month > 12) return 'invalid';
    if (ds !== undefined) {
      day = +ds;
      if (day < 1 || day > daysInMonth(year, month)) return 'invalid';
    } else if (dayMark !== undefined) {
      day = dayMark === '初' || dayMark === '上旬' ? 10 : dayMark === '中旬' ? 20 : daysInMonth(year, month);
    } else if (range) {
      day = daysInMonth(year, month);
    }
    const anchored = year !== null || ds !== undefined || dayMark !== undefined || fen !== undefined || range;
    return { year, month, day, end, anchored, range };
  }
  if (yearMark !== undefined) {
    switch (yearMark) {
      case '上半年':
        return { year, month: 6, day: 30, end, anchored: true, range: false };
      case '初':
      case '年初':
        return { year, month: 1, day: null, end, anchored: true, range: false };
      case '内':
      case '年内':
        return { year, month: null, day: null, end, anchored: true, range: true };
      default: // 下半年, 底, 末, 年底, 年末
        return { year, month: 12, day: 31, end, anchored: true, range: false };
    }
  }
  if (quarter !== undefined) {
    const q = CN_QUARTER[quarter];
    const mo = q * 3;
    return { year, month: mo, day: daysInMonth(year, mo), end, anchored: true, range: false };
  }
  // A year alone: 2024年, 2024年度.
  return { year, month: null, day: null, end, anchored: true, range: false };
}

/**
 * Parses a normalised value text (see normalize.ts) as a date. Returns null when the text is not a
 * date, 'invalid' when it is shaped like one but impossible (2024年13月).
 */
export function parseDate(s: string): ParsedDate | 'invalid' | null {
  // Where the date starts: the first digit, or a word form (上半年, 年底 …) when the text has no digit.
  let start = s.search(DIGIT);
  let words = false;
  if (start < 0) {
    const w = s.search(WORD_DATE);
    if (w < 0) return null;
    start = w;
    words = true;
  }
  const lead = s.slice(0, start);
  if (!LEAD_OK.test(lead) || COMPARISON_LEAD.test(lead)) return null;
  if (words && !WORD_LEAD_OK.test(lead)) return null;
  const first = readCore(s, start);
  if (first === null || first === 'invalid') return first;
  let core = first;
  let end = first.end;
  // A range: 2024年1月-12月, 2024年1月至2024年6月, 2024-01-01至2024-12-31.
  RANGE_SEP.lastIndex = end;
  if (RANGE_SEP.test(s)) {
    const second = readCore(s, RANGE_SEP.lastIndex);
    if (second === 'invalid') return 'invalid';
    if (second && (second.month !== null || second.year !== null)) {
      core = {
        year: second.year ?? first.year,
        month: second.month,
        day: second.day ?? (second.month !== null ? daysInMonth(second.year ?? first.year, second.month) : null),
        end: second.end,
        anchored: true,
        range: true,
      };
      if (core.day !== null && core.month !== null && core.day > daysInMonth(core.year, core.month)) return 'invalid';
      end = second.end;
    }
  }
  const tail = s.slice(end);
  if (tail.length > MAX_TAIL || DIGIT.test(tail) || !HAN_ONLY.test(tail)) return null;
  if (COMPARISON_TAIL.test(tail.replace(TAIL_OP_WORD, ''))) return null;
  if (words && !WORD_TAIL_OK.test(tail)) return null;
  if (!core.anchored && !NO_YEAR_BARE_MONTH_OK.test(tail)) return null; // "12月" = 12 months
  let operator: Operator = '=';
  if (LEAD_LE.test(lead)) operator = '<=';
  else if (LEAD_GE.test(lead)) operator = '>=';
  else if (LEAD_LT.test(lead)) operator = '<';
  else if (LEAD_GT.test(lead)) operator = '>';
  else if (LEAD_EQ.test(lead)) operator = '=';
  else if (TAIL_LE.test(tail)) operator = '<=';
  else if (TAIL_GE.test(tail)) operator = '>=';
  else if (core.range) operator = '<=';
  return { operator, year: core.year, month: core.month, day: core.day };
}
