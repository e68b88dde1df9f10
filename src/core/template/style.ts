/** The look shared by the template sheets: fonts, tints, number formats, and row-height estimates. */
import type { CellStyle, FontSpec, PrintSpec } from './spec';

/** 宋体: on every Chinese Windows; LibreOffice substitutes a CJK serif (Noto Serif/Sans CJK). */
export const TEMPLATE_FONT = '宋体';
/** Input cells: a pale yellow, the usual "fill in here" tint. */
export const INPUT_FILL = '#FFF2CC';
/** Column headings. */
export const HEADER_FILL = '#F2F2F2';
export const MONEY_FORMAT = '#,##0.00';
/** Text: what is typed stays as typed ("100%" is not turned into the number 1). */
export const TEXT_FORMAT = '@';

const body: FontSpec = { name: TEMPLATE_FONT, size: 11 };
const bold: FontSpec = { ...body, bold: true };

export const STYLES: Record<string, CellStyle> = {
  title: { font: { name: TEMPLATE_FONT, size: 18, bold: true }, hAlign: 'center', vAlign: 'middle', locked: true },
  subtitle: { font: body, hAlign: 'center', vAlign: 'middle', locked: true },
  label: { font: body, hAlign: 'center', vAlign: 'middle', wrap: true, border: true, locked: true },
  labelLeft: { font: body, hAlign: 'left', indent: 1, vAlign: 'middle', wrap: true, border: true, locked: true },
  heading: { font: bold, hAlign: 'center', vAlign: 'middle', wrap: true, border: true, fill: HEADER_FILL, locked: true },
  input: { font: body, hAlign: 'left', indent: 1, vAlign: 'middle', wrap: true, border: true, fill: INPUT_FILL, locked: false },
  inputCenter: { font: body, hAlign: 'center', vAlign: 'middle', wrap: true, border: true, fill: INPUT_FILL, locked: false },
  inputMoney: {
    font: body,
    hAlign: 'right',
    indent: 1,
    vAlign: 'middle',
    border: true,
    fill: INPUT_FILL,
    numberFormat: MONEY_FORMAT,
    locked: false,
  },
  inputGoal: { font: body, hAlign: 'left', indent: 1, vAlign: 'top', wrap: true, border: true, fill: INPUT_FILL, locked: false },
  /** 年度预算资金总额: a formula, locked. */
  total: { font: bold, hAlign: 'right', indent: 1, vAlign: 'middle', border: true, numberFormat: MONEY_FORMAT, locked: true },
  /** 一级 / 二级 cells: chosen from a drop-down, so unlocked, but not typed into (no tint). */
  level: { font: body, hAlign: 'center', vAlign: 'middle', wrap: true, border: true, locked: false },
  /** 三级指标 names: typed, left. */
  name: { font: body, hAlign: 'left', indent: 1, vAlign: 'middle', wrap: true, border: true, fill: INPUT_FILL, locked: false },
  /** 指标值: typed, as text. */
  value: {
    font: body,
    hAlign: 'center',
    vAlign: 'middle',
    wrap: true,
    border: true,
    fill: INPUT_FILL,
    numberFormat: TEXT_FORMAT,
    locked: false,
  },
  // The summary sheet.
  cellCenter: { font: body, hAlign: 'center', vAlign: 'middle', wrap: true, border: true, locked: true },
  cellLeft: { font: body, hAlign: 'left', indent: 1, vAlign: 'middle', wrap: true, border: true, locked: true },
  cellMoney: { font: body, hAlign: 'right', indent: 1, vAlign: 'middle', border: true, numberFormat: MONEY_FORMAT, locked: true },
  totalLabel: { font: bold, hAlign: 'center', vAlign: 'middle', border: true, locked: true },
  totalMoney: { font: bold, hAlign: 'right', indent: 1, vAlign: 'middle', border: true, numberFormat: MONEY_FORMAT, locked: true },
};

/** Only the styles a sheet uses (keeps specs small and comparisons exact). */
export function usedStyles(cells: ReadonlyArray<{ style: string }>): Record<string, CellStyle> {
  const out: Record<string, CellStyle> = {};
  for (const c of cells) {
    const s = STYLES[c.style];
    if (!s) throw new Error(`unknown template style ${c.style}`);
    out[c.style] = s;
  }
  return out;
}

/** A4 portrait, one page wide, as many pages tall as needed, centred, narrow margins. */
export function portraitA4(titleRows?: { first: number; last: number }): PrintSpec {
  return {
    paperSize: 'A4',
    orientation: 'portrait',
    fitToWidth: 1,
    fitToHeight: 0,
    ...(titleRows ? { titleRows } : {}),
    margins: { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    centerHorizontally: true,
    blackAndWhite: true,
  };
}

/** Width of text in column-width units: a CJK character is two, anything else about one. */
export function textUnits(text: string): number {
  let u = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    u += c >= 0x2e80 && !(c >= 0xff61 && c <= 0xff9f) ? 2 : 1.1;
  }
  return u;
}

/** Lines the text takes in a wrapped cell `widthUnits` wide (column widths summed for a merge). */
export function wrappedLines(text: string, widthUnits: number): number {
  const usable = Math.max(2, widthUnits - 2.5);
  let n = 0;
  for (const part of text.split('\n')) n += Math.max(1, Math.ceil(textUnits(part) / usable));
  return n;
}

/** Row height in points for that many lines of 11-point text (never below `min`). */
export function heightForLines(lines: number, min = 20): number {
  return Math.max(min, Math.ceil(lines * 14.5 + 6));
}

/** Excel column width (characters of the default font) → points, as Office.js `format.columnWidth` takes it. */
export function columnWidthPoints(chars: number): number {
  // Excel: pixels = trunc(chars × 7 + 5) for the 7-pixel digit of the default 11-point font; 0.75 pt per pixel.
  return Math.round(Math.trunc(chars * 7 + 5) * 0.75 * 100) / 100;
}
