#!/usr/bin/env node
'use strict';
/**
 * Screenshots for the README (docs/images/): the playground after 检查工作簿 with one finding selected,
 * and the task pane alone. Needs a build in dist/ (npm run build). Uses Debian chromium (scripts/chromium.js).
 *
 *   node scripts/screenshots.js [workbook=pingyin-2024-official.xlsx]
 */
const fs = require('fs');
const path = require('path');
const { launchChromium } = require('./chromium');
const { serveStatic } = require('./serve-static');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'docs', 'images');

async function main() {
  const workbook = process.argv[2] || 'pingyin-2024-official.xlsx';
  if (!fs.existsSync(path.join(ROOT, 'dist', 'playground.html'))) throw new Error('dist/ has no build: run npm run build first');
  fs.mkdirSync(OUT, { recursive: true });
  const server = await serveStatic(path.join(ROOT, 'dist'));
  const { context, close } = await launchChromium({ viewport: { width: 1280, height: 760 } });
  try {
    await context.route('**/*', (r) => (r.request().url().startsWith(server.url) ? r.continue() : r.abort()));
    const page = await context.newPage();
    await page.goto(`${server.url}/playground.html?workbook=${encodeURIComponent(workbook)}`);
    await page.waitForFunction(() => window.__jixiaoPlayground && window.__jixiaoPlayground.ready === true, undefined, { timeout: 30000 });
    await page.getByRole('button', { name: '检查工作簿' }).click();
    await page.getByRole('button', { name: '重新检查' }).waitFor({ timeout: 60000 });
    // Select a finding on a project sheet (a warning if there is one), as a person would.
    const items = page.locator('button[data-finding-id]');
    const labels = await items.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') || ''));
    let index = labels.findIndex((l) => l.startsWith('警告') && !l.includes('申报表'));
    if (index < 0) index = 0;
    await items.nth(index).click();
    await page.waitForTimeout(600);
    const files = [path.join(OUT, 'playground.png'), path.join(OUT, 'taskpane.png')];
    await page.screenshot({ path: files[0] });
    await page.locator('.pg-pane').screenshot({ path: files[1] });
    for (const f of files) console.log(path.relative(ROOT, f));
  } finally {
    await close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
