/**
 * What goal/indicator-mismatch needs around the figures of a 年度总体绩效目标 (extracted by
 * extractGoalFigures in ../../value/goal.ts): the clause around a figure, how much of an indicator's
 * name it contains, the measure of a unit (万平方米 and 平方米 compare, 个 and 人 do not), and which
 * operator words contradict an indicator's operator.
 */
import { memoObject, memoString } from '../../memo';
import type { Operator, TargetValue, Unit } from '../../model';
import { compactKey, normalizeText } from '../../text';

/** A unit as a measure: figures in the same measure compare after × scale. */
export interface Measure {
  /** The kind and canonical unit, and the per units: "area:平方米", "count:人", "money:元/月". */
  key: string;
  /** × scale gives the canonical unit (万平方米 → 10000). */
  scale: number;
}

function perKey(per: readonly string[] | undefined): string {
  return (per ?? []).map((p) => normalizeText(p).replace(/^每/, '').replace(/^个(?=月)/, '').trim()).join('/');
}

/** Memoised per unit object (parsed values are shared). */
export const measureOf = memoObject(function measureOf(unit: Unit): Measure {
  const canonical = unit.canonical ?? unit.base ?? unit.text;
  const per = perKey(unit.per);
  return { key: `${unit.kind}:${canonical}${per ? `/${per}` : ''}`, scale: unit.scale ?? 1 };
});

const DELIMITERS = /[，,;；。！!？?\n]/;
const LOCAL_DELIMITERS = /[，,;；。！!？?\n、]/;

function bounds(text: string, start: number, end: number, re: RegExp): [number, number] {
  let a = Math.max(0, Math.min(start, text.length));
  while (a > 0 && !re.test(text[a - 1])) a--;
  let b = Math.max(a, Math.min(end, text.length));
  while (b < text.length && !re.test(text[b])) b++;
  return [a, b];
}

/**
 * The words around a figure that name what it counts: its part of the sentence between 、 and commas
 * ("软件3个"), or the whole clause when that part is only the figure ("工程实际完成率、及时率 100%").
 */
export function figureContext(goal: string, start: number, end: number): string {
  const [la, lb] = bounds(goal, start, end, LOCAL_DELIMITERS);
  const local = goal.slice(la, lb);
  if (compactKey(local.replace(/[\d.,%]+/g, '')).length >= 3) return local;
  const [ca, cb] = bounds(goal, start, end, DELIMITERS);
  return goal.slice(ca, cb);
}

const bigrams = memoString((s: string): string[] => {
  const k = compactKey(s).replace(/[\d.%]+/g, '');
  const out: string[] = [];
  for (let i = 0; i < k.length - 1; i++) out.push(k.slice(i, i + 2));
  return out;
});

const bigramSet = memoString((s: string): Set<string> => new Set(bigrams(s)));

/** How much of an indicator's name the context contains: the share of the name's bigrams found there, and their count. */
export function nameOverlap(context: string, name: string): { share: number; common: number } {
  const ctx = bigramSet(context);
  const grams = bigrams(name);
  if (grams.length === 0) return { share: 0, common: 0 };
  const common = grams.filter((g) => ctx.has(g)).length;
  return { share: common / grams.length, common };
}

/** An indicator value as a figure: number, measure, operator; null when it is no quantity with a unit. */
export function valueFigure(v: TargetValue | null | undefined): { number: number; unit: Unit; measure: Measure; operator: Operator; explicit: boolean } | null {
  if (!v || v.kind !== 'quantity' || !v.unit || !Number.isFinite(v.number) || Math.abs(v.number) >= 1e12) return null;
  return { number: v.number, unit: v.unit, measure: measureOf(v.unit), operator: v.operator, explicit: v.operatorExplicit };
}

/** The goal words that state a direction firmly enough to contradict an indicator ("20 年以上" against "=20年"). */
const FIRM_UP = new Set(['以上', '及以上', '或以上', '不低于', '不少于', '不小于']);
const FIRM_DOWN = new Set(['以下', '及以下', '或以下', '以内', '之内', '不超过', '不高于', '不大于', '不多于']);

/**
 * Do the goal's words and an indicator's explicit operator contradict? "以上/不低于" against "=", "≤", "<";
 * "以内/不超过" against "≥", ">". Softer words (至少, 余, 控制在, 达到) never do.
 */
export function operatorsConflict(hint: string | null, indicator: Operator): boolean {
  if (!hint) return false;
  if (FIRM_UP.has(hint)) return indicator === '=' || indicator === '<=' || indicator === '<';
  if (FIRM_DOWN.has(hint)) return indicator === '>=' || indicator === '>';
  return false;
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
