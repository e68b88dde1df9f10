/**
 * @jest-environment jsdom
 */
import '../support/jsdom-setup';
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { LAST_COMMAND_KEY } from '../../src/commands/last-command';
import { PANE_HEARTBEAT_KEY, paneIsOpen } from '../../src/commands/notify';
import type { SettingsStore } from '../../src/taskpane/settings';
import { MemoryGateway, seedGrids } from './memory-gateway';
import { VIEW_REQUEST_KEY, VIEW_REQUEST_TTL_MS, writeViewRequest } from '../../src/commands/view-request';
import { createCommands, OPEN_PANE_FOR_TEMPLATES } from '../../src/commands/commands';
import type { TemplateGateway } from '../../src/host/template-contract';

/** A template gateway that is never called (the tests only switch views). */
const idleTemplates: TemplateGateway = {
  listPresets: () => [],
  insertTemplate: () => Promise.reject(new Error('not in this test')),
  generateFromSummary: () => Promise.reject(new Error('not in this test')),
  updateSummary: () => Promise.reject(new Error('not in this test')),
};

jest.setTimeout(30000);

function memoryStore(): SettingsStore & { data: Record<string, string> } {
  const data: Record<string, string> = {};
  return { data, getItem: (k) => (k in data ? data[k] : null), setItem: (k, v) => void (data[k] = v) };
}

describe('the pane and the ribbon commands', () => {
  it('keeps a heartbeat while open (so the commands open no dialog) and drops it when closed', async () => {
    const store = memoryStore();
    const gateway = new MemoryGateway(await seedGrids('official'));
    const view = render(<App gateway={gateway} settingsStore={store} />);
    expect(paneIsOpen(store)).toBe(true);
    view.unmount();
    expect(paneIsOpen(store)).toBe(false);
  });

  it('shows the outcome of a ribbon command that finished while it is open', async () => {
    const store = memoryStore();
    const gateway = new MemoryGateway(await seedGrids('official'));
    render(<App gateway={gateway} settingsStore={store} />);
    const summary = '检查了 15 张绩效目标表：0 个错误，9 个警告，43 个提示，已标记 52 个单元格';
    store.setItem(LAST_COMMAND_KEY, JSON.stringify({ command: 'checkWorkbook', at: '', ok: true, summary, notices: [] }));
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: LAST_COMMAND_KEY }));
    });
    expect(await screen.findByText(/功能区“检查工作簿”/)).toBeTruthy();
    expect(screen.getByText((t) => t.includes(summary))).toBeTruthy();
    expect(store.data[PANE_HEARTBEAT_KEY]).toBeDefined();
  });

  it('插入模板 while the pane is open: the pane switches to 模板 in place, its check results stay, no dialog', async () => {
    const store = memoryStore();
    const gateway = new MemoryGateway(await seedGrids('official'));
    render(<App gateway={gateway} templates={idleTemplates} settingsStore={store} />);
    fireEvent.click(screen.getByRole('button', { name: /检查工作簿/ }));
    expect(await screen.findAllByText(/平阳县民政局/)).not.toHaveLength(0);
    const notified: string[] = [];
    const commands = createCommands({ gateway: () => gateway, store, notify: async (o) => void notified.push(o.summary) });
    let completed = 0;
    await commands.showTemplatesCommand({ completed: () => void completed++ });
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: VIEW_REQUEST_KEY }));
    });
    expect(screen.getByRole('tab', { name: '模板' })).toHaveAttribute('aria-selected', 'true');
    expect(completed).toBe(1);
    expect(notified).toEqual([]);
    // Back on 检查, the findings are still there: the pane was not reloaded.
    fireEvent.click(screen.getByRole('tab', { name: '检查' }));
    expect(screen.getAllByText(/平阳县民政局/).length).toBeGreaterThan(0);
  });

  it('插入模板 while the pane is closed: the dialog says to open it, and it then opens on 模板 (a stale request does not)', async () => {
    const store = memoryStore();
    const notified: string[] = [];
    const gateway = new MemoryGateway(await seedGrids('official'));
    const commands = createCommands({ gateway: () => gateway, store, notify: async (o) => void notified.push(o.summary) });
    await commands.showTemplatesCommand({ completed: () => undefined });
    expect(notified).toEqual([OPEN_PANE_FOR_TEMPLATES]);
    const first = render(<App gateway={gateway} templates={idleTemplates} settingsStore={store} />);
    expect(screen.getByRole('tab', { name: '模板' })).toHaveAttribute('aria-selected', 'true');
    first.unmount();
    // The request was taken: the next opening is the usual one; so is one after a stale request.
    const second = render(<App gateway={gateway} templates={idleTemplates} settingsStore={store} />);
    expect(screen.getByRole('tab', { name: '检查' })).toHaveAttribute('aria-selected', 'true');
    second.unmount();
    writeViewRequest(store, 'template', Date.now() - VIEW_REQUEST_TTL_MS - 1000);
    render(<App gateway={gateway} templates={idleTemplates} settingsStore={store} />);
    expect(screen.getByRole('tab', { name: '检查' })).toHaveAttribute('aria-selected', 'true');
  });
});
