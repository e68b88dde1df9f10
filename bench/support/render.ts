/**
 * A small renderer for the benches: a TableSpec (test/support/table-builder.ts) as a Grid in the official
 * layout of pingyin-2024-official.xlsx (title, year, header block, funds A5:A8, goal, the indicator block
 * with 一级/二级 merged over their rows), a summary sheet, seeded variations of the 15 seed projects, and
 * grids written to .xlsx with exceljs.
 */
import { Rng } from '../../test/support/generate/prng';
import ExcelJS from 'exceljs';
import { isUncalculated, type CellValue, type Grid, type MergeArea } from '../../src/core/grid';
import { parseSeedProjects, type TableSpec } from '../../test/support/table-builder';

/** A deterministic random source: the project's seeded generator (test/support/generate/prng.ts). */
export function rng(seed: number): () => number {
  const g = new Rng(seed);
  return () => g.next();
}

function amount(v: TableSpec['total']): number {
  if (typeof v === 'number') return v;
  const n = Number(String(v ?? '').replace(/,/g, ''));
  return Number.isFinite(n) ? n : 0;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * The seed project scaled by k: funds, money costs and counts grow together (so 单位成本 × 数量 keeps its
 * proportion to the total); percentages, dates, durations and per-unit standards stay as written.
 */
export function scaleSpec(spec: TableSpec, k: number, sheet: string): TableSpec {
  const indicators = spec.indicators.map(([l1, l2, name, value, weight]) => {
    let v = value;
    const perUnit = /\//.test(value);
    const keep = /%|年|月|日|天|小时|分钟/.test(value);
    if (!perUnit && !keep) {
      v = value.replace(/\d[\d,]*(\.\d+)?/, (m) => {
        const n = Number(m.replace(/,/g, ''));
        const scaled = /万元|元/.test(value) ? round2(n * k) : Math.max(1, Math.round(n * k));
        return String(scaled);
      });
    }
    return [l1, l2, name, v, weight] as typeof spec.indicators[number];
  });
  const total = round2(amount(spec.total) * k);
  const carry = round2(amount(spec.carryover) * k);
  const other = round2(amount(spec.other) * k);
  return { ...spec, sheet, total, fiscal: round2(total - carry - other), carryover: carry, other, indicators };
}

/** n varied tables cycling through the 15 seed projects. */
export function variedSpecs(n: number, seed = 2024): TableSpec[] {
  const seedSpecs = parseSeedProjects().map((p) => p.spec);
  const r = rng(seed);
  const out: TableSpec[] = [];
  for (let i = 0; i < n; i++) {
    const base = seedSpecs[i % seedSpecs.length];
    const k = 0.5 + r() * 2.5;
    out.push(scaleSpec(base, k, `${String(i + 1).padStart(3, '0')}${String(base.name ?? '').slice(0, 20)}`));
  }
  return out;
}

/** The official layout: indicators from row 11 (0-based 10), 一级 in B, 二级 C, 三级 D, 指标值 E. */
export function renderOfficial(spec: TableSpec, year = 2024): Grid {
  const rows: CellValue[][] = [];
  const merges: MergeArea[] = [];
  const m = (top: number, left: number, bottom: number, right: number) => {
    if (bottom > top || right > left) merges.push({ top, left, bottom, right });
  };
  rows.push(['项目支出绩效目标表']);
  m(0, 0, 0, 4);
  rows.push([`（${year}年度）`]);
  m(1, 0, 1, 4);
  rows.push(['项目名称', spec.name ?? '', null, '项目类别', spec.category ?? '']);
  m(2, 1, 2, 2);
  rows.push(['主管部门', spec.department ?? '', null, '实施单位', spec.unit ?? '']);
  m(3, 1, 3, 2);
  const funds: Array<[string, TableSpec['total']]> = [
    ['年度预算资金总额：', spec.total],
    ['其中：财政拨款', spec.fiscal],
    ['上年结转资金', spec.carryover],
    ['其他资金', spec.other],
  ];
  funds.forEach(([label, v], i) => {
    rows.push([i === 0 ? '项目资金\n（万元）' : null, label, typeof v === 'number' ? v : amount(v)]);
    m(4 + i, 2, 4 + i, 4);
  });
  m(4, 0, 7, 0);
  rows.push(['年度总体绩效目标', spec.goal ?? '']);
  m(8, 1, 8, 4);
  rows.push(['绩效指标', '一级指标', '二级指标', '三级指标', '指标值']);
  const first = 10;
  let l1Start = first;
  let l2Start = first;
  spec.indicators.forEach(([l1, l2, name, value], i) => {
    const r = first + i;
    const prev = spec.indicators[i - 1];
    const newL1 = !prev || prev[0] !== l1;
    const newL2 = newL1 || prev[1] !== l2;
    if (newL1 && i > 0) m(l1Start, 1, r - 1, 1);
    if (newL2 && i > 0) m(l2Start, 2, r - 1, 2);
    if (newL1) l1Start = r;
    if (newL2) l2Start = r;
    rows.push([null, newL1 ? l1 : null, newL2 ? l2 : null, name, value]);
  });
  const last = first + spec.indicators.length - 1;
  m(l1Start, 1, last, 1);
  m(l2Start, 2, last, 2);
  m(9, 0, last, 0);
  return { name: spec.sheet ?? 'Sheet1', rows, merges };
}

/** The 申报表: 序号 | 预算部门（单位）名称 | 项目名称 | 项目金额（万元） | 备注. */
export function renderSummary(specs: readonly TableSpec[], name = '绩效目标申报表'): Grid {
  const rows: CellValue[][] = [[`部分县直部门2024年绩效目标申报表`], ['序号', '预算部门（单位）名称', '项目名称', '项目金额（万元）', '备注']];
  specs.forEach((s, i) => rows.push([i + 1, s.department ?? '', s.name ?? '', amount(s.total), '']));
  return { name, rows, merges: [{ top: 0, left: 0, bottom: 0, right: 4 }] };
}

/** Writes grids as one .xlsx (values and merges). */
export async function writeGrids(file: string, grids: readonly Grid[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name.slice(0, 31));
    g.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        ws.getCell(r + 1, c + 1).value = isUncalculated(v) ? { formula: v.formula } as ExcelJS.CellFormulaValue : typeof v === 'object' ? { error: v.error } as ExcelJS.CellErrorValue : v;
      });
    });
    for (const mg of g.merges ?? []) ws.mergeCells(mg.top + 1, mg.left + 1, mg.bottom + 1, mg.right + 1);
  }
  await wb.xlsx.writeFile(file);
}
