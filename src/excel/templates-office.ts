/**
 * The TemplateGateway over the real Office.js globals. Only call it after Office.onReady. The compiler
 * checks here that the real API fits the narrow interfaces the template code is written against
 * (./template-office-types.ts).
 */
import type { TemplateGateway } from '../taskpane/template-api';
import { createTemplateGateway, type TemplateGatewayOptions } from './templates';

export function createOfficeTemplateGateway(options?: TemplateGatewayOptions): TemplateGateway {
  return createTemplateGateway(Excel, Office, options);
}
