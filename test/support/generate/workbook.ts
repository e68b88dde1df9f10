/**
 * Generated workbooks: a summary sheet (申报表) and a few project tables, all in one variant's layout,
 * rendered to core Grids (and SheetDrafts for the .xlsx writer). Deterministic from a seed.
 */
import type { Grid } from '../../../src/core/grid';
import type { SummarySpec } from '../table-builder';
import { Rng } from './prng';
import type { Variant } from './layouts';
import { generateProject, rowExtras, toTableSpec, type GenProject, type ProjectNeeds } from './project';
import { renderSummary, renderTable, type SheetDraft } from './render';
import { SUMMARY_SHEET_NAMES } from './vocab';

export interface GenSummaryRow {
  dept: string;
  name: string;
  /** 万元, or a raw text. */
  amount: number | string;
  /** The project this row lists (index into projects); null for a row with no table. */
  project: number | null;
}

export interface GenSummary {
  sheet: string;
  title: string | null;
  rows: GenSummaryRow[];
  /** A 合计 row: true = the rows' sum, a number = that amount, false = none. */
  total: boolean | number;
}

export interface GenWorkbook {
  year: number;
  projects: GenProject[];
  summary: GenSummary | null;
}

export interface GenerateWorkbookOptions {
  /** Number of project tables (default 3–5). */
  tables?: number;
  /** Needs of one project (the mutation target), by index. */
  target?: { index: number; needs: ProjectNeeds };
  year?: number;
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ . */
export function sheetNameFor(variant: Variant, index: number, project: GenProject, used: Set<string>): string {
  let base =
    variant.family === 'pasted'
      ? `表${index + 1}`
      : `${String(index + 1).padStart(2, '0')}${project.summaryName}`.replace(/[[\]:*?/\\]/g, '').trim();
  base = [...base].slice(0, 31).join('');
  let name = base;
  let k = 2;
  while (used.has(name)) name = `${[...base].slice(0, 28).join('')}(${k++})`;
  used.add(name);
  return name;
}

export function generateWorkbook(rng: Rng, variant: Variant, opts: GenerateWorkbookOptions = {}): GenWorkbook {
  const year = opts.year ?? 2024;
  const n = opts.tables ?? rng.int(3, 5);
  const projects: GenProject[] = [];
  const used = new Set<string>();
  const summarySheet = rng.pick(SUMMARY_SHEET_NAMES);
  used.add(summarySheet);
  const names = new Set<string>();
  const kinds = new Set<string>();
  for (let i = 0; i < n; i++) {
    const needs = opts.target && opts.target.index === i ? opts.target.needs : undefined;
    let p = generateProject(rng.fork(`project/${i}`), { year, index: i, needs });
    // Keep names distinct within a workbook (the summary matches by name).
    // Distinct archetypes too, so no two projects have near-identical names.
    for (let t = 0; (names.has(p.summaryName) || kinds.has(p.archetype)) && t < 40; t++) {
      p = generateProject(rng.fork(`project/${i}/${t}`), { year, index: i, needs });
    }
    names.add(p.summaryName);
    kinds.add(p.archetype);
    p.sheet = sheetNameFor(variant, i, p, used);
    projects.push(p);
  }
  const summary: GenSummary | null = variant.summary.present
    ? {
        sheet: summarySheet,
        title: rng.pick([`部分县直部门${year}年绩效目标申报表`, `${year}年项目支出绩效目标申报汇总表`, null]),
        rows: projects.map((p, i) => ({ dept: p.summaryDept, name: p.summaryName, amount: typeof p.funds.total === 'number' ? p.funds.total : 0, project: i })),
        total: variant.summary.total,
      }
    : null;
  return { year, projects, summary };
}

export function hasWeightColumn(variant: Variant): boolean {
  return variant.extraColumns.includes('权重') || variant.extraColumns.includes('分值');
}

/** Renders the workbook: the summary sheet first (as in the seed), then one sheet per project. */
export function renderWorkbook(wb: GenWorkbook, variant: Variant, rng: Rng): SheetDraft[] {
  const out: SheetDraft[] = [];
  if (wb.summary) {
    const s = wb.summary;
    const spec: SummarySpec = {
      sheet: s.sheet,
      rows: s.rows.map((r) => [r.dept, r.name, r.amount]),
      total: s.total === false ? undefined : s.total,
    };
    out.push(renderSummary(spec, variant, rng.fork('summary'), { sheetName: s.sheet, year: wb.year, title: s.title }));
  }
  wb.projects.forEach((p, i) => {
    const spec = toTableSpec(p, variant.moneyUnit, hasWeightColumn(variant));
    out.push(renderTable(spec, variant, rng.fork(`render/${i}`), { sheetName: p.sheet, year: wb.year, extras: rowExtras(p, variant.moneyUnit) }));
  });
  return out;
}

export function gridsOf(drafts: SheetDraft[]): Grid[] {
  return drafts.map((d) => d.grid);
}

/** Deep copy (projects and summary are plain data). */
export function cloneWorkbook(wb: GenWorkbook): GenWorkbook {
  return JSON.parse(JSON.stringify(wb)) as GenWorkbook;
}
