/**
 * Rendering the pane over a MemoryGateway and finding things in it, for the task pane's component tests.
 * Role queries compute every element's accessible name and take seconds on a pane full of findings under
 * jsdom, so after a check the tests look buttons up by their aria-label or text.
 */
import * as React from 'react';
import { fireEvent, render, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import type { SettingsStore } from '../../src/taskpane/settings';
import type { MemoryGateway } from './memory-gateway';

/** A store per test (the pane's settings must not leak between tests). */
export function memoryStore(initial: Record<string, string> = {}): SettingsStore & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => (k in data ? data[k] : null), setItem: (k, v) => void (data[k] = v) };
}

export function renderPane(gateway: MemoryGateway, store = memoryStore()) {
  const utils = render(<App gateway={gateway} settingsStore={store} />);
  return { ...utils, store };
}

/** Clicks 检查工作簿 (or 重新检查) and waits until the check is done. */
export async function runCheck(): Promise<void> {
  fireEvent.click(queryBtn('检查工作簿') ?? btn('重新检查'));
  await waitFor(() => expect(queryBtn('重新检查')).toBeEnabled());
}

export function checkPanel(): HTMLElement {
  return document.getElementById('jixiao-panel-check')!;
}

/** A button by its name: its aria-label, or else its text; exactly one. */
export function btn(name: string): HTMLButtonElement {
  const all = Array.from(document.querySelectorAll<HTMLButtonElement>('button'));
  const hits = all.filter((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
  if (hits.length !== 1) throw new Error(`expected one button “${name}”, found ${hits.length}`);
  return hits[0];
}

export function queryBtn(name: string): HTMLButtonElement | null {
  const all = Array.from(document.querySelectorAll<HTMLButtonElement>('button'));
  return all.find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name) ?? null;
}

/** The live region the screen reader announces. */
export function status(): HTMLElement {
  return checkPanel().querySelector<HTMLElement>('[role="status"]')!;
}

/** Every button that selects a finding's cell: a finding's row or a cell chip of a repeated row. */
export function findingButtons(): HTMLButtonElement[] {
  return Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-finding-id]'));
}

/** A finding's button by its accessible name (aria-label). */
export function findingButton(label: string): HTMLButtonElement | undefined {
  return findingButtons().find((b) => b.getAttribute('aria-label') === label);
}
