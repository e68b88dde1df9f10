/**
 * @jest-environment jsdom
 */
import '../support/jsdom-setup';
import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { LAST_COMMAND_KEY } from '../../src/commands/last-command';
import { PANE_HEARTBEAT_KEY, paneIsOpen } from '../../src/commands/notify';
import type { SettingsStore } from '../../src/taskpane/settings';
import { MemoryGateway, seedGrids } from './memory-gateway';

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
});
