/**
 * The WPS side of the entries: `window.Application` (or the older `window.wps`) as the ET slice, and the
 * gateways over it. The template code loads on first use, as in Excel: the pane's first bundle carries
 * only what 检查 needs.
 */
import type { WorkbookGateway } from '../host/contract';
import type { TemplateGateway } from '../host/template-contract';
import { lazyTemplateGateway } from '../taskpane/template-api';
import type { EtWriteApplication } from './et-template-types';
import type { EtApplication } from './et-types';
import { createWpsGateway } from './gateway';

/** The ET application of this page, or null outside WPS (a plain browser). */
export function wpsApplication(w: { Application?: unknown; wps?: unknown } = window as never): EtApplication | null {
  const app = (w.Application ?? w.wps) as Partial<EtApplication> | undefined;
  return app && typeof app === 'object' && 'ActiveWorkbook' in app ? (app as EtApplication) : null;
}

export function createWpsGateways(app: EtApplication): { gateway: WorkbookGateway; templates: TemplateGateway } {
  return {
    gateway: createWpsGateway(app),
    templates: lazyTemplateGateway(() =>
      import(/* webpackChunkName: "wps-templates" */ './templates').then((m) => m.createWpsTemplateGateway(app as unknown as EtWriteApplication)),
    ),
  };
}
