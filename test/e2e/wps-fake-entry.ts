/**
 * Bundled for the browser by test/e2e/wps.e2e.test.ts and run before any script of the WPS pages (an init
 * script): the fake ET host on the workbook JSON the test put in `window.__JIXIAO_WPS_SEED__`, under
 * `window.Application` as WPS provides it. `window.__fakeWps` lets the test look at the document.
 */
import { FakeWpsHost } from '../fake-wps/host';
import type { FakeWorkbookJson } from '../fake-excel/workbook';

const w = window as unknown as { __JIXIAO_WPS_SEED__?: FakeWorkbookJson; Application?: unknown; __fakeWps?: FakeWpsHost };
if (w.__JIXIAO_WPS_SEED__) {
  const host = new FakeWpsHost(w.__JIXIAO_WPS_SEED__);
  w.__fakeWps = host;
  w.Application = host.Application;
}
