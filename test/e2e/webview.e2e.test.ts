/**
 * The old-webview notice in a real browser: the production taskpane.html from dist/, opened in chromium
 * made to behave like Internet Explorer 11 / EdgeHTML — its user agent, a Function constructor that refuses
 * ES2020 syntax, and the bundle's scripts replaced by what such an engine makes of them (a SyntaxError).
 * The ES5 notice must render in Chinese and stay; in the unaltered browser the bundle boots instead.
 */
import type { BrowserContext, Page } from 'playwright-core';
import * as path from 'path';
import { launchChromium } from '../../scripts/chromium';
import { serveStatic } from '../../scripts/serve-static';
import { checkShippedSyntax } from '../../scripts/chunk-syntax';
import { SHIPPED_ECMA_VERSION } from '../../webpack.config';

const DIST = path.join(__dirname, '..', '..', 'dist');
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
const EDGE18 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045';

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: { context: BrowserContext; close: () => Promise<void> };

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchChromium();
  // Offline: office.js from Microsoft's CDN is refused like everything off 127.0.0.1.
  await browser.context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('data:')) return route.continue();
    return route.abort();
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page whose engine parses ES5 only: modern syntax out of its reach. */
async function oldEnginePage(userAgent: string | null): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript((ua) => {
    if (ua) Object.defineProperty(Navigator.prototype, 'userAgent', { get: () => ua, configurable: true });
    const Native = window.Function;
    const OldFunction = function (...args: string[]) {
      if (/\?\.|\?\?|=>/.test(String(args[args.length - 1] ?? ''))) throw new SyntaxError('Expected identifier');
      return Native(...args);
    } as unknown as FunctionConstructor;
    Object.defineProperty(OldFunction, 'prototype', { value: Native.prototype });
    window.Function = OldFunction;
  }, userAgent);
  // What an ES5 engine makes of the ES2020 chunks: a syntax error, nothing runs.
  await page.route(/\/(taskpane|commands|\d+|settings-view|template-view|templates)\.[0-9a-f]+\.js$/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: 'var o = {} ; o?.a ;; ) syntax ES5 engines refuse' }),
  );
  return { page, errors };
}

async function noticeText(page: Page): Promise<string> {
  const alert = page.locator('#jixiao-unsupported[role=alert]');
  await alert.waitFor({ timeout: 30000 });
  return (await alert.textContent()) ?? '';
}

it(`every script of the build under test parses as ES${SHIPPED_ECMA_VERSION} (the notice as ES5)`, () => {
  const r = checkShippedSyntax(DIST, SHIPPED_ECMA_VERSION);
  expect(r.checked.length).toBeGreaterThan(5);
  expect(r.failures).toEqual([]);
});

it('Internet Explorer 11: the pane says in Chinese which Excel is needed and that the CLI and the playground work', async () => {
  const { page, errors } = await oldEnginePage(IE11);
  try {
    await page.goto(`${server.url}/taskpane.html`);
    const text = await noticeText(page);
    expect(text).toContain('此版本的 Excel 无法运行绩效目标表助手');
    expect(text).toContain('Internet Explorer 11');
    expect(text).toMatch(/Microsoft 365.*Office 2021 或 Office 2024/);
    expect(text).toContain('jixiao check');
    expect(text).toContain(`${server.url}/playground.html`);
    // The bundle did not parse, and nothing replaced the notice afterwards.
    await page.waitForTimeout(1000);
    expect(errors.some((e) => /SyntaxError|Unexpected/.test(e) || /Unexpected token/.test(e))).toBe(true);
    expect(await page.locator('#jixiao-unsupported').count()).toBe(1);
    expect(await page.locator('#boot').count()).toBe(0);
  } finally {
    await page.close();
  }
});

it('EdgeHTML, and an engine that only fails the syntax test, get the notice too', async () => {
  for (const [ua, expected] of [
    [EDGE18, 'EdgeHTML'],
    [null, '较旧的浏览器组件'],
  ] as const) {
    const { page } = await oldEnginePage(ua);
    try {
      await page.goto(`${server.url}/taskpane.html`);
      expect(await noticeText(page)).toContain(expected);
    } finally {
      await page.close();
    }
  }
});

it('unsupported.html (what the ribbon buttons open there) renders the notice', async () => {
  const { page } = await oldEnginePage(IE11);
  try {
    await page.goto(`${server.url}/unsupported.html`);
    expect(await noticeText(page)).toContain('Office 2019 批量许可版和 Office 2016 不能使用');
  } finally {
    await page.close();
  }
});

it('a supported browser gets no notice: the bundle runs (and, offline, says office.js is unreachable)', async () => {
  const page = await browser.context.newPage();
  try {
    await page.goto(`${server.url}/taskpane.html`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30000 });
    expect(await alert.textContent()).toMatch(/无法加载 office\.js/);
    expect(await page.locator('#jixiao-unsupported').count()).toBe(0);
  } finally {
    await page.close();
  }
});
