/**
 * The WPS add-in in a browser: webpack.wps.config.js's production build (into a temporary folder), served
 * on 127.0.0.1, opened in headless Debian chromium with the fake ET host (test/fake-wps/) installed under
 * `window.Application` before the page's scripts run — as WPS provides it. The task pane checks the seed
 * workbook and lists the same findings as the command line (`jixiao check --format json` on the same
 * file); the ribbon's 检查工作簿 (main.js, as WPS calls it) marks the workbook and reports in a message
 * box. Screenshots go to test-artifacts/.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import webpack from 'webpack';
import makeWpsConfig from '../../webpack.wps.config';
import { launchChromium } from '../../scripts/chromium';
import { serveStatic } from '../../scripts/serve-static';
import { workbookJsonFromXlsx } from '../fake-excel/from-xlsx';
import type { FakeWpsHost } from '../fake-wps/host';

const ROOT = path.resolve(__dirname, '..', '..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const WORKBOOK = path.join(ROOT, 'examples', 'pingyin-2024-official.xlsx');

let out: string;
let harness: string;
let seed: string;
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: { context: BrowserContext; close: () => Promise<void> };
const pageErrors: string[] = [];

function build(config: webpack.Configuration): Promise<void> {
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

/** What the command line finds: "sheet!cell\trule". */
function cliFindings(): string[] {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'jixiao.js'), 'check', WORKBOOK, '--format', 'json'], { encoding: 'utf8' });
  const report = JSON.parse(r.stdout) as { files: { sheets: { name: string; findings: { cell: string; rule: string }[] }[] }[] };
  return report.files[0].sheets.flatMap((s) => s.findings.map((f) => `${s.name}!${f.cell}\t${f.rule}`)).sort();
}

async function openWithFake(page: Page, url: string): Promise<void> {
  await page.addInitScript({ content: `window.__JIXIAO_WPS_SEED__ = ${seed};` });
  await page.addInitScript({ path: harness });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url);
}

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-wps-e2e-'));
  await build(makeWpsConfig({ outDir: path.join(out, 'addin') }, { mode: 'production' }));
  await build({
    mode: 'development',
    devtool: false,
    target: 'web',
    entry: path.join(__dirname, 'wps-fake-entry.ts'),
    output: { path: path.join(out, 'harness'), filename: 'fake-wps.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true, configFile: path.join(ROOT, 'tsconfig.json'), compilerOptions: { module: 'esnext', target: 'ES2020' } } }] },
  });
  harness = path.join(out, 'harness', 'fake-wps.js');
  seed = JSON.stringify(await workbookJsonFromXlsx(WORKBOOK));
  server = await serveStatic(path.join(out, 'addin'));
  browser = await launchChromium({ viewport: { width: 420, height: 900 } });
  await browser.context.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

it('outside WPS the pane says where to open it', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/taskpane.html`);
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 20000 });
  expect(await alert.textContent()).toMatch(/请在 WPS 表格中打开/);
  await page.close();
});

it('the task pane over window.Application checks the seed workbook and lists the command line’s findings', async () => {
  const page = await browser.context.newPage();
  await openWithFake(page, `${server.url}/taskpane.html`);
  await page.getByRole('button', { name: '检查工作簿' }).click({ timeout: 30000 });
  await page.getByRole('button', { name: '重新检查' }).waitFor({ timeout: 60000 });
  const items = page.locator('button[data-finding-id]');
  await items.first().waitFor({ timeout: 30000 });
  const shown = (await items.evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''))).sort();
  const cli = cliFindings();
  expect(cli.length).toBeGreaterThan(0);
  expect(shown).toEqual(cli.map((f) => f.split('\t')[0]).sort());
  // The marks are in the fake's document: one fill per flagged cell, no value written.
  const doc = await page.evaluate(() => {
    const h = (window as unknown as { __fakeWps: FakeWpsHost }).__fakeWps;
    return { fills: h.workbook.sheets.reduce((n, s) => n + s.fills.size, 0), valueWrites: h.valueWrites, calls: h.calls };
  });
  expect(doc.fills).toBe(new Set(cli.map((f) => f.split('\t')[0])).size);
  expect(doc.valueWrites).toBe(0);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, 'wps-taskpane-checked.png') });
  // Clicking a finding selects its cell in the fake.
  const first = shown[0];
  await items.first().click();
  await page.waitForFunction(
    (t) => {
      const s = (window as unknown as { __fakeWps: FakeWpsHost }).__fakeWps.selection;
      return !!s && `${s.sheet}!${s.address}` === t;
    },
    (await items.first().getAttribute('title')) ?? first,
    { timeout: 15000 },
  );
  expect(pageErrors).toEqual([]);
  await page.close();
});

it('main.js: the ribbon’s 检查工作簿 marks the workbook and reports in a message box; 清除标记 restores it', async () => {
  const page = await browser.context.newPage();
  const messages: string[] = [];
  page.on('dialog', (d) => {
    messages.push(d.message());
    void d.accept();
  });
  await openWithFake(page, `${server.url}/index.html`);
  await page.waitForFunction(() => typeof (window as unknown as { ribbon?: unknown }).ribbon === 'object', undefined, { timeout: 20000 });
  // The pane of the test before shares this origin's localStorage: its heartbeat would say "the pane is
  // open, it reports there". No pane is open now.
  await page.evaluate(() => window.localStorage.removeItem('jixiao.paneHeartbeat'));
  const before = await page.evaluate(() => JSON.stringify((window as unknown as { __fakeWps: FakeWpsHost }).__fakeWps.serialize()));
  await page.evaluate(() => (window as unknown as { ribbon: { OnAction(c: { Id: string }): boolean } }).ribbon.OnAction({ Id: 'btnJixiaoCheck' }));
  await page.waitForFunction(() => (window as unknown as { __fakeWps: FakeWpsHost }).__fakeWps.customXmlParts().length === 1, undefined, { timeout: 30000 });
  for (let i = 0; i < 100 && messages.length === 0; i++) await page.waitForTimeout(100);
  expect(messages[0]).toMatch(/^绩效目标表助手：检查了 15 张绩效目标表：0 个错误/);
  await page.evaluate(() => (window as unknown as { ribbon: { OnAction(c: { Id: string }): boolean } }).ribbon.OnAction({ Id: 'btnJixiaoClear' }));
  await page.waitForFunction(() => (window as unknown as { __fakeWps: FakeWpsHost }).__fakeWps.customXmlParts().length === 0, undefined, { timeout: 30000 });
  const after = await page.evaluate(() => JSON.stringify((window as unknown as { __fakeWps: FakeWpsHost }).__fakeWps.serialize()));
  expect(after).toBe(before);
  // 打开助手 asks WPS for a task pane on taskpane.html.
  await page.evaluate(() => (window as unknown as { ribbon: { OnAction(c: { Id: string }): boolean } }).ribbon.OnAction({ Id: 'btnJixiaoPane' }));
  const panes = await page.evaluate(() => (window as unknown as { __fakeWps: FakeWpsHost }).__fakeWps.taskPanes.map((p) => ({ url: p.url, visible: p.Visible })));
  expect(panes).toEqual([{ url: `${server.url}/taskpane.html`, visible: true }]);
  expect(pageErrors).toEqual([]);
  await page.close();
});

it('the playground’s host switch runs the same pane over the fake WPS: the same findings, WPS calls counted', async () => {
  const dist = await serveStatic(path.join(ROOT, 'dist'));
  try {
    const page = await browser.context.newPage();
    await browser.context.route(`${dist.url}/**`, (route) => route.continue());
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${dist.url}/playground.html?host=wps&workbook=pingyin-2024-official.xlsx`);
    await page.waitForFunction(() => window.__jixiaoPlayground?.ready === true && window.__jixiaoPlayground.kind === 'wps', undefined, { timeout: 30000 });
    expect(await page.getByRole('combobox', { name: '宿主' }).inputValue()).toBe('wps');
    await page.getByRole('button', { name: '检查工作簿' }).click();
    await page.getByRole('button', { name: '重新检查' }).waitFor({ timeout: 60000 });
    const items = page.locator('button[data-finding-id]');
    await items.first().waitFor({ timeout: 30000 });
    const shown = (await items.evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''))).sort();
    expect(shown).toEqual(cliFindings().map((f) => f.split('\t')[0]).sort());
    await page.waitForFunction(() => /WPS 调用：[1-9]\d* 次跨进程调用/.test(document.querySelector('[data-testid=sync-log]')?.textContent ?? ''), undefined, { timeout: 10000 });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'playground-wps-checked.png') });
    // Back to Excel: the same workbook on the fake Excel host.
    await page.getByRole('combobox', { name: '宿主' }).selectOption('excel');
    await page.waitForFunction(() => window.__jixiaoPlayground?.ready === true && window.__jixiaoPlayground.kind === 'excel', undefined, { timeout: 30000 });
    expect(pageErrors).toEqual([]);
    await page.close();
  } finally {
    await dist.close();
  }
});
