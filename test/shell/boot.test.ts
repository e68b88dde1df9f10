/**
 * @jest-environment jsdom
 *
 * The task pane's start-up: what stops it is said in words (src/taskpane/boot.ts), and ?view=template
 * (the 插入模板 URL of earlier manifests) opens the template view.
 */
import { bootProblem, showBootMessage, viewFromSearch } from '../../src/taskpane/boot';

describe('bootProblem', () => {
  it('names each reason the pane cannot start, with what to do', () => {
    expect(bootProblem({ officeLoaded: false })?.title).toBe('无法加载 office.js');
    expect(bootProblem({ officeLoaded: false })?.action).toMatch(/selfHostOfficeJs/);
    expect(bootProblem({ officeLoaded: true, ready: false })?.title).toBe('Office 没有响应');
    expect(bootProblem({ officeLoaded: true, ready: true, host: null, excelHost: 'Excel' })?.title).toBe('请在 Excel 中打开');
    expect(bootProblem({ officeLoaded: true, ready: true, host: 'Word', excelHost: 'Excel' })?.detail).toMatch(/Word/);
    expect(bootProblem({ officeLoaded: true, ready: true, host: 'Excel', excelHost: 'Excel', excelApi17: false })?.detail).toMatch(/ExcelApi 1\.7/);
    expect(bootProblem({ officeLoaded: true, ready: true, host: 'Excel', excelHost: 'Excel', excelApi17: true })).toBeNull();
  });
});

describe('viewFromSearch', () => {
  it('opens the view a URL asks for (a manifest of an earlier version pointed 插入模板 at ?view=template)', () => {
    expect(viewFromSearch('?view=template')).toBe('template');
    expect(viewFromSearch('')).toBeUndefined();
    expect(viewFromSearch('?view=settings')).toBe('settings');
    expect(viewFromSearch('?view=<script>')).toBeUndefined();
  });
});

describe('showBootMessage', () => {
  it('replaces the loading text with an alert a person can read (text, not HTML)', () => {
    document.body.innerHTML = '<div id="root"><div id="boot">正在加载…</div></div>';
    const root = document.getElementById('root')!;
    showBootMessage(root, { title: '请在 Excel 中打开', detail: '<b>x</b>', action: '没有 Excel？打开演示页 playground.html 试用。' });
    const alert = root.querySelector('[role=alert]')!;
    expect(alert.textContent).toContain('请在 Excel 中打开');
    expect(alert.innerHTML).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('playground.html');
    expect(root.textContent).not.toContain('正在加载');
  });
});
