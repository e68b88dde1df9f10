import { seedTemplate } from '../../../test/support/seed-templates';
import { checkWorkbook } from '../check';
import { canonicalLevel1, canonicalLevel2, level2Under, requiredLevel1 } from '../framework';
import { cellAt, rangeToA1, type MergeArea } from '../grid';
import { BUILTIN_PROFILES, type Framework } from '../profile';
import { recognizeSheet } from '../recognize';
import type { TargetTable } from '../model';
import { parseSeedProjects } from '../../../test/support/table-builder';
import {
  PRESETS,
  buildSummarySpec,
  buildTemplate,
  fillTemplate,
  findPreset,
  guessPreset,
  listPresets,
  presetIndicators,
  sanitizeSheetName,
  specToGrid,
  summaryEntryFromTable,
  templatesFromSummary,
  uniqueSheetName,
  type TargetSheetSpec,
} from '.';

const FRAMEWORKS: Framework[] = ['2024', 'classic'];
/** The findings a blank template may raise: only "please fill this in". */
export const FILL_IN_RULES = ['header/missing-field', 'indicator/missing-value', 'cost/missing-breakdown'];

const all = FRAMEWORKS.flatMap((fw) => PRESETS.map((p) => [p.id, fw] as const));

function overlaps(a: MergeArea, b: MergeArea): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

describe('presets', () => {
  it('has the six project types of the issue, with Chinese names and descriptions', () => {
    expect(listPresets().map((p) => p.name)).toEqual(['通用', '工程建设类', '补贴发放类', '人员经费类', '信息化运维类', '购买服务类']);
    for (const p of listPresets()) expect(p.description).toMatch(/[\u4e00-\u9fff]/);
    expect(findPreset('工程建设类')?.id).toBe('construction');
    expect(findPreset('工程建设')?.id).toBe('construction');
    expect(findPreset('it-ops')?.name).toBe('信息化运维类');
    expect(findPreset('不存在')).toBeNull();
  });

  it('names what the issue asks for in the subsidy and IT presets', () => {
    const names = (id: string) => presetIndicators(findPreset(id)!, '2024').map((r) => r.name);
    expect(names('subsidy')).toEqual(expect.arrayContaining(['补助人数', '补助标准', '足额发放率', '发放及时率']));
    expect(names('it-ops')).toEqual(expect.arrayContaining(['系统故障率', '运维响应时间']));
  });

  it.each(PRESETS.map((p) => p.id))('%s: 2024 has 成本指标 as a 一级 with 总成本, 单位成本 and 分项成本 rows first', (id) => {
    const p = findPreset(id)!;
    const rows = presetIndicators(p, '2024');
    const cost = rows.filter((r) => r.level1 === '成本指标');
    expect(cost.map((r) => r.name)).toEqual([p.cost.total, ...p.cost.unit, ...p.cost.items]);
    expect(cost.every((r) => r.level2 === '经济成本指标')).toBe(true);
    expect(p.cost.unit.length).toBeGreaterThanOrEqual(1);
    expect(p.cost.items.length).toBeGreaterThanOrEqual(2);
    expect(rows[0].level1).toBe('成本指标');
    expect(new Set(rows.map((r) => r.level1))).toEqual(new Set(requiredLevel1('2024')));
  });

  it.each(PRESETS.map((p) => p.id))('%s: classic puts the same cost rows under 产出指标 › 成本指标', (id) => {
    const p = findPreset(id)!;
    const rows = presetIndicators(p, 'classic');
    expect(rows.some((r) => r.level1 === '成本指标')).toBe(false);
    const cost = rows.filter((r) => r.level2 === '成本指标');
    expect(cost.map((r) => r.name)).toEqual([p.cost.total, ...p.cost.unit, ...p.cost.items]);
    expect(cost.every((r) => r.level1 === '产出指标')).toBe(true);
    expect(new Set(rows.map((r) => r.level1))).toEqual(new Set(requiredLevel1('classic')));
  });

  it.each(all)('%s (%s): every 二级 belongs under its 一级, names unique and ≤ 40 characters, values empty', (id, fw) => {
    const rows = presetIndicators(findPreset(id)!, fw);
    for (const r of rows) {
      const l1 = canonicalLevel1(r.level1)!;
      expect(level2Under(l1, fw)).toContain(canonicalLevel2(r.level2));
      expect(r.value).toBe('');
      expect(Array.from(r.name).length).toBeLessThanOrEqual(40);
    }
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
    // The 二级 a reviewer expects are all there.
    for (const l2 of ['数量指标', '质量指标', '时效指标', '服务对象满意度指标']) expect(rows.map((r) => r.level2)).toContain(l2);
  });

  it('guesses the preset of each seed project from its name', () => {
    const guessed = Object.fromEntries(parseSeedProjects().map((p) => [p.nameSummary, guessPreset(p.nameSummary).id]));
    expect(guessed).toEqual({
      '2024年度县城供水管网新建及改造项目': 'construction',
      平阴县综合养老服务中心建设项目: 'construction',
      农村最低生活保障金: 'subsidy',
      农村特困供养救助资金: 'subsidy',
      城市社区建设及管理经费: 'personnel',
      城乡公益性岗位岗位及社保补贴: 'subsidy',
      就业困难人员灵活就业社保补贴: 'subsidy',
      大数据工作经费: 'it-ops',
      '2022年平阴县农村生活污水治理项目': 'construction',
      污水处理厂服务费: 'services',
      平阴县人才发展专项资金: 'general',
      警务辅助人员专项经费: 'personnel',
      '保洁、降尘、绿化养护及建绿透绿项目': 'services',
      老年乡医生活补贴: 'subsidy',
      '80-89 周岁高龄津贴': 'subsidy',
    });
  });
});

describe('buildTemplate: the official layout', () => {
  const spec = buildTemplate({ preset: 'construction', year: 2025 });
  const grid = specToGrid(spec);

  it('puts the labels where the official form has them', () => {
    const at = (a1: string) => {
      const m = /^([A-Z])(\d+)$/.exec(a1)!;
      return cellAt(grid, Number(m[2]) - 1, m[1].charCodeAt(0) - 65);
    };
    expect(at('A1')).toBe('项目支出绩效目标表');
    expect(at('A2')).toBe('（2025年度）');
    expect([at('A3'), at('D3'), at('A4'), at('D4')]).toEqual(['项目名称', '项目类别', '主管部门', '实施单位']);
    expect([at('B5'), at('B6'), at('B7'), at('B8')]).toEqual(['年度预算资金总额：', '其中：财政拨款', '上年结转资金', '其他资金']);
    expect(at('A9')).toBe('年度总体绩效目标');
    expect([at('A10'), at('B10'), at('C10'), at('D10'), at('E10')]).toEqual(['绩效指标', '一级指标', '二级指标', '三级指标', '指标值']);
    expect([at('B11'), at('C11'), at('D11')]).toEqual(['成本指标', '经济成本指标', '项目总成本']);
  });

  it('computes 年度预算资金总额 as a formula over the three sources', () => {
    const total = spec.cells.find((c) => c.row === 4 && c.col === 2)!;
    expect(total.formula).toBe('=C6+C7+C8');
    expect(spec.styles[total.style].numberFormat).toBe('#,##0.00');
    expect(spec.styles[total.style].locked).toBe(true);
    const filled = buildTemplate({ preset: 'general', amount: 357.6 });
    const c = (r: number) => filled.cells.find((x) => x.row === r && x.col === 2)!;
    expect([c(5).value, c(6).value, c(7).value, c(4).result]).toEqual([357.6, 0, 0, 357.6]);
  });

  it('merges as the official form: title rows, header values, funds, 一级 blocks and 二级 runs; no overlaps', () => {
    const merges = spec.merges.map(rangeToA1);
    expect(merges).toEqual(expect.arrayContaining(['A1:E1', 'A2:E2', 'B3:C3', 'B4:C4', 'A5:A8', 'C5:E5', 'C6:E6', 'C7:E7', 'C8:E8', 'B9:E9']));
    const last = spec.layout.lastIndicatorRow + 1;
    expect(merges).toContain(`A10:A${last}`);
    expect(merges).toContain('B11:B15'); // 成本指标: 5 rows
    expect(merges).toContain('C11:C15');
    for (let i = 0; i < spec.merges.length; i++) {
      for (let j = i + 1; j < spec.merges.length; j++) expect(overlaps(spec.merges[i], spec.merges[j])).toBe(false);
    }
  });

  it('tints and unlocks the input cells only; labels stay locked', () => {
    const styleAt = (r: number, c: number) => spec.styles[spec.cells.find((x) => x.row === r && x.col === c)!.style];
    for (const [r, c] of [[2, 1], [2, 4], [3, 1], [3, 4], [5, 2], [6, 2], [7, 2], [8, 1], [10, 3], [10, 4]]) {
      expect(styleAt(r, c)).toMatchObject({ locked: false, fill: '#FFF2CC' });
    }
    for (const [r, c] of [[0, 0], [2, 0], [2, 3], [4, 1], [4, 2], [9, 1], [9, 4]]) {
      expect(styleAt(r, c).locked).toBe(true);
      expect(styleAt(r, c).fill === '#FFF2CC').toBe(false);
    }
    // 一级/二级: drop-downs, so unlocked, untinted.
    expect(styleAt(10, 1)).toMatchObject({ locked: false });
    expect(styleAt(10, 1).fill).toBeUndefined();
    // 指标值 as text, so "100%" stays "100%".
    expect(styleAt(10, 4).numberFormat).toBe('@');
    expect(spec.protection.enabled).toBe(false);
    expect(buildTemplate({ protect: true }).protection.enabled).toBe(true);
  });

  it('prints on A4 portrait, one page wide, the indicator header repeated', () => {
    expect(spec.print).toMatchObject({ paperSize: 'A4', orientation: 'portrait', fitToWidth: 1, fitToHeight: 0, titleRows: { first: 9, last: 9 } });
  });

  it.each(all)('%s (%s): validation lists follow the framework, per 一级 section', (id, fw) => {
    const s = buildTemplate({ preset: id, framework: fw });
    const lists = s.validations.filter((v) => v.rule.kind === 'list');
    const category = lists.find((v) => v.prompt.title === '项目类别')!;
    expect(category.ranges.map(rangeToA1)).toEqual(['E3']);
    expect(category.rule).toEqual({ kind: 'list', items: ['特定目标类', '其他运转类', '公用经费', '人员类', '运转类'] });
    const level1 = lists.find((v) => v.prompt.title === '一级指标')!;
    expect(level1.rule).toEqual({ kind: 'list', items: requiredLevel1(fw) });
    expect(level1.ranges.map(rangeToA1)).toEqual([`B11:B${s.layout.lastIndicatorRow + 1}`]);
    // Each 一级 block's 二级 cells get that 一级's list.
    const level2 = lists.filter((v) => v.prompt.title === '二级指标');
    const grid = specToGrid(s);
    for (const v of level2) {
      for (const r of v.ranges) {
        const l1 = canonicalLevel1(String(cellAt(grid, r.top, 1)))!;
        expect(v.rule).toEqual({ kind: 'list', items: level2Under(l1, fw) });
        expect(v.error.message).toContain(l1);
      }
    }
    const covered = level2.flatMap((v) => v.ranges).reduce((n, r) => n + r.bottom - r.top + 1, 0);
    expect(covered).toBe(s.content.indicators.length);
  });

  it.each(all)('%s (%s): messages fit Excel (titles ≤ 32, prompts ≤ 255, alerts ≤ 225) and are Chinese', (id, fw) => {
    for (const v of buildTemplate({ preset: id, framework: fw }).validations) {
      expect(v.prompt.title.length).toBeLessThanOrEqual(32);
      expect(v.error.title.length).toBeLessThanOrEqual(32);
      expect(v.prompt.message.length).toBeLessThanOrEqual(255);
      expect(v.error.message.length).toBeLessThanOrEqual(225);
      expect(v.prompt.message).toMatch(/[\u4e00-\u9fff]/);
      if (v.rule.kind === 'list') expect(v.rule.items.join(',').length).toBeLessThanOrEqual(255);
    }
  });

  it('refuses an unknown preset and a negative amount, in Chinese', () => {
    expect(() => buildTemplate({ preset: 'nope' })).toThrow(/没有名为“nope”的模板/);
    expect(() => buildTemplate({ amount: -1 })).toThrow(/不小于 0/);
  });
});

describe('the checker on a blank template', () => {
  it.each(all)('%s (%s): recognised as a target table; only "please fill in" findings', (id, fw) => {
    const spec = buildTemplate({ preset: id, framework: fw, year: 2024 });
    const result = checkWorkbook([specToGrid(spec)], { profile: BUILTIN_PROFILES[fw] });
    const sheet = result.sheets[0];
    expect(sheet.kind).toBe('target-table');
    const rules = new Set(sheet.findings.map((f) => f.rule));
    expect([...rules].filter((r) => !FILL_IN_RULES.includes(r))).toEqual([]);
    // Every pre-filled indicator is recognised, and each asks for its value.
    const table = result.model.sheets[0] as TargetTable;
    expect(table.indicators.map((i) => i.name?.text)).toEqual(spec.content.indicators.map((r) => r.name));
    expect(sheet.findings.filter((f) => f.rule === 'indicator/missing-value')).toHaveLength(spec.content.indicators.length);
    expect(sheet.findings.filter((f) => f.rule === 'header/missing-field').map((f) => f.cell).sort()).toEqual(['B3', 'B4', 'B9', 'E3', 'E4']);
  });

  it('prefilled header fields are read back where the checker looks for them', () => {
    const spec = buildTemplate({ preset: 'subsidy', projectName: '老年乡医生活补贴', department: '平阴县卫生健康局', unit: '平阴县卫生健康局', amount: 357.6, category: '特定目标类' });
    const t = recognizeSheet(specToGrid(spec)) as TargetTable;
    expect(t.projectName?.text).toBe('老年乡医生活补贴');
    expect(t.department?.text).toBe('平阴县卫生健康局');
    expect(t.funds.total?.amount).toBe(357.6);
    expect(t.funds.fiscal?.amount).toBe(357.6);
    expect(t.moneyUnit).toBe('万元');
    expect(t.year).toBe(spec.content.year);
  });
});

describe('fillTemplate with the 15 seed projects', () => {
  const seeds = parseSeedProjects();
  it.each(seeds.map((s) => [s.spec.name!, s] as const))('%s: no error-severity finding, same indicators as the seed', (_name, seed) => {
    const spec = seedTemplate(seed);
    const result = checkWorkbook([specToGrid(spec)]);
    expect(result.sheets[0].kind).toBe('target-table');
    expect(result.sheets[0].findings.filter((f) => f.severity === 'error')).toEqual([]);
    const t = result.model.sheets[0] as TargetTable;
    expect(t.indicators.map((i) => [i.level1?.text, i.level2?.text, i.name?.text, i.value.text])).toEqual(
      seed.spec.indicators.map((r) => [r[0], r[1], r[2], r[3]]),
    );
    expect(t.funds.total?.amount).toBeCloseTo(Number(String(seed.spec.total).replace(/,/g, '')), 6);
  });
});

describe('uniqueSheetName', () => {
  it('keeps a free name and numbers a taken one, ignoring case as Excel does', () => {
    expect(uniqueSheetName([], '供水管网')).toBe('供水管网');
    expect(uniqueSheetName(['供水管网'], '供水管网')).toBe('供水管网(2)');
    expect(uniqueSheetName(['供水管网', '供水管网(2)'], '供水管网')).toBe('供水管网(3)');
    expect(uniqueSheetName(['Sheet1'], 'sheet1')).toBe('sheet1(2)');
  });

  it("drops Excel's forbidden characters and cuts to 31 characters, suffix included", () => {
    expect(sanitizeSheetName('农村[低保]:资金*?/\\')).toBe('农村_低保__资金____');
    expect(sanitizeSheetName("'引号'")).toBe('引号');
    const long = '保洁、降尘、绿化养护及建绿透绿项目保洁、降尘、绿化养护及建绿透绿项目';
    const a = uniqueSheetName([], long);
    expect(Array.from(a)).toHaveLength(31);
    const b = uniqueSheetName([a], long);
    expect(Array.from(b)).toHaveLength(31);
    expect(b.endsWith('(2)')).toBe(true);
    expect(uniqueSheetName([], '   ')).toBe('绩效目标表');
    expect(uniqueSheetName([], 'History')).not.toBe('History');
  });
});

describe('buildSummarySpec', () => {
  const a = buildTemplate({ preset: 'construction', year: 2024, sheetName: '供水管网', projectName: '县城供水管网新建及改造项目', department: '平阴县水务局', amount: 1000 });
  const b = buildTemplate({ preset: 'subsidy', year: 2024, sheetName: "老人's 津贴", projectName: '80-89 周岁高龄津贴', department: '平阴县卫生健康局', amount: 480 });
  const s = buildSummarySpec([a, b]);
  const at = (r: number, c: number) => s.cells.find((x) => x.row === r && x.col === c)!;

  it('has the 申报表 columns and refers to each project sheet by formula', () => {
    expect([0, 1, 2, 3, 4].map((c) => at(1, c).value)).toEqual(['序号', '预算部门（单位）名称', '项目名称', '项目金额（万元）', '备注']);
    expect(at(2, 1).formula).toBe(`='供水管网'!B4&""`);
    expect(at(2, 2).formula).toBe(`='供水管网'!B3&""`);
    expect(at(2, 3).formula).toBe(`='供水管网'!C5`);
    expect(at(3, 2).formula).toBe(`='老人''s 津贴'!B3&""`);
    expect([at(2, 1).result, at(2, 2).result, at(2, 3).result]).toEqual(['平阴县水务局', '县城供水管网新建及改造项目', 1000]);
    expect(at(4, 0).value).toBe('合计');
    expect(at(4, 3)).toMatchObject({ formula: '=SUM(D3:D4)', result: 1480 });
    expect(s.merges.map(rangeToA1)).toEqual(['A1:E1', 'A5:C5']);
  });

  it('is recognised as a summary whose rows pair with the project sheets, without findings', () => {
    const result = checkWorkbook([specToGrid(s), specToGrid(a), specToGrid(b)]);
    expect(result.sheets.map((x) => x.kind)).toEqual(['summary', 'target-table', 'target-table']);
    expect(result.sheets[0].findings).toEqual([]);
    expect(result.sheets.flatMap((x) => x.findings).filter((f) => f.rule.startsWith('summary/'))).toEqual([]);
  });

  it('takes recognised tables of any layout (their own cells), and keeps 备注', () => {
    const t = recognizeSheet(specToGrid(a)) as TargetTable;
    const e = summaryEntryFromTable(t)!;
    expect(e).toMatchObject({ sheet: '供水管网', name: { cell: { row: 2, col: 1 } }, amount: { cell: { row: 4, col: 2 }, value: 1000 } });
    const s2 = buildSummarySpec([e], { notes: { 供水管网: '续建' }, title: '部分县直部门2024年绩效目标申报表' });
    expect(s2.cells.find((x) => x.row === 2 && x.col === 4)?.value).toBe('续建');
    expect(s2.cells.find((x) => x.row === 0 && x.col === 0)?.value).toBe('部分县直部门2024年绩效目标申报表');
  });
});

describe('templatesFromSummary', () => {
  const seeds = parseSeedProjects();
  const summary = buildSummarySpec(
    seeds.map((p, i) => ({
      sheet: `s${i}`,
      department: { cell: { row: 3, col: 1 }, text: p.deptSummary },
      name: { cell: { row: 2, col: 1 }, text: p.nameSummary },
      amount: { cell: { row: 4, col: 2 }, value: Number(String(p.spec.total).replace(/,/g, '')) },
    })),
    { title: '部分县直部门2024年绩效目标申报表' },
  );
  const model = recognizeSheet(specToGrid(summary));

  it('makes one pre-filled sheet per summary row, preset guessed from the name', () => {
    if (model.kind !== 'summary') throw new Error('not a summary');
    const r = templatesFromSummary(model, { framework: '2024' });
    expect(r.sheets).toHaveLength(15);
    expect(r.skipped).toEqual([]);
    expect(r.sheets[0]).toMatchObject({ name: '2024年度县城供水管网新建及改造项目', preset: 'construction' });
    expect(r.sheets[0].content).toMatchObject({ year: 2024, projectName: '2024年度县城供水管网新建及改造项目', department: '平阴县水务局', fiscal: 1000 });
    expect(r.sheets[14].preset).toBe('subsidy');
  });

  it('skips rows whose project already has a table, even under a slightly different name', () => {
    if (model.kind !== 'summary') throw new Error('not a summary');
    const existing = fillTemplate(buildTemplate({ sheetName: '02养老' }), { projectName: '平阳县综合养老服务中心建设项目', total: 1000 });
    const table = recognizeSheet(specToGrid(existing)) as TargetTable;
    const r = templatesFromSummary(model, { framework: 'classic', existingSheets: ['02养老', '农村最低生活保障金'], existingTables: [table] });
    expect(r.skipped).toEqual([{ row: 3, name: '平阴县综合养老服务中心建设项目', sheet: '02养老' }]);
    expect(r.sheets).toHaveLength(14);
    expect(r.sheets.map((s) => s.name)).toContain('农村最低生活保障金(2)');
    expect(r.sheets.every((s) => s.framework === 'classic')).toBe(true);
  });
});

/** A spec a test can look into: every cell once, styles all defined. */
export function assertWellFormed(spec: TargetSheetSpec): void {
  const seen = new Set<string>();
  for (const c of spec.cells) {
    const k = `${c.row}:${c.col}`;
    expect(seen.has(k)).toBe(false);
    seen.add(k);
    expect(spec.styles[c.style]).toBeDefined();
  }
}

it.each(all)('%s (%s): cells appear once, every style defined, every merged cell styled', (id, fw) => {
  const spec = buildTemplate({ preset: id, framework: fw });
  assertWellFormed(spec);
  for (const m of spec.merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) expect(spec.cells.some((x) => x.row === r && x.col === c)).toBe(true);
  }
});
