/**
 * 插入模板 is a ribbon function (src/commands/commands.ts), not a second page in the pane's container: it
 * leaves a view request here, and the task pane — open already, or opened within VIEW_REQUEST_TTL_MS —
 * switches to that view in place, keeping its check results (both buttons once shared one TaskpaneId with
 * different URLs, so 插入模板 reloaded the pane and lost them). No side effects: the pane imports this file.
 */
import type { SettingsStore } from '../taskpane/storage';

export type RequestedView = 'check' | 'template' | 'settings';

export const VIEW_REQUEST_KEY = 'jixiao.viewRequest';
/** A request older than this is stale (the user did something else meanwhile). */
export const VIEW_REQUEST_TTL_MS = 2 * 60 * 1000;

export function writeViewRequest(store: SettingsStore | null, view: RequestedView, now: number = Date.now()): void {
  try {
    store?.setItem(VIEW_REQUEST_KEY, JSON.stringify({ view, at: now }));
  } catch {
    // Storage blocked: the pane opens on its default view.
  }
}

/** The fresh request, if any, and forgets it (a request is acted on once). */
export function takeViewRequest(store: SettingsStore | null, now: number = Date.now()): RequestedView | null {
  try {
    const text = store?.getItem(VIEW_REQUEST_KEY);
    if (!text) return null;
    const v = JSON.parse(text) as { view?: unknown; at?: unknown };
    store?.setItem(VIEW_REQUEST_KEY, '');
    const fresh = typeof v.at === 'number' && now - v.at >= 0 && now - v.at < VIEW_REQUEST_TTL_MS;
    return fresh && (v.view === 'check' || v.view === 'template' || v.view === 'settings') ? v.view : null;
  } catch {
    return null;
  }
}
