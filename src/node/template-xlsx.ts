/**
 * Writes template sheet specs (src/core/template) to .xlsx with exceljs (Node only). Everything about the
 * layout comes from the spec; this file only translates it: styles, merges, widths, heights, data
 * validation, print set-up, protection. Formula cells carry their result, so a reader that does not
 * calculate (the checker, exceljs) sees the sums; Excel recalculates on open.
 */
import ExcelJS from 'exceljs';
import { rangeToA1 } from '../core/grid';
import type { CellSpec, CellStyle, PrintSpec, SheetSpec, ValidationSpec } from '../core/template/spec';

function argb(color: string): string {
  return `FF${color.replace(/^#/, '').toUpperCase()}`;
}

/** The exceljs style of a spec style. */
export function excelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {
    font: { name: s.font.name, size: s.font.size, bold: !!s.font.bold, color: { argb: argb(s.font.color ?? '#000000') } },
    alignment: {
      ...(s.hAlign ? { horizontal: s.hAlign } : {}),
      ...(s.vAlign ? { vertical: s.vAlign } : {}),
      ...(s.wrap ? { wrapText: true } : {}),
      ...(s.indent ? { indent: s.indent } : {}),
    },
    protection: { locked: s.locked },
  };
  if (s.numberFormat) out.numFmt = s.numberFormat;
  if (s.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.border) {
    const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
    out.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  return out;
}

function cellValue(c: CellSpec): ExcelJS.CellValue {
  if (c.formula !== undefined) {
    const result = c.result ?? undefined;
    return { formula: c.formula.replace(/^=/, ''), ...(result !== undefined && result !== '' ? { result } : {}) } as ExcelJS.CellFormulaValue;
  }
  return c.value ?? null;
}

function listFormula(items: readonly string[]): string {
  for (const i of items) {
    if (/[,"]/.test(i)) throw new Error(`a list item may not contain a comma or a quote: ${i}`);
  }
  return `"${items.join(',')}"`;
}

/** exceljs' data validation for a spec rule. */
export function excelValidation(v: ValidationSpec): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: v.prompt.title,
    prompt: v.prompt.message,
    showErrorMessage: true,
    errorStyle: v.error.style,
    errorTitle: v.error.title,
    error: v.error.message,
  };
  switch (v.rule.kind) {
    case 'list':
      return { ...common, type: 'list', formulae: [listFormula(v.rule.items)] };
    case 'decimal':
      return { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [v.rule.min] };
    case 'textLength':
      return { ...common, type: 'textLength', operator: 'lessThanOrEqual', formulae: [v.rule.max] };
  }
}

function pageSetup(p: PrintSpec): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    horizontalCentered: p.centerHorizontally,
    blackAndWhite: p.blackAndWhite,
    margins: { ...p.margins },
    ...(p.titleRows ? { printTitlesRow: `${p.titleRows.first + 1}:${p.titleRows.last + 1}` } : {}),
  };
}

/** exceljs 4 has `worksheet.dataValidations` (range addresses allowed); its typings lack it. */
type WorksheetWithValidations = ExcelJS.Worksheet & {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
};

/** Adds one sheet spec to the workbook. */
export async function addSheetSpec(wb: ExcelJS.Workbook, spec: SheetSpec): Promise<ExcelJS.Worksheet> {
  const ws = wb.addWorksheet(spec.name, {
    pageSetup: pageSetup(spec.print),
    views: [{ showGridLines: false }],
  });
  spec.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const [r, h] of Object.entries(spec.rowHeights)) ws.getRow(Number(r) + 1).height = h;
  const styles = new Map(Object.entries(spec.styles).map(([k, s]) => [k, excelStyle(s)]));
  for (const c of spec.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    const style = styles.get(c.style);
    if (!style) throw new Error(`style ${c.style} is not in the spec`);
    // A copy per cell: exceljs shares style objects by reference otherwise.
    cell.style = JSON.parse(JSON.stringify(style)) as Partial<ExcelJS.Style>;
    const v = cellValue(c);
    if (v !== null) cell.value = v;
  }
  for (const m of spec.merges) ws.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const v of spec.validations) {
    const dv = excelValidation(v);
    for (const r of v.ranges) (ws as WorksheetWithValidations).dataValidations.add(rangeToA1(r), dv);
  }
  if (spec.protection.enabled) {
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      insertRows: true,
      deleteRows: true,
    });
  }
  return ws;
}

/** A workbook holding these sheets, in order; the first is active. */
export async function templateWorkbook(specs: readonly SheetSpec[]): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Jixiao 绩效目标表助手';
  wb.created = new Date();
  // Excel recalculates every formula when the file is opened; the cached results serve other readers.
  wb.calcProperties = { fullCalcOnLoad: true };
  for (const s of specs) await addSheetSpec(wb, s);
  return wb;
}

export async function writeTemplateFile(specs: readonly SheetSpec[], file: string): Promise<void> {
  const wb = await templateWorkbook(specs);
  await wb.xlsx.writeFile(file);
}

export async function templateBuffer(specs: readonly SheetSpec[]): Promise<Buffer> {
  const wb = await templateWorkbook(specs);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
