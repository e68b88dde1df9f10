/**
 * The task pane's Excel side inside Office: the gateway and the template gateway over the real Excel and
 * Office globals (call after Office.onReady). The template gateway (spec, presets, writer) loads on first
 * use, outside the initial bundle.
 */
import type { WorkbookGateway } from '../excel/api';
import { createOfficeGateway } from '../excel/office';
import { lazyTemplateGateway, type TemplateGateway } from './template-api';

export function createOfficeGateways(): { gateway: WorkbookGateway; templates: TemplateGateway } {
  return {
    gateway: createOfficeGateway(),
    templates: lazyTemplateGateway(() =>
      import(/* webpackChunkName: "templates" */ '../excel/templates-office').then((m) => m.createOfficeTemplateGateway()),
    ),
  };
}
