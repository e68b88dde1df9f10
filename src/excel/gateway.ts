/**
 * The WorkbookGateway over Office.js. `createGateway(Excel, Office)` in production (see ./office.ts);
 * tests and the playground pass the fake host's `Excel` and `Office` (test/fake-excel/host.ts).
 *
 * Sync budget (asserted in test/excel/): check-all = 1 read + 1 write; re-check of one sheet = 1 + 1;
 * 清除标记 = 1 + 1 after a check in the same session (2 + 1 otherwise). One more read only where Office
 * cannot tell in one round trip: the position of notes a person wrote on a sheet we are about to mark,
 * fills below ExcelApi 1.9, a workbook past the 5 MB payload limit (then batches, never one per sheet).
 *
 * Every run passes `delayForCellEdit`, so a person typing in a cell is never interrupted: Excel waits.
 */
import type { CheckOptions, WorkbookResult } from '../core/check';
import { checkWorkbook as coreCheckWorkbook } from '../core/check';
import { toA1, type Grid } from '../core/grid';
import type { Capabilities, CheckOutcome, CheckSettings, ClearOutcome, SheetChangeListener, WorkbookGateway } from './api';
import {
  MARKS_SETTING,
  addressChunks,
  cellsToKnow,
  cloneState,
  isNoFill,
  marksFromFindings,
  planSheet,
  stateCellCount,
  stateToXml,
  type CellMark,
  type MarkEntry,
  type MarkState,
  type SheetPlan,
} from './marks';
import {
  EXCEL_TOO_OLD,
  MERGES_UNSUPPORTED,
  NOTES_FAILED,
  NOTES_LEFT,
  NOTES_UNSUPPORTED,
  OLD_FILLS,
  SETTINGS_SAVE_FAILED,
  SETTINGS_STORAGE,
  chunkedRead,
  keptUserChanges,
  liveCheckFailed,
} from './notices';
import type { XEventHandlerResult, XExcel, XOffice, XRangeFill, XRequestContext, XWorksheet, XWorksheetChangedEventArgs } from './office-types';
import {
  collectCells,
  collectState,
  fillAt,
  fillIn,
  hintFrom,
  noteAt,
  queueCells,
  queueState,
  queueStateTexts,
  readOneSheet,
  readWorkbook,
  areaOfAddress,
  type CellsQueue,
  type HostFeatures,
  type ReadContext,
  type ReadHint,
  type SheetData,
  type StateRead,
} from './read';

export interface GatewayOptions {
  /** The checker; tests may inject one. Default: the core's checkWorkbook. */
  check?: (grids: readonly Grid[], options: CheckOptions) => WorkbookResult;
  /** Quiet time after the last edit before a live re-check (ms). Default 800. */
  debounceMs?: number;
  /** Bytes one sync may carry. Default 3.5 MB (Excel on the web fails past 5 MB). */
  payloadBudget?: number;
  /** Errors of the live re-check registration and of listeners (default: console.error). */
  onError?: (e: unknown) => void;
}

/** An error with an Office-style code, so the pane can say what to do. */
export class GatewayError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

/** A write failed after queuing notes: the caller retries without notes. */
class NoteWriteError extends Error {
  constructor(readonly original: unknown) {
    super(`note write failed: ${original instanceof Error ? original.message : String(original)}`);
  }
}

/** The gateway, plus what tests and the bench want to look at. */
export interface OfficeWorkbookGateway extends WorkbookGateway {
  /** What the host supports, in detail. */
  readonly features: HostFeatures;
  /** How many syncs the last operation took (also in its outcome). */
  lastSyncs(): number;
}

interface Written {
  at: number;
  cells: Map<string, Set<string>>;
}

export function detectFeatures(office: XOffice): { caps: Capabilities; features: HostFeatures } {
  const has = (v: string) => {
    try {
      return !!office.context.requirements.isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  const features: HostFeatures = {
    chain: has('1.5'),
    customXmlParts: has('1.5'),
    api19: has('1.9'),
    mergedAreas: has('1.13'),
    notes: has('1.18'),
    triggerSource: has('1.14'),
  };
  const caps: Capabilities = {
    excelApi17: has('1.7'),
    rangeAreas: features.api19,
    notes: features.notes,
    storage: features.customXmlParts ? 'customXmlParts' : 'settings',
  };
  return { caps, features };
}

export function createGateway(excel: XExcel, office: XOffice, options: GatewayOptions = {}): OfficeWorkbookGateway {
  const { caps, features } = detectFeatures(office);
  const check = options.check ?? coreCheckWorkbook;
  const debounceMs = options.debounceMs ?? 800;
  const budget = options.payloadBudget ?? 3.5 * 1024 * 1024;
  const onError = options.onError ?? ((e: unknown) => console.error('[jixiao]', e));

  // What the last operation learnt: the next read plans with it; re-check reuses the other sheets' grids.
  let hint: ReadHint | null = null;
  let grids: Grid[] | null = null;
  const idToName = new Map<string, string>();
  let lastSyncs = 0;
  // A host that refuses calls on null objects (the walk past the last sheet) makes us read names first.
  let strict = false;

  // Live re-check.
  const listeners = new Set<SheetChangeListener>();
  let registration: Promise<void> | null = null;
  let registrationError: string | null = null;
  // Change events our own writes may raise are recognised by these cells, during and 2 s after the sync.
  let lastWrite: Written | null = null;
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  function requireExcel(): void {
    if (!caps.excelApi17) throw new GatewayError('ApiNotFound', EXCEL_TOO_OLD);
  }

  async function run<T>(body: (rc: ReadContext, syncs: () => number) => Promise<T>): Promise<T> {
    requireExcel();
    let count = 0;
    try {
      return await excel.run({ delayForCellEdit: true }, async (ctx: XRequestContext) => {
        const rc: ReadContext = {
          ctx,
          office,
          features,
          budget,
          sync: async () => {
            count++;
            await ctx.sync();
          },
          strict,
          becomeStrict: () => {
            strict = true;
            rc.strict = true;
          },
        };
        return body(rc, () => count);
      });
    } finally {
      lastSyncs = count;
    }
  }

  function baseNotices(settings: CheckSettings | null): string[] {
    const out: string[] = [];
    if (settings?.writeNotes && !features.notes) out.push(NOTES_UNSUPPORTED);
    if (!features.mergedAreas) out.push(MERGES_UNSUPPORTED);
    if (!features.api19) out.push(OLD_FILLS);
    if (!features.customXmlParts) out.push(SETTINGS_STORAGE);
    if (registrationError) out.push(liveCheckFailed(registrationError));
    return out;
  }

  /** State entries of renamed sheets move to the new name (by worksheet id); deleted sheets are dropped when `all`. */
  function followRenames(state: MarkState, sheets: readonly { name: string; id: string }[], all: boolean): MarkState {
    const byName = new Map(sheets.map((s) => [s.name, s]));
    const byId = new Map(sheets.map((s) => [s.id, s]));
    const out: MarkState = new Map();
    for (const [name, s] of state) {
      if (byName.has(name)) {
        out.set(name, { id: byName.get(name)?.id ?? s.id, cells: s.cells });
        continue;
      }
      const renamed = s.id ? byId.get(s.id) : undefined;
      if (renamed && !state.has(renamed.name)) out.set(renamed.name, { id: renamed.id, cells: s.cells });
      else if (!all) out.set(name, s);
    }
    return out;
  }

  /** Asks the one extra read (if any) and plans the given sheets. */
  async function planSheets(
    rc: ReadContext,
    sheets: readonly SheetData[],
    state: MarkState,
    marks: Map<string, Map<string, CellMark>>,
    writeNotes: boolean,
  ): Promise<Map<SheetData, SheetPlan>> {
    const notesOn = writeNotes && features.notes;
    const needs = sheets.map((sheet) => {
      const prev = state.get(sheet.name)?.cells;
      const m = marks.get(sheet.name);
      const fillCells = cellsToKnow(prev, m);
      const noteCells = features.notes
        ? fillCells.filter((c) => (prev?.get(c)?.ourNote ?? null) !== null || (notesOn && !!m?.has(c)))
        : [];
      return { sheet, fillCells, noteCells };
    });
    await fillIn(rc, needs);
    const plans = new Map<SheetData, SheetPlan>();
    for (const sheet of sheets) {
      const plan = planSheet(
        state.get(sheet.name)?.cells,
        marks.get(sheet.name),
        (cell) => ({ fill: fillAt(sheet.fills, cell), note: sheet.notes ? noteAt(sheet.notes, cell) : undefined }),
        { writeNotes: notesOn, notesSupported: features.notes },
      );
      plans.set(sheet, plan);
    }
    return plans;
  }

  /** Writes the state, then the restores, then the marks; one sync unless the request would pass the budget. */
  async function write(rc: ReadContext, plans: Map<SheetData, SheetPlan>, stored: StateRead, next: MarkState, notices: string[]): Promise<void> {
    const xml = stateToXml(next);
    const empty = stateCellCount(next) === 0;
    const written: Written = { at: Number.POSITIVE_INFINITY, cells: new Map() };
    lastWrite = written;
    let pendingBytes = 0;
    const op = async (bytes: number, queue: () => void) => {
      if (pendingBytes > 0 && pendingBytes + bytes > rc.budget) {
        await rc.sync();
        pendingBytes = 0;
      }
      queue();
      pendingBytes += bytes;
    };

    // 1. Remember first: if a later action fails, what we must restore is already in the workbook.
    if (stored.storage === 'customXmlParts') {
      const unchanged = stored.parts.length === 1 && !empty && stateToXml(stored.state) === xml;
      if (empty && stored.parts.length) {
        await op(100 * stored.parts.length, () => {
          for (const p of stored.parts) p.delete();
        });
      } else if (!empty && !unchanged) {
        await op(xml.length * 3 + 100, () => {
          if (stored.parts.length) {
            stored.parts[0].setXml(xml);
            for (const p of stored.parts.slice(1)) p.delete();
          } else rc.ctx.workbook.customXmlParts.add(xml);
        });
      }
    } else {
      const settings = office.context.document?.settings;
      const before = stored.state.size ? stateToXml(stored.state) : null;
      if (!settings) notices.push(SETTINGS_SAVE_FAILED);
      else if ((empty ? null : xml) !== before) {
        if (empty) settings.remove(MARKS_SETTING);
        else settings.set(MARKS_SETTING, xml);
        const ok = await new Promise<boolean>((resolve) => {
          try {
            settings.saveAsync((r) => resolve(r.status === 'succeeded' || r.status === 0));
          } catch {
            resolve(false);
          }
        });
        if (!ok) notices.push(SETTINGS_SAVE_FAILED);
      }
    }

    const targets = (ws: XWorksheet, list: string[]): { bytes: number; fills: () => XRangeFill[] } => {
      if (features.api19) {
        const chunks = addressChunks(list);
        return { bytes: chunks.reduce((n, c) => n + c.length + 120, 0), fills: () => chunks.map((a) => ws.getRanges(a).format.fill) };
      }
      return { bytes: list.length * 140, fills: () => list.map((c) => ws.getRange(c).format.fill) };
    };

    let noteOps = 0;
    for (const [sheet, plan] of plans) {
      const ws = rc.ctx.workbook.worksheets.getItem(sheet.id);
      const touched = new Set<string>();
      written.cells.set(sheet.name, touched);
      // 2. Restore what is no longer marked.
      for (const { fill, cells } of plan.restoreFills.values()) {
        cells.forEach((c) => touched.add(c));
        const t = targets(ws, cells);
        await op(t.bytes, () => {
          for (const f of t.fills()) {
            if (isNoFill(fill)) f.clear();
            else {
              f.color = fill.color ?? '#FFFFFF';
              if (features.api19 && fill.pattern && fill.pattern !== 'Solid') {
                f.pattern = fill.pattern;
                if (fill.patternColor) f.patternColor = fill.patternColor;
              }
            }
          }
        });
      }
      // 3. Mark, one request per colour.
      for (const [color, cells] of plan.markFills) {
        cells.forEach((c) => touched.add(c));
        const t = targets(ws, cells);
        await op(t.bytes, () => {
          for (const f of t.fills()) f.color = color;
        });
      }
      if (plan.solidify.length && features.api19) {
        plan.solidify.forEach((c) => touched.add(c));
        const t = targets(ws, plan.solidify);
        await op(t.bytes, () => {
          for (const f of t.fills()) f.pattern = 'Solid';
        });
      }
      // 4. Notes.
      for (const n of plan.notes) {
        touched.add(n.cell);
        noteOps++;
        await op((n.content?.length ?? 0) * 3 + 160, () => {
          if (n.op === 'add') ws.notes.add(n.cell, n.content ?? '');
          else if (n.op === 'set') ws.notes.getItemOrNullObject(n.cell).content = n.content ?? '';
          else ws.notes.getItemOrNullObject(n.cell).delete();
        });
      }
    }
    if (pendingBytes === 0) return;
    try {
      await rc.sync();
    } catch (e) {
      if (noteOps > 0) throw new NoteWriteError(e);
      throw e;
    } finally {
      written.at = Date.now();
    }
  }

  function remember(sheets: readonly SheetData[], next: MarkState, all: boolean): void {
    for (const s of sheets) idToName.set(s.id, s.name);
    if (all) {
      hint = hintFrom(sheets, cloneState(next));
      grids = sheets.map((s) => s.grid);
    } else {
      const prevSheets = hint?.sheets ?? [];
      const fresh = new Map(sheets.map((s) => [s.name, s]));
      const merged = prevSheets.map((p) => {
        const f = fresh.get(p.name);
        return f ? { name: f.name, id: f.id, bytes: f.bytes } : p;
      });
      for (const s of sheets) if (!prevSheets.some((p) => p.name === s.name)) merged.push({ name: s.name, id: s.id, bytes: s.bytes });
      hint = { sheets: merged, state: cloneState(next) };
      if (grids) {
        const known = new Set(grids.map((g) => g.name));
        grids = [...grids.map((g) => fresh.get(g.name)?.grid ?? g), ...sheets.filter((s) => !known.has(s.name)).map((s) => s.grid)];
      }
    }
  }

  async function checkAll(settings: CheckSettings, writeNotes: boolean, extraNotices: string[]): Promise<CheckOutcome> {
    return run(async (rc, syncs) => {
      const notices = [...baseNotices(settings), ...extraNotices];
      const read = await readWorkbook(rc, hint);
      if (read.batches > 1) notices.push(chunkedRead(read.batches));
      const state = followRenames(read.state.state, read.sheets, true);
      const sheetGrids = read.sheets.map((s) => s.grid);
      const result = check(sheetGrids, { profile: settings.profile });
      const marks = marksFromFindings(result.sheets.flatMap((s) => s.findings));
      const plans = await planSheets(rc, read.sheets, state, marks, writeNotes);
      const next: MarkState = new Map();
      let marked = 0;
      let kept = 0;
      for (const [sheet, plan] of plans) {
        if (plan.next.size) next.set(sheet.name, { id: sheet.id, cells: plan.next });
        marked += plan.marked;
        kept += plan.keptUserChanges;
      }
      if (kept) notices.push(keptUserChanges(kept));
      await write(rc, plans, read.state, next, notices);
      remember(read.sheets, next, true);
      return { result, marked, syncs: syncs(), notices };
    });
  }

  async function withNoteRetry<T>(settings: CheckSettings, body: (writeNotes: boolean, extra: string[]) => Promise<T>): Promise<T> {
    try {
      return await body(settings.writeNotes, []);
    } catch (e) {
      if (!(e instanceof NoteWriteError)) throw e;
      // Some cell refused a note (a threaded comment, a protected sheet…): mark with colour only.
      return body(false, [NOTES_FAILED]);
    }
  }

  const gateway: OfficeWorkbookGateway = {
    features,

    lastSyncs: () => lastSyncs,

    capabilities: () => ({ ...caps }),

    checkWorkbook(settings: CheckSettings): Promise<CheckOutcome> {
      return withNoteRetry(settings, (writeNotes, extra) => checkAll(settings, writeNotes, extra));
    },

    recheckSheet(sheetName: string, settings: CheckSettings): Promise<CheckOutcome> {
      if (!grids || !hint) return gateway.checkWorkbook(settings);
      return withNoteRetry(settings, (writeNotes, extra) =>
        run(async (rc, syncs) => {
          const notices = [...baseNotices(settings), ...extra];
          const read = await readOneSheet(rc, sheetName, hint);
          if (!read.sheet) throw new GatewayError('ItemNotFound', `找不到工作表“${sheetName}”，它可能已被重命名或删除。`);
          const sheet = read.sheet;
          if (read.batches > 1) notices.push(chunkedRead(read.batches));
          const state = followRenames(read.state.state, [sheet], false);
          const others = (grids ?? []).filter((g) => g.name !== sheet.name);
          const order = hint?.sheets.map((s) => s.name) ?? [];
          const all = [...others, sheet.grid].sort((a, b) => {
            const ia = order.indexOf(a.name);
            const ib = order.indexOf(b.name);
            return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib);
          });
          const full = check(all, { profile: settings.profile });
          const own = full.sheets.filter((s) => s.name === sheet.name);
          const marks = marksFromFindings(own.flatMap((s) => s.findings));
          const plans = await planSheets(rc, [sheet], state, marks, writeNotes);
          const plan = plans.get(sheet) as SheetPlan;
          const next = cloneState(state);
          if (plan.next.size) next.set(sheet.name, { id: sheet.id, cells: plan.next });
          else next.delete(sheet.name);
          if (plan.keptUserChanges) notices.push(keptUserChanges(plan.keptUserChanges));
          await write(rc, plans, read.state, next, notices);
          remember([sheet], next, false);
          return { result: { model: full.model, sheets: own }, marked: plan.marked, syncs: syncs(), notices };
        }),
      );
    },

    clearMarks(): Promise<ClearOutcome> {
      return run(async (rc, syncs) => {
        const notices: string[] = [];
        const coll = rc.ctx.workbook.worksheets;
        coll.load('items/name,id');
        // Read, with what we remember, the cells we marked; and the state as the workbook has it.
        const queued = new Map<string, CellsQueue>();
        const queueFor = (name: string, entries: Iterable<MarkEntry>) => {
          const list = [...entries];
          const q = queueCells(
            rc,
            rc.ctx.workbook.worksheets.getItemOrNullObject(name),
            list.map((e) => e.cell),
            list.filter((e) => e.ourNote !== null).map((e) => e.cell),
          );
          queued.set(name, q);
        };
        const sp = queueState(rc);
        if (!rc.strict) for (const [name, s] of hint?.state ?? []) queueFor(name, s.cells.values());
        await rc.sync();
        const sheetsNow = coll.items.map((w) => ({ name: w.name, id: w.id }));
        if (rc.strict) {
          // Nothing on an object that may be null: the part texts and the cells of sheets that exist.
          queueStateTexts(sp);
          for (const [name, s] of hint?.state ?? []) if (sheetsNow.some((w) => w.name === name)) queueFor(name, s.cells.values());
          await rc.sync();
        }
        const stored = await collectState(rc, sp);
        const state = followRenames(stored.state, sheetsNow, true);
        // What the hint did not cover (another session marked, or a sheet was renamed): one more read.
        const covered = (name: string): boolean => {
          const q = queued.get(name);
          const s = state.get(name);
          if (!q || !s) return false;
          const cellSet = new Set(q.cells);
          const noteSet = new Set(q.noteCells);
          for (const e of s.cells.values()) {
            if (!cellSet.has(e.cell)) return false;
            if (e.ourNote !== null && !noteSet.has(e.cell)) return false;
          }
          return true;
        };
        const missing = [...state.keys()].filter((n) => !covered(n));
        if (missing.length) {
          for (const n of missing) queueFor(n, state.get(n)?.cells.values() ?? []);
          await rc.sync();
        }
        const sheets: SheetData[] = [];
        [...state.keys()].forEach((name, i) => {
          const q = queued.get(name);
          const d = q ? collectCells(rc, q, i) : null;
          if (d) sheets.push(d);
        });
        const plans = new Map<SheetData, SheetPlan>();
        let restored = 0;
        let kept = 0;
        let notesLeft = false;
        for (const sheet of sheets) {
          const prev = state.get(sheet.name)?.cells;
          if (!features.notes && [...(prev?.values() ?? [])].some((e) => e.ourNote !== null)) notesLeft = true;
          const plan = planSheet(
            prev,
            undefined,
            (cell) => ({ fill: fillAt(sheet.fills, cell), note: sheet.notes ? noteAt(sheet.notes, cell) : undefined }),
            { writeNotes: false, notesSupported: features.notes },
          );
          plans.set(sheet, plan);
          restored += plan.cleared - plan.keptUserChanges;
          kept += plan.keptUserChanges;
        }
        if (kept) notices.push(keptUserChanges(kept));
        if (notesLeft) notices.push(NOTES_LEFT);
        const hadState = stateCellCount(stored.state) > 0 || stored.parts.length > 0;
        if (hadState) await write(rc, plans, stored, new Map(), notices);
        for (const s of sheetsNow) idToName.set(s.id, s.name);
        if (hint) hint = { ...hint, state: new Map() };
        return { restored, syncs: syncs(), notices } as ClearOutcome;
      });
    },

    selectCell(sheetName: string, address: string): Promise<void> {
      return run(async (rc) => {
        const ws = rc.ctx.workbook.worksheets.getItem(sheetName);
        ws.activate();
        ws.getRange(address).select();
        await rc.sync();
      });
    },

    onSheetChanged(listener: SheetChangeListener): () => void {
      requireExcel();
      listeners.add(listener);
      if (!registration) {
        registration = register().catch((e: unknown) => {
          registrationError = e instanceof Error ? e.message : String(e);
          registration = null;
          onError(e);
        });
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer) {
          clearTimeout(timer);
          timer = null;
          pending.clear();
        }
      };
    },
  };

  /** One handler for all sheets (ExcelApi 1.9), else one per sheet; names and ids in the same sync. */
  async function register(): Promise<void> {
    await excel.run({ delayForCellEdit: true }, async (ctx) => {
      const coll = ctx.workbook.worksheets;
      coll.load('items/name,id');
      const handlers: XEventHandlerResult[] = [];
      if (features.api19) {
        handlers.push(coll.onChanged.add(onChanged));
        await ctx.sync();
      } else {
        await ctx.sync();
        for (const ws of coll.items) handlers.push(ws.onChanged.add(onChanged));
        await ctx.sync();
      }
      for (const ws of coll.items) idToName.set(ws.id, ws.name);
      registrationError = null;
    });
  }

  function coveredByOurWrite(sheet: string, address: string): boolean {
    if (!lastWrite || Date.now() - lastWrite.at > 2000) return false; // at = +∞ while the write is in flight
    const cells = lastWrite.cells.get(sheet);
    if (!cells) return false;
    const area = areaOfAddress(address);
    if (!area) return false;
    if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > cells.size) return false;
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        if (!cells.has(toA1({ row: r, col: c }))) return false;
      }
    }
    return true;
  }

  async function onChanged(args: XWorksheetChangedEventArgs): Promise<void> {
    if (listeners.size === 0) return;
    // Our own marks: Excel says so (ExcelApi 1.14); older hosts do not, so there a change that falls while or
    // just after we wrote exactly those cells is taken for ours. With 1.14 a person's edit always counts.
    if (features.triggerSource) {
      if (args.triggerSource === 'ThisLocalAddin') return;
    }
    let name = idToName.get(args.worksheetId);
    if (!name) {
      try {
        await excel.run({ delayForCellEdit: true }, async (ctx) => {
          const coll = ctx.workbook.worksheets;
          coll.load('items/name,id');
          await ctx.sync();
          for (const ws of coll.items) idToName.set(ws.id, ws.name);
        });
      } catch (e) {
        onError(e);
        return;
      }
      name = idToName.get(args.worksheetId);
      if (!name) return;
    }
    if (!features.triggerSource && coveredByOurWrite(name, args.address)) return;
    pending.add(name);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  }

  function flush(): void {
    timer = null;
    const names = [...pending];
    pending.clear();
    for (const name of names) {
      for (const l of [...listeners]) {
        try {
          l(name);
        } catch (e) {
          onError(e);
        }
      }
    }
  }

  return gateway;
}
