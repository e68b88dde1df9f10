/**
 * An in-memory WPS 表格 host: the ET object model under `Application` as far as the WPS gateway and the
 * template code use it (src/wps/et-types.ts, et-template-types.ts), so the real gateway runs against it
 * unchanged — in Jest and in the browser (playground, e2e). No Node imports here.
 *
 * What it keeps of WPS, because the gateway's correctness depends on it:
 * - Synchronous calls; collections 1-based (`Worksheets.Item(1)`), by index or name.
 * - Every property read and method call on an ET object is counted (`calls`): in WPS each one crosses into
 *   the WPS process, so tests and the bench can see how many a check takes.
 * - Colours are BGR integers, patterns XlPattern numbers, alignments XlHAlign numbers; a range whose cells
 *   differ answers null (`Interior.Color`, `NumberFormat`), `MergeCells` answers true / false / null.
 * - `Value2` of one cell is a scalar, of more a 2-D array; an empty cell is undefined.
 * - Writing a cell value (`Value2`, `Formula`) throws and is counted (`valueWrites`) unless
 *   `allowValueWrites` (only the template code may).
 * - `AddComment` on a cell with a comment throws, as in WPS and Excel.
 * - `Workbook.CustomXMLParts` (SelectByNamespace, Item, Add, Delete) saved with the file; `reopen()`
 *   simulates save, close and open; features can be switched off to test the fallbacks.
 * - `ApiEvent.AddApiEventListener('SheetChange', …)`: raised by `user.setValue` (not by formatting).
 *
 * The document is the fake Excel host's (test/fake-excel/workbook.ts), so both hosts load the same seed
 * workbooks and tests read both documents the same way.
 */
import type { CellValue, MergeArea } from '../../src/core/grid';
import { parseRange, rangeToA1 } from '../../src/core/grid';
import { evaluateFormula } from '../fake-excel/formula';
import { FakeCustomXmlPart, FakeSheet, FakeWorkbook, key, keyCol, keyRow, normalizeColor, type FakeFill, type FakeWorkbookJson } from '../fake-excel/workbook';
import { FakeEtRange, WpsError } from './range';
import { FakeEtWorkbook } from './workbook';

export { WpsError };
export * from '../fake-excel/workbook';

export interface FakeWpsOptions {
  /** Workbook.CustomXMLParts works (default true); false: every access throws, as an old WPS might. */
  customXmlParts?: boolean;
  /** AddComment works (default true); false: it throws. */
  comments?: boolean;
  /** Range.MergeCells works (default true). */
  mergeCells?: boolean;
  /** Application.ApiEvent exists (default true). */
  apiEvent?: boolean;
  /** Cell contents may be written (template code only). Default false. */
  allowValueWrites?: boolean;
  /** The workbook's file name. */
  fileName?: string;
}

type SheetChangeHandler = (sheet: unknown, target: unknown) => void;

export class FakeWpsHost {
  readonly options: Required<FakeWpsOptions>;
  readonly workbook: FakeWorkbook;
  /** Cross-process calls: property reads, writes and method calls on ET objects. */
  calls = 0;
  valueWrites = 0;
  /** Sheets whose values were read (Value2 / Formula), anything read, and sheets written, since resetCounters(). */
  readonly valuesRead = new Set<string>();
  readonly read = new Set<string>();
  readonly written = new Set<string>();
  selection: { sheet: string; address: string } | null = null;
  readonly handlers: SheetChangeHandler[] = [];
  readonly taskPanes: { ID: number; url: string; title?: string; Visible: boolean }[] = [];
  /** Application.PluginStorage: shared by the add-in's pages while WPS runs. */
  readonly pluginStorage = new Map<string, string>();
  /** Whether a workbook is open (Application.ActiveWorkbook). */
  open = true;
  /** `window.Application` of an add-in page. */
  readonly Application: Record<string, unknown>;

  constructor(json: FakeWorkbookJson, options: FakeWpsOptions = {}) {
    this.options = {
      customXmlParts: options.customXmlParts ?? true,
      comments: options.comments ?? true,
      mergeCells: options.mergeCells ?? true,
      apiEvent: options.apiEvent ?? true,
      allowValueWrites: options.allowValueWrites ?? false,
      fileName: options.fileName ?? '绩效目标表.xlsx',
    };
    this.workbook = FakeWorkbook.fromJson(json);
    this.recalculate();
    this.Application = this.counted(makeApplication(this));
  }

  /** A proxy counting every capitalised member access (ET's names) as one cross-process call. */
  counted<T extends object>(target: T): T {
    return new Proxy(target, {
      get: (t, prop, receiver) => {
        if (typeof prop === 'string' && /^[A-Z]/.test(prop)) this.calls++;
        const v = Reflect.get(t, prop, receiver) as unknown;
        return typeof v === 'function' && typeof prop === 'string' && /^[A-Z]/.test(prop) ? (v as (...a: unknown[]) => unknown).bind(t) : v;
      },
      set: (t, prop, value) => {
        if (typeof prop === 'string' && /^[A-Z]/.test(prop)) this.calls++;
        return Reflect.set(t, prop, value);
      },
    });
  }

  range(sheet: FakeSheet, areas: MergeArea[]): FakeEtRange {
    return this.counted(new FakeEtRange(this, sheet, areas));
  }

  /** "A1", "A1:B2", "A1,B7:C9" (no sheet names: ranges of one sheet). */
  rangeOf(sheet: FakeSheet, address: string): FakeEtRange {
    const areas = address.split(',').map((a) => {
      const area = parseRange(a.trim().replace(/\$/g, ''));
      if (!area) throw new WpsError(`Range: not an address: ${address}`);
      return area;
    });
    if (address.length > 255) throw new WpsError('Range: an address is limited to 255 characters');
    return this.range(sheet, areas);
  }

  touch(sheet: FakeSheet, kind: 'read' | 'values' | 'write'): void {
    if (kind === 'values') this.valuesRead.add(sheet.name);
    if (kind !== 'write') this.read.add(sheet.name);
    if (kind === 'write') this.written.add(sheet.name);
  }

  /** Value2 / Formula writes: only the template code, and only with allowValueWrites. */
  contentWrite(r: FakeEtRange, value: unknown, formulas: boolean): void {
    this.valueWrites++;
    if (!this.options.allowValueWrites) {
      throw new WpsError(`A cell value write reached the fake WPS host (${r.areas.map(rangeToA1).join(',')}): the gateway must never write values.`);
    }
    this.touch(r.sheet, 'write');
    const a = r.first;
    const h = a.bottom - a.top + 1;
    const w = a.right - a.left + 1;
    const single = !Array.isArray(value);
    if (!single && ((value as unknown[]).length !== h || (value as unknown[][]).some((row) => !Array.isArray(row) || row.length !== w))) {
      throw new WpsError(`The array does not match the size of the range (${rangeToA1(a)}).`);
    }
    for (let i = 0; i < h; i++) {
      for (let j = 0; j < w; j++) {
        const v = single ? value : (value as unknown[][])[i][j];
        const k = key(a.top + i, a.left + j);
        if (formulas && typeof v === 'string' && v.startsWith('=') && v.length > 1) {
          r.sheet.formulas.set(k, v);
          r.sheet.setValue(a.top + i, a.left + j, null);
        } else {
          r.sheet.formulas.delete(k);
          const text = typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;
          r.sheet.setValue(a.top + i, a.left + j, text === undefined || text === '' ? null : (text as CellValue));
        }
      }
    }
    this.recalculate();
  }

  /** Calculates every formula (a few passes, so references across sheets settle). */
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
          if (JSON.stringify(s.value(keyRow(k), keyCol(k))) !== JSON.stringify(v === '' ? null : v)) {
            s.setValue(keyRow(k), keyCol(k), v);
            changed = true;
          }
        }
      }
      if (!changed) return;
    }
  }

  resetCounters(): void {
    this.calls = 0;
    this.valueWrites = 0;
    this.valuesRead.clear();
    this.read.clear();
    this.written.clear();
  }

  // ----- what a person does in WPS -----

  readonly user = {
    /** Types a value into a cell; raises SheetChange (asynchronously, as WPS does after the edit). */
    setValue: (sheetName: string, address: string, value: CellValue): void => {
      const s = this.sheet(sheetName);
      const a = parseRange(address) as MergeArea;
      s.setValue(a.top, a.left, value);
      s.formulas.delete(key(a.top, a.left));
      this.recalculate();
      const sheet = this.counted(this.sheetObject(s));
      const target = this.range(s, [a]);
      for (const h of [...this.handlers]) setTimeout(() => h(sheet, target), 0);
    },
    setFill: (sheetName: string, address: string, fill: FakeFill | null): void => {
      const s = this.sheet(sheetName);
      const a = parseRange(address) as MergeArea;
      for (let r = a.top; r <= a.bottom; r++) {
        for (let c = a.left; c <= a.right; c++) {
          if (fill) s.fills.set(key(r, c), { color: normalizeColor(fill.color), pattern: fill.pattern, ...(fill.patternColor ? { patternColor: normalizeColor(fill.patternColor) } : {}) });
          else s.fills.delete(key(r, c));
        }
      }
    },
    setNote: (sheetName: string, address: string, content: string | null): void => {
      const s = this.sheet(sheetName);
      const a = parseRange(address) as MergeArea;
      if (content === null) s.notes.delete(key(a.top, a.left));
      else s.notes.set(key(a.top, a.left), content);
    },
    renameSheet: (from: string, to: string): void => {
      this.sheet(from).name = to;
    },
    activate: (sheetName: string): void => {
      this.workbook.activeSheetId = this.sheet(sheetName).id;
    },
  };

  /** The worksheet object of a document sheet (for events). */
  sheetObject(s: FakeSheet): object {
    return new FakeEtWorkbook(this).sheetObject(s);
  }

  // ----- inspection -----

  sheet(name: string): FakeSheet {
    const s = this.workbook.sheetByName(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  sheetNames(): string[] {
    return this.workbook.sheets.map((s) => s.name);
  }

  value(sheetName: string, address: string): CellValue {
    const a = parseRange(address) as MergeArea;
    return this.sheet(sheetName).value(a.top, a.left);
  }

  get activeSheet(): string {
    const wb = this.workbook;
    return ((wb.activeSheetId && wb.sheetById(wb.activeSheetId)) || wb.sheets[0]).name;
  }

  customXmlParts(): FakeCustomXmlPart[] {
    return this.workbook.customXmlParts;
  }

  // ----- save, close, reopen -----

  serialize(): FakeWorkbookJson {
    return this.workbook.toJson();
  }

  reopen(options?: FakeWpsOptions): FakeWpsHost {
    return new FakeWpsHost(JSON.parse(JSON.stringify(this.serialize())) as FakeWorkbookJson, { ...this.options, ...options });
  }
}

/** `window.Application`: the add-in root (events, task panes) merged with Et.Application. */
function makeApplication(host: FakeWpsHost): Record<string, unknown> {
  const wb = new FakeEtWorkbook(host);
  const apiEvent = {
    AddApiEventListener(name: string, cb: SheetChangeHandler) {
      if (name === 'SheetChange') host.handlers.push(cb);
    },
    RemoveApiEventListener(name: string, cb?: SheetChangeHandler) {
      if (name !== 'SheetChange') return;
      for (let i = host.handlers.length - 1; i >= 0; i--) if (!cb || host.handlers[i] === cb) host.handlers.splice(i, 1);
    },
  };
  const pluginStorage = {
    getItem: (k: string) => host.pluginStorage.get(k) ?? null,
    setItem: (k: string, v: string) => void host.pluginStorage.set(k, String(v)),
    removeItem: (k: string) => void host.pluginStorage.delete(k),
  };
  const app = {
    get PluginStorage() {
      return host.counted(pluginStorage);
    },
    get ActiveWorkbook() {
      return host.open ? host.counted(wb) : null;
    },
    Union(...ranges: FakeEtRange[]) {
      const sheet = ranges[0]?.sheet;
      if (!sheet || ranges.some((r) => r.sheet !== sheet)) throw new WpsError('Union: ranges of one sheet only');
      return host.range(sheet, ranges.flatMap((r) => r.areas));
    },
    get ApiEvent() {
      return host.options.apiEvent ? host.counted(apiEvent) : undefined;
    },
    CreateTaskPane(url: string, title?: string) {
      const pane = { ID: host.taskPanes.length + 1, url, title, Visible: false, Navigate: (u: string) => (pane.url = u) };
      host.taskPanes.push(pane);
      return host.counted(pane);
    },
    GetTaskPane(id: number) {
      const pane = host.taskPanes.find((p) => p.ID === id);
      if (!pane) throw new WpsError(`GetTaskPane: no task pane ${id}`);
      return host.counted(pane);
    },
  };
  return app;
}
