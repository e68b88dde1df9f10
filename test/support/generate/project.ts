/**
 * The project data model of the generator and a random-but-realistic project generator.
 *
 * A GenProject is what a finance clerk means to file: header, funds (万元, exact to the cent), goal text
 * and indicators, each indicator tagged with its role (total cost, itemised cost, unit cost, matched
 * quantity …) so that mutations can find the row to break. `toTableSpec` turns it into the shared
 * TableSpec of test/support/table-builder.ts (values as text, money in 万元 or 元), which the renderers
 * (render.ts) lay out in any layout.
 *
 * A generated project is correct by construction:
 * - 财政拨款 + 上年结转资金 + 其他资金 = 年度预算资金总额 = 项目总成本 (exact, in cents of 万元);
 * - itemised costs (分项成本) sum exactly to the total cost;
 * - unit cost × its matched quantity (× 12 for a monthly standard) is 90–99.5% of the total cost, and the
 *   matched quantity is the only 数量指标 with that unit;
 * - every 一级 and the expected 二级 are present; names are unique and ≤ 40 characters;
 * - rates are 100% / ≥95% (falling rates ≤ or <), 满意度 ≥ 80%, every quantity has an operator-less-or-
 *   explicit number and a unit, 效益 values are qualitative or non-money quantities;
 * - figures quoted in 年度总体绩效目标 equal the indicators they describe ("以上" only against ≥).
 */
import type { IndicatorRow, TableSpec } from '../table-builder';
import type { MoneyUnit } from '../../../src/core/model';
import { Rng } from './prng';
import {
  ARCHETYPES,
  COUNTIES,
  CRITERIA_COST,
  CRITERIA_QUAL,
  CRITERIA_QUANT,
  NOTE_TEMPLATES,
  TOTAL_COST_NAMES,
  type Archetype,
  type QuantityDef,
  type RateDef,
  type UnitCostDef,
} from './vocab';

export type Role =
  | 'total'
  | 'item'
  | 'unit-cost'
  | 'matched-quantity'
  | 'months'
  | 'quantity'
  | 'quality'
  | 'falling-rate'
  | 'timeliness'
  | 'benefit'
  | 'satisfaction'
  | 'extra';

/** Explicit 符号 | 值 | 单位 cells for a split layout (else derived from the value text). */
export type SplitCells = [sign: string | number | null, value: string | number | null, unit: string | null];

export interface GenIndicator {
  level1: string;
  level2: string;
  name: string;
  /** The 指标值 as written in one cell ("≥15826 米", "100%", "明显提高"; '' = empty). Money in 万元. */
  value: string;
  role: Role;
  /** 权重 / 分值 (the table's weights total 100). */
  weight: number;
  /** 指标值说明. */
  note: string;
  /** 评(扣)分标准. */
  criterion: string;
  split?: SplitCells;
}

/** A funds figure: a number in 万元 (exact to the cent), a raw text written as is, or null (label absent). */
export type Fund = number | string | null;

export interface GoalClaim {
  /** The indicator the figure describes. */
  indicator: string;
  /** The exact text in the goal that carries the figure ("15826 米", "95%以上"). */
  text: string;
}

export interface GenProject {
  archetype: string;
  year: number;
  sheet: string;
  /** null: label absent; '': label present, value empty. */
  name: string | null;
  category: string | null;
  department: string | null;
  unit: string | null;
  funds: { total: Fund; fiscal: Fund; carryover: Fund; other: Fund };
  goal: string | null;
  goalClaims: GoalClaim[];
  indicators: GenIndicator[];
  /** How the summary sheet lists this project. */
  summaryName: string;
  summaryDept: string;
  /** The value style: "≥15826 米" (true) or "≥15826米". */
  spaced: boolean;
}

export interface ProjectNeeds {
  /** The table has a unit cost and its matched quantity. */
  unitCost?: boolean;
  /** The table has at least this many itemised costs. */
  items?: number;
  /** The goal quotes at least one 数量 figure. */
  goalQuantity?: boolean;
  /** At least this many 数量 rows besides the matched quantity. */
  plainQuantities?: number;
  /** Only a total cost and items (no unit cost), so items carry the breakdown. */
  noUnitCost?: boolean;
}

// ------------------------------------------------------------------------------------------------
// Numbers

/** Rounds to `d` decimals without float dust. */
export function round(n: number, d: number): number {
  const f = Math.pow(10, d);
  return Math.round(n * f) / f;
}

/** A number as a clerk writes it in a 指标值: no trailing zeros. */
export function fmt(n: number): string {
  const r = round(n, 6);
  return String(r);
}

/** An amount in 万元 with two decimals and thousand separators: "1,000.00". */
export function fmtMoney(n: number, digits = 2): string {
  const fixed = Math.abs(n).toFixed(digits);
  const [i, f] = fixed.split('.');
  const g = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (n < 0 ? '-' : '') + (f !== undefined ? `${g}.${f}` : g);
}

/** Splits `total` cents into `k` positive parts (random, each at least 5% of the total). */
function splitCents(rng: Rng, totalCents: number, k: number): number[] {
  const w = Array.from({ length: k }, () => rng.float(0.4, 2.5));
  const sw = w.reduce((a, b) => a + b, 0);
  const parts = w.map((x) => Math.max(1, Math.floor((totalCents * x) / sw)));
  // Round most parts to whole 万元 or tenths, as clerks do, then give the remainder to the largest part.
  for (let i = 0; i < parts.length; i++) {
    const grain = rng.weighted<number>([
      [100, 0.5],
      [10, 0.3],
      [1, 0.2],
    ]);
    parts[i] = Math.max(grain, Math.round(parts[i] / grain) * grain);
  }
  const rest = totalCents - parts.reduce((a, b) => a + b, 0);
  let big = 0;
  for (let i = 1; i < parts.length; i++) if (parts[i] > parts[big]) big = i;
  parts[big] += rest;
  if (parts.some((p) => p <= 0)) return splitCents(rng, totalCents, k);
  return parts;
}

// ------------------------------------------------------------------------------------------------
// The generator

export interface GenerateOptions {
  /** Budget year (default 2024). */
  year?: number;
  /** Force an archetype by key. */
  archetype?: string;
  needs?: ProjectNeeds;
  /** Index of the project in its workbook (sheet naming). */
  index?: number;
}

const LEVEL2_SUSTAIN = ['可持续影响指标', '可持续发展影响指标', '可持续发展影响指标'];

function valueText(op: string, n: number, unit: string, spaced: boolean): string {
  if (unit === '%') return `${op}${fmt(n)}%`;
  return `${op}${fmt(n)}${spaced ? ' ' : ''}${unit}`;
}

function rateValue(rng: Rng, def: RateDef, spaced: boolean): { text: string; op: string; n: number; unit: string } {
  const [op, n] = rng.pick(def.values);
  const unit = def.unit ?? '%';
  return { text: valueText(op, n, unit, spaced), op, n, unit };
}

function pickArchetype(rng: Rng, opts: GenerateOptions): Archetype {
  if (opts.archetype) {
    const a = ARCHETYPES.find((x) => x.key === opts.archetype);
    if (!a) throw new Error(`unknown archetype ${opts.archetype}`);
    return a;
  }
  const needs = opts.needs ?? {};
  let pool = ARCHETYPES;
  if (needs.unitCost) pool = pool.filter((a) => a.unitCosts.length > 0);
  if (needs.items) pool = pool.filter((a) => a.items.length >= (needs.items ?? 0));
  if (needs.plainQuantities) pool = pool.filter((a) => a.quantities.length >= (needs.plainQuantities ?? 0));
  return rng.pick(pool);
}

interface UnitCostChoice {
  def: UnitCostDef;
  amount: number;
  quantity: number;
}

/** Chooses a unit-cost standard and quantity whose product is 90–99.5% of the total (万元). */
function chooseUnitCost(rng: Rng, def: UnitCostDef, totalWan: number): UnitCostChoice | null {
  const moneyPerWan = def.unit.startsWith('万元') ? 1 : 10000; // standard's money unit per 万元
  const periods = def.monthly ? 12 : 1;
  // First try a quantity in its usual range and derive the standard from it.
  for (let attempt = 0; attempt < 40; attempt++) {
    const f = rng.float(0.93, 0.99);
    const quantity = rng.int(Math.max(1, def.quantity.min), Math.max(1, def.quantity.max));
    const amount = round((totalWan * moneyPerWan * f) / (quantity * periods), def.decimals);
    if (amount < def.amount[0] * 0.5 || amount > def.amount[1] * 2 || amount <= 0) continue;
    const ratio = (amount * quantity * periods) / moneyPerWan / totalWan;
    if (ratio >= 0.905 && ratio <= 0.995) return { def, amount, quantity };
  }
  for (let attempt = 0; attempt < 60; attempt++) {
    const f = rng.float(0.93, 0.99);
    const amount = round(rng.float(def.amount[0], def.amount[1]), def.decimals);
    if (amount <= 0) continue;
    const quantity = Math.floor((totalWan * moneyPerWan * f) / (amount * periods));
    if (quantity < 1) continue;
    const product = (amount * quantity * periods) / moneyPerWan;
    const ratio = product / totalWan;
    if (ratio >= 0.905 && ratio <= 0.995) return { def, amount, quantity };
  }
  return null;
}

function noteFor(rng: Rng, name: string): string {
  return rng.pick(NOTE_TEMPLATES).replace('{name}', name);
}

/** Distributes 100 over the rows: 成本 ~20, 产出 ~40–50, 效益 ~20–30, 满意度 ~10, integers ≥ 1. */
export function assignWeights(rng: Rng, indicators: GenIndicator[]): void {
  const blocks = new Map<string, GenIndicator[]>();
  for (const ind of indicators) {
    const list = blocks.get(ind.level1) ?? [];
    list.push(ind);
    blocks.set(ind.level1, list);
  }
  const share: Record<string, number> = { 成本指标: 20, 产出指标: 40, 效益指标: 30, 满意度指标: 10 };
  if (rng.chance(0.5)) {
    share['产出指标'] = 50;
    share['效益指标'] = 20;
  }
  const keys = [...blocks.keys()];
  const totalShare = keys.reduce((s, k) => s + (share[k] ?? 10), 0);
  let remaining = 100;
  keys.forEach((k, bi) => {
    const rows = blocks.get(k) ?? [];
    let blockTotal = bi === keys.length - 1 ? remaining : Math.round(((share[k] ?? 10) * 100) / totalShare);
    blockTotal = Math.max(blockTotal, rows.length);
    remaining -= blockTotal;
    const base = Math.floor(blockTotal / rows.length);
    let extra = blockTotal - base * rows.length;
    for (const r of rows) {
      r.weight = base + (extra > 0 ? 1 : 0);
      if (extra > 0) extra--;
    }
  });
  // Fix any rounding drift on the largest row.
  const sum = indicators.reduce((s, r) => s + r.weight, 0);
  if (sum !== 100 && indicators.length) {
    let big = indicators[0];
    for (const r of indicators) if (r.weight > big.weight) big = r;
    big.weight += 100 - sum;
  }
}

function criterionFor(rng: Rng, role: Role, value: string): string {
  if (role === 'total' || role === 'item' || role === 'unit-cost') return rng.pick(CRITERIA_COST);
  return /\d/.test(value) ? rng.pick(CRITERIA_QUANT) : rng.pick(CRITERIA_QUAL);
}

export function generateProject(rng: Rng, opts: GenerateOptions = {}): GenProject {
  const needs = opts.needs ?? {};
  const year = opts.year ?? 2024;
  const arch = pickArchetype(rng, opts);
  const county = rng.pick(COUNTIES);
  const spaced = rng.chance(0.6);

  // Header.
  const nameTemplate = rng.pick(arch.names);
  const name = nameTemplate.replace('{place}', county).replace('{year}', String(year));
  const [deptSuffix, unitSuffixes] = rng.pick(arch.departments);
  const department = deptSuffix === '委员会组织部' ? `中国共产党${county}委员会组织部` : `${county}${deptSuffix}`;
  const unitSuffix = rng.pick(unitSuffixes);
  const unit = unitSuffix === deptSuffix ? department : `${county}${unitSuffix}`;
  const category = rng.pick(arch.categories);

  // Funds, in cents of 万元.
  const raw = rng.float(arch.budget[0], arch.budget[1]);
  const style = rng.weighted<'whole' | 'tens' | 'cents'>([
    ['whole', 0.45],
    ['tens', 0.2],
    ['cents', 0.35],
  ]);
  const totalC = style === 'whole' ? Math.round(raw) * 100 : style === 'tens' ? Math.round(raw / 10) * 1000 : Math.round(raw * 100);
  let carryC = 0;
  let otherC = 0;
  if (rng.chance(0.2)) carryC = Math.round(totalC * rng.float(0.05, 0.3));
  if (rng.chance(0.15)) otherC = Math.round(totalC * rng.float(0.02, 0.15));
  const fiscalC = totalC - carryC - otherC;
  const totalWan = totalC / 100;

  const indicators: GenIndicator[] = [];
  const add = (level1: string, level2: string, nm: string, value: string, role: Role) => {
    indicators.push({ level1, level2, name: nm, value, role, weight: 0, note: noteFor(rng, nm), criterion: criterionFor(rng, role, value) });
  };
  const money = (n: number, u = '万元') => valueText('≤', n, u, spaced);

  // 成本指标: total, items, unit cost.
  add('成本指标', '经济成本指标', rng.pick(TOTAL_COST_NAMES), money(totalWan), 'total');
  let uc: UnitCostChoice | null = null;
  const wantUnit = !needs.noUnitCost && arch.unitCosts.length > 0 && (needs.unitCost || rng.chance(0.45));
  if (wantUnit) uc = chooseUnitCost(rng, rng.pick(arch.unitCosts), totalWan);
  if (needs.unitCost && !uc) {
    // Extremely unlikely; retry with a fresh stream rather than return a project that lacks it.
    return generateProject(rng.fork('retry-unit'), opts);
  }
  const minItems = Math.max(needs.items ?? 0, uc ? 0 : 2);
  let nItems = uc && !needs.items ? rng.pick([0, 0, 2, 3]) : rng.int(Math.max(2, minItems), Math.min(5, arch.items.length));
  nItems = Math.min(nItems, arch.items.length);
  if (nItems === 1) nItems = 2;
  if (nItems > 0) {
    const names = rng.sample(arch.items, nItems);
    const parts = splitCents(rng, totalC, nItems);
    names.forEach((nm, i) => add('成本指标', '经济成本指标', nm, money(parts[i] / 100), 'item'));
  }
  if (uc) {
    const op = rng.pick(['≤', '≤', '=']);
    add('成本指标', '经济成本指标', uc.def.name, valueText(op, uc.amount, uc.def.unit, spaced), 'unit-cost');
  }

  // 产出指标 / 数量指标: the matched quantity first, then others with a different unit.
  const qtyRows: Array<{ def: QuantityDef; n: number; op: string }> = [];
  const usedUnits = new Set<string>();
  if (uc) {
    const op = rng.pick(['≥', '≥', '=']);
    qtyRows.push({ def: uc.def.quantity, n: uc.quantity, op });
    usedUnits.add(uc.def.quantity.unit);
  }
  const others = rng.shuffle(arch.quantities).filter((q) => !usedUnits.has(q.unit) && (!uc || q.name !== uc.def.quantity.name));
  const nOthers = Math.min(others.length, Math.max(needs.plainQuantities ?? 0, uc ? rng.int(0, 2) : rng.int(1, 3)));
  for (const q of others.slice(0, nOthers)) {
    if (uc && q.unit === uc.def.quantity.unit) continue;
    const n = round(rng.float(q.min, q.max), q.decimals ?? 0);
    qtyRows.push({ def: q, n: Math.max(n, q.decimals ? 0.01 : 1), op: rng.pick(['≥', '≥', '≥', '=']) });
  }
  if (qtyRows.length === 0) {
    const q = arch.quantities[0];
    qtyRows.push({ def: q, n: round(rng.float(q.min, q.max), q.decimals ?? 0), op: '≥' });
  }
  qtyRows.forEach((q, i) => {
    const role: Role = uc && i === 0 ? 'matched-quantity' : 'quantity';
    add('产出指标', '数量指标', q.def.name, valueText(q.op, q.n, q.def.unit, spaced), role);
  });
  if (uc?.def.monthly && rng.chance(0.5)) {
    add('产出指标', '数量指标', rng.pick(['补贴覆盖月数', '资金发放月数', '享受补贴覆盖月数']), valueText(rng.pick(['=', '']), 12, '个月', spaced), 'months');
  }

  // 质量 / 时效.
  const qualDefs = rng.sample(arch.quality, rng.int(1, arch.quality.length));
  const qualVals = qualDefs.map((d) => ({ d, v: rateValue(rng, d, spaced) }));
  for (const { d, v } of qualVals) add('产出指标', '质量指标', d.name, v.text, d.falling ? 'falling-rate' : 'quality');
  const timeDefs = rng.sample(arch.timeliness, rng.int(1, arch.timeliness.length));
  const timeVals = timeDefs.map((d) => ({ d, v: rateValue(rng, d, spaced) }));
  for (const { d, v } of timeVals) add('产出指标', '时效指标', d.name, v.text, 'timeliness');

  // 效益指标.
  const benefitDefs = rng.sample(arch.benefits, rng.int(1, Math.min(3, arch.benefits.length)));
  const order = ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'];
  benefitDefs.sort((a, b) => order.indexOf(a.level2) - order.indexOf(b.level2));
  const sustainLabel = rng.pick(LEVEL2_SUSTAIN);
  const benefitVals: Array<{ name: string; value: string }> = [];
  for (const b of benefitDefs) {
    let v = rng.pick(b.values);
    if (!spaced) v = v.replace(/(\d) (\S)/, '$1$2');
    benefitVals.push({ name: b.name, value: v });
    add('效益指标', b.level2 === '可持续影响指标' ? sustainLabel : b.level2, b.name, v, 'benefit');
  }

  // 满意度指标.
  const subject = rng.pick(arch.satisfaction);
  const [satOp, satN] = rng.pick<[string, number]>([
    ['≥', 95],
    ['≥', 95],
    ['≥', 90],
    ['≥', 85],
    ['', 100],
    ['≥', 98],
  ]);
  const satName = `${subject}满意度`;
  add('满意度指标', '服务对象满意度指标', satName, `${satOp}${satN}%`, 'satisfaction');

  // 年度总体绩效目标 with figures that agree with the indicators.
  const claims: GoalClaim[] = [];
  const pieces: string[] = [];
  const lead = rng.pick(arch.goalLead);
  pieces.push(rng.chance(0.2) ? `${year}年，${lead}` : lead);
  const wantQtyClaim = needs.goalQuantity || rng.chance(0.7);
  if (wantQtyClaim) {
    const claimable = qtyRows.filter((q) => q.def.goal);
    const pickQ = claimable.length ? rng.pick(claimable) : qtyRows[0];
    const fig = `${fmt(pickQ.n)}${spaced ? ' ' : ''}${pickQ.def.unit}`;
    // "至少 …" promises ≥: say it only where the indicator says ≥.
    const template = (pickQ.def.goal ?? `完成${pickQ.def.name}{v}`).replace('至少', pickQ.op === '≥' ? '至少' : '');
    const phrase = template.replace('{v}', fig);
    pieces.push(phrase);
    claims.push({ indicator: pickQ.def.name, text: fig });
  }
  if (rng.chance(0.5)) {
    const fig = `${fmt(totalWan)}${spaced ? ' ' : ''}万元`;
    pieces.push(`项目运行总成本控制在${fig}以内`);
    claims.push({ indicator: indicators[0].name, text: fig });
  }
  if (rng.chance(0.4)) {
    const { d, v } = rng.pick([...qualVals, ...timeVals]);
    if ((v.unit === '%' && (v.op === '' || v.op === '=' || v.op === '≥')) && !d.falling) {
      const fig = v.op === '≥' ? `${fmt(v.n)}%以上` : `${fmt(v.n)}%`;
      pieces.push(`${d.name}达到${fig}`);
      claims.push({ indicator: d.name, text: fig });
    }
  }
  pieces.push(rng.pick(arch.goalClose));
  if (rng.chance(0.6)) {
    const fig = satOp === '≥' ? `${satN}%以上` : `${satN}%`;
    pieces.push(`${satName}达到${fig}`);
    claims.push({ indicator: satName, text: fig });
  }
  const goal = `${pieces.join('，')}。`;

  const idx = opts.index ?? 0;
  return {
    archetype: arch.key,
    year,
    sheet: `表${idx + 1}`,
    name,
    category,
    department,
    unit,
    funds: { total: totalC / 100, fiscal: fiscalC / 100, carryover: carryC / 100, other: otherC / 100 },
    goal,
    goalClaims: claims,
    indicators: finish(rng, indicators),
    summaryName: name,
    summaryDept: department,
    spaced,
  };
}

function finish(rng: Rng, indicators: GenIndicator[]): GenIndicator[] {
  assignWeights(rng, indicators);
  return indicators;
}

// ------------------------------------------------------------------------------------------------
// To the shared TableSpec

/** Converts "≤1000 万元" style money in a text to 元 ("≤10000000 元"). */
export function wanTextToYuan(text: string): string {
  return text.replace(/(\d+(?:\.\d+)?)(\s*)万元/g, (_m, n: string, sp: string) => `${fmt(round(Number(n) * 10000, 2))}${sp}元`);
}

function fundIn(v: Fund, unit: MoneyUnit): number | string | null {
  if (typeof v !== 'number') return v;
  return unit === '元' ? round(v * 10000, 2) : v;
}

/** The project as a TableSpec (values as text), money in 万元 or 元. Weights always carried in row[4]. */
export function toTableSpec(p: GenProject, moneyUnit: MoneyUnit = '万元', weights = false): TableSpec {
  const conv = (s: string) => (moneyUnit === '元' ? wanTextToYuan(s) : s);
  const indicators: IndicatorRow[] = p.indicators.map((i) => [i.level1, i.level2, i.name, conv(i.value), i.weight]);
  return {
    sheet: p.sheet,
    name: p.name,
    category: p.category,
    department: p.department,
    unit: p.unit,
    total: fundIn(p.funds.total, moneyUnit),
    fiscal: fundIn(p.funds.fiscal, moneyUnit),
    carryover: fundIn(p.funds.carryover, moneyUnit),
    other: fundIn(p.funds.other, moneyUnit),
    moneyUnit,
    goal: p.goal === null ? null : conv(p.goal),
    indicators,
    weights,
  };
}

/** Per-row extras the renderers use besides the TableSpec: notes, criteria, explicit split cells. */
export interface RowExtras {
  note?: string;
  criterion?: string;
  split?: SplitCells;
}

export function rowExtras(p: GenProject, moneyUnit: MoneyUnit = '万元'): RowExtras[] {
  return p.indicators.map((i) => ({
    note: i.note,
    criterion: i.criterion,
    split: i.split && moneyUnit === '元' ? convertSplit(i.split) : i.split,
  }));
}

function convertSplit(s: SplitCells): SplitCells {
  const [sign, value, unit] = s;
  if (typeof unit === 'string' && unit.startsWith('万元') && typeof value === 'number') {
    return [sign, round(value * 10000, 2), unit.replace(/^万元/, '元')];
  }
  return s;
}

// ------------------------------------------------------------------------------------------------
// Self-check: the invariants a correct project must satisfy (used by the generator's own tests).

/** Reads "≤1,000.5 万元" into {op, n, unit}; null when the text is not a plain quantity. */
export function readQuantity(text: string): { op: string; n: number; unit: string } | null {
  const m = /^(≥|≤|=|>|<)?\s*(-?\d+(?:\.\d+)?)\s*(.*)$/.exec(text.trim());
  if (!m) return null;
  return { op: m[1] ?? '', n: Number(m[2]), unit: m[3].trim() };
}

/** Problems found in a generated project (empty for a correct one). */
export function invariantProblems(p: GenProject): string[] {
  const out: string[] = [];
  const f = p.funds;
  if (typeof f.total !== 'number' || typeof f.fiscal !== 'number' || typeof f.carryover !== 'number' || typeof f.other !== 'number') {
    out.push('funds not numbers');
    return out;
  }
  const cents = (n: number) => Math.round(n * 100);
  if (cents(f.fiscal) + cents(f.carryover) + cents(f.other) !== cents(f.total)) out.push('funds sources ≠ total');
  const total = p.indicators.find((i) => i.role === 'total');
  const tq = total && readQuantity(total.value);
  if (!tq || tq.unit !== '万元' || cents(tq.n) !== cents(f.total)) out.push(`total cost ${total?.value} ≠ budget ${f.total}`);
  const items = p.indicators.filter((i) => i.role === 'item').map((i) => readQuantity(i.value));
  if (items.length) {
    const sum = items.reduce((s, q) => s + cents(q?.n ?? NaN), 0);
    if (sum !== cents(f.total)) out.push(`items sum ${sum / 100} ≠ ${f.total}`);
  }
  const ucRow = p.indicators.find((i) => i.role === 'unit-cost');
  const mq = p.indicators.find((i) => i.role === 'matched-quantity');
  if (ucRow) {
    const u = readQuantity(ucRow.value);
    const q = mq && readQuantity(mq.value);
    if (!u || !q) out.push('unit cost without quantity');
    else {
      const perWan = u.unit.startsWith('万元') ? 1 : 10000;
      const periods = /月/.test(u.unit) ? 12 : 1;
      const product = (u.n * q.n * periods) / perWan;
      const ratio = product / f.total;
      if (ratio < 0.9 || ratio > 1) out.push(`unit cost × quantity = ${product} vs ${f.total}`);
      const count = u.unit.split('/').pop();
      if (count !== q.unit) out.push(`unit ${u.unit} not matched by ${q.unit}`);
      const sameUnit = p.indicators.filter((i) => i.level2 === '数量指标' && readQuantity(i.value)?.unit === q.unit);
      if (sameUnit.length !== 1) out.push(`${sameUnit.length} quantities in ${q.unit}`);
    }
  }
  if (!items.length && !ucRow) out.push('no breakdown');
  const names = new Set<string>();
  for (const i of p.indicators) {
    if (names.has(i.name)) out.push(`duplicate ${i.name}`);
    names.add(i.name);
    if ([...i.name].length > 40) out.push(`long name ${i.name}`);
    if (!i.value) out.push(`empty value ${i.name}`);
    const q = readQuantity(i.value);
    if (q && !q.unit) out.push(`no unit ${i.name}`);
    if (q && q.unit === '%' && (q.n < 0 || q.n > 100)) out.push(`percent ${i.value}`);
    if (q && i.level1 !== '成本指标' && /元/.test(q.unit)) out.push(`money outside cost ${i.name}`);
    if (i.level1 === '成本指标' && q && (q.op === '≥' || q.op === '>')) out.push(`cost with ${q.op}`);
    if ((i.level1 === '成本指标' || i.level2 === '数量指标') && !q) out.push(`qualitative ${i.name}`);
  }
  const l1 = new Set(p.indicators.map((i) => i.level1));
  for (const need of ['成本指标', '产出指标', '效益指标', '满意度指标']) if (!l1.has(need)) out.push(`no ${need}`);
  const l2 = new Set(p.indicators.map((i) => i.level2));
  for (const need of ['经济成本指标', '数量指标', '质量指标', '时效指标', '服务对象满意度指标']) if (!l2.has(need)) out.push(`no ${need}`);
  const sat = p.indicators.find((i) => i.role === 'satisfaction');
  const sq = sat && readQuantity(sat.value);
  if (!sq || sq.unit !== '%' || sq.n < 80) out.push('satisfaction');
  const w = p.indicators.reduce((s, i) => s + i.weight, 0);
  if (w !== 100) out.push(`weights ${w}`);
  for (const c of p.goalClaims) {
    if (!p.goal?.includes(c.text)) out.push(`claim ${c.text} not in goal`);
    const ind = p.indicators.find((i) => i.name === c.indicator);
    const q = ind && readQuantity(ind.value);
    const cq = readQuantity(c.text.replace('以上', ''));
    if (!q || !cq || q.n !== cq.n) out.push(`claim ${c.text} vs ${ind?.value}`);
    if (q && c.text.includes('以上') && q.op !== '≥') out.push(`以上 vs ${q.op}`);
    if (q && p.goal?.includes(`至少${c.text}`) && q.op !== '≥') out.push(`至少 vs ${q.op}`);
  }
  return out;
}
