/**
 * Writes rendered sheets (or bare Grids) to an .xlsx file with exceljs: values, merges, number formats,
 * and enough styling (borders, wrap, widths, bold labels, A4 fit-to-width) that LibreOffice and Excel
 * show it as a person would see the seed. The CLI and the loader (src/node/xlsx.ts) read it back to the
 * same Grid.
 */
import ExcelJS from 'exceljs';
import { isCellError, type CellValue, type Grid } from '../../../src/core/grid';
import type { SheetDraft } from './render';

function isDraft(s: SheetDraft | Grid): s is SheetDraft {
  return (s as SheetDraft).grid !== undefined;
}

function toExcel(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (isCellError(v)) return { error: v.error as ExcelJS.CellErrorValue['error'] };
  return v;
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export function buildWorkbook(sheets: ReadonlyArray<SheetDraft | Grid>): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao test generator';
  for (const s of sheets) {
    const d: SheetDraft = isDraft(s)
      ? s
      : { grid: s, numFmts: {}, colWidths: [], rowHeights: {}, boxes: [], bold: [], titles: [] };
    const ws = wb.addWorksheet(d.grid.name, {
      pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    d.colWidths.forEach((w, i) => {
      if (w) ws.getColumn(i + 1).width = w;
    });
    const styled = d.boxes.length > 0;
    d.grid.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = toExcel(v);
        const f = d.numFmts[`${r},${c}`];
        if (f) cell.numFmt = f;
      });
    });
    for (const [r, h] of Object.entries(d.rowHeights)) ws.getRow(Number(r) + 1).height = h;
    // Borders and wrapping over the table body (before merging, so merged areas keep their edges).
    for (const box of d.boxes) {
      for (let r = box.top; r <= box.bottom; r++) {
        for (let c = box.left; c <= box.right; c++) {
          const cell = ws.getCell(r + 1, c + 1);
          cell.border = THIN;
          cell.alignment = { vertical: 'middle', wrapText: true };
        }
      }
    }
    for (const ref of d.bold) {
      const cell = ws.getCell(ref.row + 1, ref.col + 1);
      cell.font = { bold: true };
    }
    for (const ref of d.titles) {
      const cell = ws.getCell(ref.row + 1, ref.col + 1);
      cell.font = { bold: true, size: 16 };
      // Centred over its merge; an unmerged title (the system export) stays left, as it would overflow.
      const merged = (d.grid.merges ?? []).some((m) => m.top === ref.row && m.left === ref.col);
      cell.alignment = { horizontal: merged ? 'center' : 'left', vertical: 'middle' };
    }
    if (styled) {
      // The (YYYY年度) row under a merged title is centred too.
      for (const m of d.grid.merges ?? []) {
        if (m.top === m.bottom && m.right - m.left >= 3 && m.top < (d.boxes[0]?.top ?? 0)) {
          ws.getCell(m.top + 1, m.left + 1).alignment = { horizontal: 'center', vertical: 'middle' };
        }
      }
    }
    for (const m of d.grid.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return wb;
}

export async function writeXlsx(file: string, sheets: ReadonlyArray<SheetDraft | Grid>): Promise<void> {
  await buildWorkbook(sheets).xlsx.writeFile(file);
}

export async function xlsxBuffer(sheets: ReadonlyArray<SheetDraft | Grid>): Promise<Buffer> {
  const data = await buildWorkbook(sheets).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
