/**
 * The slice of WPS 表格's JS API (the ET object model under `window.Application`) the WPS gateway uses, as
 * narrow structural interfaces. Kingsoft's declarations (npm `et-jsapi-declare`, used as published) are
 * checked against them at compile time in ./et-declare-check.ts (`npm run typecheck`); the in-memory
 * fake in test/fake-wps/ implements them.
 *
 * The ET model is synchronous and VBA-like: collections are 1-based, a property with arguments is a
 * method (`Range.Address()`, `Comment.Text()`), colours are BGR integers (0xBBGGRR), patterns and
 * alignments are the Excel enumeration numbers (XlPattern, XlHAlign…). Every property read or method call
 * is a cross-process call into WPS: the gateway reads whole blocks (`UsedRange.Value2`) and few cells.
 *
 * `Value2`, `Formula` are read-only here for the check: a check never writes a cell value. The template
 * code writes contents through ./et-template-types.ts.
 */

export interface EtInterior {
  /** BGR integer; null when the cells of the range differ. */
  Color: number | null;
  /** XlPattern: xlPatternNone -4142, xlPatternSolid 1, … ; null when mixed. */
  Pattern: number | null;
  /** BGR integer, for patterns other than solid. */
  PatternColor: number | null;
  /** xlColorIndexNone (-4142) clears the fill. */
  ColorIndex: number | null;
}

export interface EtComment {
  /** With no argument: the text. With one: replaces the text (and returns it). */
  Text(text?: string, start?: number, overwrite?: number): string;
  Delete(): void;
}

export interface EtAreas {
  readonly Count: number;
  Item(index: number): EtRange;
}

export interface EtRange {
  /** The values: a scalar for one cell, a 2-D array (rows of columns) for more. Never written by a check. */
  readonly Value2: unknown;
  /** NumberFormat: the format of the range, null when its cells differ. */
  readonly NumberFormat: unknown;
  /** 1-based row and column of the first cell. */
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  /** true: every cell is in a merged area; false: none is; null: some are. */
  readonly MergeCells: unknown;
  readonly MergeArea: EtRange;
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  readonly Interior: EtInterior;
  /** null when the cell has no comment. */
  readonly Comment: EtComment | null;
  AddComment(text?: string): EtComment;
  ClearComments(): void;
  readonly Areas: EtAreas;
  Select(): unknown;
  Activate(): unknown;
}

export interface EtComments {
  readonly Count: number;
}

export interface EtWorksheet {
  Name: string;
  /** 1-based tab position. */
  readonly Index: number;
  /** Stable across renames (Excel's code name); may be "" for a sheet added in this session. */
  readonly CodeName: string;
  readonly UsedRange: EtRange;
  Range(cell1: string): EtRange;
  readonly Comments: EtComments;
  /** xlSheetVisible (-1), xlSheetHidden (0), xlSheetVeryHidden (2). */
  readonly Visible: number;
  Activate(): void;
}

export interface EtSheets {
  readonly Count: number;
  /** 1-based index or name. */
  Item(index: number | string): EtWorksheet;
}

export interface EtCustomXMLPart {
  readonly XML: string;
  readonly NamespaceURI: string;
  Delete(): void;
}

export interface EtCustomXMLParts {
  readonly Count: number;
  /** 1-based. */
  Item(index: number): EtCustomXMLPart;
  Add(xml?: string): EtCustomXMLPart;
  SelectByNamespace(namespaceUri: string): EtCustomXMLParts;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Worksheets: EtSheets;
  readonly ActiveSheet: EtWorksheet;
  readonly CustomXMLParts: EtCustomXMLParts;
}

/** SheetChange's callback: the sheet and the cells a person changed. */
export type EtSheetChangeHandler = (sheet: EtWorksheet, target: EtRange) => void;

export interface EtApiEvent {
  AddApiEventListener(eventName: 'SheetChange', callback: EtSheetChangeHandler): void;
  RemoveApiEventListener(eventName: 'SheetChange', callback?: EtSheetChangeHandler): void;
}

export interface EtTaskPane {
  readonly ID: number;
  Visible: boolean;
  Navigate(url: string): void;
}

/** `window.Application` in a WPS 表格 add-in page (the add-in root merged with Et.Application). */
export interface EtApplication {
  /** null (or a throw) when no workbook is open. */
  readonly ActiveWorkbook: EtWorkbook | null;
  Union(arg1: EtRange, arg2: EtRange, ...more: EtRange[]): EtRange;
  /** Add-in root: events. */
  readonly ApiEvent: EtApiEvent;
  /** Add-in root: a task pane showing `url`; set Visible = true to show it. */
  CreateTaskPane(url: string, title?: string): EtTaskPane;
  GetTaskPane(id: number): EtTaskPane;
  /**
   * Add-in root: storage shared by all pages of the add-in (the ribbon's main page and the task pane),
   * kept while WPS runs, never written to disk.
   */
  readonly PluginStorage?: EtPluginStorage;
}

export interface EtPluginStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** XlPattern and the other Excel enumeration values the gateway writes. */
export const XL = {
  none: -4142,
  patternSolid: 1,
  patternAutomatic: -4105,
} as const;
