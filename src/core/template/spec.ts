/**
 * A worksheet to create, as pure data: cells (values, formulas with their expected results), styles,
 * merges, column widths, row heights, data validation, print set-up and protection. The same spec is
 * written to .xlsx with exceljs (src/node/template-xlsx.ts) and into Excel with Office.js
 * (src/excel/templates.ts); nothing about the layout is decided anywhere else.
 *
 * Coordinates are 0-based like the core Grid (row 0, col 0 is A1). Colours are "#RRGGBB".
 */
import type { CellRef, MergeArea } from '../grid';
import type { Framework } from '../profile';

export type HorizontalAlign = 'left' | 'center' | 'right';
export type VerticalAlign = 'top' | 'middle' | 'bottom';

export interface FontSpec {
  name: string;
  /** Points. */
  size: number;
  bold?: boolean;
  /** "#RRGGBB"; black when omitted. */
  color?: string;
}

/** How a cell looks and whether it is locked (matters only once the sheet is protected). */
export interface CellStyle {
  font: FontSpec;
  hAlign?: HorizontalAlign;
  vAlign?: VerticalAlign;
  wrap?: boolean;
  /** Indent level (about one character each): keeps left- and right-aligned text off the border. */
  indent?: number;
  /** Excel number format, e.g. "#,##0.00"; "General" when omitted. */
  numberFormat?: string;
  /** Solid fill colour; no fill when omitted. */
  fill?: string;
  /** Thin black border on all four sides. */
  border?: boolean;
  /** false: an input cell the user may change when the sheet is protected. */
  locked: boolean;
}

export interface CellSpec {
  row: number;
  col: number;
  /** A constant; null or omitted for an empty (styled) cell. */
  value?: string | number | null;
  /** A formula with its leading "=", e.g. "=C7+C8+C9". Takes precedence over `value`. */
  formula?: string;
  /** What the formula evaluates to with the spec's own data (written as the cached result). */
  result?: string | number | null;
  /** A key of SheetSpec.styles. */
  style: string;
}

export type ValidationRule =
  /** A drop-down list of literal items. */
  | { kind: 'list'; items: string[] }
  /** A decimal number ≥ min. */
  | { kind: 'decimal'; min: number }
  /** Text of at most `max` characters. */
  | { kind: 'textLength'; max: number };

export interface ValidationSpec {
  /** The cells the rule applies to. */
  ranges: MergeArea[];
  rule: ValidationRule;
  /** The input message shown when the cell is selected (Chinese). Title ≤ 32, message ≤ 255 characters. */
  prompt: { title: string; message: string };
  /** The alert on invalid input (Chinese): "stop" refuses it, "warning" asks. */
  error: { style: 'stop' | 'warning' | 'information'; title: string; message: string };
}

export interface PrintSpec {
  paperSize: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Fit to this many pages wide (1), any number of pages tall (0 = automatic). */
  fitToWidth: number;
  fitToHeight: number;
  /** Rows repeated at the top of every printed page (0-based, inclusive). */
  titleRows?: { first: number; last: number };
  /** Inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  centerHorizontally: boolean;
  /** Print without fills (Excel honours it; LibreOffice prints the tints): tinted on screen, plain on paper. */
  blackAndWhite: boolean;
}

export interface ProtectionSpec {
  /** Protect the sheet (no password): labels cannot be changed, input cells can. Off by default. */
  enabled: boolean;
}

/** Where the fields of a target-table sheet are (for filling it in and for the summary's formulas). */
export interface TargetLayout {
  title: CellRef;
  year: CellRef;
  projectName: CellRef;
  category: CellRef;
  department: CellRef;
  implementingUnit: CellRef;
  total: CellRef;
  fiscal: CellRef;
  carryover: CellRef;
  other: CellRef;
  goal: CellRef;
  indicatorHeaderRow: number;
  /** First and last indicator rows (inclusive). */
  firstIndicatorRow: number;
  lastIndicatorRow: number;
  /** Columns of the indicator block. */
  columns: { level1: number; level2: number; name: number; value: number };
}

/** One row of the indicator block. */
export interface IndicatorRowSpec {
  level1: string;
  level2: string;
  name: string;
  value: string;
}

/** What a target-table sheet says: the header fields and the indicator rows. */
export interface TargetContent {
  year: number;
  projectName: string;
  category: string;
  department: string;
  implementingUnit: string;
  /** 万元; null leaves the cell empty. 年度预算资金总额 is always their sum (a formula). */
  fiscal: number | null;
  carryover: number | null;
  other: number | null;
  goal: string;
  indicators: IndicatorRowSpec[];
}

export interface TargetSheetSpec {
  kind: 'target-table';
  name: string;
  framework: Framework;
  /** The preset it was built from. */
  preset: string;
  content: TargetContent;
  layout: TargetLayout;
  styles: Record<string, CellStyle>;
  /** Widths in characters of the default font ("Excel column width"), from column A. */
  columnWidths: number[];
  /** Explicit heights in points, by 0-based row; rows not listed keep Excel's automatic height. */
  rowHeights: Record<number, number>;
  cells: CellSpec[];
  merges: MergeArea[];
  validations: ValidationSpec[];
  print: PrintSpec;
  protection: ProtectionSpec;
}

/** One project on the summary sheet: the sheet it lives on and the cells its formulas refer to. */
export interface SummaryEntry {
  sheet: string;
  department: { cell: CellRef; text: string };
  name: { cell: CellRef; text: string };
  amount: { cell: CellRef; value: number | null };
  /** 备注, kept when the summary is refreshed. */
  note?: string;
}

export interface SummaryLayout {
  title: CellRef;
  headerRow: number;
  /** First and last project rows (inclusive); last < first when there is none. */
  firstRow: number;
  lastRow: number;
  totalRow: number;
  columns: { index: number; department: number; name: number; amount: number; note: number };
}

export interface SummarySheetSpec {
  kind: 'summary';
  name: string;
  year: number;
  entries: SummaryEntry[];
  layout: SummaryLayout;
  styles: Record<string, CellStyle>;
  columnWidths: number[];
  rowHeights: Record<number, number>;
  cells: CellSpec[];
  merges: MergeArea[];
  validations: ValidationSpec[];
  print: PrintSpec;
  protection: ProtectionSpec;
}

export type SheetSpec = TargetSheetSpec | SummarySheetSpec;
