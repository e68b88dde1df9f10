/**
 * The slice of the WPS 表格 JS API the template code (./templates.ts) uses, beyond ./et-types.ts: adding
 * sheets and writing contents and formats. Checked against Kingsoft's declarations in
 * ./et-declare-check.ts. Enumerations are Excel's numbers (XlHAlign, XlBordersIndex, XlDVType …).
 */
import type { EtApplication, EtRange, EtWorkbook, EtWorksheet } from './et-types';

export interface EtFont {
  Name: unknown;
  Size: number;
  Bold: boolean;
  /** BGR integer. */
  Color: number;
}

export interface EtBorder {
  /** XlLineStyle: xlContinuous 1, xlLineStyleNone -4142. */
  LineStyle: unknown;
  /** XlBorderWeight: xlThin 2. */
  Weight: number;
  Color: number;
}

export interface EtBorders {
  /** XlBordersIndex: xlEdgeLeft 7, xlEdgeTop 8, xlEdgeBottom 9, xlEdgeRight 10, xlInsideVertical 11, xlInsideHorizontal 12. */
  Item(index: number): EtBorder;
}

export interface EtValidation {
  /** XlDVType (xlValidateList 3, xlValidateDecimal 2, xlValidateTextLength 6), XlDVAlertStyle, XlFormatConditionOperator. */
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string, formula2?: string): void;
  Delete(): void;
  IgnoreBlank: boolean;
  InCellDropdown: boolean;
  InputTitle: string;
  InputMessage: string;
  ErrorTitle: string;
  ErrorMessage: string;
  ShowInput: boolean;
  ShowError: boolean;
}

export interface EtPageSetup {
  /** XlPaperSize: xlPaperA4 9. */
  PaperSize: number;
  /** XlPageOrientation: xlPortrait 1, xlLandscape 2. */
  Orientation: number;
  /** false: fit to FitToPagesWide × FitToPagesTall. */
  Zoom: unknown;
  FitToPagesWide: unknown;
  FitToPagesTall: unknown;
  CenterHorizontally: boolean;
  BlackAndWhite: boolean;
  /** Points. */
  LeftMargin: number;
  RightMargin: number;
  TopMargin: number;
  BottomMargin: number;
  HeaderMargin: number;
  FooterMargin: number;
  /** "$1:$3". */
  PrintTitleRows: string;
}

export interface EtWriteRange extends EtRange {
  /** Contents: a formula ("=…"), or a constant (a leading ' keeps text as text). A 2-D array for many cells. */
  Formula: unknown;
  NumberFormat: unknown;
  readonly Font: EtFont;
  /** XlHAlign: xlGeneral 1, xlLeft -4131, xlCenter -4108, xlRight -4152. */
  HorizontalAlignment: unknown;
  /** XlVAlign: xlTop -4160, xlCenter -4108, xlBottom -4107. */
  VerticalAlignment: unknown;
  WrapText: unknown;
  IndentLevel: number;
  readonly Borders: EtBorders;
  Locked: unknown;
  Merge(across?: boolean): void;
  UnMerge(): void;
  /** Characters of the default font (not points). */
  ColumnWidth: number;
  /** Points. */
  RowHeight: number;
  readonly Validation: EtValidation;
  Clear(): unknown;
}

export interface EtWriteWorksheet extends EtWorksheet {
  Range(cell1: string): EtWriteRange;
  readonly UsedRange: EtWriteRange;
  readonly PageSetup: EtPageSetup;
  Move(before?: unknown, after?: unknown): void;
  Protect(
    password?: string,
    drawingObjects?: boolean,
    contents?: boolean,
    scenarios?: boolean,
    userInterfaceOnly?: boolean,
    allowFormattingCells?: boolean,
    allowFormattingColumns?: boolean,
    allowFormattingRows?: boolean,
    allowInsertingColumns?: boolean,
    allowInsertingRows?: boolean,
    allowInsertingHyperlinks?: boolean,
    allowDeletingColumns?: boolean,
    allowDeletingRows?: boolean,
  ): void;
}

export interface EtWriteSheets {
  readonly Count: number;
  Item(index: number | string): EtWriteWorksheet;
  /** A new sheet before `before` or after `after` (a Worksheet); it becomes the active sheet. */
  Add(before?: unknown, after?: unknown, count?: number): EtWriteWorksheet;
}

export interface EtWriteWorkbook extends Omit<EtWorkbook, 'Worksheets' | 'ActiveSheet'> {
  readonly Worksheets: EtWriteSheets;
  readonly ActiveSheet: EtWriteWorksheet;
}

export interface EtWriteApplication extends Omit<EtApplication, 'ActiveWorkbook'> {
  readonly ActiveWorkbook: EtWriteWorkbook | null;
}
