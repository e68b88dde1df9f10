/**
 * The figures a 年度总体绩效目标 promises ("15826 米", "20 年以上", "95%以上", "1200 余人", "至少 60 座环卫设施",
 * "94个村"), with the text around each, and the comparison of a figure with an indicator's value in one
 * measure (万平方米 and 平方米, 万元 and 元 …). Used by goal/indicator-mismatch.
 */
import type { Operator, TargetValue } from '../../model';
import { compactKey, normalizeText } from '../../text';

/** A unit as a measure: figures in the same measure are comparable after × scale. */
export interface Measure {
  /** What is measured: "money", "area", "length", "weight", "percent", or the unit itself (人, 个, 年, 月 …). */
  dim: string;
  /** × scale gives the measure's base (万元 for money, 平方米 for area, 米 for length, 吨 for weight). */
  scale: number;
}

const MEASURES: Record<string, Measure> = {
  元: { dim: 'money', scale: 0.0001 },
  千元: { dim: 'money', scale: 0.1 },
  万元: { dim: 'money', scale: 1 },
  亿元: { dim: 'money', scale: 10000 },
  平方米: { dim: 'area', scale: 1 },
  m2: { dim: 'area', scale: 1 },
  '㎡': { dim: 'area', scale: 1 },
  万平方米: { dim: 'area', scale: 10000 },
  平方公里: { dim: 'area', scale: 1e6 },
  公顷: { dim: 'area', scale: 10000 },
  米: { dim: 'length', scale: 1 },
  公里: { dim: 'length', scale: 1000 },
  千米: { dim: 'length', scale: 1000 },
  万米: { dim: 'length', scale: 10000 },
  吨: { dim: 'weight', scale: 1 },
  万吨: { dim: 'weight', scale: 10000 },
  公斤: { dim: 'weight', scale: 0.001 },
  千克: { dim: 'weight', scale: 0.001 },
  '%': { dim: 'percent', scale: 1 },
  个月: { dim: '月', scale: 1 },
  月: { dim: '月', scale: 1 },
  小时: { dim: '小时', scale: 1 },
  h: { dim: '小时', scale: 1 },
  天: { dim: '天', scale: 1 },
  日: { dim: '天', scale: 1 },
  万人: { dim: '人', scale: 10000 },
  万人次: { dim: '人次', scale: 10000 },
  万户: { dim: '户', scale: 10000 },
};

/** Counters that take a noun after them: "94个村", "60 座环卫设施". */
const CLASSIFIERS = ['个', '座', '名', '家', '所', '处', '项', '台', '套', '辆', '件', '条', '只', '批', '场', '次', '期', '间', '张', '份'];
const OTHER_UNITS = ['人次', '人', '户', '村', '年', '亩', '册', '篇', '株', '棵', '盏', '眼', '口', '宗', '例', '所', '床', '头'];

/** Every unit a goal figure may carry, longest first (so 万平方米 wins over 平方米, 个月 over 个). */
const UNIT_LIST = [...new Set([...Object.keys(MEASURES), ...CLASSIFIERS, ...OTHER_UNITS])].sort((a, b) => b.length - a.length);

export function measureOf(unitText: string): Measure {
  const u = normalizeText(unitText).replace(/\s+/g, '');
  return MEASURES[u] ?? { dim: u, scale: 1 };
}

export interface GoalFigure {
  /** The figure as written, with its operator words ("20 年以上", "至少 60 座"). */
  text: string;
  number: number;
  unit: string;
  /** "以上" / "不低于" / "至少" → ">=", "余" / "超过" → ">", "以内" / "不超过" / "控制在" → "<=" …; null: none written. */
  operator: Operator | null;
  /** The thing counted after a classifier: "94个村" → 村; '' when none. */
  noun: string;
  /** The text of the clause around the figure, for finding the indicator it describes. */
  context: string;
  /** Position in the goal text. */
  index: number;
}

const PREFIX_OPS: Array<[string, Operator]> = [
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['至少', '>='],
  ['最少', '>='],
  ['>=', '>='],
  ['≥', '>='],
  ['不超过', '<='],
  ['不高于', '<='],
  ['不大于', '<='],
  ['控制在', '<='],
  ['最多', '<='],
  ['<=', '<='],
  ['≤', '<='],
  ['超过', '>'],
  ['大于', '>'],
  ['多于', '>'],
  ['高于', '>'],
  ['>', '>'],
  ['少于', '<'],
  ['小于', '<'],
  ['低于', '<'],
  ['<', '<'],
];

const SUFFIX_OPS: Array<[string, Operator]> = [
  ['及以上', '>='],
  ['以上', '>='],
  ['以内', '<='],
  ['以下', '<='],
  ['及以下', '<='],
];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const FIGURE_RE = new RegExp(
  `(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*(余)?\\s*(${UNIT_LIST.map(escapeRe).join('|')})`,
  'g',
);

const DELIMITERS = /[，,;；。！!？?\n]/;
const LOCAL_DELIMITERS = /[，,;；。！!？?\n、]/;
/** Characters that end a noun after a classifier: function words and verbs that follow a count. */
const NOUN_STOP = /[的和及与以等进为在对并或、，,。；;：:\s\d（(]/;

function clauseBounds(text: string, start: number, end: number, re: RegExp): [number, number] {
  let a = start;
  while (a > 0 && !re.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !re.test(text[b])) b++;
  return [a, b];
}

/** The numeric figures with a unit in a goal text; years (2024 年) and dates (1 月 1 日) are left out. */
export function extractGoalFigures(goal: string): GoalFigure[] {
  const text = normalizeText(goal ?? '');
  const out: GoalFigure[] = [];
  FIGURE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIGURE_RE.exec(text))) {
    const start = m.index;
    let end = start + m[0].length;
    const numText = m[1];
    const unit = m[3];
    const before = text[start - 1] ?? '';
    // Part of a code, a version or a building number ("11#", "A3", "1.2.3").
    if (/[A-Za-z0-9.#_]/.test(before)) continue;
    const after = text.slice(end);
    const number = Number(numText.replace(/,/g, ''));
    if (!Number.isFinite(number)) continue;
    // Dates: "2024 年", "2015 年 1 月 1 日", "12 月底", "3 日".
    if (unit === '年' && /^\d{4}$/.test(numText) && number >= 1900 && number <= 2100) continue;
    if (unit === '月' && /^\s*(\d{1,2}\s*[日号]|底|末|初|份|中旬|上旬|下旬|前)/.test(after)) continue;
    if ((unit === '日' || unit === '天') && /月\s*$/.test(text.slice(0, start))) continue;
    if (unit === 'h' && /^[A-Za-z]/.test(after)) continue;
    if (unit === '个' && /^\s*月/.test(after)) continue;
    let operator: Operator | null = m[2] ? '>' : null;
    // Suffix: "以上", "以内" …
    for (const [w, op] of SUFFIX_OPS) {
      if (after.startsWith(w)) {
        operator = op;
        end += w.length;
        break;
      }
    }
    if (!operator && after.startsWith('余')) {
      operator = '>';
      end += 1;
    }
    // Prefix: "不低于", "至少", "≥" … (directly before the number, spaces allowed).
    const head = text.slice(0, start).replace(/\s+$/, '');
    let textStart = start;
    for (const [w, op] of PREFIX_OPS) {
      if (head.endsWith(w)) {
        if (!operator) operator = op;
        textStart = head.length - w.length;
        break;
      }
    }
    let noun = '';
    if (CLASSIFIERS.includes(unit)) {
      const rest = text.slice(start + m[0].length);
      let i = 0;
      while (i < rest.length && i < 4 && /[\u4e00-\u9fff]/.test(rest[i]) && !NOUN_STOP.test(rest[i])) i++;
      noun = rest.slice(0, i);
    }
    const [ca, cb] = clauseBounds(text, start, end, LOCAL_DELIMITERS);
    const [wa, wb] = clauseBounds(text, start, end, DELIMITERS);
    const local = text.slice(ca, cb);
    // A short local context ("软件3个") keeps to itself; a bare figure ("100%") borrows its clause.
    const context = compactKey(local.replace(/[\d.,%]+/g, '')).length >= 2 ? local : text.slice(wa, wb);
    out.push({ text: text.slice(textStart, end).trim(), number, unit, operator, noun, context, index: start });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------

/** Bigrams of a compact key. */
function bigrams(s: string): string[] {
  const k = compactKey(s).replace(/[\d.%]+/g, '');
  const out: string[] = [];
  for (let i = 0; i < k.length - 1; i++) out.push(k.slice(i, i + 2));
  return out;
}

/** How much of an indicator's name the context contains: the share of the name's bigrams found there, and their count. */
export function nameOverlap(context: string, name: string): { share: number; common: number } {
  const ctx = new Set(bigrams(context));
  const grams = bigrams(name);
  if (grams.length === 0) return { share: 0, common: 0 };
  const common = grams.filter((g) => ctx.has(g)).length;
  return { share: common / grams.length, common };
}

/** An indicator value as a figure in a measure; null when it is no quantity with a plain unit. */
export function valueMeasure(v: TargetValue | null | undefined): { number: number; measure: Measure; operator: Operator; explicit: boolean; per: boolean } | null {
  if (!v || v.kind !== 'quantity' || !v.unit || !Number.isFinite(v.number)) return null;
  const per = (v.unit.per ?? []).length > 0;
  return { number: v.number, measure: measureOf(v.unit.base ?? v.unit.text), operator: v.operator, explicit: v.operatorExplicit, per };
}

/** Do an operator written in the goal and an indicator's explicit operator contradict ("以上" against "=")? */
export function operatorsConflict(goal: Operator | null, indicator: Operator): boolean {
  if (!goal || goal === '=') return false;
  const up = goal === '>=' || goal === '>';
  if (up) return indicator === '=' || indicator === '<=' || indicator === '<';
  return indicator === '>=' || indicator === '>' || indicator === '=';
}

/** An operator as shown in a message: ≥ ≤ = > <. */
export function operatorSign(op: Operator | null): string {
  switch (op) {
    case '>=':
      return '≥';
    case '<=':
      return '≤';
    case null:
      return '';
    default:
      return op;
  }
}
