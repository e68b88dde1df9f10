/**
 * Node only: an .xlsx file as the fake host's workbook description — values and merges as the add-in
 * would read them (src/node/xlsx.ts), plus each cell's own solid or patterned fill and its note (exceljs).
 */
import ExcelJS from 'exceljs';
import { readXlsxFile } from '../../src/node/xlsx';
import { rangeToA1 } from '../../src/core/grid';
import { FakeExcelHost, type FakeHostOptions } from './host';
import type { FakeFill, FakeSheetJson, FakeWorkbookJson } from './workbook';

/** exceljs ARGB ("FFF8CBAD") → "#F8CBAD"; theme and indexed colours are not resolved (null). */
function rgbOf(c: Partial<ExcelJS.Color> | undefined): string | null {
  const argb = c?.argb;
  if (typeof argb !== 'string' || !/^[0-9A-Fa-f]{8}$/.test(argb)) return null;
  return `#${argb.slice(2).toUpperCase()}`;
}

const PATTERN_NAMES: Record<string, string> = {
  solid: 'Solid',
  darkGray: 'Gray75',
  mediumGray: 'Gray50',
  lightGray: 'Gray25',
  gray125: 'Gray16',
  gray0625: 'Gray8',
  darkHorizontal: 'Horizontal',
  darkVertical: 'Vertical',
  darkDown: 'Down',
  darkUp: 'Up',
  darkGrid: 'Checker',
  darkTrellis: 'SemiGray75',
  lightHorizontal: 'LightHorizontal',
  lightVertical: 'LightVertical',
  lightDown: 'LightDown',
  lightUp: 'LightUp',
  lightGrid: 'Grid',
  lightTrellis: 'CrissCross',
};

function fillOf(fill: ExcelJS.Fill | undefined): FakeFill | null {
  if (!fill || fill.type !== 'pattern' || !fill.pattern || fill.pattern === 'none') return null;
  const pattern = PATTERN_NAMES[fill.pattern] ?? 'Solid';
  if (pattern === 'Solid') {
    const color = rgbOf(fill.fgColor);
    return color ? { color, pattern } : null;
  }
  const color = rgbOf(fill.bgColor) ?? '#FFFFFF';
  const patternColor = rgbOf(fill.fgColor) ?? '#000000';
  return { color, pattern, patternColor };
}

function noteOf(note: ExcelJS.Comment | string | undefined): string | null {
  if (!note) return null;
  if (typeof note === 'string') return note;
  const texts = (note.texts ?? []).map((t) => (typeof t === 'string' ? t : t.text ?? ''));
  return texts.join('');
}

/** The workbook description of an .xlsx: what the fake host loads. */
export async function workbookJsonFromXlsx(file: string): Promise<FakeWorkbookJson> {
  const grids = await readXlsxFile(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets: FakeSheetJson[] = grids.map((g) => ({ name: g.name, rows: g.rows, merges: (g.merges ?? []).map(rangeToA1) }));
  wb.eachSheet((ws) => {
    const target = sheets.find((s) => s.name === ws.name);
    if (!target) return;
    const fills: Record<string, FakeFill> = {};
    const notes: Record<string, string> = {};
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const f = fillOf(cell.fill);
        if (f) fills[cell.address] = f;
        const n = noteOf(cell.note as ExcelJS.Comment | string | undefined);
        if (n !== null) notes[cell.address] = n;
      });
    });
    target.fills = fills;
    target.notes = notes;
    if (ws.state === 'hidden' || ws.state === 'veryHidden') target.visible = false;
  });
  return { sheets };
}

/** A fake host holding the .xlsx. */
export async function hostFromXlsx(file: string, options?: FakeHostOptions): Promise<FakeExcelHost> {
  return new FakeExcelHost(await workbookJsonFromXlsx(file), options);
}
