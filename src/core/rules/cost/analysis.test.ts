import { buildTable, type IndicatorRow } from '../../../../test/support/table-builder';
import { analyzeCosts } from './analysis';

const classic = (name: string, value: string): IndicatorRow => ['产出指标', '成本指标', name, value];

describe('cost analysis: which of several "…总成本" lines is the total', () => {
  it('takes the line the other money lines add up to, wherever it stands (Inner Mongolia 2021 form)', () => {
    const t = buildTable({
      indicators: [
        classic('出差单位成本', '=0万元/人'),
        classic('出差总成本', '=1万元'),
        classic('劳务人员总成本', '=2万元'),
        classic('办公费总成本', '=0万元'),
        classic('年度预算总成本', '=3万元'),
      ],
    });
    const a = analyzeCosts(t);
    expect(a.total?.name).toBe('年度预算总成本');
    expect(a.items.map((i) => [i.name, i.amount])).toEqual([
      ['出差总成本', 1],
      ['劳务人员总成本', 2],
      ['办公费总成本', 0],
    ]);
    expect(a.unitCosts.map((u) => u.name)).toEqual(['出差单位成本']);
  });

  it('takes the project\'s named total when no line is the sum of the others', () => {
    const a = analyzeCosts(buildTable({ indicators: [classic('设备总成本', '≤40万元'), classic('项目总成本', '≤100万元'), classic('人工费', '≤30万元')] }));
    expect(a.total?.name).toBe('项目总成本');
  });

  it('else takes the largest: no part exceeds the whole', () => {
    const a = analyzeCosts(buildTable({ indicators: [classic('出差总成本', '≤1万元'), classic('培训总成本', '≤5万元'), classic('资料费', '≤2万元')] }));
    expect(a.total?.name).toBe('培训总成本');
  });

  it('keeps the first when it is the largest, and with a single candidate', () => {
    expect(analyzeCosts(buildTable({ indicators: [classic('项目总成本', '≤100万元'), classic('设备总成本', '≤40万元')] })).total?.name).toBe(
      '项目总成本',
    );
    expect(analyzeCosts(buildTable({ indicators: [classic('工程费', '≤60万元'), classic('总成本', '≤100万元')] })).total?.name).toBe('总成本');
  });

  it('keeps the first when a candidate has no money amount (nothing to weigh)', () => {
    const a = analyzeCosts(buildTable({ indicators: [classic('项目总成本', '控制在预算内'), classic('设备总成本', '≤40万元')] }));
    expect(a.total?.name).toBe('项目总成本');
  });
});

describe('cost analysis: when no line is the sum of the others', () => {
  it('prefers the line named as the project\'s total over a larger programme figure', () => {
    const a = analyzeCosts(buildTable({ indicators: [classic('项目总成本', '≤100万元'), classic('项目总投资', '≤150万元'), classic('工程费', '≤60万元')] }));
    expect(a.total?.name).toBe('项目总成本');
  });
});
