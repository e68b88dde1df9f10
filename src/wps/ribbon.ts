/**
 * The ribbon callbacks of the WPS add-in (ribbon.xml names them `ribbon.OnAddinLoad`, `ribbon.OnAction`,
 * `ribbon.GetImage`): 打开助手 and 插入模板 show the task pane (the latter on its 模板 view), 检查工作簿
 * and 清除标记 run the same commands as Excel's buttons (src/commands/run.ts) without the pane.
 */
import { createCommands, type CommandEvent } from '../commands/run';
import { writeViewRequest } from '../commands/view-request';
import type { WorkbookGateway } from '../host/contract';
import type { SettingsStore } from '../taskpane/settings';
import type { EtApplication, EtTaskPane } from './et-types';
import { notifyWps } from './notify';

export const BUTTON_IMAGES: Record<string, string> = {
  btnJixiaoPane: 'assets/pane-32.png',
  btnJixiaoCheck: 'assets/check-32.png',
  btnJixiaoTemplate: 'assets/template-32.png',
  btnJixiaoClear: 'assets/clear-32.png',
};

export interface RibbonDeps {
  app: () => EtApplication | null;
  gateway: () => WorkbookGateway;
  store: SettingsStore | null;
  /** The task pane page's URL (absolute), e.g. new URL('taskpane.html', location.href).href. */
  paneUrl: string;
  /** A message box (WPS shows alert() as its own dialog). */
  show: (text: string) => void;
}

export function createRibbon(deps: RibbonDeps) {
  const commands = createCommands({
    gateway: deps.gateway,
    store: deps.store,
    notify: (outcome) => notifyWps(deps.store, outcome, deps.show),
  });
  let pane: EtTaskPane | null = null;
  const noEvent: CommandEvent = { completed: () => undefined };

  function showPane(view?: 'template'): void {
    const app = deps.app();
    if (!app) {
      deps.show('绩效目标表助手：无法访问 WPS 表格的对象模型，请重新启动 WPS 后再试。');
      return;
    }
    // The pane, open or opening, takes the request (shared localStorage) and shows that view in place.
    if (view) writeViewRequest(deps.store, view);
    if (pane) {
      try {
        pane.Visible = true;
        return;
      } catch {
        pane = null; // closed by WPS: make a new one
      }
    }
    pane = app.CreateTaskPane(deps.paneUrl, '绩效目标表助手');
    pane.Visible = true;
  }

  return {
    OnAddinLoad: (): boolean => true,
    OnAction(control: { Id: string }): boolean {
      switch (control.Id) {
        case 'btnJixiaoPane':
          showPane();
          break;
        case 'btnJixiaoTemplate':
          showPane('template');
          break;
        case 'btnJixiaoCheck':
          void commands.checkWorkbookCommand(noEvent);
          break;
        case 'btnJixiaoClear':
          void commands.clearMarksCommand(noEvent);
          break;
        default:
          return false;
      }
      return true;
    },
    GetImage: (control: { Id: string }): string => BUTTON_IMAGES[control.Id] ?? 'assets/icon-32.png',
    OnGetEnabled: (): boolean => true,
  };
}
