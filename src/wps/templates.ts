/**
 * The TemplateGateway over WPS 表格's JS API: the same plans as in Excel (src/host/template-plan.ts),
 * written with ET calls. Number formats first (a text-formatted cell keeps what is written as text), then
 * the contents as one 2-D `Formula` block, then styles per rectangle of one style, merges, widths,
 * heights, data validation, page set-up, protection. A sheet is never overwritten: names are made unique
 * against every sheet, hidden ones too.
 */
import { defaultBudgetYear } from '../core/template/year';
import { columnName, type Grid } from '../core/grid';
import type { Framework } from '../core/profile';
import { listPresets, type CellStyle, type SheetSpec, type ValidationSpec } from '../core/template';
import { areaToA1 } from '../host/cells';
import { GatewayError } from '../host/contract';
import type { GenerateOutcome, InsertTemplateRequest, SummaryOutcome, TemplateGateway, TemplateOutcome, TemplatePreset } from '../host/template-contract';
import { gridFromBlock, planGenerate, planInsert, planSummary, requirePreset, specBlocks, styleRects, type StyleRect } from '../host/template-plan';
import { bgrFromHex } from './colors';
import type { EtWriteApplication, EtWriteRange, EtWriteWorkbook, EtWriteWorksheet } from './et-template-types';
import { NO_APPLICATION, NO_WORKBOOK } from './notices';
import { valueBlock, worksheetList } from './read';

export interface WpsTemplateGatewayOptions {
  /** The budget year of new sheets; default defaultBudgetYear() (next year from July). */
  year?: () => number;
  /** Protect new sheets (labels locked, input cells open). Default off. */
  protect?: boolean;
}

/** Said after every insertion: how to take a sheet out again. */
export const WPS_DELETE_NOTICE = '如需删除插入的工作表，请右键单击工作表标签，选择“删除”。';

const H_ALIGN: Record<string, number> = { left: -4131, center: -4108, right: -4152 };
const V_ALIGN: Record<string, number> = { top: -4160, middle: -4108, bottom: -4107 };
const ALERT: Record<string, number> = { stop: 1, warning: 2, information: 3 };
/** XlBordersIndex. */
const EDGE = { left: 7, top: 8, bottom: 9, right: 10, insideVertical: 11, insideHorizontal: 12 } as const;

function applyStyle(range: EtWriteRange, s: CellStyle, rect: StyleRect): void {
  const font = range.Font;
  font.Name = s.font.name;
  font.Size = s.font.size;
  font.Bold = !!s.font.bold;
  font.Color = bgrFromHex(s.font.color ?? '#000000');
  range.HorizontalAlignment = s.hAlign ? H_ALIGN[s.hAlign] : 1;
  range.VerticalAlignment = s.vAlign ? V_ALIGN[s.vAlign] : -4107;
  range.WrapText = !!s.wrap;
  if (s.indent) range.IndentLevel = s.indent;
  if (s.fill) range.Interior.Color = bgrFromHex(s.fill);
  if (s.border) {
    const edges: number[] = [EDGE.top, EDGE.bottom, EDGE.left, EDGE.right];
    if (rect.right > rect.left) edges.push(EDGE.insideVertical);
    if (rect.bottom > rect.top) edges.push(EDGE.insideHorizontal);
    for (const e of edges) {
      const b = range.Borders.Item(e);
      b.LineStyle = 1;
      b.Weight = 2;
      b.Color = 0;
    }
  }
  range.Locked = s.locked;
}

function addValidation(range: EtWriteRange, v: ValidationSpec): void {
  const dv = range.Validation;
  dv.Delete();
  const alert = ALERT[v.error.style];
  switch (v.rule.kind) {
    case 'list':
      dv.Add(3, alert, 1, v.rule.items.join(','));
      dv.InCellDropdown = true;
      break;
    case 'decimal':
      dv.Add(2, alert, 7, String(v.rule.min));
      break;
    case 'textLength':
      dv.Add(6, alert, 8, String(v.rule.max));
      break;
  }
  dv.IgnoreBlank = true;
  dv.InputTitle = v.prompt.title;
  dv.InputMessage = v.prompt.message;
  dv.ShowInput = true;
  dv.ErrorTitle = v.error.title;
  dv.ErrorMessage = v.error.message;
  dv.ShowError = true;
}

/** Writes everything the spec says onto an (empty or cleared) worksheet. */
export function writeSheetSpec(ws: EtWriteWorksheet, spec: SheetSpec): void {
  const { lastRow, lastCol, contents } = specBlocks(spec);
  const rects = styleRects(spec);
  for (const rect of rects) {
    const nf = spec.styles[rect.style]?.numberFormat;
    if (nf) ws.Range(areaToA1(rect)).NumberFormat = nf;
  }
  ws.Range(areaToA1({ top: 0, left: 0, bottom: lastRow, right: lastCol })).Formula = contents;
  // Merge before styling: fills and borders set before a merge do not survive it.
  for (const m of spec.merges) ws.Range(areaToA1(m)).Merge();
  for (const rect of rects) applyStyle(ws.Range(areaToA1(rect)), spec.styles[rect.style], rect);
  spec.columnWidths.forEach((w, col) => {
    ws.Range(`${columnName(col)}1`).ColumnWidth = w;
  });
  for (const [row, h] of Object.entries(spec.rowHeights)) ws.Range(`A${Number(row) + 1}`).RowHeight = h;
  for (const v of spec.validations) for (const r of v.ranges) addValidation(ws.Range(areaToA1(r)), v);
  const p = spec.print;
  const ps = ws.PageSetup;
  ps.PaperSize = 9;
  ps.Orientation = p.orientation === 'portrait' ? 1 : 2;
  ps.Zoom = false;
  ps.FitToPagesWide = p.fitToWidth;
  ps.FitToPagesTall = p.fitToHeight || false;
  ps.CenterHorizontally = p.centerHorizontally;
  ps.BlackAndWhite = p.blackAndWhite;
  ps.LeftMargin = p.margins.left * 72;
  ps.RightMargin = p.margins.right * 72;
  ps.TopMargin = p.margins.top * 72;
  ps.BottomMargin = p.margins.bottom * 72;
  ps.HeaderMargin = p.margins.header * 72;
  ps.FooterMargin = p.margins.footer * 72;
  if (p.titleRows) ps.PrintTitleRows = `$${p.titleRows.first + 1}:$${p.titleRows.last + 1}`;
  if (spec.protection.enabled) {
    // Contents protected; formatting columns and rows, inserting and deleting rows allowed.
    ws.Protect(undefined, true, true, undefined, undefined, false, true, true, false, true, false, false, true);
  }
}

function gridOf(ws: EtWriteWorksheet): Grid {
  const name = ws.Name;
  const used = ws.UsedRange;
  return gridFromBlock(name, used.Row - 1, used.Column - 1, valueBlock(used.Value2));
}

export function createWpsTemplateGateway(app: EtWriteApplication | null | undefined, options: WpsTemplateGatewayOptions = {}): TemplateGateway {
  const year = options.year ?? (() => defaultBudgetYear());

  function workbook(): EtWriteWorkbook {
    if (!app) throw new GatewayError('ApiNotFound', NO_APPLICATION);
    const wb = app.ActiveWorkbook;
    if (!wb) throw new GatewayError('NoWorkbook', NO_WORKBOOK);
    return wb;
  }

  const sheetsOf = (wb: EtWriteWorkbook) => worksheetList(wb.Worksheets) as EtWriteWorksheet[];

  const insertTemplate = async (request: InsertTemplateRequest): Promise<TemplateOutcome> => {
    requirePreset(request.preset);
    const wb = workbook();
    const names = sheetsOf(wb).map((ws) => ws.Name);
    const active = wb.ActiveSheet;
    const spec = planInsert(request, names, year(), options.protect);
    const ws = wb.Worksheets.Add(undefined, active);
    ws.Name = spec.name;
    writeSheetSpec(ws, spec);
    ws.Activate();
    return { sheetName: spec.name, syncs: 0, notices: [WPS_DELETE_NOTICE] };
  };

  const generateFromSummary = async (opts: { framework: Framework }): Promise<GenerateOutcome> => {
    const wb = workbook();
    const sheets = sheetsOf(wb);
    const grids = sheets.map(gridOf);
    const active = wb.ActiveSheet.Name;
    const result = planGenerate(grids, active, opts.framework, options.protect);
    let first: EtWriteWorksheet | null = null;
    for (const spec of result.sheets) {
      const last = wb.Worksheets.Item(wb.Worksheets.Count);
      const ws = wb.Worksheets.Add(undefined, last);
      ws.Name = spec.name;
      writeSheetSpec(ws, spec);
      first ??= ws;
    }
    first?.Activate();
    const out: GenerateOutcome = { sheetNames: result.sheets.map((s) => s.name), skipped: result.skipped, syncs: 0 };
    if (result.sheets.length) out.notices = [WPS_DELETE_NOTICE];
    return out;
  };

  const updateSummary = async (): Promise<SummaryOutcome> => {
    const wb = workbook();
    const sheets = sheetsOf(wb);
    const plan = planSummary(sheets.map(gridOf), year());
    let ws: EtWriteWorksheet;
    if (plan.existing !== null) {
      ws = wb.Worksheets.Item(plan.existing);
      // Clear what was there: contents, formats, merges, validation of the old used range.
      const old = ws.UsedRange;
      old.UnMerge();
      old.Validation.Delete();
      old.Clear();
    } else {
      ws = wb.Worksheets.Add(wb.Worksheets.Item(1));
      ws.Name = plan.spec.name;
    }
    writeSheetSpec(ws, plan.spec);
    ws.Activate();
    return { sheetName: plan.spec.name, created: plan.existing === null, rows: plan.rows, syncs: 0, notices: [] };
  };

  return { listPresets: (): TemplatePreset[] => listPresets(), insertTemplate, generateFromSummary, updateSummary };
}
