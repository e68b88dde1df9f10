/**
 * The WorkbookGateway over WPS 表格's JS API (`window.Application`, the ET object model): the same
 * contract as the Excel gateway (src/host/contract.ts), the same planner and saved state (src/host/), the
 * host's calls only here and in ./read.ts, ./write.ts, ./state.ts. `createWpsGateway(Application)` in
 * production (./entry-gateways.ts); tests and the playground pass the fake's Application
 * (test/fake-wps/host.ts).
 *
 * The ET model is synchronous: there are no round trips to count (`syncs` is 0), but every property read
 * and method call crosses into the WPS process, so the reads are few and whole (see ./read.ts); the fake
 * counts them. WPS has no requirement sets: features are tried, and what fails is said in Chinese once.
 */
import { checkWorkbook as coreCheckWorkbook } from '../core/check';
import type { Capabilities, CheckOutcome, CheckSettings, ClearOutcome, SheetChangeListener, WorkbookGateway } from '../host/contract';
import { GatewayError } from '../host/contract';
import { LiveChanges } from '../host/live';
import { marksFromFindings, type CellMark, type SheetPlan } from '../host/mark-plan';
import { parseStateText, stateCellCount, stateToXml, type MarkState } from '../host/mark-state';
import { keptUserChanges, liveCheckFailed, sheetHidden } from '../host/notices';
import { GatewayMemory, followRenames, planClear, planSheets, readNeeds, stateAfter, stateAfterOne, type Checker } from '../host/session';
import type { EtApplication, EtRange, EtWorkbook, EtWorksheet } from './et-types';
import { LIVE_UNSUPPORTED, MERGES_FAILED, NOTES_FAILED, NO_APPLICATION, NO_WORKBOOK, SESSION_STORAGE, sheetNotFound } from './notices';
import { readCells, readSheet, sheetId, worksheetList, type WpsSheetData } from './read';
import { readState, type WpsStateRead } from './state';
import { CommentWriteError, writePlans } from './write';

export interface WpsGatewayOptions {
  /** The checker; tests may inject one. Default: the core's checkWorkbook. */
  check?: Checker;
  /** Quiet time after the last edit before a live re-check (ms). Default 800. */
  debounceMs?: number;
  /** Errors of the live re-check registration and of listeners (default: console.error). */
  onError?: (e: unknown) => void;
}

export interface EtWorkbookGateway extends WorkbookGateway {
  /** The workbook the memory belongs to (its name), for tests. */
  readonly workbookName: () => string | null;
}

export function createWpsGateway(app: EtApplication | undefined | null, options: WpsGatewayOptions = {}): EtWorkbookGateway {
  const check = options.check ?? coreCheckWorkbook;
  const debounceMs = options.debounceMs ?? 800;
  const onError = options.onError ?? ((e: unknown) => console.error('[jixiao]', e));

  let memory = new GatewayMemory();
  let memoryOf: string | null = null;
  /**
   * The state when the workbook cannot hold it (no custom XML parts): in PluginStorage, which every page of
   * the add-in shares (the ribbon's main page and the pane), else in this gateway's memory.
   */
  let sessionState: MarkState | null = null;
  const sessionKey = () => `jixiao.marks:${memoryOf ?? ''}`;

  function sessionLoad(): MarkState | null {
    try {
      const text = app?.PluginStorage?.getItem(sessionKey());
      if (typeof text === 'string' && text) return parseStateText(text);
    } catch {
      // no PluginStorage: this page's memory
    }
    return sessionState;
  }

  function sessionSave(next: MarkState): void {
    sessionState = next;
    try {
      const ps = app?.PluginStorage;
      if (!ps) return;
      if (stateCellCount(next) === 0) ps.removeItem(sessionKey());
      else ps.setItem(sessionKey(), stateToXml(next));
    } catch {
      // kept in memory
    }
  }
  let storage: Capabilities['storage'] = 'customXmlParts';
  let mergesWork = true;

  const live = new LiveChanges(debounceMs, onError);
  let registered = false;
  let registrationError: string | null = null;

  function application(): EtApplication {
    if (!app) throw new GatewayError('ApiNotFound', NO_APPLICATION);
    return app;
  }

  /** The active workbook; a different workbook than last time starts a new memory. */
  function workbook(): EtWorkbook {
    let wb: EtWorkbook | null = null;
    try {
      wb = application().ActiveWorkbook;
    } catch (e) {
      if (e instanceof GatewayError) throw e;
      wb = null;
    }
    if (!wb) throw new GatewayError('NoWorkbook', NO_WORKBOOK);
    const name = wb.Name;
    if (name !== memoryOf) {
      memory = new GatewayMemory();
      memoryOf = name;
      sessionState = null;
    }
    return wb;
  }

  function baseNotices(): string[] {
    const out: string[] = [];
    if (!mergesWork) out.push(MERGES_FAILED);
    if (storage === 'session') out.push(SESSION_STORAGE);
    if (registrationError) out.push(liveCheckFailed(registrationError));
    return out;
  }

  function readAll(wb: EtWorkbook): WpsSheetData[] {
    return worksheetList(wb.Worksheets).map((ws, i) => readOne(ws, i));
  }

  function readOne(ws: EtWorksheet, index: number): WpsSheetData {
    const r = readSheet(ws, index, { merges: mergesWork });
    if (r.mergesFailed) mergesWork = false;
    return r.sheet;
  }

  function loadState(wb: EtWorkbook): WpsStateRead {
    const stored = readState(wb, sessionLoad());
    storage = stored.storage;
    return stored;
  }

  function planFor(sheets: readonly WpsSheetData[], state: MarkState, marks: Map<string, Map<string, CellMark>>, writeNotes: boolean): Map<WpsSheetData, SheetPlan> {
    const opts = { writeNotes, notesSupported: true };
    readCells(readNeeds(sheets, state, marks, opts));
    return planSheets(sheets, state, marks, opts);
  }

  function write(wb: EtWorkbook, plans: Map<WpsSheetData, SheetPlan>, stored: WpsStateRead, next: MarkState): void {
    const written = live.beginWrite();
    try {
      writePlans(wb, plans, stored, next, written);
      if (stored.storage === 'session') sessionSave(next);
    } finally {
      live.endWrite(written);
    }
  }

  async function withCommentRetry<T>(settings: CheckSettings, body: (writeNotes: boolean, extra: string[]) => T): Promise<T> {
    try {
      return body(settings.writeNotes, []);
    } catch (e) {
      if (!(e instanceof CommentWriteError)) throw e;
      onError(e.original);
      return body(false, [NOTES_FAILED]);
    }
  }

  function checkAll(settings: CheckSettings, writeNotes: boolean, extra: string[]): CheckOutcome {
    const wb = workbook();
    const sheets = readAll(wb);
    const stored = loadState(wb);
    const notices = [...baseNotices(), ...extra];
    const state = followRenames(stored.state, sheets, true);
    const result = check(
      sheets.map((s) => s.grid),
      { profile: settings.profile },
    );
    const marks = marksFromFindings(result.sheets.flatMap((s) => s.findings));
    const plans = planFor(sheets, state, marks, writeNotes);
    const { next, marked, kept } = stateAfter(plans);
    if (kept) notices.push(keptUserChanges(kept));
    write(wb, plans, stored, next);
    memory.remember(sheets, next, true);
    return { result, marked, syncs: 0, notices };
  }

  function recheck(sheetName: string, settings: CheckSettings, writeNotes: boolean, extra: string[]): CheckOutcome {
    const wb = workbook();
    let ws: EtWorksheet;
    try {
      ws = wb.Worksheets.Item(sheetName);
    } catch {
      throw new GatewayError('ItemNotFound', sheetNotFound(sheetName));
    }
    if (!ws) throw new GatewayError('ItemNotFound', sheetNotFound(sheetName));
    const sheet = readOne(ws, memory.hint?.sheets.findIndex((s) => s.name === sheetName) ?? 0);
    const stored = loadState(wb);
    const notices = [...baseNotices(), ...extra];
    const state = followRenames(stored.state, [sheet], false);
    const full = check(memory.recheckGrids(sheet.grid), { profile: settings.profile });
    const own = full.sheets.filter((s) => s.name === sheet.name);
    const marks = marksFromFindings(own.flatMap((s) => s.findings));
    const plans = planFor([sheet], state, marks, writeNotes);
    const plan = plans.get(sheet) as SheetPlan;
    const next = stateAfterOne(state, sheet, plan);
    if (plan.keptUserChanges) notices.push(keptUserChanges(plan.keptUserChanges));
    write(wb, plans, stored, next);
    memory.remember([sheet], next, false);
    return { result: { model: full.model, sheets: own }, marked: plan.marked, syncs: 0, notices };
  }

  function clear(): ClearOutcome {
    const wb = workbook();
    const stored = loadState(wb);
    const notices: string[] = [];
    const list = worksheetList(wb.Worksheets);
    const now = list.map((ws) => {
      const name = ws.Name;
      return { name, id: sheetId(ws, name), ws };
    });
    const state = followRenames(stored.state, now, true);
    const sheets: WpsSheetData[] = [];
    [...state.keys()].forEach((name, index) => {
      const at = now.find((s) => s.name === name);
      if (!at) return;
      let count = 0;
      try {
        count = at.ws.Comments.Count;
      } catch {
        count = 0;
      }
      sheets.push({ name, id: at.id, index, grid: { name, rows: [] }, fills: { complete: false, fills: new Map() }, notes: { count, known: new Map() }, bytes: 0, ws: at.ws });
    });
    readCells(readNeeds(sheets, state, new Map(), { writeNotes: false, notesSupported: true }));
    const { plans, restored, kept } = planClear(sheets, state, true);
    if (kept) notices.push(keptUserChanges(kept));
    if (storage === 'session') notices.push(SESSION_STORAGE);
    if (stateCellCount(stored.state) > 0 || stored.parts.length > 0) write(wb, plans, stored, new Map());
    memory.cleared(now);
    return { restored, syncs: 0, notices };
  }

  function register(): void {
    const events = application().ApiEvent;
    if (!events || typeof events.AddApiEventListener !== 'function') throw new Error(LIVE_UNSUPPORTED);
    events.AddApiEventListener('SheetChange', (sheet: EtWorksheet, target: EtRange) => {
      if (live.size === 0) return;
      try {
        const name = sheet.Name;
        const address = target.Address(false, false);
        if (live.coveredByOurWrite(name, address)) return;
        live.changed(name);
      } catch (e) {
        onError(e);
      }
    });
  }

  const gateway: EtWorkbookGateway = {
    workbookName: () => memoryOf,

    capabilities: () => ({ host: 'wps', excelApi17: !!app, rangeAreas: true, notes: true, storage, mergedAreas: mergesWork }),

    checkWorkbook: (settings) => withCommentRetry(settings, (writeNotes, extra) => checkAll(settings, writeNotes, extra)),

    recheckSheet(sheetName, settings) {
      try {
        workbook();
      } catch (e) {
        return Promise.reject(e);
      }
      if (!memory.canRecheck()) return gateway.checkWorkbook(settings);
      return withCommentRetry(settings, (writeNotes, extra) => recheck(sheetName, settings, writeNotes, extra));
    },

    clearMarks: async () => clear(),

    async selectCell(sheetName, address) {
      const wb = workbook();
      let ws: EtWorksheet;
      try {
        ws = wb.Worksheets.Item(sheetName);
      } catch {
        throw new GatewayError('ItemNotFound', sheetNotFound(sheetName));
      }
      if (ws.Visible === 0 || ws.Visible === 2) throw new GatewayError('SheetHidden', sheetHidden(sheetName));
      ws.Activate();
      ws.Range(address).Select();
    },

    onSheetChanged(listener: SheetChangeListener) {
      application();
      const remove = live.add(listener);
      if (!registered) {
        try {
          register();
          registered = true;
          registrationError = null;
        } catch (e) {
          registrationError = e instanceof Error ? e.message : String(e);
          onError(e);
        }
      }
      return remove;
    },
  };
  return gateway;
}
