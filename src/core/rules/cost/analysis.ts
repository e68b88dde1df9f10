/**
 * What the cost/* rules share: a table's cost indicators sorted into the total cost (项目总成本), the
 * itemised costs (分项成本: money, not per unit) and the unit costs (单位成本: money per something, or a
 * name such as …标准 / 人均 …), and the arithmetic a reviewer does with a unit cost (× its quantity ×
 * its periods). Pure functions over the model; nothing here throws on nulls.
 */
import { memoObject } from '../../memo';
import type { Indicator, TargetTable, TargetValue, Unit } from '../../model';
import { isCostIndicator } from '../../framework';
import { compactKey, formatAmount, formatNumber, normalizeText, similarity } from '../../text';
import { wanPerUnit } from '../../value/money';

export interface MoneyCost {
  indicator: Indicator;
  name: string;
  /** The amount in 万元. */
  amount: number;
}

export interface UnitCost {
  indicator: Indicator;
  name: string;
  /** The figure as written (647 for "≤647 元/月"). */
  number: number;
  /** The unit as written ("元/月"); '' when the unit came from the name only. */
  unitText: string;
  /** 万元 per one of the unit's base (0.0001 for 元). */
  wanFactor: number;
  /** The time periods of the standard: 月, 年, 天, 季度 (from "元/月", or "每月" in the name). */
  periods: string[];
  /** The counted things of the standard: 人, 村, 户, 平方米 … (from "万元/村" or "人均" in the name). */
  counts: string[];
  /** true when no count was written and 人 is assumed (a pay standard "元/月" in a table about people). */
  countsInferred: boolean;
}

export interface CostAnalysis {
  /** Every cost indicator, in table order. */
  costIndicators: Indicator[];
  /** The total-cost indicator (see pickTotal when several lines are named so) and its amount in 万元 (null: not a money amount). */
  total: { indicator: Indicator; name: string; amount: number | null } | null;
  items: MoneyCost[];
  unitCosts: UnitCost[];
}

/** Names of a total-cost indicator: 项目总成本, 总成本, …总成本(县级), 成本合计, 总成本合计 … */
const TOTAL_NAME = /总成本|成本合计|成本总计|合计成本|成本总额|总费用|费用合计|总投入|总投资|投入总额|投资总额|^(项目)?预算成本$|^成本预算$|^项目成本$|^成本$/;
/** Names of a unit cost even when its value has no "/": …标准, 单位成本, 人均, 单价, 每人 … */
const UNIT_NAME = /标准$|单位成本|单价|人均|户均|村均|每人|每户|每村|每月|每年|每平方米|每公里|每亩/;
/** Names of a pay standard that is paid per person even when the unit says only 元/月 or 万元/年. */
const PEOPLE_PAY = /标准|人均|每人|补贴|补助|工资|津贴|薪|社保|保险|救助|生活费|报酬|抚恤|慰问/;

const TIME_UNITS = new Set(['月', '年', '天', '日', '季度', '季', '周']);

export function indicatorName(ind: Indicator): string {
  return ind.name?.text ?? '';
}

/** The tokens after "/" of a unit, cleaned: "元/人.每天" → [人, 天]; "元/月/人" → [月, 人]. */
export function perTokens(unit: Unit): string[] {
  const out: string[] = [];
  for (const p of unit.per ?? []) {
    for (const part of normalizeText(p).split(/[.·、*×\s]+/)) {
      const t = part.replace(/^每/, '').replace(/^个(?=月)/, '').trim();
      if (t) out.push(t);
    }
  }
  return out;
}

/** 万元 per one of a money unit's base ("万元" → 1, "元" → 0.0001); null when not money. */
export function moneyFactor(unit: Unit | null | undefined): number | null {
  if (!unit) return null;
  const base = normalizeText(unit.base ?? '').replace(/\s+/g, '').replace(/^人民币/, '');
  return wanPerUnit(base);
}

/** Figures beyond this (万元, or a count) are no amounts a table states: typos, overflow. */
export const MAX_FIGURE = 1e12;

function plausible(n: number): boolean {
  return Number.isFinite(n) && Math.abs(n) < MAX_FIGURE;
}

/** A money amount not per anything, in 万元; null when the value is not one. */
export function moneyAmount(v: TargetValue | null | undefined): number | null {
  if (!v || v.kind !== 'quantity' || !plausible(v.number)) return null;
  const f = moneyFactor(v.unit);
  if (f === null || !v.unit) return null;
  if (perTokens(v.unit).length > 0) return null;
  return v.number * f;
}

export function isTotalCostName(name: string): boolean {
  // A bracketed hint ("项目总投入(≥**万元)") is the template's, not part of the name.
  const k = compactKey(name.replace(/[(（][^()（）]*[)）]/g, ''));
  return k.length > 0 && TOTAL_NAME.test(k) && !UNIT_NAME.test(k);
}

function dimsFromName(name: string): { periods: string[]; counts: string[] } {
  const k = compactKey(name);
  const periods: string[] = [];
  const counts: string[] = [];
  if (/每月|月均/.test(k)) periods.push('月');
  if (/每年|年均/.test(k)) periods.push('年');
  if (/人均|每人/.test(k)) counts.push('人');
  if (/户均|每户/.test(k)) counts.push('户');
  if (/村均|每村/.test(k)) counts.push('村');
  if (/每平方米/.test(k)) counts.push('平方米');
  if (/每公里/.test(k)) counts.push('公里');
  if (/每亩/.test(k)) counts.push('亩');
  return { periods, counts };
}

function toUnitCost(ind: Indicator): UnitCost | null {
  const v = ind.value?.parsed;
  if (!v || v.kind !== 'quantity' || !plausible(v.number)) return null;
  const f = moneyFactor(v.unit);
  if (f === null || !v.unit) return null;
  const name = indicatorName(ind);
  const tokens = perTokens(v.unit);
  const fromName = dimsFromName(name);
  if (tokens.length === 0 && !UNIT_NAME.test(compactKey(name))) return null;
  let periods = tokens.filter((t) => TIME_UNITS.has(t));
  let counts = tokens.filter((t) => !TIME_UNITS.has(t));
  if (tokens.length === 0) {
    periods = fromName.periods;
    counts = fromName.counts;
  } else {
    // "人均标准 ≤647 元/月": the name says per person where the unit says only per month.
    for (const c of fromName.counts) if (!counts.includes(c)) counts.push(c);
  }
  let countsInferred = false;
  if (counts.length === 0 && periods.length > 0 && PEOPLE_PAY.test(compactKey(name))) {
    counts = ['人'];
    countsInferred = true;
  }
  return { indicator: ind, name, number: v.number, unitText: v.unit.text ?? '', wanFactor: f, periods, counts, countsInferred };
}

function isCostRow(ind: Indicator): boolean {
  return isCostIndicator(ind.level1?.canonical ?? null, ind.level2?.canonical ?? null);
}

/**
 * The cost indicators: under 成本指标 (or the classic 成本 二级), plus a money row with no 二级 right
 * after them (a PDF paste can drop the next 一级 label one row early, onto the last cost item).
 */
export function costRows(table: TargetTable): Indicator[] {
  const out: Indicator[] = [];
  let previousWasCost = false;
  for (const ind of table.indicators ?? []) {
    const continuation: boolean =
      previousWasCost && !ind.level2?.canonical && (moneyAmount(ind.value?.parsed) !== null || toUnitCost(ind) !== null);
    previousWasCost = isCostRow(ind) || continuation;
    if (previousWasCost) out.push(ind);
  }
  return out;
}

function isTotalCandidate(ind: Indicator): boolean {
  const parsed = ind.value?.parsed;
  const unit = parsed && parsed.kind === 'quantity' ? parsed.unit : null;
  return isTotalCostName(indicatorName(ind)) && !(unit && perTokens(unit).length > 0);
}

/** Two amounts in 万元 that a reviewer reads as the same (rounding to the cent of a 万元). */
const SAME_AMOUNT = 0.005;

/**
 * Which of several total-named cost lines is the total. Names alone do not tell: "出差总成本 1 万元",
 * "劳务人员总成本 2 万元" and "年度预算总成本 3 万元" are all "…总成本", and only the last is the project's.
 * The total is the line that the other money lines add up to; failing that, the one named as the project's
 * (项目总成本, 成本合计); failing that, the largest, since no part exceeds the whole (the first of equals).
 */
function pickTotal(costIndicators: Indicator[]): Indicator | null {
  const candidates = costIndicators.filter(isTotalCandidate);
  if (candidates.length <= 1) return candidates[0] ?? null;
  const amounts = new Map(candidates.map((c) => [c, moneyAmount(c.value?.parsed)] as const));
  if ([...amounts.values()].some((a) => a === null)) return candidates[0];
  const money = costIndicators
    .filter((ind) => toUnitCost(ind) === null)
    .map((ind) => [ind, moneyAmount(ind.value?.parsed)] as const)
    .filter((e): e is readonly [Indicator, number] => e[1] !== null);
  const all = money.reduce((s, [, a]) => s + a, 0);
  const sums = candidates.filter((c) => Math.abs(all - amounts.get(c)! - amounts.get(c)!) <= SAME_AMOUNT);
  if (sums.length === 1) return sums[0];
  // The project's own total by name ("项目总成本", "总成本", "成本合计"), where exactly one line is so named.
  const projectTotal = candidates.filter((c) => PROJECT_TOTAL.test(compactKey(indicatorName(c))));
  if (projectTotal.length === 1) return projectTotal[0];
  return candidates.reduce((best, c) => (amounts.get(c)! > amounts.get(best)! + SAME_AMOUNT ? c : best));
}

/** The project's total cost by its name alone, not a part's ("设备总成本") nor a programme's ("项目总投资"). */
const PROJECT_TOTAL = /^(项目)?(总成本|成本合计|成本总计|成本总额|总成本合计)$/;

/** An item's part, named as one: "其中：机械费", "含设备购置", "工程费用中：土建". */
const SUB_ITEM = /^(其中|含|包括|包含)[:：]?|.中[:：]/;

/** Sorts a table's cost indicators into total, items and unit costs. */
/** Memoised per table: every cost rule asks for it. */
export const analyzeCosts = memoObject(function analyzeCosts(table: TargetTable): CostAnalysis {
  const costIndicators = costRows(table);
  const totalIndicator = pickTotal(costIndicators);
  let total: CostAnalysis['total'] = null;
  const items: MoneyCost[] = [];
  const unitCosts: UnitCost[] = [];
  for (const ind of costIndicators) {
    const name = indicatorName(ind);
    const parsed = ind.value?.parsed;
    if (ind === totalIndicator) {
      total = { indicator: ind, name, amount: moneyAmount(parsed) };
      continue;
    }
    const uc = toUnitCost(ind);
    if (uc) {
      unitCosts.push(uc);
      continue;
    }
    const amount = moneyAmount(parsed);
    // A part of another item ("其中：机械费", "工程费用中：土建"): counted in that item already.
    if (amount !== null && !SUB_ITEM.test(normalizeText(ind.name?.text ?? '').replace(/\s+/g, ''))) items.push({ indicator: ind, name, amount });
  }
  return { costIndicators, total, items, unitCosts };
});

/** The cell to point at for "no total cost": the cost 一级 (or classic 二级) label, else the indicator header. */
export function costAnchor(table: TargetTable, a: CostAnalysis) {
  const first = a.costIndicators[0];
  if (first) {
    if (first.level1?.canonical === '成本指标') return first.level1.cell;
    if (first.level2) return first.level2.cell;
    if (first.name) return first.name.cell;
    return first.value.cell;
  }
  const any = (table.indicators ?? [])[0];
  if (table.indicatorHeaderRow !== null && table.indicatorHeaderRow !== undefined) {
    const col = any?.level1?.cell.col ?? any?.name?.cell.col ?? table.anchor.col;
    return { row: table.indicatorHeaderRow, col };
  }
  return any?.level1?.cell ?? table.anchor;
}

// ---------------------------------------------------------------------------------------------------
// Unit cost × quantity

/** A quantity's unit read as a thing counted, with its factor: 万人 → 人 × 10000, 公里 → 米 × 1000. */
function countUnit(base: string): { dim: string; factor: number } {
  let b = normalizeText(base).replace(/\s+/g, '');
  if (b === '个月') return { dim: '月', factor: 1 };
  let factor = 1;
  if (b.length > 1 && b.startsWith('万') && b !== '万元') {
    factor = 10000;
    b = b.slice(1);
  }
  if (b === '公里' || b === '千米') return { dim: '米', factor: factor * 1000 };
  return { dim: b, factor };
}

const GENERIC_COUNTERS = new Set(['个', '名', '位', '处', '家', '所']);
const PERSON_UNITS = new Set(['人', '名', '人次', '位']);

export interface Quantity {
  indicator: Indicator;
  name: string;
  number: number;
  unitText: string;
  dim: string;
  factor: number;
  /** What the unit counts when it says so ("94个村" → 村); '' otherwise. */
  noun: string;
}

function isQuantityIndicator(ind: Indicator): boolean {
  const l2 = ind.level2?.canonical ?? null;
  if (l2 === '数量指标') return true;
  return l2 === null && ind.level1?.canonical === '产出指标';
}

/** The 数量指标 with a count, length or area unit (not money, not %). */
/** Memoised per table: every cost rule asks for it. */
export const quantities = memoObject(function quantities(table: TargetTable): Quantity[] {
  const out: Quantity[] = [];
  for (const ind of table.indicators ?? []) {
    if (isCostIndicator(ind.level1?.canonical ?? null, ind.level2?.canonical ?? null)) continue;
    if (!isQuantityIndicator(ind)) continue;
    const v = ind.value?.parsed;
    if (!v || v.kind !== 'quantity' || !v.unit || !plausible(v.number)) continue;
    if (v.unit.kind === 'money' || v.unit.kind === 'percent' || moneyFactor(v.unit) !== null) continue;
    if ((v.unit.per ?? []).length > 0) continue;
    const { dim, factor } = countUnit(v.unit.base ?? v.unit.text ?? '');
    if (!dim || dim === '%') continue;
    // The parser may give the counted thing as unit.noun ("94个村" → 个, 村), or leave it in the base ("个村").
    const given = (v.unit as { noun?: unknown }).noun;
    let noun = typeof given === 'string' ? given : '';
    if (!noun && dim.length > 1 && GENERIC_COUNTERS.has(dim[0])) noun = dim.slice(1);
    out.push({ indicator: ind, name: indicatorName(ind), number: v.number, unitText: v.unit.text ?? dim, dim, factor, noun });
  }
  return out;
});

/** Does this quantity count the thing `dim`: same unit, or a generic counter whose name says it (村个数 … 个). */
function counts(q: Quantity, dim: string): boolean {
  if (q.dim === '月' || TIME_UNITS.has(q.dim)) return false;
  if (q.dim === dim) return true;
  if (dim === '人' && PERSON_UNITS.has(q.dim)) return true;
  if (q.noun && (q.noun === dim || q.noun.endsWith(dim))) return true;
  if (GENERIC_COUNTERS.has(q.dim) && compactKey(q.name).includes(dim)) return true;
  return false;
}

/** The stated number of months (…覆盖月数 12 个月), when the table has one. */
function statedMonths(table: TargetTable): { number: number; indicator: Indicator } | null {
  for (const ind of table.indicators ?? []) {
    const v = ind.value?.parsed;
    if (!v || v.kind !== 'quantity' || !v.unit || !(v.number > 0)) continue;
    const base = normalizeText(v.unit.base ?? '').replace(/\s+/g, '');
    if (base !== '月' && base !== '个月') continue;
    const k = compactKey(indicatorName(ind));
    if (/月数|覆盖月|发放月|补贴月|补助月/.test(k)) return { number: v.number, indicator: ind };
  }
  return null;
}

function statedDays(table: TargetTable): number | null {
  for (const ind of table.indicators ?? []) {
    const v = ind.value?.parsed;
    if (!v || v.kind !== 'quantity' || !v.unit || !(v.number > 0)) continue;
    const base = normalizeText(v.unit.base ?? '').replace(/\s+/g, '');
    if (base !== '天' && base !== '日') continue;
    if (/天数|日数/.test(compactKey(indicatorName(ind)))) return v.number;
  }
  return null;
}

export interface UnitCostProduct {
  unitCost: UnitCost;
  /** The factors after the standard: "12 个月", "1,200 人". */
  factors: Array<{ text: string; value: number }>;
  quantities: Quantity[];
  /** The product in 万元. */
  amount: number;
  /** How much the product may be off just because the standard is rounded (half its last digit × the factors), 万元. */
  roundingSlack: number;
}

function fmtCount(n: number): string {
  return Number.isInteger(n) ? formatAmount(n, 0) : formatNumber(n);
}

function halfUlp(n: number): number {
  const s = formatNumber(n);
  const dot = s.indexOf('.');
  const decimals = dot < 0 ? 0 : s.length - dot - 1;
  return 0.5 * Math.pow(10, -decimals);
}

/**
 * Unit cost × its quantity × its periods, or null when a quantity cannot be matched (no guess).
 * A monthly standard runs 12 months or the stated 覆盖月数; a yearly one runs one year.
 */
export function unitCostProduct(uc: UnitCost, table: TargetTable, qs: readonly Quantity[] = quantities(table)): UnitCostProduct | null {
  const factors: UnitCostProduct['factors'] = [];
  const used: Quantity[] = [];
  for (const p of uc.periods) {
    if (p === '月') {
      const m = statedMonths(table);
      factors.push({ text: `${fmtCount(m?.number ?? 12)} 个月`, value: m?.number ?? 12 });
    } else if (p === '季度' || p === '季') {
      factors.push({ text: '4 个季度', value: 4 });
    } else if (p === '周') {
      factors.push({ text: '52 周', value: 52 });
    } else if (p === '天' || p === '日') {
      const d = statedDays(table);
      if (d === null) return null;
      factors.push({ text: `${fmtCount(d)} 天`, value: d });
    }
    // 年: one year, × 1, not shown.
  }
  if (uc.counts.length === 0) return null;
  for (const written of uc.counts) {
    // A standard per 公里 counts what a quantity in 米 counts: compare both in the base unit.
    const { dim, factor: perFactor } = countUnit(written);
    let best: Quantity | null = null;
    let bestScore = -1;
    for (const q of qs) {
      if (!(counts(q, dim) || counts(q, written)) || used.includes(q)) continue;
      // The name decides; a quantity written in the standard's own unit (公里 for 万元/公里) wins a tie.
      const s = similarity(uc.name, q.name) + (normalizeText(q.unitText).replace(/\s+/g, '').startsWith(written) ? 0.25 : 0);
      if (s > bestScore) {
        best = q;
        bestScore = s;
      }
    }
    if (!best) return null;
    used.push(best);
    const perUnit = counts(best, dim) ? perFactor : 1;
    factors.push({ text: `${fmtCount(best.number)} ${best.unitText}`, value: (best.number * best.factor) / perUnit });
  }
  const multiplier = factors.reduce((m, f) => m * f.value, 1);
  const amount = uc.number * uc.wanFactor * multiplier;
  if (!plausible(amount)) return null;
  const roundingSlack = halfUlp(uc.number) * uc.wanFactor * multiplier;
  return { unitCost: uc, factors, quantities: used, amount, roundingSlack };
}

/** "647 元/月 × 12 个月 × 1,200 人 = 931.68 万元" */
export function describeProduct(p: UnitCostProduct): string {
  const unit = p.unitCost.unitText || '万元';
  const parts = [`${formatNumber(p.unitCost.number)} ${unit}`, ...p.factors.map((f) => f.text)];
  return `${parts.join(' × ')} = ${formatAmount(p.amount)} 万元`;
}

/** A total named as the whole implementation period's (项目总成本（实施期）, 三年总成本, 全周期): not one year's. */
export function isMultiYearTotal(name: string): boolean {
  return /实施期|全周期|项目周期|[二两三四五2-5]年|多年|中期|总投资|累计/.test(normalizeText(name).replace(/\s+/g, ''));
}
