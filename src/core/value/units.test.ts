import { convertQuantity, countedThing, isKnownUnit, longestUnitPrefix, parseUnit, unitCountsPer, unitDef } from './units';
import { parseTargetValue } from './parse';

function unitOf(text: string) {
  const v = parseTargetValue(text);
  if (v.kind !== 'quantity' || !v.unit) throw new Error(`${text}: no unit`);
  return v.unit;
}

describe('parseUnit', () => {
  test('plain and compound units', () => {
    expect(parseUnit('万元/年/人')).toMatchObject({ text: '万元/年/人', base: '万元', per: ['年', '人'], kind: 'money', canonical: '元', scale: 10000 });
    expect(parseUnit('元/人.每天')).toMatchObject({ base: '元', per: ['人', '天'], kind: 'money' });
    expect(parseUnit('万吨/每天')).toMatchObject({ base: '万吨', per: ['天'], kind: 'weight', scale: 10000 });
    expect(parseUnit('元／人·月')).toMatchObject({ base: '元', per: ['人', '月'] });
    expect(parseUnit('元/人月')).toMatchObject({ base: '元', per: ['人', '月'] });
    expect(parseUnit('元/人次')).toMatchObject({ base: '元', per: ['人次'] });
    expect(parseUnit('（万元）')).toMatchObject({ base: '万元', kind: 'money' });
    expect(parseUnit(' ％ ')).toMatchObject({ base: '%', kind: 'percent' });
    expect(parseUnit('')).toBeNull();
    expect(parseUnit('  ')).toBeNull();
  });

  test('magnitude prefixes scale counts', () => {
    expect(parseUnit('万人')).toMatchObject({ kind: 'count', canonical: '人', scale: 10000 });
    expect(parseUnit('万人次')).toMatchObject({ kind: 'count', canonical: '人次', scale: 10000 });
    expect(parseUnit('千户')).toMatchObject({ kind: 'count', canonical: '户', scale: 1000 });
  });

  test('unknown text is a unit of kind other', () => {
    expect(parseUnit('垛')).toMatchObject({ base: '垛', kind: 'other', per: [] });
    expect(parseUnit('垛/年')).toMatchObject({ base: '垛', kind: 'other', per: ['年'] });
  });

  test('scales and canonical units', () => {
    expect(unitDef('公里')).toEqual({ kind: 'length', canonical: '米', scale: 1000 });
    expect(unitDef('万平方米')).toEqual({ kind: 'area', canonical: '平方米', scale: 10000 });
    expect(unitDef('亿元')).toEqual({ kind: 'money', canonical: '元', scale: 1e8 });
    expect(unitDef('‰')?.scale).toBe(0.1);
    expect(unitDef('个月')).toEqual({ kind: 'time', canonical: '天', scale: 30 });
    expect(unitDef('abc')).toBeNull();
    expect(isKnownUnit('人次')).toBe(true);
    expect(longestUnitPrefix('万平方米道路')).toBe('万平方米');
    expect(longestUnitPrefix('个镇街')).toBe('个');
    expect(longestUnitPrefix('米供水管网')).toBe('米');
  });
});

describe('matching per units with quantities', () => {
  test('万元/村 matches 94村, 94个村, 94个行政村', () => {
    for (const t of ['94村', '≥94个村', '≥94个行政村']) expect(unitCountsPer(unitOf(t), '村')).toBe(true);
    expect(unitCountsPer(unitOf('≥94个'), '村')).toBe(false);
    expect(countedThing(unitOf('≥94个村'))).toBe('村');
    expect(countedThing(unitOf('≥1300 人'))).toBe('人');
  });

  test('元/月 matches 12个月 and 12月; 元/人 matches 人 and 人次', () => {
    expect(unitCountsPer(unitOf('=12 个月'), '月')).toBe(true);
    expect(unitCountsPer(unitOf('12月'), '月')).toBe(true);
    expect(unitCountsPer(unitOf('≥1300 人'), '人')).toBe(true);
    expect(unitCountsPer(unitOf('≥500人次'), '人')).toBe(true);
    expect(unitCountsPer(unitOf('≥1300 人'), '月')).toBe(false);
  });
});

describe('convertQuantity', () => {
  test('same measure, different scale', () => {
    expect(convertQuantity(107, unitOf('107 万平方米'), unitOf('1 平方米'))).toBe(1070000);
    expect(convertQuantity(15.826, unitOf('15.826公里'), unitOf('1米'))).toBeCloseTo(15826, 6);
    expect(convertQuantity(1, unitOf('1亿元'), unitOf('1万元'))).toBe(10000);
    expect(convertQuantity(1, unitOf('1万人'), unitOf('1人'))).toBe(10000);
    expect(convertQuantity(2, unitOf('2年'), unitOf('1个月'))).toBeCloseTo(24.33, 1);
  });

  test('different measures or denominators do not convert', () => {
    expect(convertQuantity(1, unitOf('1人'), unitOf('1个'))).toBeNull();
    expect(convertQuantity(1, unitOf('1米'), unitOf('1平方米'))).toBeNull();
    expect(convertQuantity(1, unitOf('1元/月'), unitOf('1元'))).toBeNull();
    expect(convertQuantity(1, unitOf('1元/月'), unitOf('1元/年'))).toBeNull();
    expect(convertQuantity(1, unitOf('1万元/村'), unitOf('1元/村'))).toBe(10000);
  });
});
