/**
 * An in-memory Excel host: the subset of the Excel JavaScript API the gateway calls (and a little more
 * for the template code), with Office's load/sync semantics, so the real gateway code runs against it
 * unchanged — in Jest and in the browser playground. No Node imports here.
 *
 * Semantics it keeps, because the gateway's correctness depends on them:
 * - Proxies: `sheet.getRange("B7")` makes a proxy, nothing happens until `context.sync()`. Loads, property
 *   writes and void methods are queued and run in order at sync; proxies resolve lazily at sync time (an
 *   object path), again in every sync.
 * - Reading a property that was not loaded, or before the sync that loaded it, throws PropertyNotLoaded.
 *   `isNullObject` is readable after a sync that loaded the object.
 * - `*OrNullObject` methods give null objects; loads on a null object give nothing; calls on a null object
 *   give null objects (configurable: `nullPropagation: false` makes them fail, as a stricter host might);
 *   writes on a null object fail with ItemNotFound. A failing action fails the sync; what ran before it
 *   stays applied (Office batches are not transactions), loaded values of a failed sync are not delivered.
 * - `Excel.run` syncs what is still queued when the batch resolves, and a sync with nothing queued is no
 *   round trip (neither counts).
 * - Requirement sets are configurable (`excelApi`, `unsupported`); members above them throw ApiNotFound.
 * - Request and response payloads are measured (UTF-8 bytes of a JSON rendering) and a sync whose payload
 *   passes `payloadLimit` (5 MB by default, as on Excel on the web) fails with
 *   RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded.
 * - Writing a cell value fails the sync (and is counted in `valueWrites`) unless `allowValueWrites`.
 * - `delayForCellEdit`: while the user edits a cell (`user.beginCellEdit()`), a run with the option waits,
 *   a run without it fails with InvalidOperationInCellEditMode.
 */
import type { CellValue, MergeArea } from '../../src/core/grid';
import { isCellError, parseRange, rangeToA1, toA1 } from '../../src/core/grid';
import type {
  XCellProperties,
  XCellPropertiesLoadOptions,
  XExcel,
  XOffice,
  XRunOptions,
  XWorksheetChangedEventArgs,
} from '../../src/excel/office-types';
import {
  FakeCustomXmlPart,
  FakeSheet,
  FakeWorkbook,
  key,
  keyCol,
  keyRow,
  normalizeColor,
  type FakeBorder,
  type FakeCellFormat,
  type FakeFill,
  type FakeValidation,
  type FakeWorkbookJson,
} from './workbook';
import { evaluateFormula } from './formula';
import { utf8Length } from '../../src/host/cells';

export * from './workbook';

export interface FakeHostOptions {
  /** The highest ExcelApi version the host supports, e.g. "1.18" (default) or "1.8". */
  excelApi?: string;
  /** Versions reported unsupported even at or below `excelApi` (to test one fallback at a time). */
  unsupported?: string[];
  /** Bytes; default 5 MB (Excel on the web). null: no limit (Excel on Windows). */
  payloadLimit?: number | null;
  /** Calls on null objects give null objects (default true). */
  nullPropagation?: boolean;
  /** Let code write cell values (the template code does); by default a value write fails the sync. */
  allowValueWrites?: boolean;
  /** Raise worksheet onChanged for note writes by the add-in (Excel does not for fills; be defensive). */
  eventsForAddinNoteWrites?: boolean;
  /** Platform reported in Office.context.diagnostics (cosmetic). */
  platform?: string;
  /**
   * How merged areas come back, as real Excel builds do (default: all of them, whole):
   * - topLeftInRange (office-js #3611): getMergedAreasOrNullObject returns only merges whose top-left cell
   *   lies in the range asked;
   * - addressTopLeftOnly (office-js #1590): RangeAreas.address lists each merge's top-left cell only
   *   ("T4" for T4:U5); RangeAreas.areas.items have them whole;
   * - addressMaxLength: a longer RangeAreas.address comes back cut at that many characters.
   */
  mergedAreas?: { topLeftInRange?: boolean; addressTopLeftOnly?: boolean; addressMaxLength?: number };
  /** Past this many cells a range's `values` load gives null, as Excel does past about 5 million (default 5,000,000). */
  valuesCellLimit?: number;
}

export interface SyncRecord {
  index: number;
  actions: number;
  requestBytes: number;
  responseBytes: number;
  /** Sheets whose cells (values, fills, notes, merges, used range) were read in this sync. */
  sheetsRead: string[];
  /** Sheets whose cells were written in this sync. */
  sheetsWritten: string[];
  /** Whether it failed (payload limit, a failing action). */
  failed?: string;
}

export interface FakeOfficeError extends Error {
  code: string;
  debugInfo: { errorLocation?: string };
}

export function officeError(code: string, message: string, location?: string): FakeOfficeError {
  const e = new Error(message) as FakeOfficeError;
  e.name = 'RichApi.Error';
  e.code = code;
  e.debugInfo = { errorLocation: location };
  return e;
}

function notLoaded(entity: string, property: string): FakeOfficeError {
  return officeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`,
  );
}

function versionNumber(v: string): number {
  const [major, minor] = v.split('.').map(Number);
  return major * 1000 + (minor || 0);
}

/** The gateway's own payload measure, so the fake counts bytes as the planner estimates them. */
export { utf8Length };

/** Office's way to write a sheet name into an address: quoted when it holds anything but letters, digits, _ and CJK. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_\u3400-\u9fff\uf900-\ufaff][\w.\u3400-\u9fff\uf900-\ufaff]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet1!A1:B2" / "'a b'!A1" / "A1:B2" → the area (sheet part ignored). */
function areaOf(address: string): MergeArea {
  const bang = address.lastIndexOf('!');
  const a = parseRange(bang >= 0 ? address.slice(bang + 1) : address);
  if (!a) throw officeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: "${address}"`);
  return a;
}

/** "A1, B2:C3" → areas; commas inside quoted sheet names are kept. */
function areasOf(list: string): MergeArea[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of list) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter(Boolean).map(areaOf);
}

function intersects(a: MergeArea, b: MergeArea): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** What Office hands out for a cell value: "" for empty, error codes as text. */
function officeValue(v: CellValue): unknown {
  if (v === null) return '';
  if (isCellError(v)) return v.error;
  return v;
}

function fromOfficeValue(v: unknown): CellValue {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

const NO_FILL = { color: '#FFFFFF', pattern: 'None', patternColor: '#000000' };

function fillView(f: FakeFill | undefined): { color: string; pattern: string; patternColor: string } {
  if (!f) return { ...NO_FILL };
  return { color: f.color, pattern: f.pattern, patternColor: f.patternColor ?? '#000000' };
}

// ---------------------------------------------------------------------------------------------------------
// Batches and contexts

interface RangeTarget {
  sheet: FakeSheet;
  area: MergeArea;
}

interface AreasTarget {
  sheet: FakeSheet;
  areas: MergeArea[];
}

interface NoteTarget {
  sheet: FakeSheet;
  key: number;
}

/** An object path: its text, and the path it extends. */
interface PathNode {
  readonly _path: string;
  readonly _parent?: PathNode;
}

interface Action {
  /** The object path the action works on (object paths travel once per request, like Office's ids). */
  node: PathNode;
  /** The action itself: a load, a property write, a method call with its arguments. */
  op: string;
  run(b: Batch): void;
}

/** Request bytes: each action, plus each object path's own segment the first time the request uses it. */
function requestBytes(actions: readonly Action[]): number {
  const counted = new Set<PathNode>();
  let bytes = 0;
  for (const a of actions) {
    bytes += utf8Length(a.op) + 24;
    for (let n: PathNode | undefined = a.node; n && !counted.has(n); n = n._parent) {
      counted.add(n);
      bytes += utf8Length(n._path.slice(n._parent?._path.length ?? 0)) + 24;
    }
  }
  return bytes;
}

class Batch {
  readonly memo = new Map<unknown, unknown>();
  readonly deliveries: Array<() => void> = [];
  readonly read = new Set<string>();
  readonly written = new Set<string>();
  responseBytes = 0;
  noteWrites: Array<{ sheet: FakeSheet; key: number }> = [];

  constructor(readonly host: FakeExcelHost) {}

  resolve<T>(p: Proxy<T>): T | null {
    if (this.memo.has(p)) return this.memo.get(p) as T | null;
    const t = p._resolver(this);
    this.memo.set(p, t);
    return t;
  }

  deliver(data: unknown, fn: () => void): void {
    this.responseBytes += utf8Length(JSON.stringify(data ?? null));
    this.deliveries.push(fn);
  }
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  readonly _queue: Action[] = [];
  _closed = false;

  constructor(readonly host: FakeExcelHost) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  _enqueue(target: string | PathNode, op: string, run: (b: Batch) => void): void {
    const node: PathNode = typeof target === 'string' ? { _path: target } : target;
    if (this._closed) {
      throw officeError(
        'InvalidObjectPath',
        `The object path '${node._path}' isn't working for what you're trying to do: its Excel.run has ended.`,
      );
    }
    this._queue.push({ node, op, run });
  }

  async sync(): Promise<void> {
    await this.host._execute(this);
  }
}

abstract class Proxy<T> {
  readonly _loaded = new Map<string, unknown>();
  _isNull: boolean | undefined;

  readonly _parent?: PathNode;

  constructor(
    readonly context: FakeRequestContext,
    readonly _path: string,
    readonly _resolver: (b: Batch) => T | null,
  ) {
    this._parent = (_resolver as { parent?: PathNode }).parent;
  }

  protected abstract get _entity(): string;

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw notLoaded(this._entity, 'isNullObject');
    return this._isNull;
  }

  protected get host(): FakeExcelHost {
    return this.context.host;
  }

  protected _get<V>(name: string): V {
    if (this._loaded.has(name)) return this._loaded.get(name) as V;
    if (this._isNull) return undefined as V;
    throw notLoaded(this._entity, name);
  }

  /** A child object path: resolves the parent, then navigates. */
  protected _nav<U>(segment: string, fn: (t: T, b: Batch) => U | null): (b: Batch) => U | null {
    return Object.assign((b: Batch) => {
      const t = b.resolve(this);
      if (t === null) {
        if (!this.host.options.nullPropagation) {
          throw officeError('InvalidArgument', `${segment} was called on a null object (${this._path})`, this._path);
        }
        return null;
      }
      return fn(t, b);
    }, { parent: this as PathNode });
  }

  /** Server side: the values of these properties (names already validated). */
  protected abstract _read(t: T, props: string[], b: Batch): Record<string, unknown>;
  protected abstract readonly _props: readonly string[];

  load(propertyNames?: string | string[] | { select?: string }): this {
    const props = parseProps(propertyNames, this._props);
    this.context._enqueue(this, `load(${props.join(',')})`, (b) => {
      for (const p of props) {
        if (!this._props.includes(p)) throw officeError('InvalidArgument', `${this._entity} has no property ${p}`);
      }
      const t = b.resolve(this);
      const data = t === null ? null : this._read(t, props, b);
      b.deliver(data, () => {
        this._isNull = t === null;
        if (data) for (const [k, v] of Object.entries(data)) this._loaded.set(k, v);
      });
    });
    return this;
  }

  /** Queues a write; fails on a null object. */
  protected _write(describe: string, fn: (t: T, b: Batch) => void): void {
    this.context._enqueue(this, `${describe}`, (b) => {
      const t = b.resolve(this);
      if (t === null) throw officeError('ItemNotFound', `The requested resource doesn't exist (${this._path}).`, this._path);
      fn(t, b);
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

function parseProps(p: string | string[] | { select?: string } | undefined, defaults: readonly string[]): string[] {
  let list: string[];
  if (p === undefined) list = [...defaults];
  else if (typeof p === 'string') list = p.split(',');
  else if (Array.isArray(p)) list = p;
  else list = (p.select ?? '').split(',');
  return list.map((s) => s.trim()).filter(Boolean);
}

class FakeClientResult<T> {
  _value: T | undefined;
  _set = false;
  get value(): T {
    if (!this._set) {
      throw officeError(
        'ValueNotLoaded',
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    }
    return this._value as T;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Workbook, worksheets

class FakeWorkbookProxy extends Proxy<FakeWorkbook> {
  protected readonly _props: readonly string[] = [];
  private _sheets?: FakeWorksheetCollection;
  private _parts?: FakeCustomXmlPartCollection;

  constructor(ctx: FakeRequestContext) {
    super(ctx, 'workbook', (b) => b.host.workbook);
  }

  protected get _entity(): string {
    return 'Workbook';
  }

  protected _read(): Record<string, unknown> {
    return {};
  }

  get worksheets(): FakeWorksheetCollection {
    return (this._sheets ??= new FakeWorksheetCollection(this.context));
  }

  get customXmlParts(): FakeCustomXmlPartCollection {
    this.host._require('1.5', 'Workbook.customXmlParts');
    return (this._parts ??= new FakeCustomXmlPartCollection(this.context));
  }
}

class FakeEventSource {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly path: string,
    private readonly scope: () => string | null,
  ) {}

  add(handler: (args: XWorksheetChangedEventArgs) => Promise<unknown>): { remove(): void } {
    const host = this.ctx.host;
    const registration = { scope: '', handler, active: false };
    this.ctx._enqueue(this.path, 'add()', () => {
      const scope = this.scope();
      if (scope === null) throw officeError('ItemNotFound', `The requested resource doesn't exist (${this.path}).`);
      registration.scope = scope;
      registration.active = true;
      host._handlers.push(registration);
    });
    const ctx = this.ctx;
    return {
      remove(): void {
        // Like Office, the removal travels with the next sync of a context; we accept any context.
        const run = () => {
          registration.active = false;
          const i = host._handlers.indexOf(registration);
          if (i >= 0) host._handlers.splice(i, 1);
        };
        if (ctx._closed) run();
        else ctx._enqueue('eventHandler', 'remove()', run);
      },
    };
  }
}

export class FakeWorksheetCollection extends Proxy<FakeWorkbook> {
  protected readonly _props: readonly string[] = ['items'];
  private _items?: FakeWorksheet[];
  private _onChanged?: FakeEventSource;

  constructor(ctx: FakeRequestContext) {
    super(ctx, 'workbook.worksheets', (b) => b.host.workbook);
  }

  protected get _entity(): string {
    return 'WorksheetCollection';
  }

  get items(): FakeWorksheet[] {
    if (!this._items) throw notLoaded(this._entity, 'items');
    return this._items;
  }

  protected _read(): Record<string, unknown> {
    return {};
  }

  override load(propertyNames?: string | string[] | { select?: string }): this {
    const props = parseProps(propertyNames, ['items/name'])
      .map((p) => p.replace(/^items\/?/, ''))
      .filter(Boolean);
    const itemProps = props.length ? props : ['name'];
    this.context._enqueue(this, `load(items/${itemProps.join(',')})`, (b) => {
      const wb = b.host.workbook;
      const items = wb.sheets.map((s) => {
        const id = s.id;
        const p = new FakeWorksheet(this.context, `${this._path}.getItem(${JSON.stringify(s.name)})`, (bb) => {
          const sheet = bb.host.workbook.sheetById(id);
          if (!sheet) throw officeError('ItemNotFound', `The requested resource doesn't exist (sheet ${id}).`);
          return sheet;
        });
        return p;
      });
      const datas = items.map((p, i) => p._readForCollection(wb.sheets[i], itemProps, b));
      b.deliver(datas, () => {
        items.forEach((p, i) => {
          p._isNull = false;
          for (const [k, v] of Object.entries(datas[i])) p._loaded.set(k, v);
        });
        this._items = items;
      });
    });
    return this;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, (b) => {
      const s = b.host.workbook.sheetByName(key) ?? b.host.workbook.sheetById(key);
      if (!s) throw officeError('ItemNotFound', `The requested resource doesn't exist (worksheet ${key}).`);
      return s;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this.host._require('1.4', 'WorksheetCollection.getItemOrNullObject');
    return new FakeWorksheet(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      (b) => b.host.workbook.sheetByName(key) ?? b.host.workbook.sheetById(key) ?? null,
    );
  }

  getFirst(visibleOnly = false): FakeWorksheet {
    this.host._require('1.5', 'WorksheetCollection.getFirst');
    return new FakeWorksheet(this.context, `${this._path}.getFirst()`, (b) => {
      const s = b.host.workbook.sheets.find((x) => !visibleOnly || x.visible);
      if (!s) throw officeError('ItemNotFound', "The requested resource doesn't exist (no worksheet).");
      return s;
    });
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.getActiveWorksheet()`, (b) => {
      const wb = b.host.workbook;
      return (wb.activeSheetId && wb.sheetById(wb.activeSheetId)) || wb.sheets[0];
    });
  }

  getCount(): FakeClientResult<number> {
    const r = new FakeClientResult<number>();
    this.context._enqueue(this, `getCount()`, (b) => {
      const n = b.host.workbook.sheets.length;
      b.deliver(n, () => {
        r._value = n;
        r._set = true;
      });
    });
    return r;
  }

  /** Adds a sheet at the end (Excel names it "SheetN" when no name is given). */
  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    const p = new FakeWorksheet(this.context, `${this._path}.add(${JSON.stringify(name ?? '')})`, () => {
      if (!created) throw officeError('InvalidObjectPath', 'The new worksheet was used before its add() ran.');
      return created;
    });
    this.context._enqueue(this, `add(${JSON.stringify(name ?? '')})`, (b) => {
      const wb = b.host.workbook;
      let n = name;
      if (!n) {
        let i = wb.sheets.length + 1;
        while (wb.sheetByName(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      if (wb.sheetByName(n)) throw officeError('ItemAlreadyExists', `A worksheet named ${n} already exists.`);
      created = wb.addSheet(n);
      b.written.add(n);
    });
    return p;
  }

  get onChanged(): FakeEventSource {
    this.host._require('1.9', 'WorksheetCollection.onChanged');
    return (this._onChanged ??= new FakeEventSource(this.context, `${this._path}.onChanged`, () => '*'));
  }
}

export class FakeWorksheet extends Proxy<FakeSheet> {
  protected readonly _props: readonly string[] = ['name', 'id', 'visibility', 'position'];
  private _notes?: FakeNoteCollection;
  private _pageLayout?: FakePageLayout;
  private _protection?: FakeWorksheetProtection;
  private _onChanged?: FakeEventSource;

  protected get _entity(): string {
    return 'Worksheet';
  }

  get name(): string {
    return this._get('name');
  }

  set name(value: string) {
    this._write(`name=${JSON.stringify(value)}`, (s, b) => {
      const other = b.host.workbook.sheetByName(value);
      if (other && other !== s) throw officeError('ItemAlreadyExists', `A worksheet named ${value} already exists.`);
      s.name = value;
    });
    this._loaded.set('name', value);
  }

  get id(): string {
    return this._get('id');
  }

  get visibility(): string {
    return this._get('visibility');
  }

  get position(): number {
    return this._get('position');
  }

  /** Moves the sheet to this tab position (clamped to the last one, as Excel does). */
  set position(value: number) {
    this._write(`position=${value}`, (s, b) => {
      const list = b.host.workbook.sheets;
      list.splice(list.indexOf(s), 1);
      list.splice(Math.max(0, Math.min(value, list.length)), 0, s);
    });
    this._loaded.set('position', value);
  }

  /** ExcelApi 1.9. */
  get pageLayout(): FakePageLayout {
    this.host._require('1.9', 'Worksheet.pageLayout');
    return (this._pageLayout ??= new FakePageLayout(this.context, `${this._path}.pageLayout`, this._nav('pageLayout', (s) => s)));
  }

  /** ExcelApi 1.2. */
  get protection(): FakeWorksheetProtection {
    this.host._require('1.2', 'Worksheet.protection');
    return (this._protection ??= new FakeWorksheetProtection(this.context, `${this._path}.protection`, this._nav('protection', (s) => s)));
  }

  protected _read(s: FakeSheet, props: string[], _b?: Batch): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (p === 'name') out.name = s.name;
      else if (p === 'id') out.id = s.id;
      else if (p === 'visibility') out.visibility = s.visible ? 'Visible' : 'Hidden';
      else if (p === 'position') out.position = this.host.workbook.sheets.indexOf(s);
    }
    return out;
  }

  _readForCollection(s: FakeSheet, props: string[], b: Batch): Record<string, unknown> {
    for (const p of props) {
      if (!this._props.includes(p)) throw officeError('InvalidArgument', `Worksheet has no property ${p}`);
    }
    return this._read(s, props, b);
  }

  getNextOrNullObject(visibleOnly = false): FakeWorksheet {
    this.host._require('1.5', 'Worksheet.getNextOrNullObject');
    return new FakeWorksheet(
      this.context,
      `${this._path}.getNextOrNullObject()`,
      this._nav('getNextOrNullObject', (s, b) => {
        const list = b.host.workbook.sheets;
        for (let i = list.indexOf(s) + 1; i < list.length; i++) if (!visibleOnly || list[i].visible) return list[i];
        return null;
      }),
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.host._require('1.4', 'Worksheet.getUsedRangeOrNullObject');
    return new FakeRange(
      this.context,
      `${this._path}.getUsedRangeOrNullObject(${valuesOnly})`,
      this._nav('getUsedRangeOrNullObject', (s, b) => {
        b.read.add(s.name);
        const area = s.usedArea(valuesOnly);
        return area ? { sheet: s, area } : null;
      }),
    );
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.getUsedRange(${valuesOnly})`,
      this._nav('getUsedRange', (s, b) => {
        b.read.add(s.name);
        return { sheet: s, area: s.usedArea(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
      }),
    );
  }

  getRange(address = 'A1'): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.getRange(${JSON.stringify(address)})`,
      this._nav('getRange', (s) => ({ sheet: s, area: areaOf(address) })),
    );
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.getCell(${row},${column})`,
      this._nav('getCell', (s) => ({ sheet: s, area: { top: row, left: column, bottom: row, right: column } })),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      this._nav('getRangeByIndexes', (s) => ({
        sheet: s,
        area: { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 },
      })),
    );
  }

  getRanges(address = 'A1'): FakeRangeAreas {
    this.host._require('1.9', 'Worksheet.getRanges');
    return new FakeRangeAreas(
      this.context,
      `${this._path}.getRanges(${JSON.stringify(address)})`,
      this._nav('getRanges', (s) => ({ sheet: s, areas: areasOf(address) })),
      utf8Length(address),
    );
  }

  activate(): void {
    this._write('activate()', (s, b) => {
      // Excel: a hidden worksheet cannot be activated or selected (it must be unhidden first).
      if (!s.visible) throw officeError('InvalidOperation', 'This operation is not permitted for the current object.');
      b.host.workbook.activeSheetId = s.id;
      b.host.log.push(`activate ${s.name}`);
    });
  }

  delete(): void {
    this._write('delete()', (s, b) => {
      const wb = b.host.workbook;
      if (wb.sheets.length === 1) throw officeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      if (wb.activeSheetId === s.id) wb.activeSheetId = wb.sheets[0].id;
      b.written.add(s.name);
    });
  }

  get notes(): FakeNoteCollection {
    this.host._require('1.18', 'Worksheet.notes');
    return (this._notes ??= new FakeNoteCollection(this.context, `${this._path}.notes`, this._nav('notes', (s) => s)));
  }

  get onChanged(): FakeEventSource {
    return (this._onChanged ??= new FakeEventSource(this.context, `${this._path}.onChanged`, () => {
      const b = new Batch(this.host);
      try {
        const s = b.resolve(this);
        return s ? s.id : null;
      } catch {
        return null;
      }
    }));
  }
}

// ---------------------------------------------------------------------------------------------------------
// Ranges, fills, notes

type FillTarget = AreasTarget;

function cellsOf(areas: MergeArea[]): number[] {
  const out: number[] = [];
  for (const a of areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push(key(r, c));
  return out;
}

export class FakeRangeFill extends Proxy<FillTarget> {
  protected readonly _props: readonly string[] = ['color', 'pattern', 'patternColor', 'tintAndShade'];

  protected get _entity(): string {
    return 'RangeFill';
  }

  protected _read(t: FillTarget, props: string[], b: Batch): Record<string, unknown> {
    b.read.add(t.sheet.name);
    const views = cellsOf(t.areas).map((k) => fillView(t.sheet.fills.get(k)));
    const uniform = (f: (v: ReturnType<typeof fillView>) => string) => {
      const first = f(views[0]);
      return views.every((v) => f(v) === first) ? first : null;
    };
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (p === 'color') out.color = uniform((v) => v.color);
      else if (p === 'pattern') {
        this.host._require('1.9', 'RangeFill.pattern');
        out.pattern = uniform((v) => v.pattern);
      } else if (p === 'patternColor') {
        this.host._require('1.9', 'RangeFill.patternColor');
        out.patternColor = uniform((v) => v.patternColor);
      } else if (p === 'tintAndShade') out.tintAndShade = 0;
    }
    return out;
  }

  get color(): string {
    return this._get('color');
  }

  set color(value: string) {
    const color = normalizeColor(value);
    this._write(`color=${color}`, (t, b) => {
      b.written.add(t.sheet.name);
      for (const k of cellsOf(t.areas)) {
        const old = t.sheet.fills.get(k);
        const keepPattern = old && old.pattern !== 'Solid' && old.pattern !== 'None';
        t.sheet.fills.set(k, keepPattern ? { ...old, color } : { color, pattern: 'Solid' });
      }
    });
  }

  get pattern(): string {
    return this._get('pattern');
  }

  set pattern(value: string) {
    this.host._require('1.9', 'RangeFill.pattern');
    this._write(`pattern=${value}`, (t, b) => {
      b.written.add(t.sheet.name);
      for (const k of cellsOf(t.areas)) {
        if (value === 'None') t.sheet.fills.delete(k);
        else {
          const old = t.sheet.fills.get(k);
          const next: FakeFill = { ...(old ?? { color: '#FFFFFF' }), pattern: value };
          if (value === 'Solid') delete next.patternColor;
          t.sheet.fills.set(k, next);
        }
      }
    });
  }

  get patternColor(): string {
    return this._get('patternColor');
  }

  set patternColor(value: string) {
    this.host._require('1.9', 'RangeFill.patternColor');
    const color = normalizeColor(value);
    this._write(`patternColor=${color}`, (t, b) => {
      b.written.add(t.sheet.name);
      for (const k of cellsOf(t.areas)) {
        const old = t.sheet.fills.get(k);
        if (old) t.sheet.fills.set(k, { ...old, patternColor: color });
      }
    });
  }

  clear(): void {
    this._write('clear()', (t, b) => {
      b.written.add(t.sheet.name);
      for (const k of cellsOf(t.areas)) t.sheet.fills.delete(k);
    });
  }
}

export class FakeRangeFormat {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  readonly borders: FakeRangeBorderCollection;
  readonly protection: FakeFormatProtection;
  private readonly w: FormatWriter;
  constructor(ctx: FakeRequestContext, path: string, resolver: (b: Batch) => FillTarget | null) {
    this.fill = new FakeRangeFill(ctx, `${path}.fill`, resolver);
    this.w = new FormatWriter(ctx, path, resolver);
    this.font = new FakeRangeFont(new FormatWriter(ctx, `${path}.font`, resolver));
    this.borders = new FakeRangeBorderCollection(new FormatWriter(ctx, `${path}.borders`, resolver));
    this.protection = new FakeFormatProtection(new FormatWriter(ctx, `${path}.protection`, resolver));
  }

  // The template code writes these; tests read them back from the document (FakeSheet.formats), not by load.
  get horizontalAlignment(): string {
    throw notLoaded('RangeFormat', 'horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this.w.cells(`horizontalAlignment=${v}`, (f) => (f.horizontalAlignment = v));
  }
  get verticalAlignment(): string {
    throw notLoaded('RangeFormat', 'verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this.w.cells(`verticalAlignment=${v}`, (f) => (f.verticalAlignment = v));
  }
  get wrapText(): boolean {
    throw notLoaded('RangeFormat', 'wrapText');
  }
  set wrapText(v: boolean) {
    this.w.cells(`wrapText=${v}`, (f) => (f.wrapText = v));
  }
  get indentLevel(): number {
    throw notLoaded('RangeFormat', 'indentLevel');
  }
  set indentLevel(v: number) {
    this.w.host._require('1.9', 'RangeFormat.indentLevel');
    this.w.cells(`indentLevel=${v}`, (f) => (f.indentLevel = v));
  }
  get columnWidth(): number {
    throw notLoaded('RangeFormat', 'columnWidth');
  }
  /** Points; applies to every column the range spans. */
  set columnWidth(v: number) {
    this.w.areas(`columnWidth=${v}`, (t) => {
      for (const a of t.areas) for (let c = a.left; c <= a.right; c++) t.sheet.columnWidths.set(c, v);
    });
  }
  get rowHeight(): number {
    throw notLoaded('RangeFormat', 'rowHeight');
  }
  /** Points; applies to every row the range spans. */
  set rowHeight(v: number) {
    this.w.areas(`rowHeight=${v}`, (t) => {
      for (const a of t.areas) for (let r = a.top; r <= a.bottom; r++) t.sheet.rowHeights.set(r, v);
    });
  }
}

/** Queues format writes on a range's (or RangeAreas') cells. */
class FormatWriter {
  constructor(
    readonly ctx: FakeRequestContext,
    readonly path: string,
    readonly resolver: (b: Batch) => FillTarget | null,
  ) {}

  get host(): FakeExcelHost {
    return this.ctx.host;
  }

  areas(describe: string, fn: (t: FillTarget) => void): void {
    this.ctx._enqueue(this.path, describe, (b) => {
      const t = this.resolver(b);
      if (t === null) throw officeError('ItemNotFound', `The requested resource doesn't exist (${this.path}).`, this.path);
      b.written.add(t.sheet.name);
      fn(t);
    });
  }

  cells(describe: string, fn: (f: FakeCellFormat, row: number, col: number, area: MergeArea) => void): void {
    this.areas(describe, (t) => {
      for (const a of t.areas) {
        for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) fn(t.sheet.formatAt(key(r, c)), r, c, a);
      }
    });
  }
}

export class FakeRangeFont {
  constructor(private readonly w: FormatWriter) {}
  get name(): string {
    throw notLoaded('RangeFont', 'name');
  }
  set name(v: string) {
    this.w.cells(`name=${v}`, (f) => (f.font = { ...f.font, name: v }));
  }
  get size(): number {
    throw notLoaded('RangeFont', 'size');
  }
  set size(v: number) {
    this.w.cells(`size=${v}`, (f) => (f.font = { ...f.font, size: v }));
  }
  get bold(): boolean {
    throw notLoaded('RangeFont', 'bold');
  }
  set bold(v: boolean) {
    this.w.cells(`bold=${v}`, (f) => (f.font = { ...f.font, bold: v }));
  }
  get color(): string {
    throw notLoaded('RangeFont', 'color');
  }
  set color(v: string) {
    const color = normalizeColor(v);
    this.w.cells(`color=${color}`, (f) => (f.font = { ...f.font, color }));
  }
}

export class FakeFormatProtection {
  constructor(private readonly w: FormatWriter) {}
  get locked(): boolean {
    throw notLoaded('FormatProtection', 'locked');
  }
  set locked(v: boolean) {
    this.w.cells(`locked=${v}`, (f) => (f.locked = v));
  }
}

const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;
type BorderSide = 'top' | 'bottom' | 'left' | 'right';

/** The cell sides a border index stands for, within one area. */
function sidesOf(index: string, r: number, c: number, a: MergeArea): BorderSide[] {
  switch (index) {
    case 'EdgeTop':
      return r === a.top ? ['top'] : [];
    case 'EdgeBottom':
      return r === a.bottom ? ['bottom'] : [];
    case 'EdgeLeft':
      return c === a.left ? ['left'] : [];
    case 'EdgeRight':
      return c === a.right ? ['right'] : [];
    case 'InsideHorizontal': {
      const out: BorderSide[] = [];
      if (r > a.top) out.push('top');
      if (r < a.bottom) out.push('bottom');
      return out;
    }
    case 'InsideVertical': {
      const out: BorderSide[] = [];
      if (c > a.left) out.push('left');
      if (c < a.right) out.push('right');
      return out;
    }
    default:
      return [];
  }
}

export class FakeRangeBorder {
  constructor(
    private readonly w: FormatWriter,
    private readonly index: string,
  ) {}
  private put(prop: keyof FakeBorder, v: string): void {
    this.w.cells(`${this.index}.${prop}=${v}`, (f, r, c, a) => {
      for (const side of sidesOf(this.index, r, c, a)) {
        const borders = (f.borders ??= {});
        borders[side] = { ...(borders[side] ?? { style: 'None', color: '#000000', weight: 'Thin' }), [prop]: v };
      }
    });
  }
  get style(): string {
    throw notLoaded('RangeBorder', 'style');
  }
  set style(v: string) {
    this.put('style', v);
  }
  get color(): string {
    throw notLoaded('RangeBorder', 'color');
  }
  set color(v: string) {
    this.put('color', normalizeColor(v));
  }
  get weight(): string {
    throw notLoaded('RangeBorder', 'weight');
  }
  set weight(v: string) {
    this.put('weight', v);
  }
}

export class FakeRangeBorderCollection {
  constructor(private readonly w: FormatWriter) {}
  getItem(index: string): FakeRangeBorder {
    if (!(BORDER_INDEXES as readonly string[]).includes(index)) {
      throw officeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: border ${index}`);
    }
    return new FakeRangeBorder(this.w, index);
  }
}

/** Range.dataValidation (ExcelApi 1.8): each write applies to every cell of the range. */
export class FakeDataValidation {
  constructor(private readonly w: FormatWriter) {}
  private each(describe: string, fn: (v: FakeValidation) => void): void {
    this.w.areas(describe, (t) => {
      for (const k of cellsOf(t.areas)) {
        const v = t.sheet.validations.get(k) ?? { rule: {} };
        fn(v);
        t.sheet.validations.set(k, v);
      }
    });
  }
  get rule(): Record<string, unknown> {
    throw notLoaded('DataValidation', 'rule');
  }
  set rule(v: Record<string, unknown>) {
    if (Object.keys(v ?? {}).length !== 1) throw officeError('InvalidArgument', 'A data validation rule has exactly one type.');
    const copy = JSON.parse(JSON.stringify(v)) as Record<string, unknown>;
    this.each(`rule=${JSON.stringify(v)}`, (x) => (x.rule = copy));
  }
  get prompt(): NonNullable<FakeValidation['prompt']> {
    throw notLoaded('DataValidation', 'prompt');
  }
  set prompt(v: NonNullable<FakeValidation['prompt']>) {
    if (v.title.length > 32 || v.message.length > 255) {
      throw officeError('InvalidArgument', 'The prompt title is limited to 32 and the message to 255 characters.');
    }
    const copy = { ...v };
    this.each(`prompt=${JSON.stringify(v)}`, (x) => (x.prompt = copy));
  }
  get errorAlert(): NonNullable<FakeValidation['errorAlert']> {
    throw notLoaded('DataValidation', 'errorAlert');
  }
  set errorAlert(v: NonNullable<FakeValidation['errorAlert']>) {
    if (v.title.length > 32 || v.message.length > 225) {
      throw officeError('InvalidArgument', 'The alert title is limited to 32 and the message to 225 characters.');
    }
    const copy = { ...v };
    this.each(`errorAlert=${JSON.stringify(v)}`, (x) => (x.errorAlert = copy));
  }
  get ignoreBlanks(): boolean {
    throw notLoaded('DataValidation', 'ignoreBlanks');
  }
  set ignoreBlanks(v: boolean) {
    this.each(`ignoreBlanks=${v}`, (x) => (x.ignoreBlanks = v));
  }
  clear(): void {
    this.w.areas('clear()', (t) => {
      for (const k of cellsOf(t.areas)) t.sheet.validations.delete(k);
    });
  }
}

/** Worksheet.pageLayout (ExcelApi 1.9): what is written is kept as written. */
export class FakePageLayout {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly path: string,
    private readonly resolver: (b: Batch) => FakeSheet | null,
  ) {}
  private put(prop: string, v: unknown): void {
    this.ctx._enqueue(this.path, `${prop}=${JSON.stringify(v)}`, (b) => {
      const s = this.resolver(b);
      if (!s) throw officeError('ItemNotFound', `The requested resource doesn't exist (${this.path}).`);
      b.written.add(s.name);
      s.pageLayout[prop] = JSON.parse(JSON.stringify(v)) as unknown;
    });
  }
  private no(prop: string): never {
    throw notLoaded('PageLayout', prop);
  }
  get orientation(): string {
    return this.no('orientation');
  }
  set orientation(v: string) {
    this.put('orientation', v);
  }
  get paperSize(): string {
    return this.no('paperSize');
  }
  set paperSize(v: string) {
    this.put('paperSize', v);
  }
  get blackAndWhite(): boolean {
    return this.no('blackAndWhite');
  }
  set blackAndWhite(v: boolean) {
    this.put('blackAndWhite', v);
  }
  get centerHorizontally(): boolean {
    return this.no('centerHorizontally');
  }
  set centerHorizontally(v: boolean) {
    this.put('centerHorizontally', v);
  }
  get zoom(): { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } {
    return this.no('zoom');
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.put('zoom', v);
  }
  get leftMargin(): number {
    return this.no('leftMargin');
  }
  set leftMargin(v: number) {
    this.put('leftMargin', v);
  }
  get rightMargin(): number {
    return this.no('rightMargin');
  }
  set rightMargin(v: number) {
    this.put('rightMargin', v);
  }
  get topMargin(): number {
    return this.no('topMargin');
  }
  set topMargin(v: number) {
    this.put('topMargin', v);
  }
  get bottomMargin(): number {
    return this.no('bottomMargin');
  }
  set bottomMargin(v: number) {
    this.put('bottomMargin', v);
  }
  get headerMargin(): number {
    return this.no('headerMargin');
  }
  set headerMargin(v: number) {
    this.put('headerMargin', v);
  }
  get footerMargin(): number {
    return this.no('footerMargin');
  }
  set footerMargin(v: number) {
    this.put('footerMargin', v);
  }
  setPrintTitleRows(rows: string): void {
    if (!/^\$?\d+:\$?\d+$/.test(rows)) throw officeError('InvalidArgument', `Not a row range: ${rows}`);
    this.put('printTitleRows', rows);
  }
}

/** Worksheet.protection (ExcelApi 1.2). */
export class FakeWorksheetProtection {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly path: string,
    private readonly resolver: (b: Batch) => FakeSheet | null,
  ) {}
  protect(options?: Record<string, unknown>): void {
    this.ctx._enqueue(this.path, `protect(${JSON.stringify(options ?? {})})`, (b) => {
      const s = this.resolver(b);
      if (!s) throw officeError('ItemNotFound', `The requested resource doesn't exist (${this.path}).`);
      if (s.protection.protected) throw officeError('InvalidOperation', 'The worksheet is already protected.');
      b.written.add(s.name);
      s.protection = { protected: true, ...(options ? { options: { ...options } } : {}) };
    });
  }
  unprotect(): void {
    this.ctx._enqueue(this.path, 'unprotect()', (b) => {
      const s = this.resolver(b);
      if (!s) throw officeError('ItemNotFound', `The requested resource doesn't exist (${this.path}).`);
      b.written.add(s.name);
      s.protection = { protected: false };
    });
  }
}


export class FakeRange extends Proxy<RangeTarget> {
  protected readonly _props: readonly string[] = ['address', 'addressLocal', 'values', 'valueTypes', 'text', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'cellCount', 'formulas', 'numberFormat'];
  private _format?: FakeRangeFormat;
  private _validation?: FakeDataValidation;

  protected get _entity(): string {
    return 'Range';
  }

  protected _read(t: RangeTarget, props: string[], b: Batch): Record<string, unknown> {
    const { sheet, area } = t;
    const out: Record<string, unknown> = {};
    const grid = (f: (v: CellValue) => unknown) => {
      b.read.add(sheet.name);
      const rows: unknown[][] = [];
      for (let r = area.top; r <= area.bottom; r++) {
        const row: unknown[] = [];
        for (let c = area.left; c <= area.right; c++) row.push(f(sheet.value(r, c)));
        rows.push(row);
      }
      return rows;
    };
    for (const p of props) {
      if (p === 'address' || p === 'addressLocal') out[p] = `${quoteSheet(sheet.name)}!${rangeToA1(area)}`;
      else if (p === 'values') {
        const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
        out.values = cells > this.host.options.valuesCellLimit ? null : grid(officeValue);
      }
      else if (p === 'formulas') {
        b.read.add(sheet.name);
        const rows: unknown[][] = [];
        for (let r = area.top; r <= area.bottom; r++) {
          const row: unknown[] = [];
          for (let c = area.left; c <= area.right; c++) row.push(sheet.formulas.get(key(r, c)) ?? officeValue(sheet.value(r, c)));
          rows.push(row);
        }
        out.formulas = rows;
      } else if (p === 'numberFormat') {
        b.read.add(sheet.name);
        const rows: unknown[][] = [];
        for (let r = area.top; r <= area.bottom; r++) {
          const row: unknown[] = [];
          for (let c = area.left; c <= area.right; c++) row.push(sheet.formats.get(key(r, c))?.numberFormat ?? 'General');
          rows.push(row);
        }
        out.numberFormat = rows;
      }
      else if (p === 'text') out.text = grid((v) => (v === null ? '' : isCellError(v) ? v.error : String(v)));
      else if (p === 'valueTypes') {
        out.valueTypes = grid((v) =>
          v === null ? 'Empty' : isCellError(v) ? 'Error' : typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String',
        );
      } else if (p === 'rowCount') out.rowCount = area.bottom - area.top + 1;
      else if (p === 'columnCount') out.columnCount = area.right - area.left + 1;
      else if (p === 'rowIndex') out.rowIndex = area.top;
      else if (p === 'columnIndex') out.columnIndex = area.left;
      else if (p === 'cellCount') out.cellCount = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    }
    return out;
  }

  get address(): string {
    return this._get('address');
  }

  get values(): unknown[][] {
    return this._get('values');
  }

  /** Only the template code may write values (allowValueWrites); a check never does. */
  set values(value: unknown[][]) {
    this.host.valueWrites++;
    const allowed = this.host.options.allowValueWrites;
    this._write(`values=${JSON.stringify(value)}`, (t, b) => {
      if (!allowed) {
        throw officeError('AccessDenied', `A cell value write reached the fake host (${rangeToA1(t.area)}): the gateway must never write values.`);
      }
      b.written.add(t.sheet.name);
      const h = t.area.bottom - t.area.top + 1;
      const w = t.area.right - t.area.left + 1;
      const single = !Array.isArray(value);
      for (let r = 0; r < h; r++) {
        for (let c = 0; c < w; c++) {
          const v = single ? value : value[r]?.[c];
          t.sheet.setValue(t.area.top + r, t.area.left + c, fromOfficeValue(v));
          t.sheet.formulas.delete(key(t.area.top + r, t.area.left + c));
        }
      }
    });
    this._loaded.set('values', value);
  }

  get formulas(): unknown[][] {
    return this._get('formulas');
  }

  /**
   * Like Office: "=…" is a formula (calculated after the sync), a leading ' keeps the rest as text, anything
   * else is a constant. A content write like `values`, so it needs allowValueWrites.
   */
  set formulas(value: unknown[][]) {
    this.host.valueWrites++;
    const allowed = this.host.options.allowValueWrites;
    this._write(`formulas=${JSON.stringify(value)}`, (t, b) => {
      if (!allowed) {
        throw officeError('AccessDenied', `A cell formula write reached the fake host (${rangeToA1(t.area)}): the gateway must never write values.`);
      }
      b.written.add(t.sheet.name);
      const h = t.area.bottom - t.area.top + 1;
      const w = t.area.right - t.area.left + 1;
      const single = !Array.isArray(value);
      if (!single && (value.length !== h || value.some((row) => !Array.isArray(row) || row.length !== w))) {
        throw officeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size of the range (${rangeToA1(t.area)}).`);
      }
      for (let r = 0; r < h; r++) {
        for (let c = 0; c < w; c++) {
          const v = single ? value : value[r][c];
          const k = key(t.area.top + r, t.area.left + c);
          if (typeof v === 'string' && v.startsWith('=') && v.length > 1) {
            t.sheet.formulas.set(k, v);
            t.sheet.setValue(t.area.top + r, t.area.left + c, null);
          } else {
            t.sheet.formulas.delete(k);
            const text = typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;
            t.sheet.setValue(t.area.top + r, t.area.left + c, fromOfficeValue(text));
          }
        }
      }
    });
  }

  get numberFormat(): unknown[][] {
    return this._get('numberFormat');
  }

  set numberFormat(value: unknown[][]) {
    this._write(`numberFormat=${JSON.stringify(value)}`, (t, b) => {
      b.written.add(t.sheet.name);
      const h = t.area.bottom - t.area.top + 1;
      const w = t.area.right - t.area.left + 1;
      const single = !Array.isArray(value);
      for (let r = 0; r < h; r++) {
        for (let c = 0; c < w; c++) {
          const v = String(single ? value : (value[r]?.[c] ?? 'General'));
          const k = key(t.area.top + r, t.area.left + c);
          if (v === 'General') {
            const f = t.sheet.formats.get(k);
            if (f) delete f.numberFormat;
          } else t.sheet.formatAt(k).numberFormat = v;
        }
      }
    });
  }

  /** ExcelApi 1.8. */
  get dataValidation(): FakeDataValidation {
    this.host._require('1.8', 'Range.dataValidation');
    return (this._validation ??= new FakeDataValidation(
      new FormatWriter(this.context, `${this._path}.dataValidation`, this._nav('dataValidation', (t) => ({ sheet: t.sheet, areas: [t.area] }))),
    ));
  }

  unmerge(): void {
    this._write('unmerge()', (t, b) => {
      b.written.add(t.sheet.name);
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.area));
    });
  }

  /** "All" | "Contents" | "Formats" (ExcelApi 1.1). Merges and data validation are left alone, as in Excel. */
  clear(applyTo = 'All'): void {
    this._write(`clear(${applyTo})`, (t, b) => {
      b.written.add(t.sheet.name);
      for (const k of cellsOf([t.area])) {
        if (applyTo === 'All' || applyTo === 'Contents') {
          t.sheet.values.delete(k);
          t.sheet.formulas.delete(k);
        }
        if (applyTo === 'All' || applyTo === 'Formats') {
          t.sheet.fills.delete(k);
          t.sheet.formats.delete(k);
        }
      }
    });
  }


  get valueTypes(): string[][] {
    return this._get('valueTypes');
  }

  get text(): string[][] {
    return this._get('text');
  }

  get rowCount(): number {
    return this._get('rowCount');
  }

  get columnCount(): number {
    return this._get('columnCount');
  }

  get rowIndex(): number {
    return this._get('rowIndex');
  }

  get columnIndex(): number {
    return this._get('columnIndex');
  }

  get format(): FakeRangeFormat {
    return (this._format ??= new FakeRangeFormat(
      this.context,
      `${this._path}.format`,
      this._nav('format', (t) => ({ sheet: t.sheet, areas: [t.area] })),
    ));
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.host._require('1.13', 'Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(
      this.context,
      `${this._path}.getMergedAreasOrNullObject()`,
      this._nav('getMergedAreasOrNullObject', (t, b) => {
        b.read.add(t.sheet.name);
        const topLeftOnly = this.host.options.mergedAreas.topLeftInRange;
        const inside = (m: MergeArea) =>
          m.top >= t.area.top && m.top <= t.area.bottom && m.left >= t.area.left && m.left <= t.area.right;
        const areas = t.sheet.merges.filter((m) => (topLeftOnly ? inside(m) : intersects(m, t.area)));
        return areas.length ? { sheet: t.sheet, areas } : null;
      }),
      0,
    );
  }

  getCellProperties(options: XCellPropertiesLoadOptions): FakeClientResult<XCellProperties[][]> {
    this.host._require('1.9', 'Range.getCellProperties');
    const r = new FakeClientResult<XCellProperties[][]>();
    this.context._enqueue(this, `getCellProperties(${JSON.stringify(options)})`, (b) => {
      const t = b.resolve(this);
      if (t === null) {
        if (!this.host.options.nullPropagation) throw officeError('InvalidArgument', `getCellProperties was called on a null object (${this._path})`);
        b.deliver(null, () => {
          r._value = null as unknown as XCellProperties[][];
          r._set = true;
        });
        return;
      }
      b.read.add(t.sheet.name);
      const want = options.format?.fill ?? {};
      const rows: XCellProperties[][] = [];
      for (let row = t.area.top; row <= t.area.bottom; row++) {
        const out: XCellProperties[] = [];
        for (let col = t.area.left; col <= t.area.right; col++) {
          const v = fillView(t.sheet.fills.get(key(row, col)));
          const cell: XCellProperties = {};
          if (options.address) cell.address = `${quoteSheet(t.sheet.name)}!${toA1({ row, col })}`;
          if (options.format?.fill) {
            const fill: Record<string, string> = {};
            if (want.color) fill.color = v.color;
            if (want.pattern) fill.pattern = v.pattern;
            if (want.patternColor) fill.patternColor = v.patternColor;
            cell.format = { fill };
          }
          out.push(cell);
        }
        rows.push(out);
      }
      b.deliver(rows, () => {
        r._value = rows;
        r._set = true;
      });
    });
    return r;
  }

  select(): void {
    this._write('select()', (t, b) => {
      if (!t.sheet.visible) throw officeError('InvalidOperation', 'This operation is not permitted for the current object.');
      b.host.workbook.activeSheetId = t.sheet.id;
      b.host.selection = { sheet: t.sheet.name, address: rangeToA1(t.area) };
      b.host.log.push(`select ${t.sheet.name}!${rangeToA1(t.area)}`);
    });
  }

  merge(across = false): void {
    this._write(`merge(${across})`, (t, b) => {
      b.written.add(t.sheet.name);
      const { top, left, bottom, right } = t.area;
      const areas = across
        ? Array.from({ length: bottom - top + 1 }, (_, i) => ({ top: top + i, left, bottom: top + i, right }))
        : [t.area];
      for (const a of areas) {
        t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, a));
        if (a.top === a.bottom && a.left === a.right) continue;
        t.sheet.merges.push(a);
        // Real Excel (office-js #6405, #6557): fills and borders set before the merge are lost. Merge first.
        for (const k of cellsOf([a])) {
          t.sheet.fills.delete(k);
          const f = t.sheet.formats.get(k);
          if (f?.borders) {
            const { borders: _lost, ...rest } = f;
            t.sheet.formats.set(k, rest);
          }
        }
      }
    });
  }
}

export class FakeRangeAreas extends Proxy<AreasTarget> {
  protected readonly _props: readonly string[] = ['address', 'areaCount', 'cellCount'];
  readonly format: FakeRangeFormat;

  constructor(ctx: FakeRequestContext, path: string, resolver: (b: Batch) => AreasTarget | null, readonly _argBytes: number) {
    super(ctx, path, resolver);
    this.format = new FakeRangeFormat(ctx, `${path}.format`, (b) => b.resolve(this));
  }

  protected get _entity(): string {
    return 'RangeAreas';
  }

  protected _read(t: AreasTarget, props: string[], b: Batch): Record<string, unknown> {
    b.read.add(t.sheet.name);
    const out: Record<string, unknown> = {};
    const quirks = this.host.options.mergedAreas;
    for (const p of props) {
      if (p === 'address') {
        const shown = t.areas.map((a) => (quirks.addressTopLeftOnly ? { top: a.top, left: a.left, bottom: a.top, right: a.left } : a));
        const full = shown.map((a) => `${quoteSheet(t.sheet.name)}!${rangeToA1(a)}`).join(', ');
        out.address = quirks.addressMaxLength !== undefined ? full.slice(0, quirks.addressMaxLength) : full;
      } else if (p === 'areaCount') out.areaCount = t.areas.length;
      else if (p === 'cellCount') out.cellCount = cellsOf(t.areas).length;
    }
    return out;
  }

  get address(): string {
    return this._get('address');
  }

  get areaCount(): number {
    return this._get('areaCount');
  }

  private _areas?: FakeRangeCollection;

  /** Each rectangle as a range: whole, whatever `address` shows. */
  get areas(): FakeRangeCollection {
    return (this._areas ??= new FakeRangeCollection(this.context, `${this._path}.areas`, (b) => b.resolve(this)));
  }
}

/** RangeAreas.areas: `load('items/address')` gives each area as a Range. */
export class FakeRangeCollection extends Proxy<AreasTarget> {
  protected readonly _props: readonly string[] = ['items'];
  private _items?: FakeRange[];

  protected get _entity(): string {
    return 'RangeCollection';
  }

  protected _read(): Record<string, unknown> {
    return {};
  }

  get items(): FakeRange[] {
    if (!this._items) throw notLoaded(this._entity, 'items');
    return this._items;
  }

  override load(propertyNames?: string | string[] | { select?: string }): this {
    const props = parseProps(propertyNames, ['items/address'])
      .map((p) => p.replace(/^items\/?/, ''))
      .filter(Boolean);
    this.context._enqueue(this, `load(items/${props.join(',')})`, (b) => {
      const t = b.resolve(this);
      if (t === null) {
        if (!this.host.options.nullPropagation) throw officeError('InvalidArgument', `areas was called on a null object (${this._path})`, this._path);
        b.deliver(null, () => {
          this._isNull = true;
          this._items = [];
        });
        return;
      }
      b.read.add(t.sheet.name);
      const items = t.areas.map((a, i) => new FakeRange(this.context, `${this._path}.items[${i}]`, () => ({ sheet: t.sheet, area: a })));
      const datas = t.areas.map((a) => {
        const d: Record<string, unknown> = {};
        for (const p of props) {
          if (p === 'address') d.address = `${quoteSheet(t.sheet.name)}!${rangeToA1(a)}`;
          else throw officeError('InvalidArgument', `Range in RangeAreas.areas: only address is modelled, not ${p}`);
        }
        return d;
      });
      b.deliver(datas, () => {
        this._isNull = false;
        items.forEach((r, i) => {
          r._isNull = false;
          for (const [k, v] of Object.entries(datas[i])) r._loaded.set(k, v);
        });
        this._items = items;
      });
    });
    return this;
  }
}

export class FakeNote extends Proxy<NoteTarget> {
  protected readonly _props: readonly string[] = ['content', 'authorName'];

  protected get _entity(): string {
    return 'Note';
  }

  protected _read(t: NoteTarget, props: string[], b: Batch): Record<string, unknown> {
    b.read.add(t.sheet.name);
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (p === 'content') out.content = t.sheet.notes.get(t.key) ?? '';
      else if (p === 'authorName') out.authorName = '用户';
    }
    return out;
  }

  get content(): string {
    return this._get('content');
  }

  set content(value: string) {
    this._write(`content=${JSON.stringify(value)}`, (t, b) => {
      if (!t.sheet.notes.has(t.key)) throw officeError('ItemNotFound', "The requested resource doesn't exist (note).");
      t.sheet.notes.set(t.key, String(value));
      b.written.add(t.sheet.name);
      b.noteWrites.push(t);
    });
    this._loaded.set('content', value);
  }

  delete(): void {
    this._write('delete()', (t, b) => {
      if (!t.sheet.notes.has(t.key)) throw officeError('ItemNotFound', "The requested resource doesn't exist (note).");
      t.sheet.notes.delete(t.key);
      b.written.add(t.sheet.name);
      b.noteWrites.push(t);
    });
  }

  getLocation(): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.getLocation()`,
      this._nav('getLocation', (t) => ({ sheet: t.sheet, area: { top: keyRow(t.key), left: keyCol(t.key), bottom: keyRow(t.key), right: keyCol(t.key) } })),
    );
  }
}

function noteKey(address: string): number {
  const a = areaOf(address);
  if (a.top !== a.bottom || a.left !== a.right) throw officeError('InvalidCellAddress', `Not a single cell: ${address}`);
  return key(a.top, a.left);
}

export class FakeNoteCollection extends Proxy<FakeSheet> {
  protected readonly _props: readonly string[] = ['items'];
  private _items?: FakeNote[];

  protected get _entity(): string {
    return 'NoteCollection';
  }

  protected _read(): Record<string, unknown> {
    return {};
  }

  get items(): FakeNote[] {
    if (!this._items) throw notLoaded(this._entity, 'items');
    return this._items;
  }

  override load(propertyNames?: string | string[] | { select?: string }): this {
    const props = parseProps(propertyNames, ['items/content'])
      .map((p) => p.replace(/^items\/?/, ''))
      .filter(Boolean);
    this.context._enqueue(this, `load(items/${props.join(',')})`, (b) => {
      const s = b.resolve(this);
      if (s === null) {
        b.deliver(null, () => {
          this._isNull = true;
          this._items = [];
        });
        return;
      }
      b.read.add(s.name);
      const keys = [...s.notes.keys()].sort((x, y) => x - y);
      const items = keys.map(
        (k) => new FakeNote(this.context, `${this._path}.getItem(${toA1({ row: keyRow(k), col: keyCol(k) })})`, () => ({ sheet: s, key: k })),
      );
      const datas = keys.map((k) => {
        const d: Record<string, unknown> = {};
        for (const p of props) {
          if (p === 'content') d.content = s.notes.get(k);
          else if (p === 'authorName') d.authorName = '用户';
          else throw officeError('InvalidArgument', `Note has no property ${p}`);
        }
        return d;
      });
      b.deliver(datas, () => {
        this._isNull = false;
        items.forEach((n, i) => {
          n._isNull = false;
          for (const [k, v] of Object.entries(datas[i])) n._loaded.set(k, v);
        });
        this._items = items;
      });
    });
    return this;
  }

  add(cellAddress: string, content: string): FakeNote {
    let made: NoteTarget | null = null;
    const note = new FakeNote(this.context, `${this._path}.add(${JSON.stringify(cellAddress)})`, () => {
      if (!made) throw officeError('InvalidObjectPath', 'The new note was used before its add() ran.');
      return made;
    });
    this._write(`add(${JSON.stringify(cellAddress)},${JSON.stringify(content)})`, (s, b) => {
      const k = noteKey(cellAddress);
      if (s.notes.has(k)) throw officeError('InvalidArgument', `The cell ${cellAddress} already has a note.`);
      s.notes.set(k, String(content));
      made = { sheet: s, key: k };
      b.written.add(s.name);
      b.noteWrites.push(made);
    });
    return note;
  }

  getItem(key: string): FakeNote {
    return new FakeNote(
      this.context,
      `${this._path}.getItem(${JSON.stringify(key)})`,
      this._nav('getItem', (s) => {
        const k = noteKey(key);
        if (!s.notes.has(k)) throw officeError('ItemNotFound', `The requested resource doesn't exist (note ${key}).`);
        return { sheet: s, key: k };
      }),
    );
  }

  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      this._nav('getItemOrNullObject', (s) => {
        const k = noteKey(key);
        return s.notes.has(k) ? { sheet: s, key: k } : null;
      }),
    );
  }

  getCount(): FakeClientResult<number> {
    const r = new FakeClientResult<number>();
    this.context._enqueue(this, `getCount()`, (b) => {
      const s = b.resolve(this);
      const n = s ? s.notes.size : 0;
      b.deliver(n, () => {
        r._value = n;
        r._set = true;
      });
    });
    return r;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Custom XML parts

export class FakeCustomXmlPartProxy extends Proxy<FakeCustomXmlPart> {
  protected readonly _props: readonly string[] = ['id', 'namespaceUri'];

  protected get _entity(): string {
    return 'CustomXmlPart';
  }

  protected _read(p: FakeCustomXmlPart, props: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const k of props) {
      if (k === 'id') out.id = p.id;
      else if (k === 'namespaceUri') out.namespaceUri = p.namespaceUri;
    }
    return out;
  }

  get id(): string {
    return this._get('id');
  }

  getXml(): FakeClientResult<string> {
    const r = new FakeClientResult<string>();
    this.context._enqueue(this, `getXml()`, (b) => {
      const t = b.resolve(this);
      const xml = t === null ? (null as unknown as string) : t.xml;
      b.deliver(xml, () => {
        r._value = xml;
        r._set = true;
      });
    });
    return r;
  }

  setXml(xml: string): void {
    this._write(`setXml(${JSON.stringify(xml)})`, (p) => {
      p.xml = xml;
    });
  }

  delete(): void {
    this._write('delete()', (p, b) => {
      const list = b.host.workbook.customXmlParts;
      list.splice(list.indexOf(p), 1);
    });
  }
}

export class FakeCustomXmlPartScopedCollection extends Proxy<string> {
  protected readonly _props: readonly string[] = ['items'];
  private _items?: FakeCustomXmlPartProxy[];

  protected get _entity(): string {
    return 'CustomXmlPartScopedCollection';
  }

  protected _read(): Record<string, unknown> {
    return {};
  }

  get items(): FakeCustomXmlPartProxy[] {
    if (!this._items) throw notLoaded(this._entity, 'items');
    return this._items;
  }

  override load(propertyNames?: string | string[] | { select?: string }): this {
    const props = parseProps(propertyNames, ['items/id'])
      .map((p) => p.replace(/^items\/?/, ''))
      .filter(Boolean);
    this.context._enqueue(this, `load(items)`, (b) => {
      const ns = b.resolve(this) as string;
      const parts = b.host.workbook.customXmlParts.filter((p) => p.namespaceUri === ns);
      const items = parts.map((p) => new FakeCustomXmlPartProxy(this.context, `${this._path}.getItem(${p.id})`, () => p));
      const datas = parts.map((p) => Object.fromEntries(props.map((k) => [k, k === 'id' ? p.id : p.namespaceUri])));
      b.deliver(datas, () => {
        items.forEach((it, i) => {
          it._isNull = false;
          for (const [k, v] of Object.entries(datas[i])) it._loaded.set(k, v);
        });
        this._items = items;
      });
    });
    return this;
  }

  getOnlyItemOrNullObject(): FakeCustomXmlPartProxy {
    return new FakeCustomXmlPartProxy(
      this.context,
      `${this._path}.getOnlyItemOrNullObject()`,
      this._nav('getOnlyItemOrNullObject', (ns, b) => {
        const parts = b.host.workbook.customXmlParts.filter((p) => p.namespaceUri === ns);
        return parts.length === 1 ? parts[0] : null;
      }),
    );
  }

  getCount(): FakeClientResult<number> {
    const r = new FakeClientResult<number>();
    this.context._enqueue(this, `getCount()`, (b) => {
      const ns = b.resolve(this) as string;
      const n = b.host.workbook.customXmlParts.filter((p) => p.namespaceUri === ns).length;
      b.deliver(n, () => {
        r._value = n;
        r._set = true;
      });
    });
    return r;
  }
}

export class FakeCustomXmlPartCollection {
  constructor(private readonly ctx: FakeRequestContext) {}

  add(xml: string): FakeCustomXmlPartProxy {
    let made: FakeCustomXmlPart | null = null;
    const proxy = new FakeCustomXmlPartProxy(this.ctx, 'workbook.customXmlParts.add(…)', () => {
      if (!made) throw officeError('InvalidObjectPath', 'The new part was used before its add() ran.');
      return made;
    });
    this.ctx._enqueue('workbook.customXmlParts', `add(${JSON.stringify(xml)})`, (b) => {
      if (!/^\s*(<\?xml[^>]*\?>\s*)?</.test(xml)) throw officeError('InvalidArgument', 'The XML is not well formed.');
      made = new FakeCustomXmlPart(b.host.workbook.newId('C0DE'), xml);
      b.host.workbook.customXmlParts.push(made);
    });
    return proxy;
  }

  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    return new FakeCustomXmlPartScopedCollection(this.ctx, `workbook.customXmlParts.getByNamespace(${JSON.stringify(namespaceUri)})`, () => namespaceUri);
  }

  getItemOrNullObject(id: string): FakeCustomXmlPartProxy {
    return new FakeCustomXmlPartProxy(
      this.ctx,
      `workbook.customXmlParts.getItemOrNullObject(${id})`,
      (b) => b.host.workbook.customXmlParts.find((p) => p.id === id) ?? null,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------
// The host

interface HandlerRegistration {
  scope: string;
  handler: (args: XWorksheetChangedEventArgs) => Promise<unknown>;
  active: boolean;
}

export class FakeSettings {
  private live: Record<string, unknown>;
  constructor(private readonly host: FakeExcelHost) {
    this.live = JSON.parse(JSON.stringify(host.workbook.savedSettings)) as Record<string, unknown>;
  }
  get(name: string): unknown {
    return name in this.live ? this.live[name] : null;
  }
  set(name: string, value: unknown): void {
    this.live[name] = JSON.parse(JSON.stringify(value));
  }
  remove(name: string): void {
    delete this.live[name];
  }
  saveAsync(callback?: (r: { status: string; error?: { message: string } }) => void): void {
    this.host.settingsSaves++;
    this.host.workbook.savedSettings = JSON.parse(JSON.stringify(this.live)) as Record<string, unknown>;
    if (callback) void Promise.resolve().then(() => callback({ status: "succeeded" }));
  }
}

export class FakeExcelHost {
  readonly options: Required<Omit<FakeHostOptions, 'payloadLimit'>> & { payloadLimit: number | null };
  workbook: FakeWorkbook;
  readonly syncs: SyncRecord[] = [];
  /** activate/select calls in the order they reached the host. */
  readonly log: string[] = [];
  selection: { sheet: string; address: string } | null = null;
  valueWrites = 0;
  settingsSaves = 0;
  runs = 0;
  readonly _handlers: HandlerRegistration[] = [];
  private cellEdit: { done: Promise<void>; end: () => void } | null = null;
  readonly settings: FakeSettings;

  readonly Excel: XExcel & {
    run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
    run<T>(options: XRunOptions, batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  };
  readonly Office: XOffice & {
    context: {
      requirements: { isSetSupported(name: string, minVersion?: string): boolean };
      document: { settings: FakeSettings };
      diagnostics: { platform: string; host: string; version: string };
    };
    onReady(cb?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
    HostType: { Excel: string };
  };

  constructor(json: FakeWorkbookJson, options: FakeHostOptions = {}) {
    this.options = {
      excelApi: options.excelApi ?? '1.18',
      unsupported: options.unsupported ?? [],
      payloadLimit: options.payloadLimit === undefined ? 5 * 1024 * 1024 : options.payloadLimit,
      nullPropagation: options.nullPropagation ?? true,
      allowValueWrites: options.allowValueWrites ?? false,
      eventsForAddinNoteWrites: options.eventsForAddinNoteWrites ?? false,
      platform: options.platform ?? 'OfficeOnline',
      mergedAreas: options.mergedAreas ?? {},
      valuesCellLimit: options.valuesCellLimit ?? 5_000_000,
    };
    this.workbook = FakeWorkbook.fromJson(json);
    this.settings = new FakeSettings(this);
    const run = <T,>(a: XRunOptions | ((c: FakeRequestContext) => Promise<T>), b?: (c: FakeRequestContext) => Promise<T>): Promise<T> => {
      const [opts, batch] = typeof a === 'function' ? [{}, a] : [a, b];
      if (!batch) return Promise.reject(officeError('InvalidArgument', 'Excel.run needs a batch function.'));
      return this._run(opts, batch);
    };
    this.Excel = { run } as FakeExcelHost['Excel'];
    const info = { host: 'Excel', platform: this.options.platform };
    this.Office = {
      context: {
        requirements: { isSetSupported: (name: string, minVersion?: string) => this.isSetSupported(name, minVersion) },
        document: { settings: this.settings },
        diagnostics: { platform: this.options.platform, host: 'Excel', version: '16.0' },
      },
      onReady: (cb) => {
        cb?.(info);
        return Promise.resolve(info);
      },
      HostType: { Excel: 'Excel' },
    };
  }

  static fromJson(json: FakeWorkbookJson, options?: FakeHostOptions): FakeExcelHost {
    return new FakeExcelHost(json, options);
  }

  isSetSupported(name: string, minVersion = '1.1'): boolean {
    if (name !== 'ExcelApi') return false;
    if (this.options.unsupported.includes(minVersion)) return false;
    return versionNumber(minVersion) <= versionNumber(this.options.excelApi);
  }

  /** Client side: a member above the host's requirement sets does not exist. */
  _require(version: string, member: string): void {
    if (!this.isSetSupported('ExcelApi', version)) {
      throw officeError('ApiNotFound', `${member} needs ExcelApi ${version}; this host supports ${this.options.excelApi}.`);
    }
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** Forgets the sync log (between the steps of a test). */
  resetCounters(): void {
    this.syncs.length = 0;
    this.log.length = 0;
    this.valueWrites = 0;
  }

  private async _run<T>(options: XRunOptions, batch: (c: FakeRequestContext) => Promise<T>): Promise<T> {
    if (this.cellEdit) {
      if (!options.delayForCellEdit) {
        throw officeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode. Please exit the edit mode and try again.');
      }
      await this.cellEdit.done;
    }
    this.runs++;
    const ctx = new FakeRequestContext(this);
    try {
      const result = await batch(ctx);
      await ctx.sync();
      return result;
    } finally {
      ctx._closed = true;
    }
  }

  /** One round trip: runs the queued actions in order. */
  async _execute(ctx: FakeRequestContext): Promise<void> {
    const actions = ctx._queue.splice(0);
    if (actions.length === 0) return;
    // A round trip is asynchronous in Office; let other work interleave as it would.
    await Promise.resolve();
    const record: SyncRecord = {
      index: this.syncs.length + 1,
      actions: actions.length,
      requestBytes: 0,
      responseBytes: 0,
      sheetsRead: [],
      sheetsWritten: [],
    };
    this.syncs.push(record);
    record.requestBytes = requestBytes(actions);
    const limit = this.options.payloadLimit;
    if (limit !== null && record.requestBytes > limit) {
      record.failed = 'RequestPayloadSizeLimitExceeded';
      throw officeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${record.requestBytes} > ${limit} bytes).`);
    }
    const b = new Batch(this);
    try {
      for (const a of actions) a.run(b);
    } catch (e) {
      record.failed = (e as FakeOfficeError).code ?? String(e);
      record.sheetsRead = [...b.read];
      record.sheetsWritten = [...b.written];
      throw e;
    }
    this.recalculate();
    record.responseBytes = b.responseBytes;
    record.sheetsRead = [...b.read];
    record.sheetsWritten = [...b.written];
    if (limit !== null && b.responseBytes > limit) {
      record.failed = 'ResponsePayloadSizeLimitExceeded';
      throw officeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${b.responseBytes} > ${limit} bytes).`);
    }
    for (const d of b.deliveries) d();
    if (this.options.eventsForAddinNoteWrites && b.noteWrites.length) {
      const trigger = this.isSetSupported('ExcelApi', '1.14') ? 'ThisLocalAddin' : undefined;
      for (const w of b.noteWrites) this._dispatch(w.sheet, toA1({ row: keyRow(w.key), col: keyCol(w.key) }), trigger);
    }
  }

  /** Calculates every formula of the workbook (a few passes, so references across sheets settle). */
  recalculate(): void {
    const wb = this.workbook;
    if (!wb.sheets.some((s) => s.formulas.size)) return;
    const book = {
      hasSheet: (name: string) => !!wb.sheetByName(name),
      cell: (name: string, row: number, col: number) => wb.sheetByName(name)?.value(row, col),
    };
    for (let pass = 0; pass < 10; pass++) {
      let changed = false;
      for (const s of wb.sheets) {
        for (const [k, f] of s.formulas) {
          const v = evaluateFormula(f, s.name, book);
          const old = s.value(keyRow(k), keyCol(k));
          if (JSON.stringify(old) !== JSON.stringify(v === '' ? null : v)) {
            s.setValue(keyRow(k), keyCol(k), v);
            changed = true;
          }
        }
      }
      if (!changed) return;
    }
  }

  private _dispatch(sheet: FakeSheet, address: string, triggerSource: string | undefined): void {
    const args: XWorksheetChangedEventArgs & { type: string; details: null } = {
      type: 'WorksheetChanged',
      worksheetId: sheet.id,
      address,
      changeType: 'RangeEdited',
      source: 'Local',
      triggerSource,
      details: null,
    };
    const targets = this._handlers.filter((h) => h.active && (h.scope === '*' || h.scope === sheet.id));
    for (const h of targets) {
      // Office raises events asynchronously, after the change.
      void Promise.resolve().then(() => h.handler(args));
    }
  }

  // ----- what a person does in Excel (no sync involved) -----

  readonly user = {
    /** Types a value into a cell, then leaves edit mode; raises onChanged. */
    setValue: (sheetName: string, address: string, value: CellValue): void => {
      const s = this.sheet(sheetName);
      const a = areaOf(address);
      s.setValue(a.top, a.left, value);
      s.formulas.delete(key(a.top, a.left));
      this.recalculate();
      this._dispatch(s, rangeToA1(a), this.isSetSupported('ExcelApi', '1.14') ? 'Unknown' : undefined);
    },
    setFill: (sheetName: string, address: string, fill: FakeFill | null): void => {
      const s = this.sheet(sheetName);
      const a = areaOf(address);
      for (const k of cellsOf([a])) {
        if (fill) s.fills.set(k, { color: normalizeColor(fill.color), pattern: fill.pattern, ...(fill.patternColor ? { patternColor: normalizeColor(fill.patternColor) } : {}) });
        else s.fills.delete(k);
      }
    },
    setNote: (sheetName: string, address: string, content: string | null): void => {
      const s = this.sheet(sheetName);
      const k = noteKey(address);
      if (content === null) s.notes.delete(k);
      else s.notes.set(k, content);
    },
    renameSheet: (from: string, to: string): void => {
      this.sheet(from).name = to;
    },
    activate: (sheetName: string): void => {
      this.workbook.activeSheetId = this.sheet(sheetName).id;
    },
    /** The user double-clicks a cell and types: runs without delayForCellEdit fail until endCellEdit(). */
    beginCellEdit: (): void => {
      if (this.cellEdit) return;
      let end!: () => void;
      const done = new Promise<void>((resolve) => {
        end = resolve;
      });
      this.cellEdit = { done, end };
    },
    endCellEdit: (): void => {
      const e = this.cellEdit;
      this.cellEdit = null;
      e?.end();
    },
  };

  get isEditingCell(): boolean {
    return this.cellEdit !== null;
  }

  // ----- inspection (no sync involved) -----

  sheet(name: string): FakeSheet {
    const s = this.workbook.sheetByName(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  sheetNames(): string[] {
    return this.workbook.sheets.map((s) => s.name);
  }

  value(sheetName: string, address: string): CellValue {
    const a = areaOf(address);
    return this.sheet(sheetName).value(a.top, a.left);
  }

  fill(sheetName: string, address: string): FakeFill | null {
    const a = areaOf(address);
    const f = this.sheet(sheetName).fills.get(key(a.top, a.left));
    return f ? { ...f } : null;
  }

  note(sheetName: string, address: string): string | null {
    return this.sheet(sheetName).notes.get(noteKey(address)) ?? null;
  }

  get activeSheet(): string {
    const wb = this.workbook;
    return ((wb.activeSheetId && wb.sheetById(wb.activeSheetId)) || wb.sheets[0]).name;
  }

  // ----- save, close, reopen -----

  /** The document as saved: values, merges, fills, notes, custom XML parts, saved settings. */
  serialize(): FakeWorkbookJson {
    return this.workbook.toJson();
  }

  /** Save, close and reopen: a new host on the saved document (unsaved settings are lost, as in Office). */
  reopen(options?: FakeHostOptions): FakeExcelHost {
    return new FakeExcelHost(JSON.parse(JSON.stringify(this.serialize())) as FakeWorkbookJson, { ...this.options, ...options });
  }
}

/** A host on core Grids (values and merges). */
export function hostFromGrids(grids: readonly import('../../src/core/grid').Grid[], options?: FakeHostOptions): FakeExcelHost {
  return new FakeExcelHost(
    {
      sheets: grids.map((g) => ({ name: g.name, rows: g.rows.map((r) => [...(r ?? [])]), merges: (g.merges ?? []).map(rangeToA1) })),
    },
    options,
  );
}
