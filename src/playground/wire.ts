/**
 * The playground's Excel side: the real gateway over the fake host, wrapped so that the grid view re-draws
 * after every call that reached the fake (the fills it wrote, the cell it selected).
 */
import type { WorkbookGateway } from '../excel/api';
import type { TemplateGateway } from '../taskpane/template-api';
import type { FakeExcelHost } from '../../test/fake-excel/host';
import { createGateway } from '../excel/gateway';

/**
 * Calls `after` (on a later task) when a promise-returning method of `target` settles. Synchronous methods
 * pass through untouched: they may be called while React renders, which must not trigger another render.
 */
export function observed<T extends object>(target: T, after: () => void): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      const v = Reflect.get(t, prop, receiver) as unknown;
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        const result = (v as (...a: unknown[]) => unknown).apply(t, args);
        if (result && typeof (result as Promise<unknown>).then === 'function') {
          const later = () => void setTimeout(after, 0);
          (result as Promise<unknown>).then(later, later);
        }
        return result;
      };
    },
  });
}

export function createPlaygroundGateways(host: FakeExcelHost, onChange: () => void): { gateway: WorkbookGateway; templates?: TemplateGateway } {
  // The same gateway code as inside Excel, handed the fake's Excel and Office.
  const gateway = createGateway(host.Excel, host.Office, { onError: (e) => console.error('[jixiao playground]', e) });
  return { gateway: observed(gateway, onChange) };
}
