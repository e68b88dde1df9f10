/**
 * How a ribbon command reports its outcome when the task pane is closed: a small Office dialog
 * (DialogApi 1.1) showing the Chinese summary, closed with 关闭. While the pane is open (it keeps a
 * heartbeat in localStorage) the pane shows the outcome itself and no dialog opens. The function's
 * event completes once the dialog is closed, so the host does not unload it under the dialog.
 */
import type { LastCommand } from './last-command';
import type { SettingsStore } from '../taskpane/settings';

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

/** The dialog page's URL for an outcome: the text travels in the fragment (never sent to a server). */
export function dialogUrl(base: string, outcome: LastCommand): string {
  const payload = { command: outcome.command, ok: outcome.ok, summary: outcome.summary, notices: outcome.notices };
  return `${base}#${encodeURIComponent(JSON.stringify(payload))}`;
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
  timeoutMs = 4 * 60 * 1000,
): Promise<'shown' | 'skipped'> {
  return new Promise((resolve) => {
    try {
      const ui = office?.context.ui;
      if (!office || !ui || !office.context.requirements.isSetSupported('DialogApi', '1.1') || paneIsOpen(store)) {
        resolve('skipped');
        return;
      }
      let done = false;
      const finish = (how: 'shown' | 'skipped') => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        resolve(how);
      };
      // Function commands must complete within a few minutes: let go of an unattended dialog.
      const timer = setTimeout(() => finish('shown'), timeoutMs);
      ui.displayDialogAsync(dialogUrl(pageUrl, outcome), { height: 30, width: 30, displayInIframe: true }, (result) => {
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
