/**
 * The ribbon's commands that run without the task pane — 检查工作簿, 清除标记, 插入模板 (a view request
 * for the pane) — host-neutral: the same functions run behind Excel's ExecuteFunction buttons
 * (./commands.ts) and WPS's ribbon callbacks (src/wps/ribbon.ts). They call the gateway with the settings
 * the pane stores (localStorage "jixiao.settings"), keep the outcome under "jixiao.lastCommand" for the
 * pane, tell the user through `notify`, and always complete the event.
 */
import type { WorkbookGateway } from '../host/contract';
import { countBySeverity } from '../core/finding';
import { checkSettingsFrom, loadSettingsWithProblem, type SettingsStore } from '../taskpane/settings';
import { LAST_COMMAND_KEY, type LastCommand } from './last-command';
import { paneIsOpen } from './notify';
import { writeViewRequest } from './view-request';

export { LAST_COMMAND_KEY, readLastCommand, type LastCommand } from './last-command';

/** What Office passes to an ExecuteFunction handler. */
export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export interface CommandDeps {
  /** Made on first use (Office must be ready). */
  gateway: () => WorkbookGateway;
  store: SettingsStore | null;
  now?: () => Date;
  /**
   * Tells the user the outcome (a dialog while the pane is closed); the event completes after it.
   * `startedAt`: when the command started (Office ends a function command 5 minutes after that).
   */
  notify?: (outcome: LastCommand, startedAt: number) => Promise<unknown>;
}

function errorText(e: unknown): string {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  const msg = e instanceof Error ? e.message : String(e);
  if (code === 'InvalidOperationInCellEditMode') return 'Excel 正在编辑单元格，请结束编辑后再试';
  return typeof code === 'string' && !msg.includes(code) ? `${msg}（${code}）` : msg;
}

export const OPEN_PANE_FOR_TEMPLATES = '请点击“开始 → 绩效目标 → 打开助手”：任务窗格会直接打开“模板”页，在那里选择类型并插入标准绩效目标表。';

export function createCommands(deps: CommandDeps): {
  checkWorkbookCommand(event: CommandEvent): Promise<LastCommand>;
  clearMarksCommand(event: CommandEvent): Promise<LastCommand>;
  showTemplatesCommand(event: CommandEvent): Promise<LastCommand>;
} {
  const now = deps.now ?? (() => new Date());
  const keep = (r: LastCommand): LastCommand => {
    try {
      deps.store?.setItem(LAST_COMMAND_KEY, JSON.stringify(r));
    } catch {
      // Storage blocked: the marks on the sheet still tell the story.
    }
    return r;
  };
  /** Shows the outcome, then completes the event (always, whatever happens). */
  const finish = async (event: CommandEvent, r: LastCommand | null, startedAt: number): Promise<void> => {
    try {
      if (r && deps.notify) await deps.notify(r, startedAt);
    } catch {
      // The summary is kept for the pane; the marks are on the sheet.
    } finally {
      event.completed();
    }
  };

  async function checkWorkbookCommand(event: CommandEvent): Promise<LastCommand> {
    const started = now().getTime();
    let r: LastCommand | null = null;
    try {
      const loaded = loadSettingsWithProblem(deps.store);
      const out = await deps.gateway().checkWorkbook(checkSettingsFrom(loaded.settings));
      const tables = out.result.sheets.filter((s) => s.kind === 'target-table');
      const c = countBySeverity(out.result.sheets.flatMap((s) => s.findings));
      let summary: string;
      if (tables.length === 0) summary = '此工作簿中没有识别到绩效目标表';
      else if (c.errors + c.warnings + c.infos === 0) summary = `检查了 ${tables.length} 张绩效目标表，未发现问题`;
      else {
        summary = `检查了 ${tables.length} 张绩效目标表：${c.errors} 个错误，${c.warnings} 个警告，${c.infos} 个提示，已标记 ${out.marked} 个单元格`;
      }
      const notices = [...(loaded.problem ? [loaded.problem] : []), ...out.notices];
      r = keep({ command: 'checkWorkbook', at: now().toISOString(), ok: true, summary, notices });
    } catch (e) {
      r = keep({ command: 'checkWorkbook', at: now().toISOString(), ok: false, summary: `检查失败：${errorText(e)}`, notices: [] });
    } finally {
      await finish(event, r, started);
    }
    return r;
  }

  async function clearMarksCommand(event: CommandEvent): Promise<LastCommand> {
    const started = now().getTime();
    let r: LastCommand | null = null;
    try {
      const out = await deps.gateway().clearMarks();
      const summary = out.restored > 0 ? `已清除 ${out.restored} 个单元格的标记，原来的填充颜色和批注已恢复` : '工作簿中没有助手留下的标记';
      r = keep({ command: 'clearMarks', at: now().toISOString(), ok: true, summary, notices: out.notices ?? [] });
    } catch (e) {
      r = keep({ command: 'clearMarks', at: now().toISOString(), ok: false, summary: `清除标记失败：${errorText(e)}`, notices: [] });
    } finally {
      await finish(event, r, started);
    }
    return r;
  }

  /**
   * 插入模板: the pane switches to 模板 in place when it is open (it watches the request); when it is
   * closed, the request waits for it and the dialog says to open it. Not kept as the last command: the pane
   * has nothing to report about it.
   */
  async function showTemplatesCommand(event: CommandEvent): Promise<LastCommand> {
    const started = now().getTime();
    writeViewRequest(deps.store, 'template', started);
    const r: LastCommand = { command: 'showTemplates', at: now().toISOString(), ok: true, summary: OPEN_PANE_FOR_TEMPLATES, notices: [] };
    await finish(event, paneIsOpen(deps.store, started) ? null : r, started);
    return r;
  }

  return { checkWorkbookCommand, clearMarksCommand, showTemplatesCommand };
}
