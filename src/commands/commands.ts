/**
 * The ribbon's ExecuteFunction buttons, run without the task pane:
 *   检查工作簿 → action id "checkWorkbook"      清除标记 → action id "clearMarks"
 *   插入模板 → action id "showTemplates": asks the task pane for its 模板 view (./view-request.ts); when the
 *   pane is closed, the dialog says to open it with 打开助手 (it then opens on 模板)
 * (the manifest's <FunctionName> values). They call the same gateway as the pane, with the settings the
 * pane stores (localStorage "jixiao.settings"), and always call event.completed().
 *
 * The outcome, a short Chinese summary, is shown in a small dialog when the task pane is closed (./notify.ts,
 * DialogApi 1.1) and kept under localStorage "jixiao.lastCommand" ({command, at, ok, summary, notices}) for
 * the pane (readLastCommand in ./last-command.ts). The event completes once the dialog is closed.
 */
import type { WorkbookGateway } from '../host/contract';
import { createOfficeGateway } from '../excel/office';
import { defaultStore } from '../taskpane/settings';
import { createCommands, type CommandEvent } from './run';
import { notifyOutcome, type DialogOffice } from './notify';

export { createCommands, OPEN_PANE_FOR_TEMPLATES, LAST_COMMAND_KEY, readLastCommand, type CommandDeps, type CommandEvent, type LastCommand } from './run';

// ----- wiring in Office (the commands page loads office.js; Jest does not) -----

interface OfficeLike {
  onReady(cb: () => void): unknown;
  actions?: { associate(id: string, fn: (event: CommandEvent) => unknown): void };
}

const office = (globalThis as { Office?: OfficeLike }).Office;
if (office) {
  let gateway: WorkbookGateway | null = null;
  const store = defaultStore();
  const commands = createCommands({
    gateway: () => (gateway ??= createOfficeGateway()),
    store,
    notify: (outcome, startedAt) =>
      notifyOutcome(office as unknown as DialogOffice, store, outcome, new URL('dialog.html', location.href).href, { startedAt }),
  });
  const handlers: Record<string, (event: CommandEvent) => unknown> = {
    checkWorkbook: commands.checkWorkbookCommand,
    clearMarks: commands.clearMarksCommand,
    showTemplates: commands.showTemplatesCommand,
  };
  // Older hosts look the <FunctionName> up on the global object.
  Object.assign(globalThis as Record<string, unknown>, handlers);
  office.onReady(() => {
    if (office.actions) for (const [id, fn] of Object.entries(handlers)) office.actions.associate(id, fn);
  });
}
