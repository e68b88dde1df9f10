/**
 * The task pane's Excel side inside Office: the gateway and the template gateway over the real Excel and
 * Office globals (call after Office.onReady). The template code loads on first use, like the 模板 view
 * itself: the initial bundle carries only what 检查 needs.
 */
import type { WorkbookGateway } from '../host/contract';
import { createOfficeGateway } from '../excel/office';
import type { TemplateGateway } from './template-api';

/** A TemplateGateway whose implementation (src/excel/templates.ts, src/core/template) is fetched on first call. */
export function lazyTemplateGateway(load: () => Promise<TemplateGateway>): TemplateGateway {
  let impl: Promise<TemplateGateway> | null = null;
  const get = () => {
    // A failed fetch (network) is retried on the next call rather than remembered.
    impl ??= load().catch((e: unknown) => {
      impl = null;
      throw e;
    });
    return impl;
  };
  return {
    listPresets: () => get().then((t) => t.listPresets()),
    insertTemplate: (request) => get().then((t) => t.insertTemplate(request)),
    generateFromSummary: (options) => get().then((t) => t.generateFromSummary(options)),
    updateSummary: () => get().then((t) => t.updateSummary()),
  };
}

export function createOfficeGateways(): { gateway: WorkbookGateway; templates: TemplateGateway } {
  return {
    gateway: createOfficeGateway(),
    templates: lazyTemplateGateway(() =>
      import(/* webpackChunkName: "templates" */ '../excel/templates-office').then((m) => m.createOfficeTemplateGateway()),
    ),
  };
}
