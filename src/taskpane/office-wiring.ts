/**
 * The task pane's Excel side inside Office: the gateway over the real Excel and Office globals (call after
 * Office.onReady). The 模板 view appears when a TemplateGateway is wired here (issue 4).
 */
import type { WorkbookGateway } from '../excel/api';
import { createOfficeGateway } from '../excel/office';
import type { TemplateGateway } from './template-api';

export function createOfficeGateways(): { gateway: WorkbookGateway; templates?: TemplateGateway } {
  return { gateway: createOfficeGateway() };
}
