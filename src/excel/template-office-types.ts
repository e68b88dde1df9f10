/**
 * The slice of the Excel JavaScript API the template code (./templates.ts) uses, as narrow structural
 * interfaces: writing cells, formulas, number formats, styles, merges, data validation, page layout and
 * protection, adding and positioning sheets. The real `Excel` fits them (./templates-office.ts checks it
 * at compile time); the fake host in test/fake-excel/ implements them for tests and the playground.
 * Unlike ./office-types.ts (the checker's gateway, which must never write a value), these write.
 */

export interface TClientObject {
  readonly isNullObject: boolean;
}

export interface TRangeFont {
  name: string;
  size: number;
  bold: boolean;
  color: string;
}

export interface TRangeBorder {
  style: string;
  color: string;
  weight: string;
}

export interface TRangeBorderCollection {
  getItem(index: string): TRangeBorder;
}

export interface TRangeFill {
  color: string;
  clear(): void;
}

export interface TFormatProtection {
  locked: boolean;
}

/** RangeFormat. `indentLevel` ExcelApi 1.9; the rest ExcelApi 1.1–1.2. */
export interface TRangeFormat {
  readonly fill: TRangeFill;
  readonly font: TRangeFont;
  readonly borders: TRangeBorderCollection;
  readonly protection: TFormatProtection;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
  /** Points. */
  columnWidth: number;
  /** Points. */
  rowHeight: number;
}

export interface TBasicValidation {
  formula1: string | number | object;
  formula2?: string | number | object;
  operator: string;
}

/** DataValidationRule (ExcelApi 1.8): one member set. */
export interface TDataValidationRule {
  list?: { inCellDropDown: boolean; source: string | object };
  decimal?: TBasicValidation;
  textLength?: TBasicValidation;
}

/** Range.dataValidation (ExcelApi 1.8). */
export interface TDataValidation {
  rule: TDataValidationRule;
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
  clear(): void;
}

export interface TRange extends TClientObject {
  readonly address: string;
  readonly values: unknown[][];
  readonly rowIndex: number;
  readonly columnIndex: number;
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly format: TRangeFormat;
  readonly dataValidation: TDataValidation;
  merge(across?: boolean): void;
  unmerge(): void;
  clear(applyTo?: string): void;
  load(propertyNames: string): TRange;
}

/** Worksheet.pageLayout (ExcelApi 1.9). Margins in points. */
export interface TPageLayout {
  orientation: string;
  paperSize: string;
  blackAndWhite: boolean;
  centerHorizontally: boolean;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  setPrintTitleRows(printTitleRows: string): void;
}

/** Worksheet.protection (ExcelApi 1.2). */
export interface TWorksheetProtection {
  protect(options?: {
    allowFormatColumns?: boolean;
    allowFormatRows?: boolean;
    allowInsertRows?: boolean;
    allowDeleteRows?: boolean;
  }): void;
}

export interface TWorksheet extends TClientObject {
  readonly name: string;
  readonly id: string;
  /** Zero-based tab position; writable (moves the sheet). */
  position: number;
  load(propertyNames: string): TWorksheet;
  getRange(address?: string): TRange;
  /** ExcelApi 1.4. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): TRange;
  activate(): void;
  readonly pageLayout: TPageLayout;
  readonly protection: TWorksheetProtection;
}

export interface TWorksheetCollection {
  readonly items: TWorksheet[];
  load(propertyNames: string): TWorksheetCollection;
  add(name?: string): TWorksheet;
  getActiveWorksheet(): TWorksheet;
}

export interface TRequestContext {
  readonly workbook: { readonly worksheets: TWorksheetCollection };
  sync(): Promise<unknown>;
}

export interface TExcel {
  run<T>(options: { delayForCellEdit?: boolean }, batch: (context: TRequestContext) => Promise<T>): Promise<T>;
}

export interface TOffice {
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    /** "OfficeOnline" on the web (where moving a sheet keeps the undo list). */
    readonly diagnostics?: { readonly platform?: unknown };
  };
}
