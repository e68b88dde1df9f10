/**
 * What can stop the task pane before it mounts, said in Chinese with what to do. Plain DOM: React may be
 * the very thing that did not load. Used by ./index.tsx; no Office types (tests pass plain values).
 */
import type { ViewId } from './App';

export interface BootMessage {
  title: string;
  detail: string;
  action: string;
}

export interface BootFacts {
  /** office.js defined the Office global. */
  officeLoaded: boolean;
  /** Office.onReady resolved in time. */
  ready?: boolean;
  /** Office.onReady's host (null outside Office). */
  host?: string | null;
  /** The value of Office.HostType.Excel. */
  excelHost?: string;
  excelApi17?: boolean;
}

/** null when the pane can start. */
export function bootProblem(f: BootFacts): BootMessage | null {
  if (!f.officeLoaded) {
    return {
      title: '无法加载 office.js',
      detail: '任务窗格需要微软的 Office JavaScript 库（appsforoffice.microsoft.com），但它没有加载成功。',
      action:
        '请检查网络能否访问 office.js 所在的地址（默认 appsforoffice.microsoft.com；世纪互联运营的 Office 365 用 --env officeJsCdn=21vianet 构建，地址为 appsforoffice.cdn.partner.office365.cn）。单位内网无法访问时，请管理员用 --env selfHostOfficeJs 构建，让 office.js 随加载项一起部署。',
    };
  }
  if (!f.ready) {
    return {
      title: 'Office 没有响应',
      detail: '等待 Office 初始化超时。',
      action: '请关闭任务窗格后重新打开。如果是在浏览器中直接打开了此页面，请改为在 Excel 中通过“开始 → 绩效目标 → 打开助手”打开。',
    };
  }
  if (!f.host || (f.excelHost && f.host !== f.excelHost)) {
    return {
      title: '请在 Excel 中打开',
      detail: f.host ? `此页面是 Excel 加载项，当前宿主是 ${f.host}。` : '此页面是 Excel 加载项，需要在 Excel 中运行。',
      action: '在 Excel 中选择“开始 → 绩效目标 → 打开助手”。没有 Excel？打开演示页 playground.html 试用。',
    };
  }
  if (!f.excelApi17) {
    return {
      title: '此版本的 Excel 过旧',
      detail: '绩效目标表助手需要 ExcelApi 1.7（Excel 2019、Microsoft 365 或 Excel 网页版）。',
      action: '请升级 Excel，或改用 Excel 网页版。',
    };
  }
  return null;
}

/** ?view=template (the ribbon's 插入模板) → "template"; anything else → undefined (the default view). */
export function viewFromSearch(search: string): ViewId | undefined {
  const v = new URLSearchParams(search).get('view');
  return v === 'check' || v === 'template' || v === 'settings' ? v : undefined;
}

export function showBootMessage(root: HTMLElement, m: BootMessage): void {
  root.innerHTML = '';
  const box = document.createElement('div');
  box.id = 'boot';
  box.setAttribute('role', 'alert');
  const title = document.createElement('p');
  title.className = 'error';
  title.style.fontWeight = '600';
  title.textContent = m.title;
  const detail = document.createElement('p');
  detail.textContent = m.detail;
  const action = document.createElement('p');
  action.textContent = m.action;
  box.append(title, detail, action);
  if (/playground\.html/.test(m.action)) {
    const link = document.createElement('a');
    link.href = 'playground.html';
    link.textContent = '打开演示页';
    box.append(link);
  }
  root.appendChild(box);
}
