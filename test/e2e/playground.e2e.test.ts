/**
 * The browser test: the production build in dist/, served on 127.0.0.1, opened in headless Debian chromium.
 * The playground runs the real task pane and the real gateway over the fake Excel host holding a seed
 * workbook; the test clicks 检查工作簿, reads the findings, clicks one and watches the selection reach the
 * fake, clears the marks, and keeps screenshots in test-artifacts/. The expected findings are computed
 * here, in Node, by the core checker on the same .xlsx — not written down.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';
import { serveStatic } from '../../scripts/serve-static';
import { checkManifestStructure } from '../../scripts/manifest-check';
import { checkWorkbook, type Finding } from '../../src/core';
import { readXlsxFile } from '../../src/node/xlsx';
import type { FakeExcelHost } from '../fake-excel/host';

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const WORKBOOK = 'pingyin-2024-official.xlsx';

interface HostView {
  ready: boolean;
  selection: { sheet: string; address: string } | null;
  activeSheet: string;
  /** Every fill in the fake: "sheet!A1" → colour. */
  fills: Record<string, string>;
  notes: Record<string, string>;
  values: string;
  valueWrites: number;
  syncs: number;
}

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: { context: BrowserContext; close: () => Promise<void> };
const offOrigin: string[] = [];
const pageErrors: string[] = [];

async function hostView(page: Page): Promise<HostView> {
  return page.evaluate(() => {
    const pg = window.__jixiaoPlayground;
    if (!pg) throw new Error('no playground');
    // This test runs the playground on its default host, Excel.
    const h = pg.host as FakeExcelHost;
    const fills: Record<string, string> = {};
    const notes: Record<string, string> = {};
    for (const s of h.workbook.sheets) {
      for (const [k, f] of s.fills) fills[`${s.name}!${k}`] = f.color;
      for (const [k, n] of s.notes) notes[`${s.name}!${k}`] = n;
    }
    return {
      ready: pg.ready,
      selection: h.selection,
      activeSheet: h.activeSheet,
      fills,
      notes,
      values: JSON.stringify(h.workbook.sheets.map((s) => [s.name, [...s.values.entries()]])),
      valueWrites: h.valueWrites,
      syncs: h.syncCount,
    };
  });
}

/** What is drawn on top at the centre of each locator's box: nothing may cover the pane or the grid. */
async function coveredBy(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate((sels) => {
    const out: string[] = [];
    for (const sel of sels) {
      const el = document.querySelector(sel);
      if (!el) {
        out.push(`${sel}: missing`);
        continue;
      }
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + Math.min(r.width / 2, 40), r.top + Math.min(r.height / 2, 10));
      if (!top || !(el === top || el.contains(top))) out.push(`${sel} is covered by <${top?.tagName.toLowerCase()} class="${top?.className}">`);
    }
    return out;
  }, selectors);
}

async function shot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file });
  return file;
}

function keyToAddress(key: string): string {
  // "sheet!<row*16384+col>" as the host stores it → "sheet!A1".
  const i = key.lastIndexOf('!');
  const k = Number(key.slice(i + 1));
  const row = Math.floor(k / 16384);
  let col = k % 16384;
  let letters = '';
  col += 1;
  while (col > 0) {
    const m = (col - 1) % 26;
    letters = String.fromCharCode(65 + m) + letters;
    col = Math.floor((col - 1) / 26);
  }
  return `${key.slice(0, i)}!${letters}${row + 1}`;
}

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchChromium({ viewport: { width: 1440, height: 900 } });
  // Nothing may leave 127.0.0.1: the playground must work offline. Record and refuse anything else.
  await browser.context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    offOrigin.push(url);
    return route.abort();
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the production build', () => {
  it('has every page and icon the manifest references', () => {
    const xml = fs.readFileSync(path.join(DIST, 'manifest.xml'), 'utf8');
    const structure = checkManifestStructure(xml, { root: DIST });
    expect(structure.errors).toEqual([]);
    const base = structure.base;
    const missing = structure.urls
      .map((u) => new URL(u))
      .map((u) => `${u.origin}${u.pathname}`.slice(base.length))
      .filter((rel) => !fs.existsSync(path.join(DIST, rel)));
    expect(missing).toEqual([]);
  });

  it('loads office.js from the CDN in the Office pages and not at all in the playground', () => {
    const taskpane = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    const commands = fs.readFileSync(path.join(DIST, 'commands.html'), 'utf8');
    const playground = fs.readFileSync(path.join(DIST, 'playground.html'), 'utf8');
    expect(taskpane).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(commands).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(playground).not.toMatch(/office\.js/);
    expect(playground).not.toMatch(/https?:\/\//);
  });
});

describe('taskpane.html without Office', () => {
  it('says in words that office.js could not be loaded (never a blank pane)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/taskpane.html`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20000 });
    await expect(alert.textContent()).resolves.toMatch(/无法加载 office\.js/);
    await expect(alert.textContent()).resolves.toMatch(/selfHostOfficeJs/);
    await shot(page, 'taskpane-without-office.png');
    await page.close();
  });
});

describe(`the playground on ${WORKBOOK}`, () => {
  let page: Page;
  let expected: Finding[];

  beforeAll(async () => {
    const grids = await readXlsxFile(path.join(ROOT, 'examples', WORKBOOK));
    expected = checkWorkbook(grids).sheets.flatMap((s) => s.findings);
    page = await browser.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    offOrigin.length = 0;
    await page.goto(`${server.url}/playground.html?workbook=${encodeURIComponent(WORKBOOK)}`);
    await page.waitForFunction(() => window.__jixiaoPlayground?.ready === true, undefined, { timeout: 30000 });
  });

  afterAll(async () => {
    await page?.close();
  });

  it('shows the workbook in the grid and the pane beside it, offline', async () => {
    await page.getByRole('button', { name: '检查工作簿' }).waitFor();
    const tabs = await page.locator('.pg-tabs [role=tab]').allTextContents();
    const grids = await readXlsxFile(path.join(ROOT, 'examples', WORKBOOK));
    expect(tabs).toEqual(grids.map((g) => g.name));
    // The first sheet's A1 text is in the grid.
    const a1 = grids[0].rows[0]?.[0];
    expect(await page.locator('td[data-address="A1"]').first().textContent()).toBe(String(a1 ?? ''));
    await shot(page, 'playground-loaded.png');
    expect(offOrigin).toEqual([]);
  });

  it('检查工作簿 lists the findings the core finds and marks their cells', async () => {
    expect(expected.length).toBeGreaterThan(0);
    const before = await hostView(page);
    await page.getByRole('button', { name: '检查工作簿' }).click();
    await page.getByRole('button', { name: '重新检查' }).waitFor({ timeout: 60000 });
    const items = page.locator('button[data-finding-id]');
    await items.first().waitFor({ timeout: 30000 });
    // The list is on screen, not hidden under anything (a full-viewport portal once covered it).
    expect(await coveredBy(page, ['button[data-finding-id]', '.pg-banner', 'td[data-address="A1"]'])).toEqual([]);
    // Every finding's cell is reachable: each finding has its button, a row or a cell chip of a grouped row.
    const shown = await items.evaluateAll((els) => els.map((e) => e.getAttribute('title')));
    expect(shown.length).toBe(expected.length);
    expect([...shown].sort()).toEqual(expected.map((f) => `${f.sheet}!${f.cell}`).sort());
    // A rule's hints on one sheet (two or more) are one row of chips; everything else is a row of its own.
    const hintGroups = new Map<string, string[]>();
    for (const f of expected.filter((x) => x.severity === 'info')) {
      const k = `${f.sheet}\u0000${f.rule}`;
      hintGroups.set(k, [...(hintGroups.get(k) ?? []), `${f.sheet}!${f.cell}`]);
    }
    const grouped = [...hintGroups.values()].filter((cells) => cells.length >= 2);
    const chipRows = await page.locator('[data-repeated]').evaluateAll((els) =>
      els.map((e) => [...e.querySelectorAll('button[data-finding-id]')].map((b) => b.getAttribute('title'))),
    );
    expect(grouped.length).toBeGreaterThan(0);
    expect(chipRows.map((cells) => [...cells].sort().join(' ')).sort()).toEqual(grouped.map((cells) => [...cells].sort().join(' ')).sort());
    const chipCount = grouped.reduce((n, cells) => n + cells.length, 0);
    expect(await page.locator('button[data-finding-id]:not([data-repeated] button)').count()).toBe(expected.length - chipCount);

    const after = await hostView(page);
    // One read and one write: the budget for a check of the whole workbook.
    expect(after.syncs - before.syncs).toBe(2);
    // Every finding's cell is filled; a colour per severity (the most severe finding of the cell).
    const marked = new Map<string, Finding['severity']>();
    const rank = { error: 0, warning: 1, info: 2 } as const;
    for (const f of expected) {
      const k = `${f.sheet}!${f.cell}`;
      const prev = marked.get(k);
      if (!prev || rank[f.severity] < rank[prev]) marked.set(k, f.severity);
    }
    const fills = Object.fromEntries(Object.entries(after.fills).map(([k, c]) => [keyToAddress(k), c]));
    expect(Object.keys(fills).sort()).toEqual([...marked.keys()].sort());
    const colourOf = new Map<string, string>();
    for (const [cell, severity] of marked) {
      const c = fills[cell];
      if (colourOf.has(severity)) expect({ cell, colour: c }).toEqual({ cell, colour: colourOf.get(severity) });
      else colourOf.set(severity, c);
    }
    expect(new Set(colourOf.values()).size).toBe(colourOf.size);
    expect(after.valueWrites).toBe(0);
    expect(after.values).toBe(before.values);
    await shot(page, 'playground-checked.png');
  });

  it('clicking a finding selects its cell in the fake and in the grid', async () => {
    // Prefer a finding on a sheet other than the active one: the selection must switch sheets too.
    const items = page.locator('button[data-finding-id]');
    const titles = await items.evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
    const active = (await hostView(page)).activeSheet;
    let index = titles.findIndex((t) => !t.startsWith(`${active}!`));
    if (index < 0) index = 0;
    const target = titles[index];
    const sheet = target.slice(0, target.lastIndexOf('!'));
    const cell = target.slice(target.lastIndexOf('!') + 1);
    await items.nth(index).click();
    await page.waitForFunction(
      ([s, c]) => {
        const sel = window.__jixiaoPlayground?.host.selection;
        return !!sel && sel.sheet === s && sel.address === c;
      },
      [sheet, cell] as const,
      { timeout: 10000 },
    );
    const view = await hostView(page);
    expect(view.activeSheet).toBe(sheet);
    // The grid follows: the sheet's tab is active, the cell outlined, the name box says where.
    await expect(page.locator('.pg-tabs [aria-selected=true]').textContent()).resolves.toBe(sheet);
    const selected = page.locator('td[data-selected=true]');
    await selected.waitFor();
    expect(await selected.getAttribute('data-address')).toBe(cell);
    expect(await page.getByTestId('namebox').textContent()).toBe(`${sheet}!${cell}`);
    expect(await selected.getAttribute('data-fill')).toBeTruthy();
    await shot(page, 'playground-selected.png');
  });

  it('clicking a cell chip of a grouped row selects that cell, as a row does', async () => {
    const chips = page.locator('[data-repeated] button[data-finding-id]');
    const titles = await chips.evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
    const selected = (await hostView(page)).selection;
    const index = titles.findIndex((t) => t !== `${selected?.sheet}!${selected?.address}`);
    const target = titles[index];
    const sheet = target.slice(0, target.lastIndexOf('!'));
    const cell = target.slice(target.lastIndexOf('!') + 1);
    await chips.nth(index).click();
    await page.waitForFunction(
      ([s, c]) => {
        const sel = window.__jixiaoPlayground?.host.selection;
        return !!sel && sel.sheet === s && sel.address === c;
      },
      [sheet, cell] as const,
      { timeout: 10000 },
    );
    expect(await chips.nth(index).getAttribute('aria-current')).toBe('true');
    // The grid's name box re-renders after the host's selection changed: wait for it (a loaded machine lags).
    await page.waitForFunction((want) => document.querySelector('[data-testid="namebox"]')?.textContent === want, `${sheet}!${cell}`, {
      timeout: 10000,
    });
    expect(await page.getByTestId('namebox').textContent()).toBe(`${sheet}!${cell}`);
  });

  it('实时检查: typing in a cell re-checks that sheet and replaces its marks', async () => {
    // The first missing-operator finding: type an operator into its cell, as a person would in Excel.
    const target = expected.find((f) => f.rule === 'value/missing-operator');
    expect(target).toBeDefined();
    const { sheet, cell } = target!;
    const grids = await readXlsxFile(path.join(ROOT, 'examples', WORKBOOK));
    const grid = grids.find((g) => g.name === sheet)!;
    const at = /^([A-Z]+)(\d+)$/.exec(cell)!;
    const col = at[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const row = Number(at[2]) - 1;
    const typed = `≥${String(grid.rows[row][col])}`;
    grid.rows[row][col] = typed;
    const after = checkWorkbook(grids).sheets.find((s) => s.name === sheet)!.findings;
    expect(after.some((f) => f.cell === cell && f.rule === target!.rule)).toBe(false);

    await page.getByRole('switch', { name: '实时检查' }).check();
    await page.locator('.pg-tabs [role=tab]', { hasText: sheet }).first().click();
    // A person reads the pane before typing. (The gateway takes a change to a cell it marked within the
    // last 2 s for the echo of its own write and ignores it; see the report on src/excel/gateway.ts.)
    await page.waitForTimeout(2500);
    const syncsBefore = (await hostView(page)).syncs;
    await page.locator(`td[data-address="${cell}"]`).dblclick();
    const input = page.getByRole('textbox', { name: `编辑 ${cell}` });
    await input.fill(typed);
    await input.press('Enter');
    // The gateway waits for a quiet moment (debounce), re-reads that one sheet and re-marks it.
    await page.waitForFunction(
      ([s, c]) => (window.__jixiaoPlayground!.host as FakeExcelHost).fill(s, c) === null,
      [sheet, cell] as const,
      { timeout: 15000 },
    );
    await page.waitForFunction(
      ([s, c]) => ![...document.querySelectorAll('button[data-finding-id]')].some((b) => b.getAttribute('title') === `${s}!${c}`),
      [sheet, cell] as const,
      { timeout: 15000 },
    );
    const view = await hostView(page);
    expect(await page.evaluate(([s, c]) => window.__jixiaoPlayground!.host.value(s, c), [sheet, cell] as const)).toBe(typed);
    const titles = await page.locator('button[data-finding-id]').evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
    expect(titles.filter((t) => t.startsWith(`${sheet}!`)).sort()).toEqual(after.map((f) => `${sheet}!${f.cell}`).sort());
    const marked = Object.keys(view.fills).map(keyToAddress).filter((k) => k.startsWith(`${sheet}!`));
    expect(marked.sort()).toEqual([...new Set(after.map((f) => `${sheet}!${f.cell}`))].sort());
    // Re-checking one sheet: one read and one write.
    expect(view.syncs - syncsBefore).toBe(2);
    expect(view.valueWrites).toBe(0);
    await shot(page, 'playground-live-recheck.png');
    await page.getByRole('switch', { name: '实时检查' }).uncheck();
  });

  it('清除标记 restores every cell and leaves the values alone', async () => {
    const before = await hostView(page);
    await page.getByRole('button', { name: '清除标记' }).click();
    await page.waitForFunction(() => {
      const h = window.__jixiaoPlayground!.host;
      return h.workbook.sheets.every((s) => s.fills.size === 0);
    }, undefined, { timeout: 20000 });
    const after = await hostView(page);
    expect(after.fills).toEqual({}); // the sample workbook has no fills of its own
    expect(after.notes).toEqual({});
    expect(after.values).toBe(before.values);
    expect(after.valueWrites).toBe(0);
    expect(await page.locator('td[data-fill]').count()).toBe(0);
    await shot(page, 'playground-cleared.png');
  });

  it('made no request off 127.0.0.1 and threw no uncaught error', () => {
    expect(offOrigin).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('插入模板 (the ribbon opens taskpane.html?view=template; here playground.html?view=template)', () => {
  let page: Page;

  beforeAll(async () => {
    page = await browser.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${server.url}/playground.html?workbook=${encodeURIComponent(WORKBOOK)}&view=template`);
    await page.waitForFunction(() => window.__jixiaoPlayground?.ready === true, undefined, { timeout: 30000 });
  });

  afterAll(async () => {
    await page?.close();
  });

  it('opens on the template view, inserts a new sheet and a check reads it as the core does', async () => {
    const insert = page.getByRole('button', { name: '插入', exact: true });
    await insert.waitFor({ timeout: 20000 });
    const tabsBefore = await page.locator('.pg-tabs [role=tab]').allTextContents();
    await page.getByRole('textbox', { name: '项目名称（可选）' }).fill('演示项目');
    await insert.click();
    await page.waitForFunction((n) => document.querySelectorAll('.pg-tabs [role=tab]').length === n + 1, tabsBefore.length, { timeout: 20000 });
    const tabsAfter = await page.locator('.pg-tabs [role=tab]').allTextContents();
    const added = tabsAfter.filter((t) => !tabsBefore.includes(t));
    expect(added).toHaveLength(1);
    const view = await hostView(page);
    expect(view.activeSheet).toBe(added[0]);
    // The new sheet shows its labels in the grid.
    expect(await page.locator('.pg-scroll').textContent()).toContain('绩效指标');
    await shot(page, 'playground-template.png');

    // Check the workbook; the pane's findings are the core's findings on what the fake now holds.
    await page.getByRole('tab', { name: '检查' }).click();
    await page.getByRole('button', { name: '检查工作簿' }).click();
    await page.getByRole('button', { name: '重新检查' }).waitFor({ timeout: 60000 });
    const grids = await page.evaluate(() =>
      window.__jixiaoPlayground!.host.workbook.sheets.map((s) => {
        const area = s.usedArea(true);
        const rows: unknown[][] = [];
        for (let r = 0; area && r <= area.bottom; r++) {
          const row: unknown[] = [];
          for (let c = 0; c <= area.right; c++) row.push(s.value(r, c));
          rows.push(row);
        }
        return { name: s.name, rows, merges: s.merges.map((m) => ({ ...m })) };
      }),
    );
    const expected = checkWorkbook(grids as Parameters<typeof checkWorkbook>[0]).sheets.flatMap((s) => s.findings);
    const titles = await page.locator('button[data-finding-id]').evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
    expect(titles.sort()).toEqual(expected.map((f) => `${f.sheet}!${f.cell}`).sort());
    expect(expected.some((f) => f.sheet === added[0])).toBe(true);
  });
});
