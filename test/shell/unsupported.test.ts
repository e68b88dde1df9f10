/**
 * @jest-environment jsdom
 *
 * The ES5 notice (src/unsupported/unsupported.js) that taskpane.html and commands.html load before the
 * bundles: in IE11 and EdgeHTML it says in Chinese what Excel is needed and what still works; in a
 * supported webview it does nothing. Run here as the browser would run it (a classic script).
 */
import * as fs from 'fs';
import * as path from 'path';

const SOURCE = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'unsupported', 'unsupported.js'), 'utf8');
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
const EDGE18 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045';
const WEBVIEW2 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';

type W = Window & Record<string, unknown>;

function runNotice(ua: string, attrs: Record<string, string> = {}): void {
  Object.defineProperty(window.navigator, 'userAgent', { value: ua, configurable: true });
  const tag = document.createElement('script');
  for (const [k, v] of Object.entries(attrs)) tag.setAttribute(k, v);
  document.body.appendChild(tag);
  // A classic script: the last <script> in the document is the one running.
  new Function(SOURCE)();
}

beforeEach(() => {
  document.body.innerHTML = '<div id="root"><div id="boot">正在加载绩效目标表助手…</div></div>';
  for (const k of ['__jixiaoUnsupported', 'checkWorkbook', 'clearMarks', 'showTemplates', 'Office']) delete (window as unknown as W)[k];
  (window as unknown as W).ResizeObserver = class {};
});

it('in Internet Explorer 11 the pane says which Excel is needed and what still works', () => {
  runNotice(IE11);
  const alert = document.querySelector('[role=alert]');
  const text = alert?.textContent ?? '';
  expect(text).toContain('此版本的 Excel 无法运行绩效目标表助手');
  expect(text).toContain('Internet Explorer 11');
  expect(text).toMatch(/Office 2021 或 Office 2024/);
  expect(text).toContain('WebView2');
  expect(text).toContain('jixiao check');
  expect(text).toContain('http://localhost/playground.html');
  expect(document.getElementById('boot')).toBeNull();
  expect((window as unknown as W).__jixiaoUnsupported).toMatch(/Internet Explorer/);
});

it('in EdgeHTML too; in WebView2 it stays silent and the pane boots', () => {
  runNotice(EDGE18);
  expect(document.querySelector('[role=alert]')?.textContent).toContain('EdgeHTML');

  document.body.innerHTML = '<div id="root"><div id="boot">正在加载绩效目标表助手…</div></div>';
  delete (window as unknown as W).__jixiaoUnsupported;
  runNotice(WEBVIEW2);
  expect(document.querySelector('[role=alert]')).toBeNull();
  expect(document.getElementById('boot')).not.toBeNull();
  expect((window as unknown as W).__jixiaoUnsupported).toBeUndefined();
});

it('a webview without ResizeObserver (Fluent UI v9 needs it) is unsupported even when it parses the syntax', () => {
  delete (window as unknown as W).ResizeObserver;
  runNotice(WEBVIEW2);
  expect(document.querySelector('[role=alert]')?.textContent).toContain('较旧的浏览器组件');
});

it('on the commands page each ribbon button opens the notice in a dialog and completes its event', () => {
  const opened: string[] = [];
  let onEvent: (() => void) | null = null;
  (window as unknown as W).Office = {
    onReady: (cb: () => void) => cb(),
    EventType: { DialogEventReceived: 'dialogEventReceived' },
    context: {
      ui: {
        displayDialogAsync(url: string, _o: unknown, cb: (r: unknown) => void) {
          opened.push(url);
          cb({ status: 'succeeded', value: { addEventHandler: (_t: string, h: () => void) => (onEvent = h) } });
        },
      },
    },
  };
  document.body.innerHTML = '';
  runNotice(IE11, { 'data-commands': '1' });
  const completed: number[] = [];
  for (const name of ['checkWorkbook', 'clearMarks', 'showTemplates']) {
    expect(typeof (window as unknown as W)[name]).toBe('function');
  }
  ((window as unknown as W).checkWorkbook as (e: unknown) => void)({ completed: () => completed.push(1) });
  expect(opened).toEqual(['http://localhost/unsupported.html']);
  expect(completed).toEqual([]);
  onEvent!(); // the user closed the dialog
  onEvent!();
  expect(completed).toEqual([1]);
});

it('unsupported.html shows the notice whatever the webview (data-always)', () => {
  runNotice(WEBVIEW2, { 'data-always': '1' });
  expect(document.querySelector('[role=alert]')?.textContent).toContain('此版本的 Excel 无法运行绩效目标表助手');
});
