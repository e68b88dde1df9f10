/**
 * The WPS task pane entry: the same React pane as in Excel, mounted with the WPS gateway over
 * `window.Application`. Outside WPS it says so in Chinese (never a blank pane). The ribbon's 插入模板
 * reaches it as a view request in the shared localStorage, which the pane itself takes (as in Excel).
 */
import { showBootMessage, viewFromSearch } from '../taskpane/boot';
import { mountTaskPane } from '../taskpane/mount';
import { createWpsGateways, wpsApplication } from './entry-gateways';

function start(): void {
  const root = document.getElementById('root');
  if (!root) return;
  const app = wpsApplication();
  if (!app) {
    showBootMessage(root, {
      title: '请在 WPS 表格中打开',
      detail: '此页面是 WPS 表格加载项“绩效目标表助手”的任务窗格，需要在 WPS 表格中运行。',
      action: '在 WPS 表格中选择“绩效目标 → 打开助手”。',
    });
    return;
  }
  try {
    const { gateway, templates } = createWpsGateways(app);
    root.innerHTML = '';
    mountTaskPane(root, gateway, { host: { kind: 'wps' }, templates, initialView: viewFromSearch(window.location.search) });
  } catch (e) {
    showBootMessage(root, {
      title: '任务窗格启动失败',
      detail: e instanceof Error ? e.message : String(e),
      action: '请关闭任务窗格后重新打开；如果问题仍然存在，请把这段文字发给管理员。',
    });
  }
}

start();
