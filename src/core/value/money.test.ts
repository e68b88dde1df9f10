import { convertMoney, findMoneyUnit, parseAmount, perUnitMoney, quantityInWan, unitWan, wanPerUnit } from './money';
import { parseSplitValue, parseTargetValue } from './parse';
import { parseSeedProjects } from '../../../test/support/table-builder';

describe('wanPerUnit', () => {
  test.each([
    ['元', 0.0001],
    ['千元', 0.1],
    ['万元', 1],
    ['亿元', 10000],
    ['百万元', 100],
    ['千万元', 1000],
    [' 万元 ', 1],
    ['（元）', 0.0001],
    ['万', 1],
  ])('%s → %s', (u, f) => expect(wanPerUnit(u)).toBe(f));
  test('not money', () => {
    for (const u of ['人', '%', '', '万元/村', '美元']) expect(wanPerUnit(u)).toBeNull();
  });
});

describe('parseAmount', () => {
  test('numbers in the given unit', () => {
    expect(parseAmount(1000)).toBe(1000);
    expect(parseAmount(1000, '元')).toBe(0.1);
    expect(parseAmount(12345, '元')).toBe(1.2345);
    expect(parseAmount(1.5, '亿元')).toBe(15000);
    expect(parseAmount(0)).toBe(0);
    expect(parseAmount(Number.NaN)).toBeNull();
  });

  test('text: separators, full width, spaces, currency signs', () => {
    expect(parseAmount('1,000.00')).toBe(1000);
    expect(parseAmount('１０００')).toBe(1000);
    expect(parseAmount('１，０００．５０')).toBe(1000.5);
    expect(parseAmount('1 000')).toBe(1000);
    expect(parseAmount(' 1,680.92 ')).toBe(1680.92);
    expect(parseAmount('¥1,000.00')).toBe(1000);
    expect(parseAmount('-12.5')).toBe(-12.5);
    expect(parseAmount('10,000,000', '元')).toBe(1000);
  });

  test('a unit in the text wins over the given unit', () => {
    expect(parseAmount('1000万元', '元')).toBe(1000);
    expect(parseAmount('5000000元')).toBe(500);
    expect(parseAmount('1.2亿元')).toBe(12000);
    expect(parseAmount('1.2亿')).toBe(12000);
    expect(parseAmount('1000万', '元')).toBe(1000);
    expect(parseAmount('300千元')).toBe(30);
  });

  test('no amount', () => {
    for (const v of ['', '  ', '-', '—', '待定', 'abc', '1,2', '100人', '1.2.3']) expect(parseAmount(v)).toBeNull();
    expect(parseAmount(null)).toBeNull();
    expect(parseAmount(true)).toBeNull();
    expect(parseAmount({ error: '#REF!' })).toBeNull();
  });

  test('the seed funds', () => {
    for (const p of parseSeedProjects()) {
      const total = parseAmount(p.spec.total as string);
      const fiscal = parseAmount(p.spec.fiscal as string);
      expect(total).not.toBeNull();
      expect(total).toBe(fiscal);
      expect(parseAmount(p.spec.carryover as string)).toBe(0);
    }
  });
});

describe('quantityInWan and perUnitMoney', () => {
  test('money quantities in 万元', () => {
    expect(quantityInWan(parseTargetValue('≤1000 万元'))).toBe(1000);
    expect(quantityInWan(parseTargetValue('≤5000000元'))).toBe(500);
    expect(quantityInWan(parseTargetValue('≤1.2亿元'))).toBe(12000);
    expect(quantityInWan(parseTargetValue('≤300千元'))).toBe(30);
    expect(quantityInWan(parseSplitValue('≤', 228.5, '万元'))).toBe(228.5);
  });

  test('not plain money', () => {
    for (const t of ['≤21.27万元/村', '100%', '≥1300 人', '明显提高', '待定', '', '2024年6月底']) expect(quantityInWan(parseTargetValue(t))).toBeNull();
    expect(quantityInWan(null)).toBeNull();
  });

  test('per-unit money', () => {
    expect(perUnitMoney(parseTargetValue('≤21.27万元/村'))).toMatchObject({ amountWan: 21.27, per: ['村'], operator: '<=' });
    expect(perUnitMoney(parseTargetValue('=2010 元/月'))).toMatchObject({ amountWan: 0.201, per: ['月'] });
    expect(perUnitMoney(parseTargetValue('≤0.12 万元/年/人'))).toMatchObject({ amountWan: 0.12, per: ['年', '人'] });
    expect(perUnitMoney(parseTargetValue('17元/人.每天'))).toMatchObject({ amountWan: 0.0017, per: ['人', '天'] });
    expect(perUnitMoney(parseTargetValue('≤1000 万元'))).toBeNull();
    expect(perUnitMoney(parseTargetValue('4 万吨/每天'))).toBeNull();
  });

  test('unitWan, convertMoney, findMoneyUnit', () => {
    const v = parseTargetValue('≤1000元');
    expect(v.kind === 'quantity' && unitWan(v.unit)).toBe(0.0001);
    expect(unitWan(null)).toBeNull();
    expect(convertMoney(1, '亿元', '万元')).toBe(10000);
    expect(convertMoney(10000, '元', '万元')).toBe(1);
    expect(convertMoney(1, '万元', '元')).toBe(10000);
    expect(convertMoney(1, '人', '元')).toBeNull();
    expect(findMoneyUnit('项目资金（万元）')).toBe('万元');
    expect(findMoneyUnit('金额(元)')).toBe('元');
    expect(findMoneyUnit('预算（亿元）')).toBe('亿元');
    expect(findMoneyUnit('项目资金')).toBeNull();
  });

  test('the seed: itemised costs add up to the total in every table but the known ones', () => {
    // The 单位成本 rows carry a per unit and are excluded by perUnitMoney/quantityInWan.
    const sums = parseSeedProjects().map((p) => {
      const costs = p.spec.indicators.filter((i) => i[0] === '成本指标');
      const total = quantityInWan(parseTargetValue(costs.find((i) => i[2].includes('总成本'))![3]));
      const items = costs.filter((i) => !i[2].includes('总成本')).map((i) => quantityInWan(parseTargetValue(i[3])));
      const sum = items.reduce<number>((s, x) => s + (x ?? 0), 0);
      return { total, sum: Math.round(sum * 100) / 100, perUnit: costs.filter((i) => perUnitMoney(parseTargetValue(i[3]))).length };
    });
    expect(sums[0]).toEqual({ total: 1000, sum: 1000, perUnit: 0 });
    expect(sums[2]).toEqual({ total: 1680.92, sum: 1680.92, perUnit: 0 });
    expect(sums.every((s) => s.total !== null)).toBe(true);
    expect(sums.some((s) => s.perUnit > 0)).toBe(true);
  });
});

describe('parseAmount: amounts as finance writes them', () => {
  test.each([
    ['100万元整', 100],
    ['人民币壹佰万元整', 100],
    ['壹佰万元', 100],
    ['一百万元', 100],
    ['壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元', 1234.5678],
    ['叁亿零伍佰万元', 30500],
    ['100万元（含中央资金50万元）', 100],
    ['100万元(大写:壹佰万元整)', 100],
    ['一千万', 1000],
  ])('%s → %d 万元', (text, wan) => expect(parseAmount(text)).toBe(wan));
  test.each(['万元', '三四万元', '一百', '一亿万元', '壹佰'])('%s is no amount', (text) => expect(parseAmount(text)).toBeNull());
});
