/**
 * main.js of the WPS add-in: WPS opens the add-in's index.html (which loads this script), then reads
 * ribbon.xml and calls the callbacks it names on `window.ribbon`. The same functions are also put on the
 * global object under their bare names, for WPS builds that look callbacks up there.
 */
import { defaultStore } from '../taskpane/settings';
import type { WorkbookGateway } from '../host/contract';
import { createWpsGateway } from './gateway';
import { wpsApplication } from './entry-gateways';
import { createRibbon } from './ribbon';

let gateway: WorkbookGateway | null = null;
const ribbon = createRibbon({
  app: () => wpsApplication(),
  gateway: () => (gateway ??= createWpsGateway(wpsApplication())),
  store: defaultStore(),
  paneUrl: new URL('taskpane.html', window.location.href).href,
  show: (text) => window.alert(text),
});

Object.assign(window as unknown as Record<string, unknown>, { ribbon, ...ribbon });
