/**
 * The 项目支出绩效目标表 sheet, laid out as the official form in the seed (5 columns, merged 一级/二级
 * cells, funds in 万元 as #,##0.00): buildTemplate (from a preset), fillTemplate (from a project).
 *
 *   1  项目支出绩效目标表                               (A1:E1)
 *   2  （2024年度）                                     (A2:E2)
 *   3  项目名称 | B3:C3              | 项目类别 | E3
 *   4  主管部门 | B4:C4              | 实施单位 | E4
 *   5  项目资金 | 年度预算资金总额： | C5:E5 = C6+C7+C8
 *   6  （万元） | 其中：财政拨款     | C6:E6
 *   7           | 上年结转资金       | C7:E7
 *   8           | 其他资金           | C8:E8
 *   9  年度总体绩效目标 | B9:E9
 *  10  绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值
 *  11… (A10:A… merged) | 一级 (merged per block) | 二级 (merged per run) | 三级 | 指标值
 */
import { defaultBudgetYear } from './year';
import { toA1, type CellRef, type MergeArea } from '../grid';
import type { Level1 } from '../model';
import type { Framework } from '../profile';
import { canonicalLevel1, canonicalLevel2, isCostIndicator, level2Under, requiredLevel1 } from '../framework';
import { normalizeText } from '../text';
import { findPreset, presetIndicators, PRESETS, type PresetDefinition } from './presets';
import { sanitizeSheetName } from './names';
import type { CellSpec, IndicatorRowSpec, TargetContent, TargetLayout, TargetSheetSpec, ValidationSpec } from './spec';
import { heightForLines, portraitA4, usedStyles, wrappedLines } from './style';

/** Column widths in characters: A labels, B 一级 / fund labels, C 二级 / amounts, D 三级, E 指标值. */
export const TARGET_COLUMN_WIDTHS = [10, 17, 16, 34, 20];

const COL = { label: 0, level1: 1, level2: 2, name: 3, value: 4 } as const;
const LAST_COL = 4;
const HEADER_ROW = 9;
const FIRST_INDICATOR_ROW = 10;

/** 项目类别 in the order a clerk picks them most. */
export const CATEGORY_CHOICES: readonly string[] = ['特定目标类', '其他运转类', '公用经费', '人员类', '运转类'];

export interface BuildTemplateOptions {
  /** A preset id or Chinese name; default 通用. */
  preset?: string;
  framework?: Framework;
  /** The budget year (the title’s （YYYY年度））; default defaultBudgetYear() (next year from July). */
  year?: number;
  projectName?: string;
  department?: string;
  /** 实施单位. */
  unit?: string;
  /** 年度预算资金总额 in 万元: filled in as 财政拨款, with 上年结转资金 and 其他资金 0. */
  amount?: number | null;
  category?: string;
  goal?: string;
  /** The sheet's name; default the project name, or "<preset>绩效目标表". Not made unique here. */
  sheetName?: string;
  /** Protect the sheet (labels locked, input cells open); default off. */
  protect?: boolean;
}

/** What a project brings to fill a template: any field given replaces the template's. */
export interface TemplateProject {
  projectName?: string;
  category?: string;
  department?: string;
  implementingUnit?: string;
  /** 年度预算资金总额 in 万元. Used as 财政拨款 when the sources are not given. */
  total?: number | string | null;
  fiscal?: number | string | null;
  carryover?: number | string | null;
  other?: number | string | null;
  goal?: string;
  /** Replace the preset's rows with these (一级, 二级, 三级, 指标值). */
  indicators?: Array<IndicatorRowSpec | readonly [string, string, string, string]>;
}

export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

function presetOrThrow(id: string | undefined): PresetDefinition {
  if (id === undefined) return PRESETS[0];
  const p = findPreset(id);
  if (!p) {
    throw new TemplateError(`没有名为“${id}”的模板；可用模板：${PRESETS.map((x) => `${x.id}（${x.name}）`).join('、')}`);
  }
  return p;
}

function defaultSheetName(projectName: string, preset: PresetDefinition): string {
  const fromName = sanitizeSheetName(projectName);
  if (fromName) return fromName;
  return preset.id === 'general' ? '项目支出绩效目标表' : `${preset.name}绩效目标表`;
}

/** A new template sheet from a preset: structure and 三级 names filled, values empty. */
export function buildTemplate(options: BuildTemplateOptions = {}): TargetSheetSpec {
  const preset = presetOrThrow(options.preset);
  const framework = options.framework ?? '2024';
  const amount = options.amount ?? null;
  if (amount !== null && !(Number.isFinite(amount) && amount >= 0)) {
    throw new TemplateError(`年度预算资金总额应为不小于 0 的数字（万元），而不是 ${String(amount)}`);
  }
  const content: TargetContent = {
    year: options.year ?? defaultBudgetYear(),
    projectName: options.projectName?.trim() ?? '',
    category: options.category?.trim() ?? '',
    department: options.department?.trim() ?? '',
    implementingUnit: options.unit?.trim() ?? '',
    fiscal: amount,
    carryover: amount === null ? null : 0,
    other: amount === null ? null : 0,
    goal: options.goal?.trim() ?? '',
    indicators: presetIndicators(preset, framework),
  };
  return layoutTargetSheet(content, {
    name: options.sheetName ? sanitizeSheetName(options.sheetName) || defaultSheetName(content.projectName, preset) : defaultSheetName(content.projectName, preset),
    framework,
    preset: preset.id,
    protect: options.protect ?? false,
  });
}

function toAmount(v: number | string | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const t = normalizeText(v).replace(/[,\s]/g, '').replace(/万元$/, '');
  if (!t) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** The template filled with a project's fields (and rows, when it has them); laid out again. */
export function fillTemplate(spec: TargetSheetSpec, project: TemplateProject): TargetSheetSpec {
  const c: TargetContent = { ...spec.content, indicators: spec.content.indicators.map((r) => ({ ...r })) };
  if (project.projectName !== undefined) c.projectName = project.projectName.trim();
  if (project.category !== undefined) c.category = project.category.trim();
  if (project.department !== undefined) c.department = project.department.trim();
  if (project.implementingUnit !== undefined) c.implementingUnit = project.implementingUnit.trim();
  if (project.goal !== undefined) c.goal = project.goal.trim();
  const sources = project.fiscal !== undefined || project.carryover !== undefined || project.other !== undefined;
  if (sources) {
    c.fiscal = toAmount(project.fiscal);
    c.carryover = toAmount(project.carryover);
    c.other = toAmount(project.other);
  } else if (project.total !== undefined) {
    const total = toAmount(project.total);
    c.fiscal = total;
    c.carryover = total === null ? null : 0;
    c.other = total === null ? null : 0;
  }
  if (project.indicators) {
    c.indicators = project.indicators.map((r) =>
      Array.isArray(r)
        ? { level1: r[0], level2: r[1], name: r[2], value: r[3] }
        : { ...(r as IndicatorRowSpec) },
    );
  }
  return layoutTargetSheet(c, {
    name: spec.name,
    framework: spec.framework,
    preset: spec.preset,
    protect: spec.protection.enabled,
  });
}

function sameLabel(a: string, b: string): boolean {
  return normalizeText(a).replace(/\s+/g, '') === normalizeText(b).replace(/\s+/g, '');
}

/** Runs of equal labels: [first, last] row offsets (inclusive) within `rows`. */
function runs(rows: IndicatorRowSpec[], key: (r: IndicatorRowSpec) => string, from = 0, to = rows.length - 1): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  for (let i = from + 1; i <= to + 1; i++) {
    if (i > to || !sameLabel(key(rows[i]), key(rows[start])) || key(rows[i]).trim() === '') {
      out.push([start, i - 1]);
      start = i;
    }
  }
  return out;
}

function area(top: number, left: number, bottom = top, right = left): MergeArea {
  return { top, left, bottom, right };
}

const FRAMEWORK_NAMES: Record<Framework, string> = {
  '2024': '2024 框架，成本指标单列为一级指标',
  classic: '经典框架，成本指标是产出指标下的二级指标',
};

/** Input messages and alerts (Chinese). Titles ≤ 32 and messages ≤ 255 characters, Excel's limits. */
function validationsFor(
  content: TargetContent,
  framework: Framework,
  preset: PresetDefinition,
  layout: TargetLayout,
  blocks: Array<{ level1: string; first: number; last: number }>,
  l2runs: Array<{ level1: string; level2: string; first: number; last: number }>,
): ValidationSpec[] {
  const out: ValidationSpec[] = [];
  const cell = (c: CellRef) => area(c.row, c.col);
  out.push({
    ranges: [cell(layout.category)],
    rule: { kind: 'list', items: [...CATEGORY_CHOICES] },
    prompt: {
      title: '项目类别',
      message: `请从下拉列表中选择：${CATEGORY_CHOICES.join('、')}。${preset.id === 'general' ? '' : `${preset.name}项目通常为${preset.usualCategory}。`}`,
    },
    error: { style: 'stop', title: '项目类别不正确', message: '项目类别只能是人员类、运转类（公用经费、其他运转类）或特定目标类，请从下拉列表中选择。' },
  });
  out.push({
    ranges: [area(layout.fiscal.row, layout.fiscal.col, layout.other.row, layout.other.col)],
    rule: { kind: 'decimal', min: 0 },
    prompt: { title: '金额（万元）', message: '以万元为单位填写数字，如 1000 或 12.5，没有的填 0。年度预算资金总额自动等于财政拨款、上年结转资金、其他资金三项之和。' },
    error: { style: 'stop', title: '金额不正确', message: '请填写不小于 0 的数字，单位为万元（不要写“万元”二字）。' },
  });
  out.push({
    ranges: [cell(layout.goal)],
    rule: { kind: 'textLength', max: 1000 },
    prompt: { title: '年度总体绩效目标', message: `${preset.goalHint}目标中的数字应与下方指标值一致。` },
    error: { style: 'warning', title: '目标过长', message: '年度总体绩效目标超过 1000 字，请精简后再报。' },
  });
  if (content.indicators.length === 0) return out;
  const first = layout.firstIndicatorRow;
  const last = layout.lastIndicatorRow;
  const level1s = requiredLevel1(framework);
  out.push({
    ranges: [area(first, COL.level1, last, COL.level1)],
    rule: { kind: 'list', items: level1s },
    prompt: { title: '一级指标', message: `从下拉列表中选择：${level1s.join('、')}（${FRAMEWORK_NAMES[framework]}）。` },
    error: { style: 'stop', title: '一级指标不正确', message: `一级指标只能是${level1s.join('、')}（${FRAMEWORK_NAMES[framework]}）。` },
  });
  // 二级: per 一级 section, a literal list of that 一级's 二级 (level2Under). Chosen over a hidden list sheet
  // + INDIRECT because: the 一级 cell is merged over its block, so on every row but the first INDIRECT($B12)
  // would see an empty cell (needing a LOOKUP array formula inside the validation); literal lists behave the
  // same in Excel (desktop, web, Office.js `list.source`) and LibreOffice, need no defined names (Chinese
  // names, INDIRECT support in validity sources differ), add no extra sheet the checker would read or a
  // clerk could delete, and survive copying the sheet into another workbook (a reference to a list sheet
  // becomes an external link). The cost: the list follows the section, not a 一级 retyped by hand — the
  // 一级 cells have their own list, and the checker reports a 二级 under the wrong 一级.
  const byLevel1 = new Map<string, MergeArea[]>();
  for (const b of blocks) {
    const canon = canonicalLevel1(b.level1);
    const k = canon ?? '';
    const list = byLevel1.get(k) ?? [];
    list.push(area(first + b.first, COL.level2, first + b.last, COL.level2));
    byLevel1.set(k, list);
  }
  for (const [l1, ranges] of byLevel1) {
    const items = l1
      ? level2Under(l1 as Level1, framework)
      : [...new Set(level1s.flatMap((x) => level2Under(x, framework)))];
    if (!items.length) continue;
    const where = l1 ? `「${l1}」下的二级指标` : '二级指标';
    out.push({
      ranges,
      rule: { kind: 'list', items },
      prompt: { title: '二级指标', message: `${where}：${items.join('、')}。请从下拉列表中选择。` },
      error: {
        style: 'stop',
        title: '二级指标不属于该一级指标',
        message: l1 ? `「${l1}」下只能选择：${items.join('、')}。如需其他二级指标，请先改一级指标。` : `二级指标只能是：${items.join('、')}。`,
      },
    });
  }
  out.push({
    ranges: [area(first, COL.name, last, COL.name)],
    rule: { kind: 'textLength', max: 40 },
    prompt: { title: '三级指标', message: '具体、可衡量的指标名称，不超过 40 个字。预置的名称可以改写得更贴合本项目；不需要的行可以删除。' },
    error: { style: 'stop', title: '指标名称过长', message: '三级指标名称不能超过 40 个字（预算管理一体化系统的限制），请精简。' },
  });
  // 指标值: a message for cost rows, one for 满意度, one for the rest.
  const groups: Record<'cost' | 'satisfaction' | 'other', MergeArea[]> = { cost: [], satisfaction: [], other: [] };
  for (const r of l2runs) {
    const l1 = canonicalLevel1(r.level1);
    const l2 = canonicalLevel2(r.level2);
    const g = isCostIndicator(l1, l2) ? 'cost' : l1 === '满意度指标' ? 'satisfaction' : 'other';
    groups[g].push(area(first + r.first, COL.value, first + r.last, COL.value));
  }
  const valueError = { style: 'warning' as const, title: '指标值过长', message: '指标值一般只写“符号＋数值＋单位”或简短的定性描述，请确认。' };
  const messages: Record<keyof typeof groups, string> = {
    cost: '成本指标写“≤金额＋单位”，如 ≤1000万元、≤21.27万元/村、≤647元/月。项目总成本不超过年度预算资金总额，分项成本之和等于项目总成本，单位成本写明计量对象。',
    satisfaction: '满意度写百分比，如 ≥90%、≥95%（不低于 80%）。',
    other: '定量指标写“符号＋数值＋单位”，如 ≥15826米、100%、≥95%、≤48小时；定性指标写“明显提高”“有效降低”等。故障率、投诉率等越低越好的指标用 ≤。',
  };
  for (const g of ['cost', 'other', 'satisfaction'] as const) {
    if (!groups[g].length) continue;
    out.push({ ranges: groups[g], rule: { kind: 'textLength', max: 100 }, prompt: { title: '指标值', message: messages[g] }, error: valueError });
  }
  return out;
}

/** The sheet for this content: cells, styles, merges, heights, validations, print set-up. */
export function layoutTargetSheet(
  content: TargetContent,
  meta: { name: string; framework: Framework; preset: string; protect: boolean },
): TargetSheetSpec {
  const preset = findPreset(meta.preset) ?? PRESETS[0];
  const rows = content.indicators;
  const n = Math.max(rows.length, 1);
  const firstIndicatorRow = FIRST_INDICATOR_ROW;
  const lastIndicatorRow = FIRST_INDICATOR_ROW + n - 1;
  const layout: TargetLayout = {
    title: { row: 0, col: 0 },
    year: { row: 1, col: 0 },
    projectName: { row: 2, col: 1 },
    category: { row: 2, col: 4 },
    department: { row: 3, col: 1 },
    implementingUnit: { row: 3, col: 4 },
    total: { row: 4, col: 2 },
    fiscal: { row: 5, col: 2 },
    carryover: { row: 6, col: 2 },
    other: { row: 7, col: 2 },
    goal: { row: 8, col: 1 },
    indicatorHeaderRow: HEADER_ROW,
    firstIndicatorRow,
    lastIndicatorRow,
    columns: { level1: COL.level1, level2: COL.level2, name: COL.name, value: COL.value },
  };

  const grid = new Map<string, CellSpec>();
  const put = (row: number, col: number, style: string, value?: string | number | null, formula?: string, result?: string | number | null) => {
    const c: CellSpec = { row, col, style };
    if (value !== undefined && value !== null && value !== '') c.value = value;
    if (formula !== undefined) {
      c.formula = formula;
      c.result = result ?? null;
    }
    grid.set(`${row}:${col}`, c);
  };
  const merges: MergeArea[] = [];
  /** Writes the anchor and styles every cell of the merge (borders are drawn per cell). */
  const block = (a: MergeArea, style: string, value?: string | number | null, formula?: string, result?: string | number | null) => {
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) put(r, c, style);
    put(a.top, a.left, style, value, formula, result);
    if (a.top !== a.bottom || a.left !== a.right) merges.push(a);
  };

  block(area(0, 0, 0, LAST_COL), 'title', '项目支出绩效目标表');
  block(area(1, 0, 1, LAST_COL), 'subtitle', `（${content.year}年度）`);
  block(area(2, 0), 'label', '项目名称');
  block(area(2, 1, 2, 2), 'input', content.projectName);
  block(area(2, 3), 'label', '项目类别');
  block(area(2, 4), 'inputCenter', content.category);
  block(area(3, 0), 'label', '主管部门');
  block(area(3, 1, 3, 2), 'input', content.department);
  block(area(3, 3), 'label', '实施单位');
  block(area(3, 4), 'input', content.implementingUnit);
  block(area(4, 0, 7, 0), 'label', '项目资金\n（万元）');
  block(area(4, 1), 'labelLeft', '年度预算资金总额：');
  const sources = [content.fiscal, content.carryover, content.other];
  const total = sources.every((v) => v === null) ? 0 : Math.round(sources.reduce<number>((s, v) => s + (v ?? 0), 0) * 1e6) / 1e6;
  block(area(4, 2, 4, LAST_COL), 'total', null, `=${toA1(layout.fiscal)}+${toA1(layout.carryover)}+${toA1(layout.other)}`, total);
  block(area(5, 1), 'labelLeft', '其中：财政拨款');
  block(area(5, 2, 5, LAST_COL), 'inputMoney', content.fiscal);
  block(area(6, 1), 'labelLeft', '上年结转资金');
  block(area(6, 2, 6, LAST_COL), 'inputMoney', content.carryover);
  block(area(7, 1), 'labelLeft', '其他资金');
  block(area(7, 2, 7, LAST_COL), 'inputMoney', content.other);
  block(area(8, 0), 'label', '年度总体绩效目标');
  block(area(8, 1, 8, LAST_COL), 'inputGoal', content.goal);
  block(area(HEADER_ROW, 0, lastIndicatorRow, 0), 'label', '绩效指标');
  block(area(HEADER_ROW, COL.level1), 'heading', '一级指标');
  block(area(HEADER_ROW, COL.level2), 'heading', '二级指标');
  block(area(HEADER_ROW, COL.name), 'heading', '三级指标');
  block(area(HEADER_ROW, COL.value), 'heading', '指标值');

  const blocks: Array<{ level1: string; first: number; last: number }> = [];
  const l2runs: Array<{ level1: string; level2: string; first: number; last: number }> = [];
  if (rows.length === 0) {
    for (const col of [COL.level1, COL.level2]) block(area(firstIndicatorRow, col), 'level');
    block(area(firstIndicatorRow, COL.name), 'name');
    block(area(firstIndicatorRow, COL.value), 'value');
  } else {
    for (const [a, b] of runs(rows, (r) => r.level1)) {
      blocks.push({ level1: rows[a].level1, first: a, last: b });
      block(area(firstIndicatorRow + a, COL.level1, firstIndicatorRow + b, COL.level1), 'level', rows[a].level1);
      for (const [c, d] of runs(rows, (r) => r.level2, a, b)) {
        l2runs.push({ level1: rows[a].level1, level2: rows[c].level2, first: c, last: d });
        block(area(firstIndicatorRow + c, COL.level2, firstIndicatorRow + d, COL.level2), 'level', rows[c].level2);
      }
    }
    rows.forEach((r, i) => {
      block(area(firstIndicatorRow + i, COL.name), 'name', r.name);
      block(area(firstIndicatorRow + i, COL.value), 'value', r.value);
    });
  }

  // Heights: fixed where Excel cannot autofit (merged cells), estimated from the text elsewhere so the
  // printed page and the .xlsx agree.
  const w = TARGET_COLUMN_WIDTHS;
  const rowHeights: Record<number, number> = {
    0: 36,
    1: 20,
    2: heightForLines(Math.max(wrappedLines(content.projectName, w[1] + w[2]), wrappedLines(content.category, w[4]), 1), 24),
    3: heightForLines(Math.max(wrappedLines(content.department, w[1] + w[2]), wrappedLines(content.implementingUnit, w[4]), 1), 24),
    4: 22,
    5: 22,
    6: 22,
    7: 22,
    8: heightForLines(Math.max(5, wrappedLines(content.goal, w[1] + w[2] + w[3] + w[4]))),
    [HEADER_ROW]: 24,
  };
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    const lines = r
      ? Math.max(wrappedLines(r.name, w[COL.name]), wrappedLines(r.value, w[COL.value]), 1)
      : 1;
    rowHeights[firstIndicatorRow + i] = heightForLines(lines, 22);
  }
  // A 一级 / 二级 label taller than its merged rows: give the block's rows the missing height.
  for (const b of [...blocks.map((x) => ({ text: x.level1, first: x.first, last: x.last, col: COL.level1 })), ...l2runs.map((x) => ({ text: x.level2, first: x.first, last: x.last, col: COL.level2 }))]) {
    const need = heightForLines(wrappedLines(b.text, w[b.col]), 22);
    let have = 0;
    for (let i = b.first; i <= b.last; i++) have += rowHeights[firstIndicatorRow + i];
    if (have < need) {
      const extra = Math.ceil((need - have) / (b.last - b.first + 1));
      for (let i = b.first; i <= b.last; i++) rowHeights[firstIndicatorRow + i] += extra;
    }
  }

  const cells = [...grid.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  return {
    kind: 'target-table',
    name: meta.name,
    framework: meta.framework,
    preset: preset.id,
    content,
    layout,
    styles: usedStyles(cells),
    columnWidths: [...TARGET_COLUMN_WIDTHS],
    rowHeights,
    cells,
    merges,
    validations: validationsFor(content, meta.framework, preset, layout, blocks, l2runs),
    print: portraitA4({ first: HEADER_ROW, last: HEADER_ROW }),
    protection: { enabled: meta.protect },
  };
}
