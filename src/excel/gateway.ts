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
import { checkWorkbook as coreCheckWorkbook } from '../core/check';
import type { Capabilities, CheckOutcome, CheckSettings, ClearOutcome, SheetChangeListener, WorkbookGateway } from '../host/contract';
import { GatewayError } from '../host/contract';
import { LiveChanges } from '../host/live';
import { marksFromFindings } from '../host/mark-plan';
import type { MarkEntry } from '../host/mark-state';
import type { MarkState } from '../host/mark-state';
import { stateCellCount } from '../host/mark-state';
import { keptUserChanges, liveCheckFailed, sheetHidden } from '../host/notices';
import { GatewayMemory, followRenames, planClear, planSheets, readNeeds, stateAfter, stateAfterOne, type Checker } from '../host/session';
import type { SheetPlan } from '../host/mark-plan';
import type { CellMark } from '../host/mark-plan';
import { EXCEL_TOO_OLD, MERGES_UNSUPPORTED, NOTES_FAILED, NOTES_LEFT, NOTES_UNSUPPORTED, OLD_FILLS, SETTINGS_STORAGE, chunkedRead, mergesIncomplete } from './notices';
import type { XEventHandlerResult, XExcel, XOffice, XRequestContext, XWorksheetChangedEventArgs } from './office-types';
import { readOneSheet, readWorkbook } from './read';
import { collectCells, fillIn, queueCells, type CellsQueue } from './read-cells';
import { DEFAULT_PAYLOAD_BUDGET, type HostFeatures, type ReadContext, type SheetData, type StateRead } from './read-context';
import { collectState, queueState, queueStateTexts } from './read-state';
import { NoteWriteError, writePlans } from './write';

export { GatewayError };

export interface GatewayOptions {
  /** The checker; tests may inject one. Default: the core's checkWorkbook. */
  check?: Checker;
  /** Quiet time after the last edit before a live re-check (ms). Default 800. */
  debounceMs?: number;
  /** Bytes one sync may carry. Default 3.5 MB (Excel on the web fails past 5 MB). */
  payloadBudget?: number;
  /** Errors of the live re-check registration and of listeners (default: console.error). */
  onError?: (e: unknown) => void;
}

/** The gateway, plus what tests and the bench want to look at. */
export interface OfficeWorkbookGateway extends WorkbookGateway {
  /** What the host supports, in detail. */
  readonly features: HostFeatures;
  /** How many syncs the last operation took (also in its outcome). */
  lastSyncs(): number;
}

export function detectFeatures(office: XOffice): { caps: Capabilities; features: HostFeatures } {
  const hasSet = (name: string, v: string) => {
    try {
      return !!office.context.requirements.isSetSupported(name, v);
    } catch {
      return false;
    }
  };
  const has = (v: string) => hasSet('ExcelApi', v);
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
    host: 'excel',
    mergedAreas: features.mergedAreas,
    changeSource: features.triggerSource,
    undo: has('1.20') || hasSet('ExcelUndoApiAll', '1.0'),
  };
  return { caps, features };
}

/** Whether a sheet is hidden (Hidden or VeryHidden): such a sheet cannot be activated or selected. */
async function isHidden(context: ReadContext, sheetName: string): Promise<boolean> {
  const ws = context.ctx.workbook.worksheets.getItemOrNullObject(sheetName);
  ws.load('visibility');
  await context.sync();
  return !ws.isNullObject && ws.visibility !== 'Visible';
}

export function createGateway(excel: XExcel, office: XOffice, options: GatewayOptions = {}): OfficeWorkbookGateway {
  const { caps, features } = detectFeatures(office);
  const check = options.check ?? coreCheckWorkbook;
  const debounceMs = options.debounceMs ?? 800;
  const budget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
  const onError = options.onError ?? ((e: unknown) => console.error('[jixiao]', e));

  // What the last operation learnt: the next read plans with it; re-check reuses the other sheets' grids.
  const memory = new GatewayMemory();
  const idToName = memory.idToName;
  let lastSyncs = 0;
  // A host that refuses calls on null objects (the walk past the last sheet) makes us read names first.
  let strict = false;

  // Live re-check.
  const live = new LiveChanges(debounceMs, onError);
  let registration: Promise<void> | null = null;
  let registrationError: string | null = null;

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

  /** Asks the one extra read (if any) and plans the given sheets. */
  async function planFor(
    rc: ReadContext,
    sheets: readonly SheetData[],
    state: MarkState,
    marks: Map<string, Map<string, CellMark>>,
    writeNotes: boolean,
  ): Promise<Map<SheetData, SheetPlan>> {
    const options = { writeNotes, notesSupported: features.notes };
    await fillIn(rc, readNeeds(sheets, state, marks, options));
    return planSheets(sheets, state, marks, options);
  }

  function write(rc: ReadContext, plans: Map<SheetData, SheetPlan>, stored: StateRead, next: MarkState, notices: string[]): Promise<void> {
    const written = live.beginWrite();
    return writePlans(rc, plans, stored, next, notices, written, () => live.endWrite(written));
  }

  async function checkAll(settings: CheckSettings, writeNotes: boolean, extraNotices: string[]): Promise<CheckOutcome> {
    return run(async (rc, syncs) => {
      const notices = [...baseNotices(settings), ...extraNotices];
      const read = await readWorkbook(rc, memory.hint);
      if (read.batches > 1) notices.push(chunkedRead(read.batches));
      const cut = read.sheets.filter((s) => s.mergesIncomplete).map((s) => s.name);
      if (cut.length) notices.push(mergesIncomplete(cut));
      const state = followRenames(read.state.state, read.sheets, true);
      const result = check(
        read.sheets.map((s) => s.grid),
        { profile: settings.profile },
      );
      const marks = marksFromFindings(result.sheets.flatMap((s) => s.findings));
      const plans = await planFor(rc, read.sheets, state, marks, writeNotes);
      const { next, marked, kept } = stateAfter(plans);
      if (kept) notices.push(keptUserChanges(kept));
      await write(rc, plans, read.state, next, notices);
      memory.remember(read.sheets, next, true);
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
      if (!memory.canRecheck()) return gateway.checkWorkbook(settings);
      return withNoteRetry(settings, (writeNotes, extra) =>
        run(async (rc, syncs) => {
          const notices = [...baseNotices(settings), ...extra];
          const read = await readOneSheet(rc, sheetName, memory.hint);
          if (!read.sheet) throw new GatewayError('ItemNotFound', `找不到工作表“${sheetName}”，它可能已被重命名或删除。`);
          const sheet = read.sheet;
          if (read.batches > 1) notices.push(chunkedRead(read.batches));
          if (sheet.mergesIncomplete) notices.push(mergesIncomplete([sheet.name]));
          const state = followRenames(read.state.state, [sheet], false);
          const full = check(memory.recheckGrids(sheet.grid), { profile: settings.profile });
          const own = full.sheets.filter((s) => s.name === sheet.name);
          const marks = marksFromFindings(own.flatMap((s) => s.findings));
          const plans = await planFor(rc, [sheet], state, marks, writeNotes);
          const plan = plans.get(sheet) as SheetPlan;
          const next = stateAfterOne(state, sheet, plan);
          if (plan.keptUserChanges) notices.push(keptUserChanges(plan.keptUserChanges));
          await write(rc, plans, read.state, next, notices);
          memory.remember([sheet], next, false);
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
        const remembered = memory.hint?.state ?? new Map();
        if (!rc.strict) for (const [name, s] of remembered) queueFor(name, s.cells.values());
        await rc.sync();
        const sheetsNow = coll.items.map((w) => ({ name: w.name, id: w.id }));
        if (rc.strict) {
          // Nothing on an object that may be null: the part texts and the cells of sheets that exist.
          queueStateTexts(sp);
          for (const [name, s] of remembered) if (sheetsNow.some((w) => w.name === name)) queueFor(name, s.cells.values());
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
        const { plans, restored, kept, notesLeft } = planClear(sheets, state, features.notes);
        if (kept) notices.push(keptUserChanges(kept));
        if (notesLeft) notices.push(NOTES_LEFT);
        const hadState = stateCellCount(stored.state) > 0 || stored.parts.length > 0;
        if (hadState) await write(rc, plans, stored, new Map(), notices);
        memory.cleared(sheetsNow);
        return { restored, syncs: syncs(), notices } as ClearOutcome;
      });
    },

    selectCell(sheetName: string, address: string): Promise<void> {
      return run(async (rc) => {
        const ws = rc.ctx.workbook.worksheets.getItem(sheetName);
        ws.activate();
        ws.getRange(address).select();
        try {
          await rc.sync();
        } catch (e) {
          // A hidden sheet cannot be activated: said plainly, found out only when the one sync fails.
          // (When the sheet cannot be read either, the first error says more.)
          if (await isHidden(rc, sheetName).catch(() => false)) throw new GatewayError('SheetHidden', sheetHidden(sheetName));
          throw e;
        }
      });
    },

    onSheetChanged(listener: SheetChangeListener): () => void {
      requireExcel();
      const remove = live.add(listener);
      if (!registration) {
        registration = register().catch((e: unknown) => {
          registrationError = e instanceof Error ? e.message : String(e);
          registration = null;
          onError(e);
        });
      }
      return remove;
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

  async function onChanged(args: XWorksheetChangedEventArgs): Promise<void> {
    if (live.size === 0) return;
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
    if (!features.triggerSource && live.coveredByOurWrite(name, args.address)) return;
    live.changed(name);
  }

  return gateway;
}
