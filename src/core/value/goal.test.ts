import { extractGoalFigures } from './goal';
import { parseTargetValue } from './parse';
import { convertQuantity } from './units';
import { parseSeedProjects } from '../../../test/support/table-builder';

const seeds = parseSeedProjects();
const goals = seeds.map((s) => s.spec.goal ?? '');

function brief(text: string) {
  return extractGoalFigures(text).map((f) => `${f.operator}${f.number}${f.unit.text}${f.noun ? `(${f.noun})` : ''}`);
}

describe('extractGoalFigures on the seed goals', () => {
  test('供水管网: 15826 米, 控制在 1000 万元, 100%, 20 年以上, 95%以上', () => {
    const figs = extractGoalFigures(goals[0]);
    expect(brief(goals[0])).toEqual(['=15826米', '<=1000万元', '=100%', '>=20年', '>=95%']);
    for (const f of figs) expect(goals[0].slice(f.start, f.end)).toBe(f.text);
    expect(figs.map((f) => f.text)).toEqual(['15826 米', '控制在 1000 万元', '100%', '20 年以上', '95%以上']);
    expect(figs.map((f) => f.hint)).toEqual([null, '控制在', null, '以上', '以上']);
  });

  test('养老中心: areas, not the building numbers 11#、12#', () => {
    expect(brief(goals[1])).toEqual(['=9100平方米', '=13800平方米']);
  });

  test('goals without figures give none', () => {
    expect(brief(goals[2])).toEqual([]);
    expect(brief(goals[4])).toEqual([]);
    expect(brief(goals[11])).toEqual([]);
  });

  test('灵活就业: "2024 年预计" is a calendar year, 1200 余人 is ≥', () => {
    const figs = extractGoalFigures(goals[6]);
    expect(brief(goals[6])).toEqual(['>=1200人']);
    expect(figs[0]).toMatchObject({ hint: '余', text: '1200 余人' });
  });

  test('大数据: 硬件3个、软件3个，开发系统1个', () => {
    expect(brief(goals[7])).toEqual(['=3个', '=3个', '=1个']);
  });

  test('污水治理: 8个镇街、94个村 with their nouns', () => {
    expect(brief(goals[8])).toEqual(['=8个(镇街)', '=94个(村)']);
  });

  test('保洁: 260.39 万平方米, 107 万平方米, 至少 60 座, 达到 100%', () => {
    const figs = extractGoalFigures(goals[12]);
    expect(brief(goals[12])).toEqual(['=260.39万平方米', '=107万平方米', '>=60座(环卫设施)', '=100%']);
    expect(figs[2]).toMatchObject({ hint: '至少', text: '至少 60 座' });
    expect(figs[3].hint).toBe('达到');
  });

  test('乡医: dates skipped, 60 周岁, 每月 20 元 → 元/月, 90%以上', () => {
    const figs = extractGoalFigures(goals[13]);
    expect(figs.some((f) => f.number === 2015 || f.number === 1)).toBe(false);
    expect(brief(goals[13])).toEqual(['=60周岁', '=60周岁', '=20元/月', '>=90%']);
    expect(figs[2].unit).toMatchObject({ base: '元', per: ['月'], kind: 'money' });
  });

  test('every seed figure points at its own text', () => {
    for (const g of goals) for (const f of extractGoalFigures(g)) expect(g.slice(f.start, f.end)).toBe(f.text);
  });

  test('the 供水管网 figures agree with its indicators (except 20 年以上 vs =20年)', () => {
    const values = seeds[0].spec.indicators.map((i) => parseTargetValue(i[3]));
    const outcome = extractGoalFigures(goals[0]).map((f) => {
      const match = values.find(
        (v) => v.kind === 'quantity' && v.unit && convertQuantity(v.number, v.unit, f.unit) === f.number,
      );
      return match && match.kind === 'quantity' ? (match.operator === f.operator ? 'same' : 'operator differs') : 'missing';
    });
    expect(outcome).toEqual(['operator differs', 'same', 'same', 'operator differs', 'same']);
  });
});

describe('extractGoalFigures on other wording', () => {
  test.each([
    ['项目总成本控制在1000万元以内', ['<=1000万元']],
    ['受益人数不少于 500 人', ['>=500人']],
    ['补贴对象超过 50 人', ['>=50人']],
    ['完成率达到１００％', ['=100%']],
    ['投诉率低于 5%', ['<5%']],
    ['单位成本21.27万元/村', ['=21.27万元/村']],
    ['80-89 周岁高龄津贴', ['=89周岁']],
    ['从3方面开展，第3名，1、加强管理', []],
    ['G220国道改造 5 公里', ['=5公里']],
    ['处理规模 4 万吨/每天', ['=4万吨/天']],
    ['2024年12月底前完成 10 个村改造', ['=10个(村)']],
    ['最多 3 次', ['<=3次']],
    ['', []],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  test('a range keeps its lower bound', () => {
    expect(extractGoalFigures('80-89 周岁高龄津贴')[0]).toMatchObject({ number: 89, rangeLow: 80, text: '80-89 周岁' });
  });
});
