/**
 * The TemplateGateway over Office.js (issue 4): inserts the standard 项目支出绩效目标表 from the core's
 * template spec (src/core/template), generates project sheets from a 申报表, creates or refreshes the
 * 申报表. `createTemplateGateway(Excel, Office)` in production (./templates-office.ts); tests and the
 * playground pass the fake host's `Excel` and `Office` (test/fake-excel/host.ts).
 *
 * Sync budget: 插入 = 1 read (sheet names, the active sheet's position) + 1 write (add, fill, format,
 * activate). 从申报表生成 and 生成/更新申报表 = 1 read of the sheet names + 1 read of every sheet's values
 * + 1 write. A sheet is never overwritten: names are made unique against every sheet, hidden ones too,
 * and `worksheets.add` fails rather than replace one created in between.
 */
import { defaultBudgetYear } from '../core/template/year';
import { columnName, toA1, type CellValue, type Grid } from '../core/grid';
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
  columnWidthPoints,
  findPreset,
  listPresets,
  summaryEntryFromTable,
  templatesFromSummary,
  uniqueSheetName,
  type CellStyle,
  type SheetSpec,
  type ValidationSpec,
} from '../core/template';
import type {
  GenerateOutcome,
  InsertTemplateRequest,
  SummaryOutcome,
  TemplateGateway,
  TemplateOutcome,
  TemplatePreset,
} from '../taskpane/template-api';
import { GatewayError } from './gateway';
import { cellValueFromOffice } from './read';
import type { TExcel, TOffice, TRange, TRequestContext, TWorksheet } from './template-office-types';

/** Excel clears its undo list when an add-in changes the workbook: say so after every insertion. */
export const UNDO_NOTICE =
  '提示：插件修改工作簿后 Excel 会清空“撤消”记录，插入的工作表不能用 Ctrl+Z 撤消；如需删除，请右键单击工作表标签，选择“删除”。';
export const NO_VALIDATION_NOTICE = '此版本的 Excel 不支持通过插件设置数据验证（需要 ExcelApi 1.8），下拉列表和输入提示未设置。';
export const NO_PAGE_LAYOUT_NOTICE = '此版本的 Excel 不支持通过插件设置打印格式（需要 ExcelApi 1.9），请在“页面布局”中手动设为 A4 纵向、调整为一页宽。';

export interface TemplateGatewayOptions {
  /** The budget year of new sheets; default defaultBudgetYear() (next year from July). */
  year?: () => number;
  /** Protect new sheets (labels locked, input cells open). Default off. */
  protect?: boolean;
}

interface Features {
  validation: boolean;
  pageLayout: boolean;
  indent: boolean;
}

function features(office: TOffice): Features {
  const req = office.context.requirements;
  const has = (v: string) => req.isSetSupported('ExcelApi', v);
  return { validation: has('1.8'), pageLayout: has('1.9'), indent: has('1.9') };
}

function notices(f: Features, spec: SheetSpec): string[] {
  const out = [UNDO_NOTICE];
  if (!f.validation && spec.validations.length) out.push(NO_VALIDATION_NOTICE);
  if (!f.pageLayout) out.push(NO_PAGE_LAYOUT_NOTICE);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Writing a spec into a worksheet (queued; the caller syncs)

const H_ALIGN: Record<string, string> = { left: 'Left', center: 'Center', right: 'Right' };
const V_ALIGN: Record<string, string> = { top: 'Top', middle: 'Center', bottom: 'Bottom' };
const ALERT_STYLE: Record<string, string> = { stop: 'Stop', warning: 'Warning', information: 'Information' };

/** A constant as Office should store it: text that Excel would read as a formula or a number keeps a ' prefix. */
export function officeConstant(v: string | number | null | undefined): string | number {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return v;
  if (/^[=+\-@']/.test(v) || /^\s*[-+]?[\d,]*\.?\d+\s*%?\s*$/.test(v)) return `'${v}`;
  return v;
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
  style: string;
}

/** The cells grouped into rectangles of one style (row runs, stacked where they line up). */
export function styleRects(spec: SheetSpec): Rect[] {
  const runs: Rect[] = [];
  const cells = [...spec.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  for (const c of cells) {
    const last = runs[runs.length - 1];
    if (last && last.top === c.row && last.style === c.style && last.right === c.col - 1) last.right = c.col;
    else runs.push({ top: c.row, bottom: c.row, left: c.col, right: c.col, style: c.style });
  }
  const out: Rect[] = [];
  for (const r of runs) {
    const above = out.find((o) => o.bottom === r.top - 1 && o.left === r.left && o.right === r.right && o.style === r.style);
    if (above) above.bottom = r.bottom;
    else out.push({ ...r });
  }
  return out;
}

function a1(r: { top: number; left: number; bottom: number; right: number }): string {
  const x = toA1({ row: r.top, col: r.left });
  const y = toA1({ row: r.bottom, col: r.right });
  return x === y ? x : `${x}:${y}`;
}

function applyStyle(range: TRange, s: CellStyle, rect: Rect, f: Features): void {
  const fmt = range.format;
  fmt.font.name = s.font.name;
  fmt.font.size = s.font.size;
  fmt.font.bold = !!s.font.bold;
  fmt.font.color = s.font.color ?? '#000000';
  fmt.horizontalAlignment = s.hAlign ? H_ALIGN[s.hAlign] : 'General';
  fmt.verticalAlignment = s.vAlign ? V_ALIGN[s.vAlign] : 'Bottom';
  fmt.wrapText = !!s.wrap;
  if (f.indent && s.indent) fmt.indentLevel = s.indent;
  if (s.fill) fmt.fill.color = s.fill;
  if (s.border) {
    const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    if (rect.right > rect.left) edges.push('InsideVertical');
    if (rect.bottom > rect.top) edges.push('InsideHorizontal');
    for (const e of edges) {
      const b = fmt.borders.getItem(e);
      b.style = 'Continuous';
      b.weight = 'Thin';
      b.color = '#000000';
    }
  }
  fmt.protection.locked = s.locked;
}

function validationRule(v: ValidationSpec) {
  switch (v.rule.kind) {
    case 'list':
      return { list: { inCellDropDown: true, source: v.rule.items.join(',') } };
    case 'decimal':
      return { decimal: { formula1: v.rule.min, operator: 'GreaterThanOrEqualTo' } };
    case 'textLength':
      return { textLength: { formula1: v.rule.max, operator: 'LessThanOrEqualTo' } };
  }
}

/** Queues everything the spec says onto an (empty or cleared) worksheet. */
export function queueSheetSpec(ws: TWorksheet, spec: SheetSpec, f: Features): void {
  let lastRow = 0;
  let lastCol = 0;
  for (const c of spec.cells) {
    if (c.row > lastRow) lastRow = c.row;
    if (c.col > lastCol) lastCol = c.col;
  }
  // Number formats first: a text-formatted cell keeps what is written as text.
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
  const whole = ws.getRange(a1({ top: 0, left: 0, bottom: lastRow, right: lastCol }));
  whole.numberFormat = formats;
  whole.formulas = contents;

  for (const rect of styleRects(spec)) applyStyle(ws.getRange(a1(rect)), spec.styles[rect.style], rect, f);
  for (const m of spec.merges) ws.getRange(a1(m)).merge(false);
  spec.columnWidths.forEach((w, col) => {
    ws.getRange(`${columnName(col)}1`).format.columnWidth = columnWidthPoints(w);
  });
  for (const [row, h] of Object.entries(spec.rowHeights)) ws.getRange(`A${Number(row) + 1}`).format.rowHeight = h;

  if (f.validation) {
    for (const v of spec.validations) {
      for (const r of v.ranges) {
        const dv = ws.getRange(a1(r)).dataValidation;
        dv.rule = validationRule(v);
        dv.ignoreBlanks = true;
        dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
        dv.errorAlert = { showAlert: true, style: ALERT_STYLE[v.error.style], title: v.error.title, message: v.error.message };
      }
    }
  }
  if (f.pageLayout) {
    const p = spec.print;
    const pl = ws.pageLayout;
    pl.paperSize = 'A4';
    pl.orientation = p.orientation === 'portrait' ? 'Portrait' : 'Landscape';
    pl.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight };
    pl.centerHorizontally = p.centerHorizontally;
    pl.blackAndWhite = p.blackAndWhite;
    pl.leftMargin = p.margins.left * 72;
    pl.rightMargin = p.margins.right * 72;
    pl.topMargin = p.margins.top * 72;
    pl.bottomMargin = p.margins.bottom * 72;
    pl.headerMargin = p.margins.header * 72;
    pl.footerMargin = p.margins.footer * 72;
    if (p.titleRows) pl.setPrintTitleRows(`$${p.titleRows.first + 1}:$${p.titleRows.last + 1}`);
  }
  if (spec.protection.enabled) {
    ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowInsertRows: true, allowDeleteRows: true });
  }
}

// ---------------------------------------------------------------------------------------------------------
// Reading (for 从申报表生成 and 更新申报表)

interface SheetRead {
  name: string;
  ws: TWorksheet;
  used: TRange;
}

function gridOf(name: string, used: TRange): Grid {
  if (used.isNullObject) return { name, rows: [] };
  const rows: CellValue[][] = [];
  for (let r = 0; r < used.rowIndex; r++) rows.push([]);
  for (const line of used.values) {
    const row: CellValue[] = new Array<CellValue>(used.columnIndex).fill(null);
    for (const v of line) row.push(cellValueFromOffice(v));
    while (row.length && row[row.length - 1] === null) row.pop();
    rows.push(row);
  }
  return { name, rows };
}

async function readSheets(ctx: TRequestContext): Promise<{ sheets: SheetRead[]; active: string; grids: Grid[] }> {
  const coll = ctx.workbook.worksheets;
  coll.load('items/name');
  const active = coll.getActiveWorksheet();
  active.load('name');
  await ctx.sync();
  const sheets = coll.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('values,rowIndex,columnIndex');
    return { name: ws.name, ws, used };
  });
  await ctx.sync();
  return { sheets, active: active.name, grids: sheets.map((s) => gridOf(s.name, s.used)) };
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

// ---------------------------------------------------------------------------------------------------------
// The gateway

export function createTemplateGateway(excel: TExcel, office: TOffice, options: TemplateGatewayOptions = {}): TemplateGateway {
  const year = options.year ?? (() => defaultBudgetYear());
  const currentYear = year;
  const run = <T>(batch: (ctx: TRequestContext, sync: () => Promise<void>, syncs: () => number) => Promise<T>): Promise<T> =>
    excel.run({ delayForCellEdit: true }, async (ctx) => {
      let n = 0;
      const sync = async () => {
        n++;
        await ctx.sync();
      };
      return batch(ctx, sync, () => n);
    });

  const listPresetsImpl = (): TemplatePreset[] => listPresets();

  const insertTemplate = async (request: InsertTemplateRequest): Promise<TemplateOutcome> => {
    if (!findPreset(request.preset)) {
      throw new GatewayError('InvalidArgument', `没有名为“${request.preset}”的模板，请从列表中选择。`);
    }
    const f = features(office);
    return run(async (ctx, sync, syncs) => {
      const coll = ctx.workbook.worksheets;
      coll.load('items/name');
      const active = coll.getActiveWorksheet();
      active.load('name,position');
      await sync();
      let spec;
      try {
        spec = buildTemplate({
          preset: request.preset,
          framework: request.framework,
          year: year(),
          projectName: request.projectName,
          department: request.department,
          unit: request.unit,
          amount: request.amount ?? null,
          protect: options.protect,
        });
      } catch (e) {
        if (e instanceof TemplateError) throw new GatewayError('InvalidArgument', e.message);
        throw e;
      }
      spec = { ...spec, name: uniqueSheetName(coll.items.map((s) => s.name), spec.name) };
      const ws = coll.add(spec.name);
      ws.position = active.position + 1;
      queueSheetSpec(ws, spec, f);
      ws.activate();
      await sync();
      return { sheetName: spec.name, syncs: syncs(), notices: notices(f, spec) };
    });
  };

  const generateFromSummary = async (opts: { framework: Framework }): Promise<GenerateOutcome> => {
    const f = features(office);
    return run(async (ctx, sync, syncs) => {
      const { sheets, active, grids } = await readSheetsCounted(ctx, sync);
      const model = recognizeWorkbook(grids);
      const summary = model.sheets.find((s) => s.sheet === active);
      if (!summary || summary.kind !== 'summary') {
        throw new GatewayError(
          'NotASummary',
          `当前工作表“${active}”不是申报表：请先选中含“序号 / 预算部门（单位）名称 / 项目名称 / 项目金额”表头的工作表，再点击“从申报表生成”。`,
        );
      }
      const tables = model.sheets.filter((s): s is TargetTable => s.kind === 'target-table');
      let result;
      try {
        result = templatesFromSummary(summary, {
          framework: opts.framework,
          existingSheets: sheets.map((s) => s.name),
          existingTables: tables,
          protect: options.protect,
        });
      } catch (e) {
        if (e instanceof TemplateError) throw new GatewayError('InvalidArgument', e.message);
        throw e;
      }
      let first: TWorksheet | null = null;
      for (const spec of result.sheets) {
        const ws = ctx.workbook.worksheets.add(spec.name);
        queueSheetSpec(ws, spec, f);
        first ??= ws;
      }
      if (first) {
        first.activate();
        await sync();
      }
      const out: GenerateOutcome = { sheetNames: result.sheets.map((s) => s.name), skipped: result.skipped.length, syncs: syncs() };
      if (result.sheets.length) out.notices = notices(f, result.sheets[0]);
      return out;
    });
  };

  const updateSummary = async (): Promise<SummaryOutcome> => {
    const f = features(office);
    return run(async (ctx, sync, syncs) => {
      const { sheets, grids } = await readSheetsCounted(ctx, sync);
      const model = recognizeWorkbook(grids);
      const existing = model.sheets.find((s): s is SummaryTable => s.kind === 'summary') ?? null;
      const tables = model.sheets.filter((s): s is TargetTable => s.kind === 'target-table');
      const entries = tables
        .map(summaryEntryFromTable)
        .filter((e): e is NonNullable<typeof e> => e !== null);
      if (!entries.length && !existing) {
        throw new GatewayError('NoProjects', '工作簿中没有找到项目支出绩效目标表，无法生成申报表。请先插入或填写绩效目标表。');
      }
      let notes: Record<string, string> = {};
      let year: number | undefined;
      let title: string | undefined;
      let name = DEFAULT_SUMMARY_NAME;
      if (existing) {
        const grid = grids.find((g) => g.name === existing.sheet) as Grid;
        notes = summaryNotes(existing, grid, tables);
        const m = /((?:19|20)\d\d)\s*年/.exec(existing.title?.text ?? '');
        if (m) year = Number(m[1]);
        title = existing.title?.text;
        name = existing.sheet;
      } else {
        name = uniqueSheetName(sheets.map((s) => s.name), DEFAULT_SUMMARY_NAME);
        const table = model.sheets.find((s): s is TargetTable => s.kind === 'target-table' && s.year !== null);
        year = table?.year ?? undefined;
      }
      const spec = buildSummarySpec(entries, { name, year: year ?? currentYear(), title, notes });
      let ws: TWorksheet;
      if (existing) {
        ws = (sheets.find((s) => s.name === existing.sheet) as SheetRead).ws;
        const used = sheets.find((s) => s.name === existing.sheet)?.used;
        if (used && !used.isNullObject) {
          // Clear what was there: contents, formats, merges, validation of the old used range.
          const old = ws.getUsedRangeOrNullObject(false);
          old.unmerge();
          if (f.validation) old.dataValidation.clear();
          old.clear('All');
        }
      } else {
        ws = ctx.workbook.worksheets.add(spec.name);
        ws.position = 0;
      }
      queueSheetSpec(ws, spec, f);
      ws.activate();
      await sync();
      return { sheetName: spec.name, created: !existing, rows: entries.length, syncs: syncs(), notices: notices(f, spec) };
    });
  };

  return { listPresets: listPresetsImpl, insertTemplate, generateFromSummary, updateSummary };
}

/** readSheets with the gateway's sync counter. */
async function readSheetsCounted(ctx: TRequestContext, sync: () => Promise<void>): Promise<{ sheets: SheetRead[]; active: string; grids: Grid[] }> {
  const counting: TRequestContext = { workbook: ctx.workbook, sync: () => sync() };
  return readSheets(counting);
}
