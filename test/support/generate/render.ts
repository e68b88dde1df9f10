/**
 * Renderers: a TableSpec (test/support/table-builder.ts) or a SummarySpec to a core Grid (values +
 * merges), in the three seed layouts and their variants (layouts.ts). Each renderer also returns what
 * the .xlsx writer needs to make the sheet look like the seed's (number formats, widths, borders) and
 * where the indicator rows landed (for diagnostics).
 *
 * The layouts, as read cell by cell from the seed workbooks with exceljs:
 * - official (pingyin-2024-official.xlsx): 5 columns; title and "（2024年度）" rows merged across; 项目名称 |
 *   name (B:C) | 项目类别 | category; 项目资金\n（万元） merged over 4 rows with 年度预算资金总额： / 其中：财政拨款 /
 *   上年结转资金 / 其他资金 and amounts (C:E merged, numbers `#,##0.00`); 年度总体绩效目标 | goal (B:E);
 *   绩效指标 (merged down the block) | 一级指标 | 二级指标 | 三级指标 | 指标值; 一级 and 二级 runs merged.
 * - split (-split.xlsx): no merges; title "项目支出绩效目标表（2024年度）"; 项目名称 | name | "" | 项目类别 |
 *   category; one row per fund "年度预算资金总额（万元）" | number; labels on every row; 指标值符号 | 指标值 |
 *   计量单位 (定性 | text | "" for qualitative values, "=" where the value had no operator).
 * - pasted (-pasted.xlsx): every cell text; the official form's rows with merges turned into "" cells,
 *   "项目资金 (万元)", "年度预算资金总额:", funds "1,000.00"; rows garbled by the PDF extraction (see
 *   PasteNoise in layouts.ts).
 */
import type { CellRef, CellValue, Grid, MergeArea } from '../../../src/core/grid';
import type { IndicatorRow, SummarySpec, TableSpec } from '../table-builder';
import type { Rng } from './prng';
import type { ExtraColumn, Variant } from './layouts';
import { fmt, fmtMoney, type RowExtras, type SplitCells } from './project';

/** A rendered sheet: the grid plus what the .xlsx writer needs to make it look right. */
export interface SheetDraft {
  grid: Grid;
  /** Number formats by "row,col" (0-based). */
  numFmts: Record<string, string>;
  colWidths: number[];
  rowHeights: Record<number, number>;
  /** Areas drawn with thin borders (the table body). */
  boxes: MergeArea[];
  /** Cells in bold (labels) and title cells (bold, larger). */
  bold: CellRef[];
  titles: CellRef[];
  /** Target tables: the sheet row of each indicator (same order as the spec), -1 when not rendered. */
  indicatorRows?: number[];
}

export interface RenderTableOptions {
  sheetName: string;
  year?: number;
  extras?: RowExtras[];
}

// ------------------------------------------------------------------------------------------------
// A sparse sheet builder with an origin offset.

class Builder {
  rows: CellValue[][] = [];
  merges: MergeArea[] = [];
  numFmts: Record<string, string> = {};
  rowHeights: Record<number, number> = {};
  boxes: MergeArea[] = [];
  bold: CellRef[] = [];
  titles: CellRef[] = [];

  constructor(
    readonly r0: number,
    readonly c0: number,
  ) {}

  set(r: number, c: number, v: CellValue): void {
    const R = r + this.r0;
    const C = c + this.c0;
    while (this.rows.length <= R) this.rows.push([]);
    const row = this.rows[R];
    while (row.length <= C) row.push(null);
    row[C] = v;
  }

  /** Sets a value and merges it across (r..b, c..d) when that is more than one cell. */
  setMerged(r: number, c: number, b: number, d: number, v: CellValue): void {
    this.set(r, c, v);
    if (b > r || d > c) this.merges.push({ top: r + this.r0, left: c + this.c0, bottom: b + this.r0, right: d + this.c0 });
  }

  fmt(r: number, c: number, f: string): void {
    this.numFmts[`${r + this.r0},${c + this.c0}`] = f;
  }

  height(r: number, h: number): void {
    this.rowHeights[r + this.r0] = h;
  }

  box(top: number, left: number, bottom: number, right: number): void {
    this.boxes.push({ top: top + this.r0, left: left + this.c0, bottom: bottom + this.r0, right: right + this.c0 });
  }

  markBold(r: number, c: number): void {
    this.bold.push({ row: r + this.r0, col: c + this.c0 });
  }

  markTitle(r: number, c: number): void {
    this.titles.push({ row: r + this.r0, col: c + this.c0 });
  }

  grid(name: string): Grid {
    const rows = this.rows.map((row) => {
      let end = row.length;
      while (end > 0 && row[end - 1] === null) end--;
      return row.slice(0, end);
    });
    return { name, rows, merges: this.merges };
  }

  draft(name: string, colWidths: number[], indicatorRows?: number[]): SheetDraft {
    const widths = [...Array(this.c0).fill(4), ...colWidths];
    return {
      grid: this.grid(name),
      numFmts: this.numFmts,
      colWidths: widths,
      rowHeights: this.rowHeights,
      boxes: this.boxes,
      bold: this.bold,
      titles: this.titles,
      indicatorRows: indicatorRows?.map((r) => (r < 0 ? r : r + this.r0)),
    };
  }
}

// ------------------------------------------------------------------------------------------------
// Values

const OP = /^(≥|≤|=|>|<|≧|≦|>=|<=|＞＝|＜＝)?\s*(-?\d+(?:\.\d+)?)\s*(.*)$/;

/** 符号 | 值 | 单位 for a value written in one cell, as the provincial system exports it. */
export function splitValue(text: string, explicit?: SplitCells): SplitCells {
  if (explicit) return explicit;
  const t = text.trim();
  if (!t) return [null, null, null];
  const m = OP.exec(t);
  if (m) return [m[1] ?? '=', Number(m[2]), m[3].trim()];
  return ['定性', t, ''];
}

function fundsValue(v: number | string | null | undefined, mode: 'number' | 'text'): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  return mode === 'number' ? v : fmtMoney(v);
}

function extraValue(col: ExtraColumn, row: IndicatorRow, extra: RowExtras | undefined, asText: boolean): CellValue {
  switch (col) {
    case '权重':
    case '分值': {
      const w = row[4];
      if (w === undefined || w === null || w === '') return null;
      return asText || typeof w === 'string' ? String(w) : w;
    }
    case '指标值说明':
      return extra?.note ?? null;
    case '评(扣)分标准':
      return extra?.criterion ?? null;
  }
}

const EXTRA_WIDTH: Record<ExtraColumn, number> = { 权重: 8, 分值: 8, 指标值说明: 20, '评(扣)分标准': 26 };

/** Runs of equal consecutive labels: [start, end] inclusive. Empty labels are never merged. */
function runs(labels: string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < labels.length) {
    let j = i;
    if (labels[i]) while (j + 1 < labels.length && labels[j + 1] === labels[i]) j++;
    out.push([i, j]);
    i = j + 1;
  }
  return out;
}

/** Label spellings: canonical, or an alias a real table uses (DOMAIN.md), chosen per table. */
const LEVEL1_ALIAS: Record<string, string[]> = {
  产出指标: ['项目完成指标', '产出'],
  效益指标: ['项目效益指标', '效益'],
  成本指标: ['成本'],
  满意度指标: ['满意度'],
};
const LEVEL2_ALIAS: Record<string, string[]> = {
  服务对象满意度指标: ['社会公众或服务对象满意度指标', '服务对象满意度'],
  时效指标: ['进度指标', '时效'],
  生态效益指标: ['环境效益指标'],
  数量指标: ['数量'],
  质量指标: ['质量'],
  可持续影响指标: ['可持续发展影响指标'],
};

/** Applies alias spellings to a spec's labels: one spelling per label per table. */
export function aliasLabels(rows: IndicatorRow[], rng: Rng, p: number): IndicatorRow[] {
  if (p <= 0) return rows;
  const chosen = new Map<string, string>();
  const spell = (label: string, table: Record<string, string[]>) => {
    if (!chosen.has(label)) chosen.set(label, table[label] && rng.chance(p) ? rng.pick(table[label]) : label);
    return chosen.get(label) ?? label;
  };
  return rows.map(([l1, l2, n, v, w]) => [spell(l1, LEVEL1_ALIAS), spell(l2, LEVEL2_ALIAS), n, v, w]);
}

// ------------------------------------------------------------------------------------------------
// Official layout (and official-like variants)

/** Resolves yearRow 'either' to one form for this table. */
function yearForm(variant: Variant, rng: Rng): 'separate' | 'inline' | 'none' {
  return variant.yearRow === 'either' ? (rng.chance(0.5) ? 'inline' : 'separate') : variant.yearRow;
}

function renderOfficial(spec: TableSpec, variant0: Variant, rng: Rng, opts: RenderTableOptions): SheetDraft {
  const variant = { ...variant0, yearRow: yearForm(variant0, rng) };
  const year = opts.year ?? 2024;
  const unit = spec.moneyUnit ?? '万元';
  const b = new Builder(variant.offset.rows, variant.offset.cols);
  const nVal = variant.splitValue ? 3 : 1;
  const W = 4 + nVal + variant.extraColumns.length;
  const last = W - 1;
  let r = 0;
  if (variant.title) {
    b.setMerged(r, 0, r, last, variant.yearRow === 'inline' ? `项目支出绩效目标表（${year}年度）` : '项目支出绩效目标表');
    b.markTitle(r, 0);
    r++;
  }
  if (variant.yearRow === 'separate' || (!variant.title && variant.yearRow === 'inline')) {
    b.setMerged(r, 0, r, last, `（${year}年度）`);
    r++;
  }
  const top = r;
  const pair = (label1: string, v1: string | null | undefined, label2: string, v2: string | null | undefined) => {
    if (v1 !== null) {
      b.set(r, 0, label1);
      b.setMerged(r, 1, r, 2, v1 ?? '');
    }
    if (v2 !== null) {
      b.set(r, 3, label2);
      b.setMerged(r, 4, r, last, v2 ?? '');
    }
    r++;
  };
  pair('项目名称', spec.name, '项目类别', spec.category);
  pair('主管部门', spec.department, '实施单位', spec.unit);
  b.setMerged(r, 0, r + 3, 0, `项目资金\n（${unit}）`);
  const funds: Array<[string, TableSpec['total']]> = [
    ['年度预算资金总额：', spec.total],
    ['其中：财政拨款', spec.fiscal],
    ['上年结转资金', spec.carryover],
    ['其他资金', spec.other],
  ];
  for (const [label, v] of funds) {
    if (v !== null) {
      b.set(r, 1, label);
      const cell = fundsValue(v, variant.fundsAs);
      b.setMerged(r, 2, r, last, cell);
      if (typeof cell === 'number') b.fmt(r, 2, '#,##0.00');
    }
    r++;
  }
  if (spec.goal !== null) {
    b.set(r, 0, '年度总体绩效目标');
    b.setMerged(r, 1, r, last, spec.goal ?? '');
    b.height(r, 60);
    r++;
  }
  const header = r;
  const headers = ['一级指标', '二级指标', '三级指标', ...(variant.splitValue ? [variant.signHeader, '指标值', variant.unitHeader] : ['指标值']), ...variant.extraColumns];
  headers.forEach((h, i) => {
    b.set(r, 1 + i, h);
    b.markBold(r, 1 + i);
  });
  r++;
  const first = r;
  const rows = spec.indicators;
  const indicatorRows: number[] = [];
  rows.forEach((row, i) => {
    const rr = first + i;
    indicatorRows.push(rr);
    b.set(rr, 3, row[2] ? row[2] : null);
    if (variant.splitValue) {
      const [s, v, u] = splitValue(row[3], opts.extras?.[i]?.split);
      b.set(rr, 4, s);
      b.set(rr, 5, v);
      b.set(rr, 6, u);
    } else b.set(rr, 4, row[3] ? row[3] : null);
    variant.extraColumns.forEach((col, k) => b.set(rr, 4 + nVal + k, extraValue(col, row, opts.extras?.[i], false)));
  });
  // 一级 / 二级 labels: merged runs, repeated, or first row only.
  const l1 = rows.map((x) => x[0]);
  for (const [s, e] of runs(l1)) {
    const text = l1[s] || null;
    if (variant.labels === 'merged') b.setMerged(first + s, 1, first + e, 1, text);
    else for (let k = s; k <= e; k++) b.set(first + k, 1, variant.labels === 'repeated' || k === s ? text : null);
    const l2 = rows.slice(s, e + 1).map((x) => x[1]);
    for (const [s2, e2] of runs(l2)) {
      const t2 = l2[s2] || null;
      if (variant.labels === 'merged') b.setMerged(first + s + s2, 2, first + s + e2, 2, t2);
      else for (let k = s2; k <= e2; k++) b.set(first + s + k, 2, variant.labels === 'repeated' || k === s2 ? t2 : null);
    }
  }
  const end = Math.max(first + rows.length - 1, header);
  b.setMerged(header, 0, end, 0, '绩效指标');
  b.box(top, 0, end, last);
  const widths = [12, 14, 18, 34, ...(variant.splitValue ? [10, 12, 10] : [18]), ...variant.extraColumns.map((c) => EXTRA_WIDTH[c])];
  return b.draft(opts.sheetName, widths, indicatorRows);
}

// ------------------------------------------------------------------------------------------------
// Split layout (provincial system export)

function renderSplit(spec: TableSpec, variant0: Variant, rng: Rng, opts: RenderTableOptions): SheetDraft {
  const variant = { ...variant0, yearRow: yearForm(variant0, rng) };
  const year = opts.year ?? 2024;
  const unit = spec.moneyUnit ?? '万元';
  const b = new Builder(variant.offset.rows, variant.offset.cols);
  const nVal = variant.splitValue ? 3 : 1;
  const W = Math.max(5, 3 + nVal + variant.extraColumns.length);
  let r = 0;
  if (variant.title) {
    b.set(r, 0, variant.yearRow === 'inline' ? `项目支出绩效目标表（${year}年度）` : '项目支出绩效目标表');
    b.markTitle(r, 0);
    r++;
  }
  if (variant.yearRow === 'separate' || (!variant.title && variant.yearRow === 'inline')) {
    b.set(r, 0, `（${year}年度）`);
    r++;
  }
  const top = r;
  const pair = (label1: string, v1: string | null | undefined, label2: string, v2: string | null | undefined) => {
    if (v1 !== null) {
      b.set(r, 0, label1);
      b.set(r, 1, v1 ?? '');
    }
    b.set(r, 2, '');
    if (v2 !== null) {
      b.set(r, 3, label2);
      b.set(r, 4, v2 ?? '');
    }
    r++;
  };
  pair('项目名称', spec.name, '项目类别', spec.category);
  pair('主管部门', spec.department, '实施单位', spec.unit);
  const funds: Array<[string, TableSpec['total']]> = [
    [`年度预算资金总额（${unit}）`, spec.total],
    [`财政拨款（${unit}）`, spec.fiscal],
    [`上年结转资金（${unit}）`, spec.carryover],
    [`其他资金（${unit}）`, spec.other],
  ];
  for (const [label, v] of funds) {
    if (v !== null) {
      b.set(r, 0, label);
      b.set(r, 1, fundsValue(v, variant.fundsAs));
    }
    r++;
  }
  if (spec.goal !== null) {
    b.set(r, 0, '年度总体绩效目标');
    b.set(r, 1, spec.goal ?? '');
    r++;
  }
  const headers = ['一级指标', '二级指标', '三级指标', ...(variant.splitValue ? [variant.signHeader, '指标值', variant.unitHeader] : ['指标值']), ...variant.extraColumns];
  headers.forEach((h, i) => {
    b.set(r, i, h);
    b.markBold(r, i);
  });
  r++;
  const first = r;
  const indicatorRows: number[] = [];
  const rows = spec.indicators;
  const l1runs = runs(rows.map((x) => x[0]));
  const showL1 = new Set<number>();
  const showL2 = new Set<number>();
  for (const [s, e] of l1runs) {
    for (let k = s; k <= e; k++) if (variant.labels !== 'blank' || k === s) showL1.add(k);
    for (const [s2, e2] of runs(rows.slice(s, e + 1).map((x) => x[1]))) {
      for (let k = s2; k <= e2; k++) if (variant.labels !== 'blank' || k === s2) showL2.add(s + k);
    }
  }
  rows.forEach((row, i) => {
    const rr = first + i;
    indicatorRows.push(rr);
    b.set(rr, 0, showL1.has(i) && row[0] ? row[0] : null);
    b.set(rr, 1, showL2.has(i) && row[1] ? row[1] : null);
    b.set(rr, 2, row[2] ? row[2] : null);
    if (variant.splitValue) {
      const [s, v, u] = splitValue(row[3], opts.extras?.[i]?.split);
      b.set(rr, 3, s);
      b.set(rr, 4, v);
      b.set(rr, 5, u);
    } else b.set(rr, 3, row[3] ? row[3] : null);
    variant.extraColumns.forEach((col, k) => b.set(rr, 3 + nVal + k, extraValue(col, row, opts.extras?.[i], false)));
  });
  b.box(top, 0, Math.max(first + rows.length - 1, first - 1), W - 1);
  const widths = [12, 20, 34, ...(variant.splitValue ? [10, 12, 12] : [18]), ...variant.extraColumns.map((c) => EXTRA_WIDTH[c])];
  return b.draft(opts.sheetName, widths, indicatorRows);
}

// ------------------------------------------------------------------------------------------------
// Pasted layout (PDF text pasted into Excel)

const JUNK_ROWS: string[][] = [
  ['--', '-------', '-----------', '---------', '------'],
  ['-------', '-----------', '---------', '------'],
];

function renderPasted(spec: TableSpec, variant0: Variant, rng: Rng, opts: RenderTableOptions): SheetDraft {
  const variant = { ...variant0, yearRow: yearForm(variant0, rng) };
  const noise = variant.paste;
  const year = opts.year ?? 2024;
  const unit = spec.moneyUnit ?? '万元';
  const colon = rng.pick([':', '：']);
  const yearText = rng.pick([`(${year} 年度)`, `(${year}年度)`]);
  type Line = { cells: string[]; indicator?: number };
  const lines: Line[] = [];
  const push = (cells: string[], indicator?: number) => lines.push({ cells, indicator });
  if (variant.title) {
    if (variant.yearRow === 'inline') push([`项目支出绩效目标表 ${yearText}`]);
    else {
      push(['项目支出绩效目标表']);
      if (variant.yearRow === 'separate') push([yearText]);
    }
  } else if (variant.yearRow !== 'none') push([yearText]);
  const gap = !(noise && rng.chance(noise.headerNoGap));
  const pair = (l1: string, v1: string | null | undefined, l2: string, v2: string | null | undefined) => {
    const cells = [v1 === null ? '' : l1, v1 ?? '', ...(gap ? [''] : []), v2 === null ? '' : l2, v2 ?? ''];
    push(cells);
  };
  pair('项目名称', spec.name, '项目类别', spec.category);
  pair('主管部门', spec.department, '实施单位', spec.unit);
  const splitLabel = !!noise && rng.chance(noise.fundsLabelSplit);
  const far = !!noise && rng.chance(noise.fundsFar);
  const funds: Array<[string, TableSpec['total']]> = [
    [`年度预算资金总额${colon}`, spec.total],
    [`其中${colon}${rng.chance(0.3) ? ' ' : ''}财政拨款`, spec.fiscal],
    ['上年结转资金', spec.carryover],
    ['其他资金', spec.other],
  ];
  funds.forEach(([label, v], i) => {
    const lead = i === 0 ? (splitLabel ? '项目资金' : `项目资金 (${unit})`) : i === 1 && splitLabel ? `(${unit})` : '';
    const value = v === null ? '' : typeof v === 'number' ? fmtMoney(v) : String(v);
    const farHere = far && i < 3;
    push([lead, v === null ? '' : label, ...(farHere ? ['', ''] : []), value]);
  });
  if (spec.goal !== null) push([rng.pick(['年度总体绩效目标', '年度总体绩效目标', '年度总体 绩效目标']), spec.goal ?? '']);
  const headers = ['一级指标', '二级指标', '三级指标', ...(variant.splitValue ? [variant.signHeader, '指标值', variant.unitHeader] : ['指标值']), ...variant.extraColumns];
  push(['', ...headers]);

  // Indicator rows, blank continuation cells.
  const rows = spec.indicators;
  const body: Line[] = [];
  let prevL1 = '\u0000';
  let prevL2 = '\u0000';
  rows.forEach((row, i) => {
    const [l1, l2, name, value] = row;
    const newL1 = l1 !== prevL1;
    const showL1 = newL1 ? l1 : '';
    const showL2 = newL1 || l2 !== prevL2 ? l2 : '';
    prevL1 = l1;
    prevL2 = l2;
    const valueCells = variant.splitValue
      ? splitValue(value, opts.extras?.[i]?.split).map((x) => (x === null ? '' : String(x)))
      : [value];
    const extras = variant.extraColumns.map((c) => {
      const v = extraValue(c, row, opts.extras?.[i], true);
      return v === null ? '' : String(v);
    });
    body.push({ cells: [i === 0 ? '绩效指标' : '', showL1, showL2, name, ...valueCells, ...extras], indicator: i });
  });
  if (noise) {
    // The next 一级 label lands on the last row of the previous block.
    for (let i = 1; i < body.length; i++) {
      const line = body[i];
      if (!line.cells[1] || !rng.chance(noise.carryUp)) continue;
      const prev = body[i - 1];
      if (prev.cells[0] === '绩效指标' || prev.cells[1]) continue;
      prev.cells[1] = line.cells[1];
      line.cells[1] = '';
      prev.cells.shift();
      if (rng.chance(0.7)) line.cells.shift();
    }
    for (const line of body) {
      if (line.cells[0] === '' && line.cells.length >= 5 && rng.chance(noise.leftShift)) {
        line.cells.shift();
        // The 二级 label lands in the 一级 slot when that is blank.
        if (line.cells[0] === '' && line.cells[1] && rng.chance(noise.labelLeft)) {
          line.cells[0] = line.cells[1];
          line.cells[1] = '';
        }
      } else if (line.cells[0] === '' && line.cells.length >= 5 && rng.chance(noise.rightShift)) {
        // An extra blank cell: before the 三级 name, or before the 二级 label when it is there.
        const at = line.cells[2] ? 2 : 3;
        line.cells.splice(at, 0, '');
      }
    }
    if (rows.length > 2 && rng.chance(noise.pageBreak)) {
      const at = rng.int(1, body.length - 1);
      const junk: Line[] = [{ cells: rng.pick(JUNK_ROWS).slice() }];
      if (rng.chance(0.5)) junk.unshift({ cells: [] });
      if (rng.chance(0.5)) junk.push({ cells: [] });
      body.splice(at, 0, ...junk);
    }
  }
  lines.push(...body);

  const b = new Builder(variant.offset.rows, variant.offset.cols);
  const indicatorRows: number[] = rows.map(() => -1);
  lines.forEach((line, r) => {
    let end = line.cells.length;
    while (end > 0 && line.cells[end - 1] === '') end--;
    for (let c = 0; c < end; c++) b.set(r, c, line.cells[c]);
    if (line.indicator !== undefined) indicatorRows[line.indicator] = r;
    if (end === 0) b.set(r, 0, null);
  });
  return b.draft(opts.sheetName, [14, 16, 18, 30, 16, ...variant.extraColumns.map(() => 10)], indicatorRows);
}

// ------------------------------------------------------------------------------------------------

/** Renders one target table in the variant's layout. `rng` drives the paste noise and per-table choices. */
export function renderTable(spec: TableSpec, variant: Variant, rng: Rng, opts: RenderTableOptions): SheetDraft {
  const s: TableSpec = variant.aliases > 0 ? { ...spec, indicators: aliasLabels(spec.indicators, rng, variant.aliases) } : spec;
  switch (variant.family) {
    case 'official':
      return renderOfficial(s, variant, rng, opts);
    case 'split':
      return renderSplit(s, variant, rng, opts);
    case 'pasted':
      return renderPasted(s, variant, rng, opts);
  }
}

export interface RenderSummaryOptions {
  sheetName: string;
  year?: number;
  title?: string | null;
}

/** The summary sheet (申报表): 序号 | 预算部门（单位）名称 | 项目名称 | 项目金额（万元） | 备注, optional 合计 row. */
export function renderSummary(spec: SummarySpec, variant: Variant, rng: Rng, opts: RenderSummaryOptions): SheetDraft {
  const year = opts.year ?? 2024;
  const text = variant.family === 'pasted';
  const b = new Builder(variant.offset.rows, variant.offset.cols);
  let r = 0;
  const title = opts.title === undefined ? `部分县直部门${year}年绩效目标申报表` : opts.title;
  if (title) {
    if (text) b.set(r, 0, title);
    else b.setMerged(r, 0, r, 4, title);
    b.markTitle(r, 0);
    r++;
  }
  const header = ['序号', '预算部门（单位）名称', '项目名称', '项目金额（万元）', '备注'];
  const top = r;
  header.forEach((h, i) => {
    b.set(r, i, h);
    b.markBold(r, i);
  });
  r++;
  const amountText = (n: number | string) =>
    typeof n === 'string' ? n : rng.chance(0.5) ? fmt(n) : n.toFixed(2);
  spec.rows.forEach(([dept, name, amount], i) => {
    b.set(r, 0, text ? String(i + 1) : i + 1);
    b.set(r, 1, dept);
    b.set(r, 2, name);
    if (text) b.set(r, 3, amountText(amount));
    else {
      b.set(r, 3, amount);
      if (typeof amount === 'number') b.fmt(r, 3, '#,##0.00');
      b.set(r, 4, '');
    }
    r++;
  });
  if (spec.total !== undefined) {
    const sum = spec.rows.reduce((s, x) => s + (typeof x[2] === 'number' ? x[2] : Number(x[2]) || 0), 0);
    const amount = spec.total === true ? Math.round(sum * 100) / 100 : spec.total;
    if (text) {
      b.set(r, 0, '合计');
      b.set(r, 3, amountText(amount));
    } else {
      b.setMerged(r, 0, r, 2, '合计');
      b.markBold(r, 0);
      b.set(r, 3, amount);
      b.fmt(r, 3, '#,##0.00');
      b.set(r, 4, '');
    }
    r++;
  }
  if (!text) b.box(top, 0, r - 1, 4);
  return b.draft(opts.sheetName, [6, 30, 40, 16, 10]);
}
