/**
 * How a ribbon command reports its outcome when the task pane is closed: a small Office dialog
 * (DialogApi 1.1) showing the Chinese summary, closed with 关闭. While the pane is open (it keeps a
 * heartbeat in localStorage) the pane shows the outcome itself and no dialog opens. The function's
 * event completes once the dialog is closed, so the host does not unload it under the dialog.
 *
 * The outcome reaches the dialog as Microsoft's dialog guidance says — local storage (DIALOG_OUTCOME_KEY,
 * partition-prefixed, ./../taskpane/storage.ts) plus a short copy in the query string for a dialog that does
 * not share storage — never in the URL fragment, where Office appends its own data and desktop hosts are known
 * to break (office-js #3057, #2284, #378). Office ends a function command after 5 minutes: the dialog's own
 * timer is counted from the command's start and lets go before that.
 */
import type { LastCommand } from './last-command';
import type { SettingsStore } from '../taskpane/storage';

/** The task pane writes Date.now() here every few seconds while it is open. */
export const PANE_HEARTBEAT_KEY = 'jixiao.paneHeartbeat';
export const PANE_HEARTBEAT_MS = 5000;

/** The slice of Office.js a notifier uses (the real Office object fits it). */
export interface DialogOffice {
  context: {
    requirements: { isSetSupported(name: string, version?: string): boolean };
    ui?: {
      displayDialogAsync(
        url: string,
        options: { height: number; width: number; displayInIframe?: boolean },
        callback: (result: { status: string; value: DialogLike; error?: { message: string } }) => void,
      ): void;
    };
  };
  EventType: { DialogMessageReceived: string; DialogEventReceived: string };
}

export interface DialogLike {
  addEventHandler(type: string, handler: (arg: unknown) => void): void;
  close(): void;
}

/** Is the task pane open (a heartbeat fresher than three beats)? */
export function paneIsOpen(store: SettingsStore | null, now: number = Date.now()): boolean {
  const beat = Number(store?.getItem(PANE_HEARTBEAT_KEY) ?? NaN);
  return Number.isFinite(beat) && now - beat < 3 * PANE_HEARTBEAT_MS;
}

/** Where the command leaves the outcome for the dialog (partition-prefixed like every key). */
export const DIALOG_OUTCOME_KEY = 'jixiao.dialogOutcome';
/** Office ends a function command this long after it started. */
export const FUNCTION_COMMAND_LIMIT_MS = 5 * 60 * 1000;
/** Let go of the dialog this long before the limit, so event.completed() is ours, not Office's. */
export const FUNCTION_COMMAND_MARGIN_MS = 20 * 1000;
/** The summary's copy in the query string is cut to this many characters (URL length limits). */
export const QUERY_SUMMARY_CHARS = 120;

/** The outcome as the dialog shows it. */
export interface DialogPayload {
  id: string;
  command: LastCommand['command'];
  ok: boolean;
  summary: string;
  notices: string[];
}

/**
 * The dialog page's URL: the outcome's id (to find it in storage) and a short copy (command, ok, summary)
 * in the query string, for a dialog that cannot read the command's storage.
 */
export function dialogUrl(base: string, outcome: LastCommand, id = ''): string {
  const summary = outcome.summary.length > QUERY_SUMMARY_CHARS ? `${outcome.summary.slice(0, QUERY_SUMMARY_CHARS - 1)}…` : outcome.summary;
  const q = new URLSearchParams({ c: outcome.command, ok: outcome.ok ? '1' : '0', s: summary });
  if (id) q.set('id', id);
  const clean = base.split('#')[0];
  return `${clean}${clean.includes('?') ? '&' : '?'}${q.toString()}`;
}

/** How long the dialog may stay open: up to the function command's limit, counted from its start. */
export function dialogBudgetMs(startedAt: number, now: number): number {
  return Math.max(0, startedAt + FUNCTION_COMMAND_LIMIT_MS - FUNCTION_COMMAND_MARGIN_MS - now);
}

export interface NotifyOptions {
  /** When the command started (ms since epoch); default: now. The 5-minute limit counts from here. */
  startedAt?: number;
  now?: () => number;
  /** A shorter timeout (tests). */
  timeoutMs?: number;
}

/**
 * Shows the outcome in a dialog and resolves when it is closed (or at once when dialogs are not
 * supported, the pane is open, or the dialog cannot open). Never rejects.
 */
export function notifyOutcome(
  office: DialogOffice | undefined,
  store: SettingsStore | null,
  outcome: LastCommand,
  pageUrl: string,
  options: NotifyOptions = {},
): Promise<'shown' | 'skipped'> {
  return new Promise((resolve) => {
    try {
      const ui = office?.context.ui;
      if (!office || !ui || !office.context.requirements.isSetSupported('DialogApi', '1.1') || paneIsOpen(store)) {
        resolve('skipped');
        return;
      }
      const now = options.now ?? Date.now;
      const budget = dialogBudgetMs(options.startedAt ?? now(), now());
      const timeoutMs = Math.min(budget, options.timeoutMs ?? budget);
      if (timeoutMs <= 0) {
        resolve('skipped');
        return;
      }
      const id = `${now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
      const payload: DialogPayload = { id, command: outcome.command, ok: outcome.ok, summary: outcome.summary, notices: outcome.notices };
      try {
        store?.setItem(DIALOG_OUTCOME_KEY, JSON.stringify(payload));
      } catch {
        // Storage blocked: the query string still carries the summary.
      }
      let done = false;
      const finish = (how: 'shown' | 'skipped') => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        resolve(how);
      };
      // Office ends a function command 5 minutes after it started: let go of an unattended dialog before.
      const timer = setTimeout(() => finish('shown'), timeoutMs);
      ui.displayDialogAsync(dialogUrl(pageUrl, outcome, id), { height: 30, width: 30, displayInIframe: true }, (result) => {
        if (result.status !== 'succeeded') {
          finish('skipped');
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(office.EventType.DialogMessageReceived, () => {
          dialog.close();
          finish('shown');
        });
        // The user closed it with its ✕ (12006), or it failed to load.
        dialog.addEventHandler(office.EventType.DialogEventReceived, () => finish('shown'));
      });
    } catch {
      resolve('skipped');
    }
  });
}
