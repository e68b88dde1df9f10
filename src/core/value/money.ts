/**
 * Money: amounts in 元 / 千元 / 万元 / 亿元 (also 百元, 十万元, 百万元, 千万元), always compared in 万元.
 */
import type { CellValue } from '../grid';
import type { MoneyUnit, Operator, TargetValue, Unit } from '../model';
import { normalizeText } from '../text';
import { normalizeValueText } from './normalize';
import { chineseWholeNumber } from './numerals';

const WAN_PER_UNIT: Record<string, number> = {
  元: 0.0001,
  元人民币: 0.0001,
  人民币元: 0.0001,
  百元: 0.01,
  千元: 0.1,
  万元: 1,
  万元人民币: 1,
  十万元: 10,
  百万元: 100,
  千万元: 1000,
  亿元: 10000,
  // In an amount cell a bare 万 / 亿 means 万元 / 亿元 ("1000万").
  万: 1,
  亿: 10000,
};

const UNIT_SPACES = /[\s\u200b]+/g;

/**
 * How many 万元 one of this unit is: 元 → 0.0001, 千元 → 0.1, 万元 → 1, 亿元 → 10000 (also 百元, 十万元,
 * 百万元, 千万元, and 万 / 亿 alone); null if not money. Full-width and spaces are tolerated.
 */
export function wanPerUnit(unit: string): number | null {
  const u = WAN_PER_UNIT[unit];
  if (u !== undefined) return u;
  const t = normalizeText(unit).replace(UNIT_SPACES, '').replace(/^[(（](.*)[)）]$/, '$1');
  return WAN_PER_UNIT[t] ?? null;
}

const AMOUNT = /^([+-]?)(?:[¥￥]|RMB|CNY)?(\d+(?:\.\d+)?|\.\d+)(元人民币|人民币元|元|百元|千元|万元|十万元|百万元|千万元|亿元|万|亿)?$/i;
const CURRENCY_PREFIX = /^(?:人民币|RMB|CNY|[¥￥])/i;
/** An amount in Chinese numerals and its unit (元, or 万/亿 as "1000万" has them; a numeral alone is no amount). */
const CHINESE_AMOUNT = /^([零〇一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億]+)(亿元|万元|千元|元|圆|万|亿)$/;

/**
 * Reads an amount from a funds or summary cell: a number, or text such as "1,000.00", "１０００",
 * "1 000", "1000万元", "¥1,000.00", "1.2亿". Returns the amount converted to 万元, reading it in `unit`
 * unless the text writes its own money unit (which wins). null when the cell is empty, an error, a
 * boolean, or holds no amount (including "-" and "—": whether a dash means zero is the caller's call).
 */
export function parseAmount(v: CellValue, unit: MoneyUnit = '万元'): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? round(v * (wanPerUnit(unit) ?? 1)) : null;
  if (typeof v !== 'string') return null;
  let t = normalizeValueText(v);
  if (!t) return null;
  t = t.replace(CURRENCY_PREFIX, '').replace(/[整正]$/, '');
  const m = AMOUNT.exec(t);
  if (!m) {
    // A note in brackets after the amount: "100万元（含中央资金50万元）", "100万元(大写:壹佰万元整)".
    const noted = /^(.*[^\s(])\s*\([^()]*\)$/.exec(t);
    if (noted) return parseAmount(noted[1], unit);
    // Written in Chinese numerals, as finance writes amounts: "壹佰万元", "一千二百万元".
    const cn = CHINESE_AMOUNT.exec(t);
    const n = cn ? chineseWholeNumber(cn[1]) : null;
    return n === null || !cn ? null : round(n * (wanPerUnit(cn[2] === '圆' ? '元' : cn[2]) ?? 1));
  }
  const n = Number(m[1] + m[2]);
  if (!Number.isFinite(n)) return null;
  const f = wanPerUnit(m[3] ?? unit) ?? 1;
  return round(n * f);
}

/** Removes binary noise from a conversion (12345 × 0.0001 → 1.2345, not 1.2345000000000002). */
function round(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(12));
}

/** The money unit named in a label or header: "项目资金（万元）" → 万元, "金额(元)" → 元; null if none. */
export function findMoneyUnit(label: string): MoneyUnit | null {
  const t = normalizeText(label).replace(UNIT_SPACES, '');
  const m = /(亿元|万元|千元|元)/.exec(t);
  return m ? (m[1] as MoneyUnit) : null;
}

/** 万元 per one of a money unit (a parsed Unit's base); null when the unit is not money. */
export function unitWan(unit: Unit | null): number | null {
  if (!unit || unit.kind !== 'money') return null;
  return wanPerUnit(unit.base);
}

/**
 * A quantity whose unit is money with no "per" (≤1000 万元, ≤228.5万元, 500000 元) → its amount in 万元;
 * null for anything else (percent, per-unit money such as 21.27万元/村, qualitative, placeholders …).
 */
export function quantityInWan(value: TargetValue | null | undefined): number | null {
  if (!value || value.kind !== 'quantity' || !value.unit || value.unit.per.length > 0) return null;
  const f = unitWan(value.unit);
  return f === null ? null : round(value.number * f);
}

export interface PerUnitMoney {
  /** The amount in 万元 for one of each listed unit (21.27万元/村 → 21.27; 647 元/月 → 0.0647). */
  amountWan: number;
  /** The denominators without 每: 万元/年/人 → [年, 人]; 17元/人.每天 → [人, 天]. */
  per: string[];
  /** The unit as parsed. */
  unit: Unit;
  operator: Operator;
}

/**
 * A money quantity with "per" units (≤21.27万元/村, =2010 元/月, ≤0.12 万元/年/人, 17元/人.每天) → the
 * amount in 万元 per the listed units; null for anything else (plain money, counts, …).
 */
export function perUnitMoney(value: TargetValue | null | undefined): PerUnitMoney | null {
  if (!value || value.kind !== 'quantity' || !value.unit || value.unit.per.length === 0) return null;
  const f = unitWan(value.unit);
  if (f === null) return null;
  return { amountWan: round(value.number * f), per: value.unit.per.slice(), unit: value.unit, operator: value.operator };
}

/** Converts an amount between money units: convertMoney(1, '亿元', '万元') → 10000. null if not money. */
export function convertMoney(n: number, from: string, to: string): number | null {
  const a = wanPerUnit(from);
  const b = wanPerUnit(to);
  if (a === null || b === null) return null;
  return round((n * a) / b);
}
