/**
 * The intranet build: `--env selfHostOfficeJs --env origin=https://…/jixiao`. office.js and the files it
 * loads are served from our own origin, the manifest points at the production origin, and the task pane
 * page — opened in chromium with every request off 127.0.0.1 refused — gets office.js running and says
 * it must be opened in Excel (rather than that office.js could not be loaded).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import webpack from 'webpack';
import makeConfig from '../../webpack.config';
import { launchChromium } from '../../scripts/chromium';
import { serveStatic } from '../../scripts/serve-static';
import { checkManifestStructure, validateWithSchema } from '../../scripts/manifest-check';

const ROOT = path.resolve(__dirname, '..', '..');
const ORIGIN = 'https://intranet.example.gov.cn/jixiao';
let out: string;

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-selfhost-'));
  // Development mode: this is about what is copied and where the pages point, not about minification.
  const config = (await makeConfig({ selfHostOfficeJs: true, origin: ORIGIN, outDir: out, only: 'taskpane,commands' }, { mode: 'development' })) as webpack.Configuration;
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
});

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

it('copies office.js with the files it loads and points the Office pages at them', () => {
  for (const f of ['office.js', 'o15apptofilemappingtable.js', 'excel-web-16.00.js', 'excel-win32-16.01.js', 'excel-mac-16.00.js', 'zh-cn/office_strings.js', 'en-us/office_strings.js', 'telemetry/oteljs_agave.js']) {
    expect({ f, exists: fs.existsSync(path.join(out, 'office-js', f)) }).toEqual({ f, exists: true });
  }
  expect(fs.readdirSync(path.join(out, 'office-js')).some((f) => f.endsWith('.debug.js'))).toBe(false);
  for (const page of ['taskpane.html', 'commands.html']) {
    const html = fs.readFileSync(path.join(out, page), 'utf8');
    expect(html).toContain('src="office-js/office.js"');
    expect(html).not.toContain('appsforoffice.microsoft.com');
  }
});

it('writes a manifest whose every URL is on the production origin and that still validates', () => {
  const xml = fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8');
  expect(xml).not.toContain('localhost');
  const r = checkManifestStructure(xml, { root: out });
  expect(r.errors).toEqual([]);
  expect(r.urls.every((u) => u.startsWith(`${ORIGIN}/`))).toBe(true);
  const schema = validateWithSchema(path.join(out, 'manifest.xml'), ROOT);
  if ('skipped' in schema) console.log(`schema check skipped: ${schema.skipped}`);
  else expect(schema.ok).toBe(true);
});

it('runs office.js from our origin with the internet cut off', async () => {
  const server = await serveStatic(out);
  let browser: Awaited<ReturnType<typeof launchChromium>> | null = null;
  const refused: string[] = [];
  try {
    // Launched inside the try: a browser that cannot start must not leave the server open (jest would hang).
    browser = await launchChromium();
    await browser.context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      refused.push(url);
      return route.abort();
    });
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/taskpane.html`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30000 });
    const text = (await alert.textContent()) ?? '';
    // office.js loaded (from us) and ran Office.onReady; outside Excel the pane says where to open it.
    expect(text).toMatch(/请在 Excel 中打开/);
    expect(text).not.toMatch(/无法加载 office\.js/);
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe('object');
    expect(server.requests).toContain('/office-js/office.js');
    // …and office.js fetched its own next file from us too.
    expect(server.requests).toContain('/office-js/o15apptofilemappingtable.js');
    // Nothing was fetched from Microsoft's CDN.
    expect(refused.filter((u) => /appsforoffice|microsoft\.com/.test(u))).toEqual([]);
  } finally {
    await browser?.close();
    await server.close();
  }
});
