/**
 * The one call the webpack entries make: the Office task pane entry (after Office.onReady, with the
 * Office.js gateway) and the playground page (with the gateway over the fake host).
 *
 *   const pane = mountTaskPane(document.getElementById('root')!, gateway, { host: { kind: 'excel' } });
 *   pane.showView('template');   // e.g. when the ribbon's 插入模板 fires while the pane is open
 *   pane.unmount();
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import type { WorkbookGateway } from '../host/contract';
import { App, type HostInfo, type ViewId } from './App';
import type { SettingsStore } from './settings';
import type { TemplateGateway } from './template-api';

export interface MountOptions {
  host?: HostInfo;
  templates?: TemplateGateway;
  initialView?: ViewId;
  /** Defaults to localStorage. */
  settingsStore?: SettingsStore | null;
}

export interface TaskPaneHandle {
  /** Switches to a view ("template" falls back to "check" when no TemplateGateway was given). */
  showView(view: ViewId): void;
  unmount(): void;
}

export function mountTaskPane(element: HTMLElement, gateway: WorkbookGateway, options: MountOptions = {}): TaskPaneHandle {
  const root = createRoot(element);
  const render = (viewRequest?: { view: ViewId }) =>
    root.render(
      <React.StrictMode>
        <App
          gateway={gateway}
          host={options.host}
          templates={options.templates}
          initialView={options.initialView}
          viewRequest={viewRequest}
          settingsStore={options.settingsStore}
        />
      </React.StrictMode>,
    );
  render();
  return {
    showView: (view) => render({ view }),
    unmount: () => root.unmount(),
  };
}

export type { HostInfo, ViewId };
