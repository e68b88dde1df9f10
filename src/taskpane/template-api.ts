/**
 * The 模板 view's side of the template contract (src/host/template-contract.ts, re-exported here) and the
 * lazy loader the entries wrap their TemplateGateway in.
 */
import type { TemplateGateway } from '../host/template-contract';

export type {
  GenerateOutcome,
  InsertTemplateRequest,
  SummaryOutcome,
  TemplateGateway,
  TemplateOutcome,
  TemplatePreset,
} from '../host/template-contract';

/**
 * A TemplateGateway whose implementation is loaded on first use, so the template spec and presets stay
 * out of the task pane's initial bundle (≤ 250 KB gzipped). In an entry:
 *   lazyTemplateGateway(() => import('../excel/templates-office').then((m) => m.createOfficeTemplateGateway()))
 * A failed load rejects the call that triggered it (the 模板 view shows it) and is retried on the next call.
 */
export function lazyTemplateGateway(load: () => Promise<TemplateGateway>): TemplateGateway {
  let pending: Promise<TemplateGateway> | null = null;
  const get = () => {
    if (!pending) {
      pending = load().catch((e: unknown) => {
        pending = null;
        throw e;
      });
    }
    return pending;
  };
  return {
    listPresets: async () => (await get()).listPresets(),
    insertTemplate: async (request) => (await get()).insertTemplate(request),
    generateFromSummary: async (options) => (await get()).generateFromSummary(options),
    updateSummary: async () => (await get()).updateSummary(),
  };
}
