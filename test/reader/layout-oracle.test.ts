/**
 * The layout the playground shows (fills, notes, column widths, row heights) read by readXlsxWithLayout,
 * against exceljs on random workbooks written by exceljs: every cell's pattern fill and colours, every
 * note's text, every width and height.
 */
import ExcelJS from 'exceljs';
import { toA1 } from '../../src/core/grid';
import { readXlsxWithLayout, type FileFill } from '../../src/reader/xlsx';
import { Rng } from '../support/generate/prng';

const PATTERNS = ['solid', 'darkGray', 'lightGray', 'gray125', 'darkHorizontal', 'lightGrid'] as const;

function color(rng: Rng): Partial<ExcelJS.Color> & { tint?: number; indexed?: number } {
  switch (rng.int(0, 2)) {
    case 0:
      return { argb: `FF${rng.int(0, 0xffffff).toString(16).padStart(6, '0').toUpperCase()}` };
    case 1:
      return rng.chance(0.5) ? { theme: rng.int(0, 9), tint: Math.round(rng.float(-0.8, 0.8) * 100) / 100 } : { theme: rng.int(0, 9) };
    default:
      return { indexed: rng.int(8, 63) };
  }
}

async function randomStyled(rng: Rng): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (let s = 0; s < rng.int(1, 3); s++) {
    const ws = wb.addWorksheet(`表${s + 1}`);
    for (let r = 1; r <= rng.int(2, 15); r++) {
      if (rng.chance(0.3)) ws.getRow(r).height = rng.int(10, 60);
      for (let c = 1; c <= rng.int(1, 8); c++) {
        const cell = ws.getCell(r, c);
        if (rng.chance(0.6)) cell.value = rng.chance(0.5) ? `值${r}-${c}` : r * c;
        if (rng.chance(0.4)) cell.fill = { type: 'pattern', pattern: rng.pick(PATTERNS), fgColor: color(rng) as ExcelJS.Color, bgColor: color(rng) as ExcelJS.Color };
        if (rng.chance(0.1)) {
          // exceljs drops, when reading, a note whose cell has neither value nor style (it is not in
          // sheetData; the reader still reads it): noted cells get a value.
          cell.value ??= '注';
          cell.note = rng.chance(0.5) ? `请核对${r}` : { texts: [{ text: '审核：', font: { bold: true } }, { text: `第${c}列` }] };
        }
      }
    }
    for (let c = 1; c <= 8; c++) if (rng.chance(0.4)) ws.getColumn(c).width = rng.int(4, 40);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function noteText(note: ExcelJS.Comment | string | undefined): string | undefined {
  if (!note) return undefined;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => (typeof t === 'string' ? t : (t.text ?? ''))).join('');
}

it('reads fills, notes, widths and heights as exceljs does on 60 random workbooks', async () => {
  const rng = new Rng('reader-layout-oracle');
  let fills = 0;
  let notes = 0;
  for (let i = 0; i < 60; i++) {
    const buf = await randomStyled(rng.fork(i));
    const { grids, layouts } = readXlsxWithLayout(buf);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    expect(grids.map((g) => g.name)).toEqual(wb.worksheets.map((w) => w.name));
    wb.worksheets.forEach((ws, k) => {
      const theirs = { fills: {} as Record<string, FileFill>, notes: {} as Record<string, string>, heights: [] as (number | undefined)[], widths: [] as (number | undefined)[] };
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        if (row.height) theirs.heights[r - 1] = row.height;
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const f = cell.fill as ExcelJS.FillPattern | undefined;
          if (f && f.type === 'pattern' && f.pattern && (f.pattern as string) !== 'none') {
            theirs.fills[toA1({ row: r - 1, col: c - 1 })] = JSON.parse(JSON.stringify({ pattern: f.pattern, fgColor: f.fgColor, bgColor: f.bgColor }));
          }
          const n = noteText(cell.note as ExcelJS.Comment | string | undefined);
          if (n) theirs.notes[toA1({ row: r - 1, col: c - 1 })] = n;
        });
      });
      (ws.columns ?? []).forEach((col, c) => {
        if (col && typeof col.width === 'number') theirs.widths[c] = col.width;
      });
      const ours = layouts[k];
      expect({ i, sheet: ws.name, fills: ours.fills }).toEqual({ i, sheet: ws.name, fills: theirs.fills });
      expect({ i, sheet: ws.name, notes: ours.notes }).toEqual({ i, sheet: ws.name, notes: theirs.notes });
      expect({ i, heights: [...ours.rowHeights] }).toEqual({ i, heights: [...theirs.heights] });
      expect({ i, widths: [...ours.colWidths] }).toEqual({ i, widths: [...theirs.widths] });
      fills += Object.keys(theirs.fills).length;
      notes += Object.keys(theirs.notes).length;
    });
  }
  expect(fills).toBeGreaterThan(500);
  expect(notes).toBeGreaterThan(50);
}, 60000);
