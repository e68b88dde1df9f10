import { buildTable, parseSeedProjects, type IndicatorRow } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import { sumNot100 } from './sum-not-100';

const ctx = { profile: DEFAULT_PROFILE };

/** A seed table's indicators with weights: 100 spread evenly, the rest on the last row. */
function weighted(rows: IndicatorRow[], total = 100): IndicatorRow[] {
  const each = Math.floor(total / rows.length);
  return rows.map(([a, b, c, d], i) => [a, b, c, d, i === rows.length - 1 ? total - each * (rows.length - 1) : each]);
}

describe('weights/sum-not-100', () => {
  const seed = parseSeedProjects()[0].spec;

  it('is silent on tables without a weights column (the seed)', () => {
    for (const p of parseSeedProjects()) expect(sumNot100.check(buildTable(p.spec), ctx)).toEqual([]);
  });

  it('is silent when the weights total 100 (also with decimals)', () => {
    expect(sumNot100.check(buildTable({ ...seed, weights: true, indicators: weighted(seed.indicators) }), ctx)).toEqual([]);
    const thirds: IndicatorRow[] = seed.indicators.slice(0, 3).map(([a, b, c, d]) => [a, b, c, d, 33.333]);
    const [a, b, c, d] = seed.indicators[3];
    thirds.push([a, b, c, d, 0.001]);
    expect(sumNot100.check(buildTable({ ...seed, weights: true, indicators: thirds }), ctx)).toEqual([]);
  });

  it('fires at the first weight cell when the weights total 90', () => {
    const t = buildTable({ ...seed, weights: true, indicators: weighted(seed.indicators, 90) });
    const issues = sumNot100.check(t, ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual(t.indicators[0].weight!.cell);
    expect(issues[0].message).toContain('权重合计 90 ≠ 100');
  });

  it('counts blank or non-numeric weights as 0 and says so', () => {
    const rows = weighted(seed.indicators);
    const [a, b, c, d] = rows[2];
    rows[2] = [a, b, c, d, '待定'];
    const issues = sumNot100.check(buildTable({ ...seed, weights: true, indicators: rows }), ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('1 个为空或不是数字');
  });

  it('is silent when the table claims a weights column but no indicator has a weight cell', () => {
    const t = buildTable({ ...seed, indicators: seed.indicators });
    expect(sumNot100.check({ ...t, layout: { ...t.layout, hasWeights: true } }, ctx)).toEqual([]);
  });
});
