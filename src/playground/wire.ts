/**
 * The playground's host side: the real gateway over a fake host — Excel (test/fake-excel/) or WPS 表格
 * (test/fake-wps/) — wrapped so that the grid view re-draws after every call that reached the fake (the
 * fills it wrote, the cell it selected).
 */
import type { WorkbookGateway } from '../host/contract';
import type { TemplateGateway } from '../taskpane/template-api';
import type { FakeExcelHost } from '../../test/fake-excel/host';
import type { FakeWpsHost } from '../../test/fake-wps/host';
import { createWpsGateway } from '../wps/gateway';
import { createWpsTemplateGateway } from '../wps/templates';
import type { EtApplication } from '../wps/et-types';
import type { EtWriteApplication } from '../wps/et-template-types';
import { createGateway } from '../excel/gateway';
import { createTemplateGateway } from '../excel/templates';

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

/**
 * The template code writes cell values (a new sheet's labels); the check must never. The fake host refuses
 * value writes unless allowed, so the playground allows them only while a template operation queues its
 * batch — a value write from anywhere else still fails, as in the tests.
 */
/** What both fakes have for content writes: the switch and the count of attempts. */
interface ValueWriteGuard {
  options: { allowValueWrites: boolean };
  valueWrites: number;
}

const templateWrites = new WeakMap<ValueWriteGuard, number>();

/** Value writes that did not come from a template operation (the fake counts every attempt). */
export function unexpectedValueWrites(host: ValueWriteGuard): number {
  return host.valueWrites - (templateWrites.get(host) ?? 0);
}

export function allowingValueWrites<T extends object>(target: T, host: ValueWriteGuard): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      const v = Reflect.get(t, prop, receiver) as unknown;
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        const options = host.options;
        options.allowValueWrites = true;
        const before = host.valueWrites;
        const settle = () => {
          options.allowValueWrites = false;
          templateWrites.set(host, (templateWrites.get(host) ?? 0) + host.valueWrites - before);
        };
        let result: unknown;
        try {
          result = (v as (...a: unknown[]) => unknown).apply(t, args);
        } catch (e) {
          settle();
          throw e;
        }
        if (result && typeof (result as Promise<unknown>).then === 'function') (result as Promise<unknown>).then(settle, settle);
        else settle();
        return result;
      };
    },
  });
}

export function createPlaygroundGateways(host: FakeExcelHost, onChange: () => void): { gateway: WorkbookGateway; templates: TemplateGateway } {
  // The same code as inside Excel, handed the fake's Excel and Office.
  const gateway = createGateway(host.Excel, host.Office, { onError: (e) => console.error('[jixiao playground]', e) });
  const templates = createTemplateGateway(host.Excel, host.Office);
  return { gateway: observed(gateway, onChange), templates: observed(allowingValueWrites(templates, host), onChange) };
}

/** The same for WPS 表格: the ET gateway and template gateway over the fake's `Application`. */
export function createWpsPlaygroundGateways(host: FakeWpsHost, onChange: () => void): { gateway: WorkbookGateway; templates: TemplateGateway } {
  const gateway = createWpsGateway(host.Application as unknown as EtApplication, { onError: (e) => console.error('[jixiao playground]', e) });
  const templates = createWpsTemplateGateway(host.Application as unknown as EtWriteApplication);
  return { gateway: observed(gateway, onChange), templates: observed(allowingValueWrites(templates, host), onChange) };
}
