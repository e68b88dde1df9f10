/**
 * How a WPS ribbon command reports its outcome: while the task pane is open (its heartbeat in the shared
 * localStorage) the pane shows it; otherwise a plain message box (`alert`, which WPS shows as its own
 * dialog), since WPS has no Office dialog API.
 */
import { paneIsOpen } from '../commands/notify';
import type { LastCommand } from '../commands/last-command';
import type { SettingsStore } from '../taskpane/settings';

export function outcomeText(outcome: LastCommand): string {
  return [`绩效目标表助手：${outcome.summary}`, ...outcome.notices].join('\n');
}

export async function notifyWps(store: SettingsStore | null, outcome: LastCommand, show: (text: string) => void): Promise<'shown' | 'skipped'> {
  if (paneIsOpen(store)) return 'skipped';
  try {
    show(outcomeText(outcome));
    return 'shown';
  } catch {
    return 'skipped';
  }
}
