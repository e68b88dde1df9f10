import * as path from 'path';
import type { TargetValue } from '../model';
import { TargetValueSchema } from '../model';
import { parseSeedProjects } from '../../../test/support/table-builder';
import { readXlsxFile } from '../../node/xlsx';
import { isPlaceholderValue, normalizeValueText, parseOperator, parseValueRange, parseSplitValue, parseTargetValue, chineseNumeral } from './parse';

const FIXTURES = path.join(__dirname, '../../../test/fixtures');

function q(text: string) {
  const v = parseTargetValue(text);
  if (v.kind !== 'quantity') throw new Error(`${text}: expected a quantity, got ${JSON.stringify(v)}`);
  return v;
}

function kindOf(text: string): TargetValue['kind'] {
  return parseTargetValue(text).kind;
}

describe('normalizeValueText', () => {
  test.each([
    ['１００％', '100%'],
    ['＞＝９５％', '≥95%'],
    ['≥ 95 %', '≥95%'],
    ['≤1000 万元', '≤1000万元'],
    ['1,000.00万元', '1000.00万元'],
    ['1，000，000元', '1000000元'],
    ['100%。', '100%'],
    ['≧95％', '≥95%'],
    ['95%以上（含）', '95%以上'],
    ['\u3000≥\u00a095%\u3000', '≥95%'],
  ])('%s → %s', (input, out) => {
    expect(normalizeValueText(input)).toBe(out);
  });
});

describe('operators', () => {
  test.each([
    ['≥95%', '>='],
    ['≧95%', '>='],
    ['>=95%', '>='],
    ['＞＝95%', '>='],
    ['=>95%', '>='],
    ['不低于95%', '>='],
    ['不少于95%', '>='],
    ['不小于95%', '>='],
    ['大于等于95%', '>='],
    ['大于或等于95%', '>='],
    ['至少95%', '>='],
    ['95%以上', '>='],
    ['95%及以上', '>='],
    ['达到95%', '>='],
    ['≤1000万元', '<='],
    ['≦1000万元', '<='],
    ['<=1000万元', '<='],
    ['＜＝1000万元', '<='],
    ['不超过1000万元', '<='],
    ['不高于1000万元', '<='],
    ['不大于1000万元', '<='],
    ['小于等于1000万元', '<='],
    ['控制在1000万元以内', '<='],
    ['1000万元以内', '<='],
    ['1000万元以下', '<='],
    ['48h内', '<='],
    ['=20年', '='],
    ['＝20年', '='],
    ['═20年', '='],
    ['等于20年', '='],
    ['>95%', '>'],
    ['＞95%', '>'],
    ['大于95%', '>'],
    ['超过95%', '>'],
    ['<5%', '<'],
    ['＜5%', '<'],
    ['小于5%', '<'],
    ['低于5%', '<'],
  ])('%s → %s (explicit)', (text, op) => {
    const v = q(text);
    expect(v.operator).toBe(op);
    expect(v.operatorExplicit).toBe(true);
  });

  test('no operator reads as "=" and says so', () => {
    for (const t of ['100%', '94个', '342 人', '12 个月', '约100人', '100人左右', '完成100%']) {
      const v = q(t);
      expect(v.operator).toBe('=');
      expect(v.operatorExplicit).toBe(false);
    }
  });

  test('1200余人 and 1000多人 read as ≥ (explicit)', () => {
    for (const [t, n] of [
      ['1200余人', 1200],
      ['1000多人', 1000],
    ] as const) {
      const v = q(t);
      expect(v).toMatchObject({ operator: '>=', operatorExplicit: true, number: n });
      expect(v.unit?.base).toBe('人');
    }
  });

  test('agreeing operators combine, contradicting ones are unparseable', () => {
    expect(q('≥95%以上').operator).toBe('>=');
    expect(q('不低于95%以上').operator).toBe('>=');
    expect(kindOf('≤95%以上')).toBe('unparseable');
    expect(kindOf('≥≤95%')).toBe('unparseable');
    expect(kindOf('不超过1200余人')).toBe('unparseable');
  });

  test('parseOperator reads any spelling', () => {
    expect(parseOperator('＞＝')).toBe('>=');
    expect(parseOperator('不低于')).toBe('>=');
    expect(parseOperator('以上')).toBe('>=');
    expect(parseOperator('正向')).toBe('>=');
    expect(parseOperator('反向')).toBe('<=');
    expect(parseOperator('≦')).toBe('<=');
    expect(parseOperator('')).toBeNull();
    expect(parseOperator('abc')).toBeNull();
  });
});

describe('numbers', () => {
  test('full-width digits, thousand separators and spaces', () => {
    expect(q('１００％').number).toBe(100);
    expect(q('≤１，０００．５万元').number).toBe(1000.5);
    expect(q('≤1,000.00 万元').number).toBe(1000);
    expect(q('≤1,234,567元').number).toBe(1234567);
    expect(q('≥ 95 %').number).toBe(95);
    expect(q(' ≤ 1 000 万元 ').number).toBe(1000);
    expect(q('100%。').number).toBe(100);
    expect(q('-5%').number).toBe(-5);
    expect(q('0.5%').number).toBe(0.5);
  });

  test('Chinese numerals before an exact unit', () => {
    expect(q('两次')).toMatchObject({ number: 2, unit: { base: '次' } });
    expect(q('十二个月')).toMatchObject({ number: 12, unit: { base: '个月', kind: 'time' } });
    expect(q('不少于三千人')).toMatchObject({ number: 3000, operator: '>=' });
    expect(q('百分之九十五')).toMatchObject({ number: 95, unit: { kind: 'percent' } });
    expect(q('百分之百')).toMatchObject({ number: 100, unit: { kind: 'percent' } });
    for (const t of ['一致', '一次性', '三星级', '十分满意', '一流']) expect(kindOf(t)).toBe('qualitative');
    expect(chineseNumeral('三千五百')).toBe(3500);
    expect(chineseNumeral('十')).toBe(10);
    expect(chineseNumeral('三四')).toBeNull();
  });

  test('ranges read as ≥ the lower bound; parseValueRange gives both', () => {
    for (const t of ['90-95%', '90%-95%', '90~95%', '90～95%', '90至95%', '90—95%']) {
      const v = q(t);
      expect(v).toMatchObject({ operator: '>=', operatorExplicit: true, number: 90 });
      expect(v.unit?.kind).toBe('percent');
      expect(parseValueRange(t)).toMatchObject({ low: 90, high: 95 });
    }
    expect(q('5-10个工作日').unit?.canonical).toBe('工作日');
    expect(parseValueRange('95%')).toBeNull();
    expect(kindOf('95-90%')).toBe('unparseable');
    expect(kindOf('≥90-95%')).toBe('unparseable');
  });

  test('the indicator name repeated before the figure', () => {
    expect(q('合格率100%')).toMatchObject({ number: 100, operator: '=', operatorExplicit: false, unit: { kind: 'percent' } });
    expect(q('完成率达到95%')).toMatchObject({ number: 95, operator: '>=' });
    expect(q('满意度≥90%')).toMatchObject({ number: 90, operator: '>=' });
    expect(q('补助标准为600元/月')).toMatchObject({ number: 600, unit: { base: '元', per: ['月'] } });
    expect(kindOf('较上年提高5%')).toBe('qualitative');
  });

  test('a ratio and a bracketed note', () => {
    expect(q('1:1')).toMatchObject({ number: 1, unit: { kind: 'other' } });
    expect(q('3：1').number).toBe(3);
    expect(q('≥95%（抽样）')).toMatchObject({ number: 95, operator: '>=', unit: { base: '%' } });
    expect(q('1000（万元）')).toMatchObject({ number: 1000, unit: { base: '万元', kind: 'money' } });
  });
});

describe('units', () => {
  test.each([
    // As real tables write them: a price with its money unit left out, a per-day standard after a dot,
    // 百分比 spelled out.
    ['≤28.40/株', '元', ['株'], 'money'],
    ['17元/人.每天', '元', ['人', '天'], 'money'],
    ['≥100百分比', '百分比', [], 'percent'],
    ['≤1000万元', '万元', [], 'money'],
    ['≤500元', '元', [], 'money'],
    ['≤1.2亿元', '亿元', [], 'money'],
    ['≤300千元', '千元', [], 'money'],
    ['≥4000人', '人', [], 'count'],
    ['≥500人次', '人次', [], 'count'],
    ['≥3个', '个', [], 'count'],
    ['≥2项', '项', [], 'count'],
    ['≥12次', '次', [], 'count'],
    ['≥1座', '座', [], 'count'],
    ['≥94村', '村', [], 'count'],
    ['≥300户', '户', [], 'count'],
    ['≥5台', '台', [], 'count'],
    ['≥3套', '套', [], 'count'],
    ['≥10家', '家', [], 'count'],
    ['≥2所', '所', [], 'count'],
    ['≥5条', '条', [], 'count'],
    ['≥100件', '件', [], 'count'],
    ['≥3辆', '辆', [], 'count'],
    ['≥2批', '批', [], 'count'],
    ['≥4期', '期', [], 'count'],
    ['≥6场', '场', [], 'count'],
    ['≥20名', '名', [], 'count'],
    ['≥500棵', '棵', [], 'count'],
    ['≥800株', '株', [], 'count'],
    ['≥15826米', '米', [], 'length'],
    ['≥12公里', '公里', [], 'length'],
    ['≥12千米', '千米', [], 'length'],
    ['≥3km', 'km', [], 'length'],
    ['≥300m', 'm', [], 'length'],
    ['≥9100平方米', '平方米', [], 'area'],
    ['≥260.39万平方米', '万平方米', [], 'area'],
    ['≥500亩', '亩', [], 'area'],
    ['≥20公顷', '公顷', [], 'area'],
    ['≥300㎡', '㎡', [], 'area'],
    ['≥10吨', '吨', [], 'weight'],
    ['≥4万吨', '万吨', [], 'weight'],
    ['≥500立方米', '立方米', [], 'volume'],
    ['≤30天', '天', [], 'time'],
    ['≤30日', '日', [], 'time'],
    ['=20年', '年', [], 'time'],
    ['=12个月', '个月', [], 'time'],
    ['≤6h', 'h', [], 'time'],
    ['≤2小时', '小时', [], 'time'],
    ['≤5工作日', '工作日', [], 'time'],
    ['≤30分钟', '分钟', [], 'time'],
    ['≤2周', '周', [], 'time'],
    ['≥95%', '%', [], 'percent'],
    ['≤3‰', '‰', [], 'percent'],
    ['=2010 元/月', '元', ['月'], 'money'],
    ['=100 元/人', '元', ['人'], 'money'],
    ['≤21.27万元/村', '万元', ['村'], 'money'],
    ['≤8.24 万元/年', '万元', ['年'], 'money'],
    ['≤20 元/月/人', '元', ['月', '人'], 'money'],
    ['≤0.12 万元/年/人', '万元', ['年', '人'], 'money'],
    ['17元/人.每天', '元', ['人', '天'], 'money'],
    ['4 万吨/每天', '万吨', ['天'], 'weight'],
    ['≤50元/人·月', '元', ['人', '月'], 'money'],
    ['≤50元/(人·月)', '元', ['人', '月'], 'money'],
    ['≤50元每人每月', '元', ['人', '月'], 'money'],
    ['≥2次/年', '次', ['年'], 'count'],
  ])('%s → base %s per %j kind %s', (text, base, per, kind) => {
    const v = q(text);
    expect(v.unit).not.toBeNull();
    expect(v.unit!.base).toBe(base);
    expect(v.unit!.per).toEqual(per);
    expect(v.unit!.kind).toBe(kind);
  });

  test('a classifier keeps what it counts as noun', () => {
    expect(q('≥94个村').unit).toMatchObject({ base: '个', noun: '村', kind: 'count' });
    expect(q('≥1座加压站').unit).toMatchObject({ base: '座', noun: '加压站' });
  });

  test('unknown unit text is still a unit, of kind other', () => {
    expect(q('≥3宗案件').unit?.kind).not.toBe('other'); // 宗 is a known classifier
    expect(q('≥2 垛').unit).toMatchObject({ base: '垛', kind: 'other' });
    expect(q('≥90分').unit).toMatchObject({ base: '分', kind: 'other' });
    expect(q('≥95').unit).toBeNull();
  });
});

describe('dates', () => {
  test.each([
    ['2023年12月31日', '=', 2023, 12, 31],
    ['2024年6月底', '=', 2024, 6, 30],
    ['2024年12月底前', '<=', 2024, 12, 31],
    ['12月底前', '<=', null, 12, 31],
    ['2024-06-30', '=', 2024, 6, 30],
    ['2024/6/30', '=', 2024, 6, 30],
    ['2024.6.30', '=', 2024, 6, 30],
    ['≤2024年6月30日', '<=', 2024, 6, 30],
    ['２０２４年１２月３１日前', '<=', 2024, 12, 31],
    ['2024 年 12 月 31 日', '=', 2024, 12, 31],
    ['2024年2月底', '=', 2024, 2, 29],
    ['2023年2月底', '=', 2023, 2, 28],
    ['2024年度', '=', 2024, null, null],
    ['2024年', '=', 2024, null, null],
    ['2024年底前', '<=', 2024, 12, 31],
    ['2024年第三季度', '=', 2024, 9, 30],
    ['2024年上半年', '=', 2024, 6, 30],
    ['年底前完成', '<=', null, 12, 31],
    ['2024年1月-12月', '<=', 2024, 12, 31],
    ['2024年1-12月', '<=', 2024, 12, 31],
    ['于2024年6月底前完成', '<=', 2024, 6, 30],
    ['12月份', '=', null, 12, null],
    ['10月前', '<=', null, 10, null],
    ['6月中旬', '=', null, 6, 20],
  ])('%s → date %s %s-%s-%s', (text, op, y, m, d) => {
    const v = parseTargetValue(text);
    expect(v).toMatchObject({ kind: 'date', operator: op, year: y, month: m, day: d });
  });

  test('not dates: durations, bare months, comparisons, words', () => {
    expect(q('=20年').unit?.base).toBe('年');
    expect(q('12月').unit?.base).toBe('月'); // 12 months
    expect(q('3月内')).toMatchObject({ operator: '<=', number: 3 });
    expect(q('30日内').unit?.base).toBe('日');
    expect(kindOf('较2023年提高')).toBe('qualitative');
    expect(kindOf('提高年底工作效率')).toBe('qualitative');
  });

  test('impossible dates are unparseable', () => {
    for (const t of ['2024年13月', '2023年2月30日', '2024-13-01', '2024年0月']) expect(kindOf(t)).toBe('unparseable');
  });
});

describe('qualitative', () => {
  test.each([
    '明显提高',
    '有效降低',
    '健全',
    '保障',
    '营造',
    '可控',
    '全面改善',
    '逐步减少',
    '显著促进',
    '达标',
    '合格',
    '是',
    '较好',
    '无',
    '完成',
    '确保安全',
    '达到国家一级A标准',
    '符合GB18918-2002一级A标准',
    '较上年提高5%',
    '≥上年水平',
    '不低于上年',
  ])('%s', (t) => {
    expect(parseTargetValue(t)).toEqual({ kind: 'qualitative', text: t });
  });
});

describe('placeholders', () => {
  test.each(['待定', '待填', '另行确定', '根据招标结果待定', 'XX', 'xx', 'X', '×××', '*', '***', '-', '--', '_', '—', '——', 'null', 'NULL', '/', '？', '。', '≥XX%', 'XX万元', '≤***万元', '≥××人', 'N/A'])(
    '%s',
    (t) => {
      expect(parseTargetValue(t)).toEqual({ kind: 'placeholder', text: t });
      expect(isPlaceholderValue(t)).toBe(true);
    },
  );

  test('real values are not placeholders', () => {
    for (const t of ['100%', '-5%', '无', '明显提高', '0', '2024-06-30']) expect(isPlaceholderValue(t)).toBe(false);
  });
});

describe('unparseable', () => {
  test.each(['≥abc', '100-', '1.2.3万元', '#REF!', '#DIV/0!', '#N/A', '#NULL!', '约#@!', '约', '≥', '不低于', 'abc', '95%%', '≥95%+', '1..5人', '≥米', '≤万元', '≥ %', '≤万元/村', '≥95%≥90%'])('%s', (t) => {
    expect(parseTargetValue(t)).toEqual({ kind: 'unparseable', text: t });
  });

  test('empty', () => {
    expect(parseTargetValue('')).toEqual({ kind: 'empty' });
    expect(parseTargetValue('   ')).toEqual({ kind: 'empty' });
  });
});

describe('parseSplitValue', () => {
  test('operator, number cell and unit', () => {
    expect(parseSplitValue('≥', 95, '%')).toMatchObject({ kind: 'quantity', operator: '>=', operatorExplicit: true, number: 95, unit: { base: '%' } });
    expect(parseSplitValue('＞＝', 95, '%')).toMatchObject({ operator: '>=' });
    expect(parseSplitValue('不低于', '95', '%')).toMatchObject({ operator: '>=', number: 95 });
    expect(parseSplitValue('大于等于', 95, '%')).toMatchObject({ operator: '>=' });
    expect(parseSplitValue('≤', 21.27, '万元/村')).toMatchObject({ operator: '<=', number: 21.27, unit: { base: '万元', per: ['村'] } });
    expect(parseSplitValue('=', 4, '万吨/每天')).toMatchObject({ operator: '=', operatorExplicit: true, unit: { base: '万吨', per: ['天'] } });
    expect(parseSplitValue('', 100, '%')).toMatchObject({ operator: '=', operatorExplicit: false, number: 100 });
    expect(parseSplitValue(null, 100, null)).toMatchObject({ kind: 'quantity', number: 100, unit: null });
    expect(parseSplitValue('≥', 95, '%').kind === 'quantity' && parseSplitValue('≥', 95, '%')).toMatchObject({ text: '≥95%' });
  });

  test('正向 / 反向 / 定量 / 定性', () => {
    expect(parseSplitValue('正向', 95, '%')).toMatchObject({ operator: '>=', operatorExplicit: true });
    expect(parseSplitValue('反向', 5, '%')).toMatchObject({ operator: '<=', operatorExplicit: true });
    expect(parseSplitValue('定量', 95, '%')).toMatchObject({ kind: 'quantity', operator: '=', operatorExplicit: false });
    expect(parseSplitValue('定性', '明显提高', '')).toEqual({ kind: 'qualitative', text: '明显提高' });
    // Marked 定性 but written as a figure with its unit: the figure is the target (a real 湖南 export marks
    // "95%以上" 满意度 as 定性); a bare figure without a unit stays qualitative.
    expect(parseSplitValue('定性', 100, '%')).toMatchObject({ kind: 'quantity', number: 100, unit: { base: '%' } });
    expect(parseSplitValue('定性', '95%以上', '')).toMatchObject({ kind: 'quantity', operator: '>=', number: 95 });
    expect(parseSplitValue('定性', '', '')).toEqual({ kind: 'empty' });
    expect(parseSplitValue('', '明显提高', null)).toEqual({ kind: 'qualitative', text: '明显提高' });
  });

  test('value text, unit written twice, dates, errors, placeholders', () => {
    expect(parseSplitValue('≥', '95%', '%')).toMatchObject({ kind: 'quantity', number: 95, text: '≥95%' });
    expect(parseSplitValue('', '≥95', '%')).toMatchObject({ operator: '>=', number: 95 });
    expect(parseSplitValue('≥', '１，０００', '人')).toMatchObject({ number: 1000 });
    expect(parseSplitValue('≤', '2024-06-30', '')).toMatchObject({ kind: 'date', operator: '<=', month: 6, day: 30 });
    expect(parseSplitValue('≥', { error: '#REF!' }, '%')).toEqual({ kind: 'unparseable', text: '#REF!' });
    expect(parseSplitValue('≥', 'XX', '%').kind).toBe('placeholder');
    expect(parseSplitValue('≥', '', '%')).toEqual({ kind: 'empty' });
    expect(parseSplitValue('≤', '≥95', '%').kind).toBe('unparseable');
    expect(parseSplitValue('≥', true, '%').kind).toBe('unparseable');
  });

  test('the split seed workbook reads like the printed seed', async () => {
    const grids = await readXlsxFile(path.join(FIXTURES, 'pingyin-2024-split.xlsx'));
    const seeds = parseSeedProjects();
    const tables = grids.filter((g) => g.rows.some((r) => r && r[3] === '指标值符号'));
    expect(tables).toHaveLength(seeds.length);
    let compared = 0;
    tables.forEach((g, i) => {
      const header = g.rows.findIndex((r) => r && r[3] === '指标值符号');
      const rows = g.rows.slice(header + 1).filter((r) => r && r[2]);
      const printed = seeds[i].spec.indicators;
      expect(rows).toHaveLength(printed.length);
      rows.forEach((r, k) => {
        const split = parseSplitValue(r[3] ?? null, r[4] ?? null, r[5] ?? null);
        const one = parseTargetValue(printed[k][3]);
        expect(TargetValueSchema.safeParse(split).success).toBe(true);
        expect(split.kind).toBe(one.kind);
        if (split.kind === 'quantity' && one.kind === 'quantity') {
          expect(split.number).toBe(one.number);
          expect(split.unit?.base).toBe(one.unit?.base);
          expect(split.unit?.per).toEqual(one.unit?.per);
          expect(split.unit?.kind).toBe(one.unit?.kind);
          // The provincial layout writes "=" where the printed table wrote no operator.
          expect(split.operator).toBe(one.operator);
          expect(split.operatorExplicit).toBe(true);
        }
        compared++;
      });
    });
    expect(compared).toBeGreaterThan(150);
  });
});

describe('the seed', () => {
  const seeds = parseSeedProjects();
  const values = seeds.flatMap((s) => s.spec.indicators.map((ind) => ind[3]));

  test('every value of the 15 tables is a quantity, a date or a qualitative statement', () => {
    expect(values.length).toBeGreaterThan(150);
    for (const v of values) {
      const p = parseTargetValue(v);
      expect(TargetValueSchema.safeParse(p).success).toBe(true);
      expect([v, ['quantity', 'date', 'qualitative'].includes(p.kind)]).toEqual([v, true]);
    }
  });

  test('every quantity of the seed has a known unit (none of kind other)', () => {
    for (const v of values) {
      const p = parseTargetValue(v);
      if (p.kind === 'quantity') expect([v, p.unit?.kind ?? 'none']).not.toEqual([v, 'other']);
    }
  });

  test('spot checks', () => {
    expect(q('≤1000 万元')).toMatchObject({ operator: '<=', number: 1000, unit: { base: '万元', kind: 'money', per: [] } });
    expect(q('≥15826 米')).toMatchObject({ operator: '>=', number: 15826, unit: { base: '米', kind: 'length' } });
    expect(q('100%')).toMatchObject({ operator: '=', operatorExplicit: false, number: 100, unit: { kind: 'percent' } });
    expect(q('=20年')).toMatchObject({ operator: '=', operatorExplicit: true, number: 20, unit: { base: '年', kind: 'time' } });
    expect(q('≤21.27万元/村')).toMatchObject({ number: 21.27, unit: { base: '万元', per: ['村'], kind: 'money' } });
    expect(q('≤0.12 万元/年/人')).toMatchObject({ number: 0.12, unit: { per: ['年', '人'] } });
    expect(q('4 万吨/每天')).toMatchObject({ number: 4, operatorExplicit: false, unit: { base: '万吨', per: ['天'], kind: 'weight' } });
    expect(q('≥260.39 万平方米')).toMatchObject({ number: 260.39, unit: { base: '万平方米', kind: 'area', scale: 10000 } });
    expect(q('≤48h')).toMatchObject({ operator: '<=', number: 48, unit: { base: 'h', kind: 'time' } });
    expect(q('<5%')).toMatchObject({ operator: '<', number: 5 });
    expect(q('94个')).toMatchObject({ operator: '=', operatorExplicit: false, number: 94, unit: { base: '个' } });
    expect(parseTargetValue('有效降低')).toEqual({ kind: 'qualitative', text: '有效降低' });
  });
});

describe('real spellings', () => {
  test('a doubled dash between two dates is a period', () => {
    expect(parseTargetValue('2020年1月--2020年11月').kind).toBe('date');
  });
});

describe('masked figures', () => {
  test('"≤****000元" (digits masked by a republisher) is a placeholder, not an unreadable value', () => {
    expect(parseTargetValue('≤****000元').kind).toBe('placeholder');
  });
});

describe('a value with its own unit in a split layout', () => {
  test('"28.8万元" beside a 计量单位 of "%" is read with its own unit', () => {
    expect(parseSplitValue('', '28.8万元', '%')).toMatchObject({ kind: 'quantity', number: 28.8, unit: { base: '万元' } });
    expect(parseSplitValue('≥', '95', '%')).toMatchObject({ kind: 'quantity', number: 95, unit: { base: '%' } });
  });
});

describe('a bracketed note after the value', () => {
  test.each([
    ['2023年12月31日（以实际为准）', 'date'],
    ['2022年底之前\n（以实际为准）', 'date'],
    ['9月前 (视天气情况)', 'date'],
    ['≥95%\n(抽样调查)', 'quantity'],
    ['明显提高（较上年）', 'qualitative'],
  ])('%j is read without its note: %s', (text, kind) => {
    const v = parseTargetValue(text);
    expect(v.kind).toBe(kind);
    expect((v as { text: string }).text).toBe(text);
  });
  it('reads the value as it would read it alone', () => {
    const { text: _a, ...noted } = parseTargetValue('2022年底之前（以实际为准）') as { text: string };
    const { text: _b, ...alone } = parseTargetValue('2022年底之前') as { text: string };
    expect(noted).toEqual(alone);
  });
  it('keeps a unit in brackets as the unit', () => {
    expect(q('≤100(万元)').unit?.kind).toBe('money');
    expect(q('100(人次)').unit?.base).toBe('人次');
  });
});

describe('a deadline written before the target', () => {
  test.each([
    ['12月底前100%到位', 100],
    ['2024年6月底前完成率100%', 100],
  ])('%j is the quantity after it', (text, n) => {
    const v = q(text);
    expect(v.number).toBe(n);
    expect(v.unit?.kind).toBe('percent');
    expect(v.text).toBe(text);
  });
  it('leaves a deadline alone a date, and text it cannot split unparseable', () => {
    expect(kindOf('12月底前')).toBe('date');
    expect(kindOf('前100%')).toBe('unparseable');
  });
});

describe('bands with both bounds, and grades by letter', () => {
  it('reads "≥90%且≤95%" as at least 90%, the band kept in the text', () => {
    for (const text of ['≥90%且≤95%', '≥90%,≤95%', '≥90%并≤95%']) {
      const v = q(text);
      expect([v.operator, v.number, v.unit?.kind, v.text]).toEqual(['>=', 90, 'percent', text]);
    }
    expect(kindOf('≥95%且≤90%')).toBe('unparseable');
  });
  test.each(['Ⅱ类', 'Ⅲ类以上', 'AAA级', 'AAAA级标准'])('%s is a qualitative grade', (text) => expect(kindOf(text)).toBe('qualitative'));
});
