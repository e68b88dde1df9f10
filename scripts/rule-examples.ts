/**
 * Example scenarios for the rule docs: each is a real seed table (test/fixtures/seed-projects.txt)
 * with one mistake put in, as a reviewer would meet it. scripts/gen-rule-docs.ts runs the registered
 * rules over them and shows, on each rule's page, the finding the rule really reports (nothing here is
 * a hand-written finding). A rule with no scenario, or whose scenario yields nothing, takes the first
 * finding it reports on any scenario.
 */
import {
  buildSummary,
  buildTable,
  buildWorkbook,
  parseSeedProjects,
  type IndicatorRow,
  type TableSpec,
} from '../test/support/table-builder';
import type { WorkbookModel } from '../src/core/model';

export interface Scenario {
  /** Chinese: what was changed, shown on the page ("把项目总成本改为 ≤1200 万元"). */
  change: string;
  /** The indicator rows or header lines worth showing next to the finding. */
  excerpt: string[];
  model: WorkbookModel;
}

const SEEDS = parseSeedProjects();
const bySeedName = (name: string): TableSpec => {
  const p = SEEDS.find((s) => s.spec.name === name);
  if (!p) throw new Error(`seed project not found: ${name}`);
  return { ...p.spec, sheet: p.spec.sheet, indicators: p.spec.indicators.map((r) => [...r] as IndicatorRow) };
};

const WATER = '2024 年度县城供水管网新建及改造项目';

function rowText(r: IndicatorRow): string {
  return r.slice(0, 4).join(' | ') + (r[4] !== undefined ? ` | 权重 ${r[4]}` : '');
}

/** The water-supply table with its indicator rows changed by `edit`; the excerpt shows the changed rows. */
function water(change: string, edit: (rows: IndicatorRow[]) => IndicatorRow[], extra: Partial<TableSpec> = {}): Scenario {
  const spec = bySeedName(WATER);
  const before = spec.indicators.map(rowText);
  const rows = edit(spec.indicators);
  const excerpt = rows.map(rowText).filter((t) => !before.includes(t));
  const table = buildTable({ ...spec, ...extra, indicators: rows });
  return { change, excerpt, model: buildWorkbook(table) };
}

function header(change: string, patch: Partial<TableSpec>, excerpt: string[]): Scenario {
  const spec = bySeedName(WATER);
  return { change, excerpt, model: buildWorkbook(buildTable({ ...spec, ...patch })) };
}

function seed(change: string, name: string): Scenario {
  const spec = bySeedName(name);
  return { change, excerpt: spec.indicators.filter((r) => r[0] === '成本指标' || r[1] === '数量指标').map(rowText), model: buildWorkbook(buildTable(spec)) };
}

const setValue = (name: string, value: string) => (rows: IndicatorRow[]) =>
  rows.map((r): IndicatorRow => (r[2] === name ? [r[0], r[1], r[2], value] : r));

/** The seed's 申报表 with its 15 tables, changed by `edit`. */
function summaryCase(change: string, edit: (rows: Array<[string, string, number | string]>) => Array<[string, string, number | string]>, total?: number): Scenario {
  const base: Array<[string, string, number | string]> = SEEDS.map((p) => [p.deptSummary, p.nameSummary, p.spec.total ?? '']);
  const rows = edit(base.map((r) => [...r] as [string, string, number | string]));
  const excerpt = rows.filter((r) => !base.some((b) => b.join('|') === r.join('|'))).map((r) => r.join(' | '));
  const summary = buildSummary({ rows, total: total ?? true });
  if (total !== undefined) excerpt.push(`合计 | ${total}`);
  return { change, excerpt, model: buildWorkbook(summary, ...SEEDS.map((p) => buildTable(p.spec))) };
}

/** Scenarios by rule id (RULES.md); the generator also tries every scenario for rules not listed. */
export function ruleScenarios(): Record<string, Scenario> {
  return {
    'header/missing-field': header('实施单位留空', { unit: '' }, ['实施单位 | （空）']),
    'header/invalid-category': header('项目类别写成“专项类”', { category: '专项类' }, ['项目类别 | 专项类']),
    'funds/not-a-number': header('财政拨款写成“详见预算表”', { fiscal: '详见预算表' }, ['其中:财政拨款 | 详见预算表']),
    'funds/sources-mismatch': header('财政拨款改为 900.00，总额仍为 1,000.00', { fiscal: '900.00' }, [
      '年度预算资金总额 | 1,000.00',
      '其中:财政拨款 | 900.00',
      '上年结转资金 | 0.00',
      '其他资金 | 0.00',
    ]),
    'indicator/missing-level1': water('删去满意度指标', (rows) => rows.filter((r) => r[0] !== '满意度指标')),
    'indicator/unknown-level1': water('效益指标写成“影响指标”', (rows) => rows.map((r): IndicatorRow => (r[0] === '效益指标' ? ['影响指标', r[1], r[2], r[3]] : r))),
    'indicator/unknown-level2': water('数量指标写成“数目指标”', (rows) => rows.map((r): IndicatorRow => (r[1] === '数量指标' ? [r[0], '数目指标', r[2], r[3]] : r))),
    'indicator/misplaced-level2': water('时效指标放到效益指标下', (rows) => rows.map((r): IndicatorRow => (r[1] === '时效指标' ? ['效益指标', r[1], r[2], r[3]] : r))),
    'indicator/missing-level2': water('删去时效指标', (rows) => rows.filter((r) => r[1] !== '时效指标')),
    'indicator/missing-name': water('“加压站建设”的三级指标名称留空', (rows) => rows.map((r): IndicatorRow => (r[2] === '加压站建设' ? [r[0], r[1], '', r[3]] : r))),
    'indicator/missing-value': water('“加压站建设”的指标值留空', setValue('加压站建设', '')),
    'indicator/duplicate': water('“管网建设”写了两行', (rows) => {
      const i = rows.findIndex((r) => r[2] === '管网建设');
      return [...rows.slice(0, i + 1), [rows[i][0], rows[i][1], rows[i][2], '≥15000 米'], ...rows.slice(i + 1)];
    }),
    'indicator/name-too-long': water('三级指标名称超过 40 个字', (rows) =>
      rows.map((r): IndicatorRow =>
        r[2] === '管网建设' ? [r[0], r[1], '县城供水管网新建及改造工程（含伊利奶业和城区供水管网建设、云翠加压站扩容建设）完成长度', r[3]] : r,
      ),
    ),
    'value/placeholder': water('“加压站建设”的指标值写成“待定”', setValue('加压站建设', '待定')),
    'value/unparseable': water('“管网建设”的指标值写成“≥米”', setValue('管网建设', '≥米')),
    'value/missing-operator': water('“管网建设”的指标值不写符号', setValue('管网建设', '15826 米')),
    'value/missing-unit': water('“管网建设”的指标值不写单位', setValue('管网建设', '≥15826')),
    'value/percent-out-of-range': water('完成率写成 105%', setValue('工程实际完成率', '≥105%')),
    'value/operator-direction': water('分项成本用了 ≥', setValue('管网新建及改造费用', '≥228.5 万元')),
    'value/satisfaction-range': water('满意度目标写成 60%', setValue('沿线用户满意度', '≥60%')),
    'value/date-serial': water('加一行时效指标“项目完工时间”，单元格丢了日期格式，只剩 45657', (rows) => [...rows, ['产出指标', '时效指标', '项目完工时间', '45657']]),
    'value/unit-mismatch': water('分项成本的单位写成“米”', setValue('管网新建及改造费用', '≤228.5 米')),
    'value/qualitative-where-quantitative': water('数量指标写成“明显增加”', setValue('加压站建设', '明显增加')),
    'cost/missing-total': water('删去“项目总成本”一行', (rows) => rows.filter((r) => r[2] !== '项目总成本')),
    'cost/total-exceeds-budget': water('项目总成本改为 ≤1200 万元', setValue('项目总成本', '≤1200 万元')),
    'cost/total-below-budget': water('项目总成本改为 ≤900 万元', setValue('项目总成本', '≤900 万元')),
    'cost/items-sum-mismatch': water('两项分项成本各多写了一点', (rows) =>
      setValue('伊利奶业和城区供水管网建设费用', '≤634 万元')(setValue('管网新建及改造费用', '≤240 万元')(rows)),
    ),
    'cost/item-exceeds-total': water('一项分项成本把元写成了万元', setValue('云翠加压站建设项目费用', '≤1385000 万元')),
    'cost/unit-cost-mismatch': seed('种子表原样（80-89 周岁高龄津贴）', '80-89 周岁高龄津贴'),
    'cost/missing-breakdown': water('只保留项目总成本，删去各分项成本', (rows) =>
      rows.filter((r) => r[0] !== '成本指标' || r[2] === '项目总成本'),
    ),
    'goal/indicator-mismatch': {
      change: '种子表原样（2024年度县城供水管网新建及改造项目）',
      excerpt: ['年度总体绩效目标 | …管道预计可持续使用年限 20 年以上…', '效益指标 | 可持续发展影响指标 | 管道预计可持续使用年限 | =20年'],
      model: buildWorkbook(buildTable(bySeedName(WATER))),
    },
    'summary/amount-mismatch': summaryCase('申报表中“农村最低生活保障金”的金额写成 1689.02', (rows) =>
      rows.map((r): [string, string, number | string] => (r[1] === '农村最低生活保障金' ? [r[0], r[1], 1689.02] : r)),
    ),
    'summary/project-missing': summaryCase('申报表漏了“污水处理厂服务费”一行', (rows) => rows.filter((r) => r[1] !== '污水处理厂服务费')),
    'summary/name-mismatch': summaryCase('种子申报表原样（与项目表对照）', (rows) => rows),
    'summary/total-mismatch': summaryCase('合计行写成 21,000.00', (rows) => rows, 21000),
    'weights/sum-not-100': water(
      '加了权重列，各指标权重合计 90',
      (rows) => rows.map((r, i): IndicatorRow => [r[0], r[1], r[2], r[3], i === 0 ? 2 : 8]),
      { weights: true },
    ),
    'sheet/uncalculated-formula': (() => {
      // A file written by a program that does not calculate: the total's formula has no stored result.
      const table = buildTable(bySeedName(WATER));
      const total = table.funds.total?.cell ?? table.anchor;
      return {
        change: '年度预算资金总额是公式 =SUM(C7:C9)，文件里没有保存计算结果',
        excerpt: ['年度预算资金总额 | =SUM(C7:C9)（无计算结果）'],
        model: buildWorkbook({ ...table, uncalculated: [total] }),
      };
    })(),
    'sheet/layout-uncertain': (() => {
      // Two rows whose cells did not fit a header naming every column.
      const table = buildTable(bySeedName(WATER));
      const rows = table.indicators.slice(4, 6).map((i) => i.row);
      return {
        change: '表头写明了“绩效标准”等各列，但有两行的单元格与这些列对不上',
        excerpt: ['一级指标 | 二级指标 | 三级指标 | 指标值 | 绩效标准', '（两行的指标值落在了“绩效标准”列之外）'],
        model: buildWorkbook({ ...table, uncertainRows: rows, uncertainWhy: 'misfit' }),
      };
    })(),
  };
}
