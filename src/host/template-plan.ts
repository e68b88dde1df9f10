/**
 * The host-neutral half of the template operations: which sheet spec to write, under which name, from
 * which workbook content. Both template gateways (src/excel/templates.ts, src/wps/templates.ts) read the
 * sheet names (and, for the 申报表 operations, every sheet's values), ask these functions, and write the
 * spec in their host's terms. Pure.
 */
import type { CellValue, Grid } from '../core/grid';
import type { SummaryTable, TargetTable } from '../core/model';
import type { Framework } from '../core/profile';
import { recognizeWorkbook } from '../core/recognize';
import { labelKey } from '../core/recognize/labels';
import { matchSummaryRows } from '../core/rules/summary/match';
import {
  DEFAULT_SUMMARY_NAME,
  TemplateError,
  buildSummarySpec,
  buildTemplate,
  findPreset,
  summaryEntryFromTable,
  templatesFromSummary,
  uniqueSheetName,
  type SheetSpec,
} from '../core/template';
import { cellValueFromOffice } from './cells';
import { GatewayError } from './contract';
import type { InsertTemplateRequest } from './template-contract';

/** A constant as a spreadsheet should store it: text it would read as a formula or a number keeps a ' prefix. */
export function officeConstant(v: string | number | null | undefined): string | number {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return v;
  if (/^[=+\-@']/.test(v) || /^\s*[-+]?[\d,]*\.?\d+\s*%?\s*$/.test(v)) return `'${v}`;
  return v;
}

export interface StyleRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
  style: string;
}

/** The cells grouped into rectangles of one style (row runs, stacked where they line up). */
export function styleRects(spec: SheetSpec): StyleRect[] {
  const runs: StyleRect[] = [];
  const cells = [...spec.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  for (const c of cells) {
    const last = runs[runs.length - 1];
    if (last && last.top === c.row && last.style === c.style && last.right === c.col - 1) last.right = c.col;
    else runs.push({ top: c.row, bottom: c.row, left: c.col, right: c.col, style: c.style });
  }
  const out: StyleRect[] = [];
  for (const r of runs) {
    const above = out.find((o) => o.bottom === r.top - 1 && o.left === r.left && o.right === r.right && o.style === r.style);
    if (above) above.bottom = r.bottom;
    else out.push({ ...r });
  }
  return out;
}

/** The spec's cells as two full blocks from A1: number formats and contents (formula or constant). */
export function specBlocks(spec: SheetSpec): { lastRow: number; lastCol: number; formats: string[][]; contents: (string | number)[][] } {
  let lastRow = 0;
  let lastCol = 0;
  for (const c of spec.cells) {
    if (c.row > lastRow) lastRow = c.row;
    if (c.col > lastCol) lastCol = c.col;
  }
  const formats: string[][] = [];
  const contents: (string | number)[][] = [];
  for (let r = 0; r <= lastRow; r++) {
    formats.push(new Array<string>(lastCol + 1).fill('General'));
    contents.push(new Array<string | number>(lastCol + 1).fill(''));
  }
  for (const c of spec.cells) {
    const nf = spec.styles[c.style]?.numberFormat;
    if (nf) formats[c.row][c.col] = nf;
    contents[c.row][c.col] = c.formula !== undefined ? c.formula : officeConstant(c.value);
  }
  return { lastRow, lastCol, formats, contents };
}

/** A grid from a used range's values and where it starts (0-based row and column). */
export function gridFromBlock(name: string, top: number, left: number, values: readonly (readonly unknown[])[] | null): Grid {
  if (!values) return { name, rows: [] };
  const rows: CellValue[][] = [];
  for (let r = 0; r < top; r++) rows.push([]);
  for (const line of values) {
    const row: CellValue[] = new Array<CellValue>(left).fill(null);
    for (const v of line) row.push(cellValueFromOffice(v));
    while (row.length && row[row.length - 1] === null) row.pop();
    rows.push(row);
  }
  return { name, rows };
}

function asGatewayError<T>(make: () => T): T {
  try {
    return make();
  } catch (e) {
    if (e instanceof TemplateError) throw new GatewayError('InvalidArgument', e.message);
    throw e;
  }
}

/** An unknown preset fails before the host is asked anything. */
export function requirePreset(id: string): void {
  if (!findPreset(id)) throw new GatewayError('InvalidArgument', `没有名为“${id}”的模板，请从列表中选择。`);
}

/** 插入模板: the spec, named uniquely against every existing sheet. */
export function planInsert(request: InsertTemplateRequest, existingNames: readonly string[], year: number, protect?: boolean): SheetSpec {
  requirePreset(request.preset);
  const spec = asGatewayError(() =>
    buildTemplate({
      preset: request.preset,
      framework: request.framework,
      year,
      projectName: request.projectName,
      department: request.department,
      unit: request.unit,
      amount: request.amount ?? null,
      protect,
    }),
  );
  return { ...spec, name: uniqueSheetName(existingNames, spec.name) };
}

/** 从申报表生成: one spec per summary row without a sheet; the active sheet must be the summary. */
export function planGenerate(
  grids: readonly Grid[],
  active: string,
  framework: Framework,
  protect?: boolean,
): { sheets: SheetSpec[]; skipped: number } {
  const model = recognizeWorkbook([...grids]);
  const summary = model.sheets.find((s) => s.sheet === active);
  if (!summary || summary.kind !== 'summary') {
    throw new GatewayError(
      'NotASummary',
      `当前工作表“${active}”不是申报表：请先选中含“序号 / 预算部门（单位）名称 / 项目名称 / 项目金额”表头的工作表，再点击“从申报表生成”。`,
    );
  }
  const tables = model.sheets.filter((s): s is TargetTable => s.kind === 'target-table');
  const result = asGatewayError(() =>
    templatesFromSummary(summary, { framework, existingSheets: grids.map((g) => g.name), existingTables: tables, protect }),
  );
  return { sheets: result.sheets, skipped: result.skipped.length };
}

/** 备注 of a summary by the project sheet its row pairs with (as the summary/* rules pair them), to keep them across a refresh. */
function summaryNotes(summary: SummaryTable, grid: Grid, tables: TargetTable[]): Record<string, string> {
  const out: Record<string, string> = {};
  const header = grid.rows[summary.headerRow] ?? [];
  const noteCol = header.findIndex((v) => typeof v === 'string' && (labelKey(v) === '备注' || labelKey(v) === '说明'));
  if (noteCol < 0) return out;
  for (const p of matchSummaryRows({ sheets: [summary, ...tables] }).pairs) {
    const note = grid.rows[p.row.row]?.[noteCol];
    if (typeof note === 'string' && note.trim()) out[p.table.sheet] = note.trim();
  }
  return out;
}

export interface SummaryPlan {
  spec: SheetSpec;
  /** The existing summary sheet to clear and rewrite; null: add a new sheet (first position). */
  existing: string | null;
  rows: number;
}

/** 生成/更新申报表: the summary spec from the project sheets; an existing summary keeps its name, title, year and 备注. */
export function planSummary(grids: readonly Grid[], currentYear: number): SummaryPlan {
  const model = recognizeWorkbook([...grids]);
  const existing = model.sheets.find((s): s is SummaryTable => s.kind === 'summary') ?? null;
  const tables = model.sheets.filter((s): s is TargetTable => s.kind === 'target-table');
  const entries = tables.map(summaryEntryFromTable).filter((e): e is NonNullable<typeof e> => e !== null);
  if (!entries.length && !existing) {
    throw new GatewayError('NoProjects', '工作簿中没有找到项目支出绩效目标表，无法生成申报表。请先插入或填写绩效目标表。');
  }
  let notes: Record<string, string> = {};
  let year: number | undefined;
  let title: string | undefined;
  let name: string;
  if (existing) {
    const grid = grids.find((g) => g.name === existing.sheet) as Grid;
    notes = summaryNotes(existing, grid, tables);
    const m = /((?:19|20)\d\d)\s*年/.exec(existing.title?.text ?? '');
    if (m) year = Number(m[1]);
    title = existing.title?.text;
    name = existing.sheet;
  } else {
    name = uniqueSheetName(grids.map((g) => g.name), DEFAULT_SUMMARY_NAME);
    const table = model.sheets.find((s): s is TargetTable => s.kind === 'target-table' && s.year !== null);
    year = table?.year ?? undefined;
  }
  const spec = buildSummarySpec(entries, { name, year: year ?? currentYear, title, notes });
  return { spec, existing: existing ? existing.sheet : null, rows: entries.length };
}
