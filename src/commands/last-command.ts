/**
 * The last ribbon command's outcome, kept in localStorage "jixiao.lastCommand" by src/commands/commands.ts
 * (检查工作簿 / 清除标记 run without the task pane, and Excel has no notification area for them). The pane
 * may show it when it opens. No side effects here: the pane can import this file.
 */
import { defaultStore, type SettingsStore } from '../taskpane/storage';

export const LAST_COMMAND_KEY = 'jixiao.lastCommand';

export interface LastCommand {
  command: 'checkWorkbook' | 'clearMarks' | 'showTemplates';
  /** ISO time. */
  at: string;
  ok: boolean;
  /** One Chinese sentence, e.g. "检查了 15 张绩效目标表：0 个错误，9 个警告，43 个提示，已标记 52 个单元格". */
  summary: string;
  notices: string[];
}

/** The last ribbon command's outcome (null when none or unreadable). */
export function readLastCommand(store: SettingsStore | null = defaultStore()): LastCommand | null {
  try {
    const text = store?.getItem(LAST_COMMAND_KEY);
    if (!text) return null;
    const v = JSON.parse(text) as LastCommand;
    return typeof v?.summary === 'string' ? v : null;
  } catch {
    return null;
  }
}
