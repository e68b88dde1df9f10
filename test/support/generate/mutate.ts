/**
 * Mutations: for every rule id of RULES.md, one or more ways to make exactly that mistake in a correct
 * generated workbook, with the {rule, sheet} a checker must report. Some mutations cause other findings
 * as a side effect (dropping the 成本 block also loses the total cost); the expected one is recorded.
 */
import type { Rng } from './prng';
import type { Variant } from './layouts';
import { assignWeights, fmt, readQuantity, round, type GenIndicator, type GenProject, type ProjectNeeds, type Role } from './project';
import type { GenWorkbook } from './workbook';
import { ARCHETYPES, COUNTIES, OTHER_DEPARTMENTS } from './vocab';

/** Every rule id of RULES.md, in catalog order (the contract). */
export const RULE_IDS = [
  'header/missing-field',
  'header/invalid-category',
  'funds/not-a-number',
  'funds/sources-mismatch',
  'indicator/missing-level1',
  'indicator/unknown-level1',
  'indicator/unknown-level2',
  'indicator/misplaced-level2',
  'indicator/missing-level2',
  'indicator/missing-name',
  'indicator/missing-value',
  'indicator/duplicate',
  'indicator/name-too-long',
  'value/placeholder',
  'value/unparseable',
  'value/missing-operator',
  'value/missing-unit',
  'value/percent-out-of-range',
  'value/operator-direction',
  'value/satisfaction-range',
  'value/unit-mismatch',
  'value/qualitative-where-quantitative',
  'cost/missing-total',
  'cost/total-exceeds-budget',
  'cost/total-below-budget',
  'cost/items-sum-mismatch',
  'cost/item-exceeds-total',
  'cost/unit-cost-mismatch',
  'cost/missing-breakdown',
  'goal/indicator-mismatch',
  'summary/amount-mismatch',
  'summary/project-missing',
  'summary/name-mismatch',
  'summary/total-mismatch',
  'weights/sum-not-100',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface MutationContext {
  wb: GenWorkbook;
  /** Index of the target project. */
  target: number;
  rng: Rng;
  variant: Variant;
}

export interface Mutation {
  /** Unique id: the rule id, or rule id + ":" + kind. */
  id: string;
  rule: RuleId;
  /** What the mutation does, in a few words. */
  description: string;
  /** The sheet the finding must be on: the target table's, or the summary's. */
  on: 'table' | 'summary';
  /** The other sheet is accepted too (RULES.md leaves it open, e.g. a table missing from the summary). */
  eitherSheet?: boolean;
  needs?: ProjectNeeds;
  /** Adjusts the layout the mutation needs (a 权重 column, a 合计 row, a summary sheet). */
  adjustVariant?: (v: Variant) => Variant;
  /** Applies the mistake; returns the concrete change ("满意度 ≥95% → ≥75%"). Throws if not applicable. */
  apply(ctx: MutationContext): string;
}

// ------------------------------------------------------------------------------------------------
// Helpers

function project(ctx: MutationContext): GenProject {
  return ctx.wb.projects[ctx.target];
}

function rowsWith(p: GenProject, roles: Role[]): GenIndicator[] {
  return p.indicators.filter((i) => roles.includes(i.role));
}

function pickRow(ctx: MutationContext, roles: Role[]): GenIndicator {
  const rows = rowsWith(project(ctx), roles);
  if (!rows.length) throw new Error(`no row with role ${roles.join('/')}`);
  return ctx.rng.pick(rows);
}

function removeRows(p: GenProject, pred: (i: GenIndicator) => boolean): GenIndicator[] {
  const removed = p.indicators.filter(pred);
  p.indicators = p.indicators.filter((i) => !pred(i));
  return removed;
}

function setValue(row: GenIndicator, value: string, split?: GenIndicator['split']): string {
  const before = row.value;
  row.value = value;
  row.split = split;
  return `${row.name}: ${before || '(空)'} → ${value || '(空)'}`;
}

/** Changes the budget by `delta` 万元: 年度预算资金总额, 财政拨款 and the summary's amount move together. */
function shiftBudget(ctx: MutationContext, delta: number): void {
  const p = project(ctx);
  const f = p.funds;
  if (typeof f.total !== 'number' || typeof f.fiscal !== 'number') throw new Error('funds not numeric');
  f.total = round(f.total + delta, 2);
  f.fiscal = round(f.fiscal + delta, 2);
  if (f.fiscal <= 0) throw new Error('budget shift too large');
  const row = ctx.wb.summary?.rows.find((r) => r.project === ctx.target);
  if (row) row.amount = f.total;
}

function budget(ctx: MutationContext): number {
  const t = project(ctx).funds.total;
  if (typeof t !== 'number') throw new Error('funds not numeric');
  return t;
}

/** A delta of 2–15% of `base`, at least 1 万元, to the cent. */
function delta(ctx: MutationContext, base: number, lo = 0.02, hi = 0.15): number {
  return Math.max(1, round(base * ctx.rng.float(lo, hi), 2));
}

const withWeights = (v: Variant): Variant =>
  v.extraColumns.includes('权重') || v.extraColumns.includes('分值') ? v : { ...v, extraColumns: [...v.extraColumns, '权重'] };
const withSummary = (v: Variant): Variant => (v.summary.present ? v : { ...v, summary: { present: true, total: v.summary.total } });
const withSummaryTotal = (v: Variant): Variant => ({ ...v, summary: { present: true, total: true } });

const LONG_TAILS = [
  '进一步提升服务群众的能力和水平，切实增强人民群众的获得感、幸福感和安全感',
  '确保各项工作任务按照时间节点全面完成并通过上级主管部门的考核验收',
  '持续推动相关领域高质量发展，为全县经济社会发展提供坚实有力的保障',
];

// ------------------------------------------------------------------------------------------------
// The catalog

export const MUTATIONS: Mutation[] = [
  {
    id: 'header/missing-field',
    rule: 'header/missing-field',
    description: '清空 实施单位 / 主管部门 / 年度总体绩效目标 之一的内容（标签仍在）',
    on: 'table',
    apply(ctx) {
      const p = project(ctx);
      const field = ctx.rng.pick(['unit', 'department', 'goal'] as const);
      const before = p[field];
      p[field] = '';
      if (field === 'goal') p.goalClaims = [];
      return `${field === 'unit' ? '实施单位' : field === 'department' ? '主管部门' : '年度总体绩效目标'}: ${String(before).slice(0, 20)} → (空)`;
    },
  },
  {
    id: 'header/invalid-category',
    rule: 'header/invalid-category',
    description: '项目类别 改为未知类别',
    on: 'table',
    apply(ctx) {
      const p = project(ctx);
      const before = p.category;
      p.category = ctx.rng.pick(['基本建设类', '专项业务类', '其他类', '发展类']);
      return `项目类别: ${before} → ${p.category}`;
    },
  },
  {
    id: 'funds/not-a-number',
    rule: 'funds/not-a-number',
    description: '一个资金单元格写成非金额文字',
    on: 'table',
    apply(ctx) {
      const p = project(ctx);
      const key = ctx.rng.pick(['fiscal', 'carryover', 'other'] as const);
      const before = p.funds[key];
      p.funds[key] = ctx.rng.pick(['见附件', '详见预算表', '按实际发生', '见预算批复']);
      return `${key === 'fiscal' ? '财政拨款' : key === 'carryover' ? '上年结转资金' : '其他资金'}: ${before} → ${p.funds[key]}`;
    },
  },
  {
    id: 'funds/sources-mismatch',
    rule: 'funds/sources-mismatch',
    description: '财政拨款改动，来源合计 ≠ 年度预算资金总额',
    on: 'table',
    apply(ctx) {
      const p = project(ctx);
      const f = p.funds;
      if (typeof f.fiscal !== 'number') throw new Error('funds not numeric');
      const d = delta(ctx, budget(ctx)) * (ctx.rng.chance(0.5) ? 1 : -1);
      const before = f.fiscal;
      f.fiscal = round(f.fiscal + d, 2);
      if (f.fiscal <= 0) f.fiscal = round(before + Math.abs(d), 2);
      return `财政拨款: ${before} → ${f.fiscal}（年度预算资金总额 ${f.total}）`;
    },
  },
  {
    id: 'indicator/missing-level1',
    rule: 'indicator/missing-level1',
    description: '删去一个一级指标的全部行（成本/产出/效益/满意度）',
    on: 'table',
    apply(ctx) {
      const l1 = ctx.rng.pick(['效益指标', '满意度指标', '产出指标', '成本指标']);
      const removed = removeRows(project(ctx), (i) => i.level1 === l1);
      return `删去 ${l1}（${removed.length} 行）`;
    },
  },
  {
    id: 'indicator/unknown-level1',
    rule: 'indicator/unknown-level1',
    description: '一级指标标签改为不存在的名称',
    on: 'table',
    apply(ctx) {
      const p = project(ctx);
      const l1 = ctx.rng.pick(['产出指标', '效益指标']);
      const label = ctx.rng.pick(['产品指标', '影响指标', l1 === '产出指标' ? '产出指木' : '效益指彪', '效应指标']);
      for (const i of p.indicators) if (i.level1 === l1) i.level1 = label;
      return `一级 ${l1} → ${label}`;
    },
  },
  {
    id: 'indicator/unknown-level2',
    rule: 'indicator/unknown-level2',
    description: '二级指标标签笔误或杜撰（数量指木、管理指标 …）',
    on: 'table',
    apply(ctx) {
      const p = project(ctx);
      const typos: Record<string, string[]> = {
        数量指标: ['数量指木', '数景指标'],
        质量指标: ['质置指标', '管理指标'],
        时效指标: ['时效指坏', '创新指标'],
        社会效益指标: ['社会效应指标', '社会指木'],
      };
      const present = Object.keys(typos).filter((l2) => p.indicators.some((i) => i.level2 === l2));
      const l2 = ctx.rng.pick(present);
      const label = ctx.rng.pick(typos[l2]);
      for (const i of p.indicators) if (i.level2 === l2) i.level2 = label;
      return `二级 ${l2} → ${label}`;
    },
  },
  {
    id: 'indicator/misplaced-level2:timeliness-under-benefit',
    rule: 'indicator/misplaced-level2',
    description: '时效指标 的行移到 效益指标 下',
    on: 'table',
    apply(ctx) {
      const p = project(ctx);
      const moved = removeRows(p, (i) => i.level2 === '时效指标');
      for (const m of moved) m.level1 = '效益指标';
      const lastBenefit = p.indicators.map((i) => i.level1).lastIndexOf('效益指标');
      p.indicators.splice(lastBenefit + 1, 0, ...moved);
      return `时效指标（${moved.map((m) => m.name).join('、')}）移到 效益指标 下`;
    },
  },
  {
    id: 'indicator/misplaced-level2:benefit-under-output',
    rule: 'indicator/misplaced-level2',
    description: '一个 效益 二级（社会效益指标 …）的行移到 产出指标 下',
    on: 'table',
    apply(ctx) {
      const p = project(ctx);
      const benefits = p.indicators.filter((i) => i.level1 === '效益指标');
      if (benefits.length < 2) {
        // Keep 效益 present: move 时效 instead.
        return mutationById('indicator/misplaced-level2:timeliness-under-benefit').apply(ctx);
      }
      const row = benefits[benefits.length - 1];
      p.indicators = p.indicators.filter((i) => i !== row);
      row.level1 = '产出指标';
      const lastOutput = p.indicators.map((i) => i.level1).lastIndexOf('产出指标');
      p.indicators.splice(lastOutput + 1, 0, row);
      return `${row.level2}（${row.name}）移到 产出指标 下`;
    },
  },
  {
    id: 'indicator/missing-level2',
    rule: 'indicator/missing-level2',
    description: '产出指标 下删去 质量指标 或 时效指标 的全部行',
    on: 'table',
    apply(ctx) {
      const l2 = ctx.rng.pick(['质量指标', '时效指标']);
      const removed = removeRows(project(ctx), (i) => i.level2 === l2);
      return `删去 ${l2}（${removed.map((r) => r.name).join('、')}）`;
    },
  },
  {
    id: 'indicator/missing-name',
    rule: 'indicator/missing-name',
    description: '一行有指标值但三级指标名称为空',
    on: 'table',
    apply(ctx) {
      const row = pickRow(ctx, ['quality', 'timeliness', 'benefit']);
      const before = row.name;
      row.name = '';
      return `三级指标 ${before} → (空)，指标值 ${row.value} 保留`;
    },
  },
  {
    id: 'indicator/missing-value',
    rule: 'indicator/missing-value',
    description: '一个三级指标的指标值为空',
    on: 'table',
    apply(ctx) {
      const row = pickRow(ctx, ['quality', 'timeliness', 'benefit']);
      return setValue(row, '', [null, null, null]);
    },
  },
  {
    id: 'indicator/duplicate',
    rule: 'indicator/duplicate',
    description: '同一三级指标名称在表中出现两次',
    on: 'table',
    apply(ctx) {
      const p = project(ctx);
      const row = pickRow(ctx, ['quality', 'timeliness', 'benefit']);
      const copy: GenIndicator = { ...row };
      p.indicators.splice(p.indicators.indexOf(row) + 1, 0, copy);
      return `${row.name} 重复一行`;
    },
  },
  {
    id: 'indicator/name-too-long',
    rule: 'indicator/name-too-long',
    description: '三级指标名称超过 40 个字',
    on: 'table',
    apply(ctx) {
      const row = pickRow(ctx, ['quality', 'timeliness', 'benefit']);
      let name = `${row.name}，${ctx.rng.pick(LONG_TAILS)}`;
      if ([...name].length <= 40) name += '，不断提高资金使用效益';
      const before = row.name;
      row.name = name;
      return `${before} → ${name}（${[...name].length} 字）`;
    },
  },
  {
    id: 'value/placeholder',
    rule: 'value/placeholder',
    description: '指标值为占位符（待定、XX、×××、*、-、_、null …）',
    on: 'table',
    apply(ctx) {
      const row = pickRow(ctx, ['quality', 'timeliness', 'quantity', 'benefit']);
      const ph = ctx.rng.pick(['待定', '待填', '另行确定', 'XX', '×××', '*', '-', '_', 'null']);
      return setValue(row, ph, [null, ph, null]);
    },
  },
  {
    id: 'value/unparseable',
    rule: 'value/unparseable',
    description: '指标值既不是数量也不是定性表述（≥9.5.1%、≥≤95%）',
    on: 'table',
    apply(ctx) {
      const row = pickRow(ctx, ['quality', 'timeliness']);
      const k = ctx.rng.int(0, 1);
      const text = ['≥9.5.1%', '≥≤95%'][k];
      const split: GenIndicator['split'] = k === 0 ? ['≥', '9.5.1', '%'] : ['≥≤', 95, '%'];
      return setValue(row, text, split);
    },
  },
  {
    id: 'value/missing-operator',
    rule: 'value/missing-operator',
    description: '一个数量值去掉运算符（≥4000 人 → 4000 人）；其余值都补上运算符',
    on: 'table',
    apply(ctx) {
      const p = project(ctx);
      // A row written with an operator loses it; every other value gets one, so this is the only one.
      const roles: Role[] = ['quantity', 'matched-quantity', 'quality', 'timeliness', 'satisfaction'];
      const explicit = rowsWith(p, roles).filter((i) => readQuantity(i.value)?.op);
      const row = explicit.length ? ctx.rng.pick(explicit) : pickRow(ctx, roles);
      for (const i of p.indicators) {
        const q = readQuantity(i.value);
        if (q && !q.op && i !== row) i.value = `=${i.value}`;
      }
      const q = readQuantity(row.value);
      if (!q) throw new Error('not a quantity');
      const text = row.value.replace(/^(≥|≤|=|>|<)\s*/, '');
      return setValue(row, text, [null, q.n, q.unit]);
    },
  },
  {
    id: 'value/missing-unit',
    rule: 'value/missing-unit',
    description: '一个数量值没有计量单位（≥22 个 → ≥22）',
    on: 'table',
    needs: { plainQuantities: 1 },
    apply(ctx) {
      const row = pickRow(ctx, rowsWith(project(ctx), ['quantity']).length ? ['quantity'] : ['matched-quantity']);
      const q = readQuantity(row.value);
      if (!q) throw new Error('not a quantity');
      return setValue(row, `${q.op}${fmt(q.n)}`, [q.op || '=', q.n, '']);
    },
  },
  {
    id: 'value/percent-out-of-range',
    rule: 'value/percent-out-of-range',
    description: '百分比超出 0–100（≥105%、292%）',
    on: 'table',
    apply(ctx) {
      const rows = rowsWith(project(ctx), ['quality', 'timeliness']).filter((r) => readQuantity(r.value)?.unit === '%');
      const row = rows.length ? ctx.rng.pick(rows) : pickRow(ctx, ['satisfaction']);
      const [op, n] = ctx.rng.pick<[string, number]>([
        ['≥', 105],
        ['', 292],
        ['=', 120],
        ['≥', 101],
      ]);
      return setValue(row, `${op}${n}%`, [op || '=', n, '%']);
    },
  },
  {
    id: 'value/operator-direction:cost-at-least',
    rule: 'value/operator-direction',
    description: '成本值写成 ≥（分项成本 ≥228.5 万元）',
    on: 'table',
    apply(ctx) {
      const row = pickRow(ctx, rowsWith(project(ctx), ['item']).length ? ['item'] : ['unit-cost']);
      const q = readQuantity(row.value);
      if (!q) throw new Error('not a quantity');
      return setValue(row, row.value.replace(/^(≥|≤|=|>|<)?/, '≥'), ['≥', q.n, q.unit]);
    },
  },
  {
    id: 'value/operator-direction:rate-at-most',
    rule: 'value/operator-direction',
    description: '应当提高的比率写成 ≤（及时率 ≤95%）',
    on: 'table',
    apply(ctx) {
      const rows = rowsWith(project(ctx), ['quality', 'timeliness']).filter((r) => readQuantity(r.value)?.unit === '%');
      if (!rows.length) return mutationById('value/operator-direction:cost-at-least').apply(ctx);
      const row = ctx.rng.pick(rows);
      const q = readQuantity(row.value)!;
      const n = q.n === 100 ? 95 : q.n;
      return setValue(row, `≤${n}%`, ['≤', n, '%']);
    },
  },
  {
    id: 'value/satisfaction-range',
    rule: 'value/satisfaction-range',
    description: '满意度目标低于 80%',
    on: 'table',
    apply(ctx) {
      const row = pickRow(ctx, ['satisfaction']);
      const n = ctx.rng.pick([75, 70, 60, 78]);
      // The goal may quote the old figure: drop that claim (goal/indicator-mismatch is not this mutation's point).
      const p = project(ctx);
      p.goalClaims = p.goalClaims.filter((c) => c.indicator !== row.name);
      return setValue(row, `≥${n}%`, ['≥', n, '%']);
    },
  },
  {
    id: 'value/unit-mismatch',
    rule: 'value/unit-mismatch',
    description: '非成本指标使用货币单位（≥22 个 → ≥22 万元）',
    on: 'table',
    needs: { plainQuantities: 1 },
    apply(ctx) {
      const row = pickRow(ctx, rowsWith(project(ctx), ['quantity']).length ? ['quantity'] : ['matched-quantity']);
      const q = readQuantity(row.value);
      if (!q) throw new Error('not a quantity');
      return setValue(row, `${q.op}${fmt(q.n)} 万元`, [q.op || '=', q.n, '万元']);
    },
  },
  {
    id: 'value/qualitative-where-quantitative',
    rule: 'value/qualitative-where-quantitative',
    description: '数量指标填定性值（明显增加）',
    on: 'table',
    needs: { plainQuantities: 1 },
    apply(ctx) {
      const row = pickRow(ctx, rowsWith(project(ctx), ['quantity']).length ? ['quantity'] : ['matched-quantity']);
      return setValue(row, ctx.rng.pick(['明显增加', '逐步增加', '有效提高', '大幅提升']));
    },
  },
  {
    id: 'cost/missing-total',
    rule: 'cost/missing-total',
    description: '删去项目总成本一行',
    on: 'table',
    apply(ctx) {
      const [t] = removeRows(project(ctx), (i) => i.role === 'total');
      return `删去 ${t.name} ${t.value}`;
    },
  },
  {
    id: 'cost/total-exceeds-budget',
    rule: 'cost/total-exceeds-budget',
    description: '年度预算资金总额（及财政拨款、申报表金额）减少，总成本超出预算',
    on: 'table',
    apply(ctx) {
      const before = budget(ctx);
      shiftBudget(ctx, -delta(ctx, before, 0.03, 0.2));
      return `年度预算资金总额 ${before} → ${budget(ctx)}，项目总成本不变`;
    },
  },
  {
    id: 'cost/total-below-budget',
    rule: 'cost/total-below-budget',
    description: '年度预算资金总额（及财政拨款、申报表金额）增加，总成本低于预算',
    on: 'table',
    apply(ctx) {
      const before = budget(ctx);
      shiftBudget(ctx, delta(ctx, before, 0.03, 0.2));
      return `年度预算资金总额 ${before} → ${budget(ctx)}，项目总成本不变`;
    },
  },
  {
    id: 'cost/items-sum-mismatch',
    rule: 'cost/items-sum-mismatch',
    description: '改动一项分项成本，分项合计 ≠ 总成本',
    on: 'table',
    needs: { items: 2 },
    apply(ctx) {
      const row = pickRow(ctx, ['item']);
      const q = readQuantity(row.value);
      if (!q) throw new Error('not a quantity');
      let n = round(q.n + Math.max(0.5, round(q.n * ctx.rng.float(0.03, 0.2), 2)) * (ctx.rng.chance(0.5) ? 1 : -1), 2);
      if (n <= 0) n = round(q.n * 1.1 + 1, 2);
      return setValue(row, row.value.replace(/-?\d+(?:\.\d+)?/, fmt(n)), ['≤', n, q.unit]);
    },
  },
  {
    id: 'cost/item-exceeds-total',
    rule: 'cost/item-exceeds-total',
    description: '一项分项成本大于总成本',
    on: 'table',
    needs: { items: 2 },
    apply(ctx) {
      const row = pickRow(ctx, ['item']);
      const q = readQuantity(row.value);
      if (!q) throw new Error('not a quantity');
      const n = round(budget(ctx) + delta(ctx, budget(ctx), 0.05, 0.3), 2);
      return setValue(row, row.value.replace(/-?\d+(?:\.\d+)?/, fmt(n)), ['≤', n, q.unit]);
    },
  },
  {
    id: 'cost/unit-cost-mismatch',
    rule: 'cost/unit-cost-mismatch',
    description: '单位成本 × 数量 与总成本相差很大（标准翻倍或减半）',
    on: 'table',
    needs: { unitCost: true },
    apply(ctx) {
      const row = pickRow(ctx, ['unit-cost']);
      const q = readQuantity(row.value);
      if (!q) throw new Error('not a quantity');
      const factor = ctx.rng.pick([2, 0.5, 1.5, 3]);
      const decimals = (String(q.n).split('.')[1] ?? '').length;
      const n = round(q.n * factor, Math.max(decimals, 2));
      return `${setValue(row, row.value.replace(/-?\d+(?:\.\d+)?/, fmt(n)), [q.op || '=', n, q.unit])}（×${factor}）`;
    },
  },
  {
    id: 'cost/missing-breakdown',
    rule: 'cost/missing-breakdown',
    description: '只留项目总成本：删去全部分项成本和单位成本',
    on: 'table',
    apply(ctx) {
      const removed = removeRows(project(ctx), (i) => i.role === 'item' || i.role === 'unit-cost');
      return `删去 ${removed.map((r) => r.name).join('、')}`;
    },
  },
  {
    id: 'goal/indicator-mismatch',
    rule: 'goal/indicator-mismatch',
    description: '年度总体绩效目标中的数量与指标不一致（目标写 23739 米，指标 ≥15826 米）',
    on: 'table',
    needs: { goalQuantity: true },
    apply(ctx) {
      const p = project(ctx);
      const qtyNames = new Set(rowsWith(p, ['quantity', 'matched-quantity']).map((r) => r.name));
      const claim = p.goalClaims.find((c) => qtyNames.has(c.indicator));
      if (!claim || !p.goal) throw new Error('no quantity claim in the goal');
      const m = /-?\d+(?:\.\d+)?/.exec(claim.text);
      if (!m) throw new Error('claim without a figure');
      const n = Number(m[0]);
      const decimals = (m[0].split('.')[1] ?? '').length;
      let changed = round(n * ctx.rng.pick([1.5, 0.6, 2, 0.8]), decimals);
      if (changed === n) changed = n + 1;
      const text = claim.text.replace(m[0], fmt(changed));
      p.goal = p.goal.replace(claim.text, text);
      claim.text = text;
      return `目标中 ${m[0]} → ${fmt(changed)}（指标 ${claim.indicator}）`;
    },
  },
  {
    id: 'summary/amount-mismatch',
    rule: 'summary/amount-mismatch',
    description: '申报表中一个项目金额 ≠ 其表的年度预算资金总额',
    on: 'summary',
    adjustVariant: withSummary,
    apply(ctx) {
      const row = ctx.wb.summary?.rows.find((r) => r.project === ctx.target);
      if (!row || typeof row.amount !== 'number') throw new Error('no summary row');
      const before = row.amount;
      row.amount = round(before + delta(ctx, before) * (ctx.rng.chance(0.5) ? 1 : -1), 2);
      return `申报表 ${row.name}: ${before} → ${row.amount}`;
    },
  },
  {
    id: 'summary/project-missing:extra-row',
    rule: 'summary/project-missing',
    description: '申报表多出一行，工作簿中没有对应的项目表',
    on: 'summary',
    adjustVariant: withSummary,
    apply(ctx) {
      const s = ctx.wb.summary;
      if (!s) throw new Error('no summary');
      const present = new Set(ctx.wb.projects.map((p) => p.archetype));
      const arch = ctx.rng.pick(ARCHETYPES.filter((a) => !present.has(a.key)));
      const county = ctx.rng.pick(COUNTIES);
      const name = ctx.rng.pick(arch.names).replace('{place}', county).replace('{year}', String(ctx.wb.year));
      const dept = `${county}${arch.departments[0][0]}`;
      const amount = round(ctx.rng.float(arch.budget[0], arch.budget[1]), 2);
      s.rows.splice(ctx.rng.int(0, s.rows.length), 0, { dept, name, amount, project: null });
      return `申报表新增 ${name}（${amount} 万元），无对应项目表`;
    },
  },
  {
    id: 'summary/project-missing:dropped-row',
    rule: 'summary/project-missing',
    description: '申报表漏列一个项目（项目表在，申报表无此行）',
    on: 'table',
    eitherSheet: true,
    adjustVariant: withSummary,
    apply(ctx) {
      const s = ctx.wb.summary;
      if (!s) throw new Error('no summary');
      const row = s.rows.find((r) => r.project === ctx.target);
      s.rows = s.rows.filter((r) => r !== row);
      return `申报表删去 ${row?.name}`;
    },
  },
  {
    id: 'summary/name-mismatch:department',
    rule: 'summary/name-mismatch',
    description: '申报表中的部门名称与项目表的主管部门不同',
    on: 'summary',
    eitherSheet: true,
    adjustVariant: withSummary,
    apply(ctx) {
      const row = ctx.wb.summary?.rows.find((r) => r.project === ctx.target);
      if (!row) throw new Error('no summary row');
      const before = row.dept;
      const county = COUNTIES.find((c) => before.includes(c)) ?? ctx.rng.pick(COUNTIES);
      row.dept = `${county}${ctx.rng.pick(OTHER_DEPARTMENTS)}`;
      return `申报表部门 ${before} → ${row.dept}`;
    },
  },
  {
    id: 'summary/name-mismatch:project-name',
    rule: 'summary/name-mismatch',
    description: '申报表中的项目名称与项目表略有不同（错一两个字）',
    on: 'summary',
    eitherSheet: true,
    adjustVariant: withSummary,
    apply(ctx) {
      const row = ctx.wb.summary?.rows.find((r) => r.project === ctx.target);
      if (!row) throw new Error('no summary row');
      const before = row.name;
      const county = COUNTIES.find((c) => before.includes(c));
      if (county) row.name = before.replace(county, county[0] + (county[1] === '阳' ? '阴' : '阳') + county.slice(2));
      else row.name = before.length > 4 ? `${before.slice(0, -2)}专项${before.slice(-2)}` : `${before}专项`;
      return `申报表项目名称 ${before} → ${row.name}`;
    },
  },
  {
    id: 'summary/total-mismatch',
    rule: 'summary/total-mismatch',
    description: '申报表 合计 ≠ 各行之和',
    on: 'summary',
    adjustVariant: withSummaryTotal,
    apply(ctx) {
      const s = ctx.wb.summary;
      if (!s) throw new Error('no summary');
      const sum = round(
        s.rows.reduce((a, r) => a + (typeof r.amount === 'number' ? r.amount : 0), 0),
        2,
      );
      s.total = round(sum + delta(ctx, sum, 0.01, 0.05) * (ctx.rng.chance(0.5) ? 1 : -1), 2);
      return `合计 ${sum} → ${s.total}`;
    },
  },
  {
    id: 'weights/sum-not-100',
    rule: 'weights/sum-not-100',
    description: '权重合计不等于 100（如 90、105）',
    on: 'table',
    adjustVariant: withWeights,
    apply(ctx) {
      const p = project(ctx);
      const d = ctx.rng.pick([-10, -5, 5, 10]);
      const rows = p.indicators.filter((i) => i.weight > Math.abs(d));
      const row = rows.length ? ctx.rng.pick(rows) : p.indicators[0];
      row.weight = Math.max(1, row.weight + d);
      const total = p.indicators.reduce((s, i) => s + i.weight, 0);
      return `${row.name} 权重 ${row.weight - d} → ${row.weight}，合计 ${total}`;
    },
  },
];

/** Mutations that change the rows keep the weights at 100 unless weights are their point. */
export function rebalanceWeights(m: Mutation, p: GenProject, rng: Rng): void {
  if (m.rule === 'weights/sum-not-100') return;
  const sum = p.indicators.reduce((s, i) => s + i.weight, 0);
  if (sum !== 100 && p.indicators.length) assignWeights(rng, p.indicators);
}

export function mutationsFor(rule: string): Mutation[] {
  return MUTATIONS.filter((m) => m.rule === rule);
}

export function mutationById(id: string): Mutation {
  const m = MUTATIONS.find((x) => x.id === id);
  if (!m) throw new Error(`unknown mutation ${id}`);
  return m;
}
