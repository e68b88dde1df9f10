/**
 * The slice of the Excel JavaScript API (and of Office's common API) the gateway uses, as narrow
 * structural interfaces. The real globals satisfy them (src/excel/office.ts hands `Excel` and `Office` to
 * `createGateway`, and the compiler checks the fit); the in-memory fake host in test/fake-excel/ implements
 * them. Every member notes the requirement set that brings it; the gateway asks
 * `Office.context.requirements.isSetSupported` before using anything above ExcelApi 1.7.
 *
 * Members are read-only where the gateway must not write: `Range.values` above all — a check never writes
 * a cell value, and the type says so.
 */

/** Any proxy object. `isNullObject` is readable after a sync that loaded the object. */
export interface XClientObject {
  readonly isNullObject: boolean;
}

/** A method's result: `value` is readable after the sync that carried the call. */
export interface XClientResult<T> {
  readonly value: T;
}

/** ExcelApi 1.7 (WorksheetChangedEventArgs); `triggerSource` ExcelApi 1.14. */
export interface XWorksheetChangedEventArgs {
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: string;
  readonly source?: string;
  readonly triggerSource?: string;
}

export interface XEventHandlerResult {
  remove(): void;
}

export interface XEventSource<A> {
  add(handler: (args: A) => Promise<unknown>): XEventHandlerResult;
}

export interface XFillProperties {
  color?: string;
  pattern?: string;
  patternColor?: string;
}

/** One cell of `Range.getCellProperties` (ExcelApi 1.9), as far as we ask for it. */
export interface XCellProperties {
  address?: string;
  format?: { fill?: XFillProperties };
}

export interface XCellPropertiesLoadOptions {
  address?: boolean;
  format?: { fill?: { color?: boolean; pattern?: boolean; patternColor?: boolean } };
}

/** RangeFill. `color` ExcelApi 1.1; `pattern`, `patternColor` ExcelApi 1.9. */
export interface XRangeFill {
  color: string;
  pattern: string;
  patternColor: string;
  clear(): void;
  load(propertyNames: string): XRangeFill;
}

export interface XRangeFormat {
  readonly fill: XRangeFill;
}

export interface XRange extends XClientObject {
  readonly address: string;
  /** Read only, on purpose: the gateway never writes a cell value. */
  readonly values: readonly (readonly unknown[])[];
  /** Read for dates: a date-formatted number is read as yyyy-mm-dd, like the Node loader does. */
  readonly numberFormat: readonly (readonly unknown[])[];
  readonly rowCount: number;
  readonly columnCount: number;
  readonly format: XRangeFormat;
  load(propertyNames: string): XRange;
  /** ExcelApi 1.13. Null object when the range holds no merged area. */
  getMergedAreasOrNullObject(): XRangeAreas;
  /** ExcelApi 1.9. */
  getCellProperties(options: XCellPropertiesLoadOptions): XClientResult<XCellProperties[][]>;
  select(): void;
}

/** ExcelApi 1.9: several rectangles of one sheet, written with one request. */
export interface XRangeAreas extends XClientObject {
  readonly address: string;
  readonly areaCount: number;
  /** Each rectangle as its own range (the whole merge, where `address` may give only its top-left cell). */
  readonly areas: XRangeCollection;
  readonly format: XRangeFormat;
  load(propertyNames: string): XRangeAreas;
}

export interface XRangeCollection {
  readonly items: XRange[];
  load(propertyNames: string): XRangeCollection;
}

/** ExcelApi 1.18. */
export interface XNote extends XClientObject {
  content: string;
  delete(): void;
  getLocation(): XRange;
  load(propertyNames: string): XNote;
}

/** ExcelApi 1.18. Keys are cell addresses ("B7"). */
export interface XNoteCollection {
  readonly items: XNote[];
  add(cellAddress: string, content: string): XNote;
  getItemOrNullObject(key: string): XNote;
  load(propertyNames: string): XNoteCollection;
}

export interface XWorksheet extends XClientObject {
  readonly name: string;
  readonly id: string;
  /** Visible, Hidden or VeryHidden (ExcelApi 1.1). */
  readonly visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  load(propertyNames: string): XWorksheet;
  /** ExcelApi 1.5. Null object after the last sheet; calls on a null object yield null objects. */
  getNextOrNullObject(visibleOnly?: boolean): XWorksheet;
  /** ExcelApi 1.4. Null object when the sheet is empty. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XRange;
  getRange(address?: string): XRange;
  /** ExcelApi 1.9. */
  getRanges(address?: string): XRangeAreas;
  activate(): void;
  /** ExcelApi 1.18. */
  readonly notes: XNoteCollection;
  /** ExcelApi 1.7. */
  readonly onChanged: XEventSource<XWorksheetChangedEventArgs>;
}

export interface XWorksheetCollection {
  readonly items: XWorksheet[];
  load(propertyNames: string): XWorksheetCollection;
  /** ExcelApi 1.5. */
  getFirst(visibleOnly?: boolean): XWorksheet;
  getItem(key: string): XWorksheet;
  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): XWorksheet;
  getActiveWorksheet(): XWorksheet;
  /** ExcelApi 1.9: one handler for every sheet. */
  readonly onChanged: XEventSource<XWorksheetChangedEventArgs>;
}

/** ExcelApi 1.5. */
export interface XCustomXmlPart extends XClientObject {
  readonly id: string;
  getXml(): XClientResult<string>;
  setXml(xml: string): void;
  delete(): void;
  load(propertyNames: string): XCustomXmlPart;
}

/** ExcelApi 1.5. */
export interface XCustomXmlPartScopedCollection {
  readonly items: XCustomXmlPart[];
  getOnlyItemOrNullObject(): XCustomXmlPart;
  load(propertyNames: string): XCustomXmlPartScopedCollection;
}

/** ExcelApi 1.5. */
export interface XCustomXmlPartCollection {
  add(xml: string): XCustomXmlPart;
  getByNamespace(namespaceUri: string): XCustomXmlPartScopedCollection;
}

export interface XWorkbook {
  readonly worksheets: XWorksheetCollection;
  readonly customXmlParts: XCustomXmlPartCollection;
}

export interface XRequestContext {
  readonly workbook: XWorkbook;
  sync(): Promise<unknown>;
}

export interface XRunOptions {
  /** Wait while the user is editing a cell instead of failing (ExcelApi 1.11; ignored by older hosts). */
  delayForCellEdit?: boolean;
}

/** What the gateway needs of the `Excel` namespace. */
export interface XExcel {
  run<T>(options: XRunOptions, batch: (context: XRequestContext) => Promise<T>): Promise<T>;
}

export interface XAsyncResult {
  status: string | number;
  error?: { message: string };
}

/** Office.context.document.settings: per document, saved with the file after saveAsync. */
export interface XSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: XAsyncResult) => void): void;
}

/** What the gateway needs of the `Office` namespace. */
export interface XOffice {
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly document?: { readonly settings?: XSettings };
  };
}
