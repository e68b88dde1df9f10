/** The header/funds/indicator/value rules never throw, whatever is null or odd in the model. */
import { buildTable, parseSeedProjects } from '../../../../test/support/table-builder';
import { BUILTIN_PROFILES } from '../../profile';
import type { TableRule } from '../../rule';
import type { TargetTable, TargetValue } from '../../model';
import { headerRules } from '../header';
import { fundsRules } from '../funds';
import { indicatorRules } from '../indicator';
import { valueRules } from '.';

const RULES = [...headerRules, ...fundsRules, ...indicatorRules, ...valueRules] as TableRule[];

/** A small seeded generator (mulberry32), so failures reproduce. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VALUES: TargetValue[] = [
  { kind: 'empty' },
  { kind: 'placeholder', text: 'XX' },
  { kind: 'quantity', text: '≥95', operator: '>=', operatorExplicit: true, number: 95, unit: null },
  { kind: 'quantity', text: '-3%', operator: '=', operatorExplicit: false, number: -3, unit: { text: '%', base: '%', per: [], kind: 'percent' } },
  { kind: 'quantity', text: '≥1e9元', operator: '>=', operatorExplicit: true, number: 1e9, unit: { text: '元', base: '元', per: [], kind: 'money' } },
  { kind: 'quantity', text: 'NaN', operator: '>', operatorExplicit: true, number: Number.NaN, unit: { text: '', base: '', per: [], kind: 'other' } },
  { kind: 'date', text: '12月底前', operator: '<=', year: null, month: 12, day: null },
  { kind: 'qualitative', text: '' },
  { kind: 'unparseable', text: '#REF!' },
];

function mutate(t: TargetTable, r: () => number): TargetTable {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const maybe = <T>(x: T): T | null => (r() < 0.3 ? null : x);
  const out: TargetTable = {
    ...t,
    projectName: maybe(t.projectName),
    category: maybe(t.category ? { ...t.category, text: pick(['', '专项', '特定目标类', ' ']) } : null),
    department: maybe(t.department),
    implementingUnit: maybe(t.implementingUnit),
    goal: maybe(t.goal),
    indicatorHeaderRow: r() < 0.3 ? null : t.indicatorHeaderRow,
    funds: {
      total: maybe(t.funds.total ? { ...t.funds.total, amount: pick([null, 0, -1, 1e12, t.funds.total.amount]), invalid: r() < 0.2 } : null),
      fiscal: maybe(t.funds.fiscal),
      carryover: maybe(t.funds.carryover),
      other: maybe(t.funds.other ? { ...t.funds.other, invalid: r() < 0.3 } : null),
    },
    indicators: t.indicators
      .filter(() => r() > 0.1)
      .map((ind) => ({
        ...ind,
        level1: r() < 0.2 ? null : ind.level1 && { ...ind.level1, canonical: r() < 0.2 ? null : ind.level1.canonical, text: r() < 0.1 ? '' : ind.level1.text },
        level2: r() < 0.2 ? null : ind.level2 && { ...ind.level2, canonical: r() < 0.2 ? null : ind.level2.canonical },
        name: r() < 0.15 ? null : ind.name && { ...ind.name, text: r() < 0.1 ? ' ' : r() < 0.05 ? '长'.repeat(60) : ind.name.text },
        value: r() < 0.3 ? { ...ind.value, text: pick(['', ind.value.text, 'XX']), parsed: pick(VALUES) } : ind.value,
      })),
  };
  return out;
}

describe('robustness', () => {
  it('no rule throws on 3,000 mutated seed tables, and every cell is a valid address', () => {
    const r = rng(20240601);
    const seeds = parseSeedProjects().map((p) => buildTable(p.spec));
    let findings = 0;
    for (let i = 0; i < 3000; i++) {
      const t = mutate(seeds[i % seeds.length], r);
      for (const framework of ['2024', 'classic'] as const) {
        for (const rule of RULES) {
          const issues = rule.check(t, { profile: BUILTIN_PROFILES[framework] });
          for (const is of issues) {
            expect(Number.isInteger(is.cell.row) && is.cell.row >= 0).toBe(true);
            expect(Number.isInteger(is.cell.col) && is.cell.col >= 0).toBe(true);
            expect(is.message.length).toBeGreaterThan(0);
          }
          findings += issues.length;
        }
      }
    }
    expect(findings).toBeGreaterThan(1000);
  });

  it('every rule has an id in its group, a Chinese title and description', () => {
    const ids = RULES.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(23);
    for (const x of RULES) {
      expect(x.id).toMatch(/^(header|funds|indicator|value)\/[a-z0-9-]+$/);
      expect(x.title).toMatch(/[\u4e00-\u9fa5]/);
      expect(x.description.length).toBeGreaterThan(30);
      expect(x.scope).toBe('table');
    }
  });
});
