import { buildTable, parseSeedProjects } from './table-builder';

describe('table builder', () => {
  it('reads the 15 seed projects', () => {
    const seed = parseSeedProjects();
    expect(seed).toHaveLength(15);
    expect(seed[0].spec.indicators[0]).toEqual(['成本指标', '经济成本指标', '项目总成本', '≤1000 万元']);
    const t = buildTable(seed[5].spec);
    expect(t.funds.total?.amount).toBe(2010);
    expect(t.indicators[0].level1?.canonical).toBe('成本指标');
    expect(t.indicators[1].level1?.cell).toEqual(t.indicators[0].level1?.cell);
  });
});
