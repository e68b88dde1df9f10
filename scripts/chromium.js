'use strict';
/**
 * Launches Debian's chromium (/usr/bin/chromium) through playwright-core, headless and offline-quiet, with a
 * fresh profile directory that is removed on close. Never downloads a browser (no `playwright install`).
 * CHROMIUM_PATH overrides the executable.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The chromium to use: CHROMIUM_PATH when set (and only it), else Debian's. null when there is none. */
function chromiumPath() {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (fs.existsSync(c)) return c;
  return null;
}

/** The one line said when there is no browser to test in. */
const NO_CHROMIUM =
  'e2e: no chromium found (install Debian chromium, or set CHROMIUM_PATH to a Chromium executable) — no browser test was run';

/**
 * @param {{viewport?: {width: number, height: number}, deviceScaleFactor?: number}} [options]
 * @returns {Promise<{context: import('playwright-core').BrowserContext, close: () => Promise<void>}>}
 */
async function launchChromium(options = {}) {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(NO_CHROMIUM);
  const { chromium } = require('playwright-core');
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    locale: 'zh-CN',
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

module.exports = { launchChromium, chromiumPath, CHROMIUM_ARGS, NO_CHROMIUM };
