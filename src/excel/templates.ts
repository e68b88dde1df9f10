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
import { columnName } from '../core/grid';
import { columnWidthPoints, listPresets, type CellStyle, type SheetSpec, type ValidationSpec } from '../core/template';
import { areaToA1 } from '../host/cells';
import { planGenerate, planInsert, requirePreset, planSummary, specBlocks, styleRects, type StyleRect } from '../host/template-plan';
import type {
  GenerateOutcome,
  InsertTemplateRequest,
  SummaryOutcome,
  TemplateGateway,
  TemplateOutcome,
  TemplatePreset,
} from '../host/template-contract';
import type { Framework } from '../core/profile';
import type { TExcel, TOffice, TRange, TWorksheet } from './template-office-types';
import { DEFAULT_PAYLOAD_BUDGET } from './read-context';
import { readTemplateSheets, type CountingContext } from './template-read';

export { officeConstant, styleRects } from '../host/template-plan';

/**
 * Below ExcelApi 1.20 Excel clears its undo list when an add-in changes the workbook; with 1.20 it keeps it,
 * except after the calls Microsoft lists as not undoable — for us moving a sheet (`Worksheet.position`) on
 * Windows and Mac, and protecting it (src/excel/support.ts, docs/support.md). Say which after every insertion.
 */
export const UNDO_NOTICE =
  '提示：这次修改后 Excel 的“撤消”记录已清空，插入的工作表不能用 Ctrl+Z 撤消；如需删除，请右键单击工作表标签，选择“删除”。';
export const UNDO_KEPT_NOTICE = '提示：可以用 Ctrl+Z 撤消这次修改（可能需要按几次）；也可以右键单击工作表标签，选择“删除”。';
export const NO_VALIDATION_NOTICE = '此版本的 Excel 不支持通过插件设置数据验证（需要 ExcelApi 1.8），下拉列表和输入提示未设置。';
export const NO_PAGE_LAYOUT_NOTICE = '此版本的 Excel 不支持通过插件设置打印格式（需要 ExcelApi 1.9），请在“页面布局”中手动设为 A4 纵向、调整为一页宽。';

export interface TemplateGatewayOptions {
  /** The budget year of new sheets; default defaultBudgetYear() (next year from July). */
  year?: () => number;
  /** Protect new sheets (labels locked, input cells open). Default off. */
  protect?: boolean;
  /** Bytes one sync may carry when reading every sheet (as the check path; Excel on the web fails past 5 MB). */
  payloadBudget?: number;
}

interface Features {
  validation: boolean;
  pageLayout: boolean;
  indent: boolean;
  /** Excel keeps the undo list across add-in changes (ExcelApi 1.20 / ExcelUndoApiAll 1.0). */
  undo: boolean;
  /** Excel on the web: moving a sheet is undoable there (not on Windows or Mac). */
  web: boolean;
}

function features(office: TOffice): Features {
  const req = office.context.requirements;
  const set = (name: string, v: string) => {
    try {
      return !!req.isSetSupported(name, v);
    } catch {
      return false;
    }
  };
  const has = (v: string) => set('ExcelApi', v);
  return {
    validation: has('1.8'),
    pageLayout: has('1.9'),
    indent: has('1.9'),
    undo: has('1.20') || set('ExcelUndoApiAll', '1.0'),
    web: office.context.diagnostics?.platform === 'OfficeOnline',
  };
}

/** Does the undo list survive this change? `movedSheet`: the change set Worksheet.position. */
export function undoKept(f: Features, spec: SheetSpec, movedSheet: boolean): boolean {
  return f.undo && !spec.protection.enabled && !(movedSheet && !f.web);
}

function notices(f: Features, spec: SheetSpec, movedSheet: boolean): string[] {
  const out = [undoKept(f, spec, movedSheet) ? UNDO_KEPT_NOTICE : UNDO_NOTICE];
  if (!f.validation && spec.validations.length) out.push(NO_VALIDATION_NOTICE);
  if (!f.pageLayout) out.push(NO_PAGE_LAYOUT_NOTICE);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Writing a spec into a worksheet (queued; the caller syncs)

const H_ALIGN: Record<string, string> = { left: 'Left', center: 'Center', right: 'Right' };
const V_ALIGN: Record<string, string> = { top: 'Top', middle: 'Center', bottom: 'Bottom' };
const ALERT_STYLE: Record<string, string> = { stop: 'Stop', warning: 'Warning', information: 'Information' };

function applyStyle(range: TRange, s: CellStyle, rect: StyleRect, f: Features): void {
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
  // Number formats first: a text-formatted cell keeps what is written as text.
  const { lastRow, lastCol, formats, contents } = specBlocks(spec);
  const whole = ws.getRange(areaToA1({ top: 0, left: 0, bottom: lastRow, right: lastCol }));
  whole.numberFormat = formats;
  whole.formulas = contents;

  // Merge first, then style: fills and borders set before a merge are lost in Excel (office-js #6405, #6557).
  for (const m of spec.merges) ws.getRange(areaToA1(m)).merge(false);
  for (const rect of styleRects(spec)) applyStyle(ws.getRange(areaToA1(rect)), spec.styles[rect.style], rect, f);
  spec.columnWidths.forEach((w, col) => {
    ws.getRange(`${columnName(col)}1`).format.columnWidth = columnWidthPoints(w);
  });
  for (const [row, h] of Object.entries(spec.rowHeights)) ws.getRange(`A${Number(row) + 1}`).format.rowHeight = h;

  if (f.validation) {
    for (const v of spec.validations) {
      for (const r of v.ranges) {
        const dv = ws.getRange(areaToA1(r)).dataValidation;
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
// The gateway

export function createTemplateGateway(excel: TExcel, office: TOffice, options: TemplateGatewayOptions = {}): TemplateGateway {
  const year = options.year ?? (() => defaultBudgetYear());
  const budget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
  /** Runs a batch with a request context that counts its syncs (`context.syncs()`). */
  const run = <T>(batch: (context: CountingContext) => Promise<T>): Promise<T> =>
    excel.run({ delayForCellEdit: true }, async (ctx) => {
      let n = 0;
      const context: CountingContext = {
        workbook: ctx.workbook,
        async sync() {
          n++;
          await ctx.sync();
        },
        syncs: () => n,
      };
      return batch(context);
    });

  const listPresetsImpl = (): TemplatePreset[] => listPresets();

  const insertTemplate = async (request: InsertTemplateRequest): Promise<TemplateOutcome> => {
    requirePreset(request.preset);
    const f = features(office);
    return run(async (context) => {
      const coll = context.workbook.worksheets;
      coll.load('items/name');
      const active = coll.getActiveWorksheet();
      active.load('name,position');
      await context.sync();
      const spec = planInsert(request, coll.items.map((s) => s.name), year(), options.protect);
      const ws = coll.add(spec.name);
      ws.position = active.position + 1;
      queueSheetSpec(ws, spec, f);
      ws.activate();
      await context.sync();
      return { sheetName: spec.name, syncs: context.syncs(), notices: notices(f, spec, true) };
    });
  };

  const generateFromSummary = async (opts: { framework: Framework }): Promise<GenerateOutcome> => {
    const f = features(office);
    return run(async (context) => {
      const { active, grids } = await readTemplateSheets(context, budget);
      const result = planGenerate(grids, active, opts.framework, options.protect);
      let first: TWorksheet | null = null;
      for (const spec of result.sheets) {
        const ws = context.workbook.worksheets.add(spec.name);
        queueSheetSpec(ws, spec, f);
        first ??= ws;
      }
      if (first) {
        first.activate();
        await context.sync();
      }
      const out: GenerateOutcome = { sheetNames: result.sheets.map((s) => s.name), skipped: result.skipped, syncs: context.syncs() };
      if (result.sheets.length) out.notices = notices(f, result.sheets[0], false);
      return out;
    });
  };

  const updateSummary = async (): Promise<SummaryOutcome> => {
    const f = features(office);
    return run(async (context) => {
      const { sheets, grids } = await readTemplateSheets(context, budget);
      const plan = planSummary(grids, year());
      const spec = plan.spec;
      let ws: TWorksheet;
      const existing = plan.existing === null ? undefined : sheets.find((s) => s.name === plan.existing);
      if (existing) {
        ws = existing.ws;
        if (!existing.used.isNullObject) {
          // Clear what was there: contents, formats, merges, validation of the old used range.
          const old = ws.getUsedRangeOrNullObject(false);
          old.unmerge();
          if (f.validation) old.dataValidation.clear();
          old.clear('All');
        }
      } else {
        ws = context.workbook.worksheets.add(spec.name);
        ws.position = 0;
      }
      queueSheetSpec(ws, spec, f);
      ws.activate();
      await context.sync();
      return { sheetName: spec.name, created: !existing, rows: plan.rows, syncs: context.syncs(), notices: notices(f, spec, !existing) };
    });
  };

  return { listPresets: listPresetsImpl, insertTemplate, generateFromSummary, updateSummary };
}
