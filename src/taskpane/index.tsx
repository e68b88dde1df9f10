/**
 * The Office task pane entry: waits for Office.onReady, checks that this is Excel with ExcelApi 1.7, then
 * mounts the pane with the Office.js gateway. Anything that stops it is said in words on the page (never a
 * blank pane): office.js unreachable, opened outside Excel, an Excel too old, a failure while mounting.
 */
import { bootProblem, viewFromSearch, showBootMessage } from './boot';
import { mountTaskPane } from './mount';
import { createOfficeGateways } from './office-wiring';

const OFFICE_READY_TIMEOUT_MS = 15000;

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  // unsupported.js (ES5, loaded first) found a webview this pane does not support and said so on the page.
  if ((window as { __jixiaoUnsupported?: string }).__jixiaoUnsupported) return;
  if (typeof Office === 'undefined') {
    showBootMessage(root, bootProblem({ officeLoaded: false })!);
    return;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const info = await Promise.race([
    Office.onReady(),
    new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS);
    }),
  ]);
  clearTimeout(timer);
  const problem = bootProblem({
    officeLoaded: true,
    ready: info !== null,
    host: info?.host ? String(info.host) : null,
    excelHost: Office.HostType ? String(Office.HostType.Excel) : undefined,
    excelApi17: info ? Office.context?.requirements?.isSetSupported('ExcelApi', '1.7') === true : false,
  });
  if (problem) {
    showBootMessage(root, problem);
    return;
  }
  try {
    const { gateway, templates } = createOfficeGateways();
    root.innerHTML = '';
    mountTaskPane(root, gateway, { host: { kind: 'excel' }, templates, initialView: viewFromSearch(window.location.search) });
  } catch (e) {
    showBootMessage(root, {
      title: '任务窗格启动失败',
      detail: e instanceof Error ? e.message : String(e),
      action: '请关闭任务窗格后重新打开；如果问题仍然存在，请把这段文字发给管理员。',
    });
  }
}

void start();
