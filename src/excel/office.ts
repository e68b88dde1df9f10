/**
 * The gateway over the real Office.js globals, for the task pane and the ribbon commands. Only call it
 * after Office.onReady: `Excel` and `Office` come from office.js. The compiler checks here that the real
 * API fits the narrow interfaces the gateway is written against (./office-types.ts).
 */
import { createGateway, type GatewayOptions, type OfficeWorkbookGateway } from './gateway';

export function createOfficeGateway(options?: GatewayOptions): OfficeWorkbookGateway {
  return createGateway(Excel, Office, options);
}
