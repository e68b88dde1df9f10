/**
 * @jest-environment jsdom
 */
import '../support/jsdom-setup';
import * as React from 'react';
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { mountTaskPane } from '../../src/taskpane/mount';
import { BUILTIN_PROFILES } from '../../src/core/profile';
import { countBySeverity } from '../../src/core/finding';
import type { Grid } from '../../src/core/grid';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  checkSettingsFrom,
  loadSettings,
  loadSettingsWithProblem,
  normalizeSettings,
  parsePercent,
  profileFromSettings,
  saveSettings,
  type SettingsStore,
} from '../../src/taskpane/settings';
import { MemoryGateway, seedGrids } from './memory-gateway';

jest.setTimeout(30000);
configure({ defaultHidden: true });

function memoryStore(initial: Record<string, string> = {}): SettingsStore & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => (k in data ? data[k] : null), setItem: (k, v) => void (data[k] = v) };
}

let seed: Grid[];
beforeAll(async () => {
  seed = await seedGrids('official');
});

beforeEach(() => localStorage.clear());

describe('settings as data', () => {
  test('defaults follow the built-in 2024 profile', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      framework: '2024',
      detectFramework: true,
      satisfactionMin: BUILTIN_PROFILES['2024'].satisfactionMin,
      unitCostTolerance: BUILTIN_PROFILES['2024'].tolerances.unitCost * 100,
      writeNotes: true,
    });
  });

  test('the profile: the framework’s built-in profile with the user’s thresholds (percent → fraction)', () => {
    const p = profileFromSettings({ framework: 'classic', detectFramework: false, satisfactionMin: 90, unitCostTolerance: 15, writeNotes: false });
    expect(p.framework).toBe('classic');
    expect(p.detectFramework).toBe(false);
    expect(profileFromSettings(DEFAULT_SETTINGS).detectFramework).toBe(true);
    expect(p.satisfactionMin).toBe(90);
    expect(p.tolerances.unitCost).toBeCloseTo(0.15, 10);
    expect(p.tolerances.funds).toBe(BUILTIN_PROFILES.classic.tolerances.funds);
    expect(checkSettingsFrom({ ...DEFAULT_SETTINGS, writeNotes: false }).writeNotes).toBe(false);
  });

  test('a bad field falls back to its default alone; corrupt JSON to all defaults, with a message', () => {
    expect(normalizeSettings({ framework: 'x', satisfactionMin: 95, unitCostTolerance: -3, writeNotes: 'yes' })).toEqual({
      ...DEFAULT_SETTINGS,
      satisfactionMin: 95,
    });
    const broken = memoryStore({ [SETTINGS_KEY]: '{"framework":' });
    const loaded = loadSettingsWithProblem(broken);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problem).toMatch(/已损坏/);
    expect(loadSettings(memoryStore())).toEqual(DEFAULT_SETTINGS);
  });

  test('saved as the JSON the ribbon commands read', () => {
    const store = memoryStore();
    expect(saveSettings({ framework: 'classic', detectFramework: false, satisfactionMin: 85, unitCostTolerance: 5, writeNotes: false }, store)).toBeNull();
    expect(JSON.parse(store.data[SETTINGS_KEY])).toEqual({ framework: 'classic', detectFramework: false, satisfactionMin: 85, unitCostTolerance: 5, writeNotes: false });
    // Settings saved before the switch existed read as detection on.
    expect(normalizeSettings({ framework: 'classic', satisfactionMin: 85, unitCostTolerance: 5, writeNotes: false }).detectFramework).toBe(true);
    const full: SettingsStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveSettings(DEFAULT_SETTINGS, full)).toMatch(/设置未能保存.*QuotaExceededError/);
  });

  test('percent input: full-width digits and % accepted, words and out-of-range refused in Chinese', () => {
    const r = { min: 0, max: 100 };
    expect(parsePercent('９０', r)).toEqual({ value: 90 });
    expect(parsePercent(' 85.5% ', r)).toEqual({ value: 85.5 });
    expect(parsePercent('', r)).toEqual({ error: '请输入一个数字' });
    expect(parsePercent('八十', r)).toEqual({ error: expect.stringMatching(/不是数字/) });
    expect(parsePercent('120', r)).toEqual({ error: expect.stringMatching(/应在 0–100 之间/) });
    expect(parsePercent('-1', r)).toEqual({ error: expect.stringMatching(/应在 0–100 之间/) });
  });
});

/** Opens 设置 (loaded on first visit, as in the pane) and returns its panel. */
async function openSettings() {
  fireEvent.click(screen.getByRole('tab', { name: '设置' }));
  const panel = document.getElementById('jixiao-panel-settings')!;
  await within(panel).findByRole('radiogroup', { name: '指标体系' });
  return panel;
}

describe('the 设置 view', () => {
  test('changes are validated, saved to localStorage "jixiao.settings" and used by the next check', async () => {
    const gw = new MemoryGateway(seed);
    render(<App gateway={gw} />);
    const panel = await openSettings();
    expect(panel).toBeVisible();

    fireEvent.click(within(panel).getByRole('radio', { name: /经典框架/ }));
    const sat = within(panel).getByRole('textbox', { name: /满意度指标的最低值/ });
    fireEvent.change(sat, { target: { value: '90' } });
    const tol = within(panel).getByRole('textbox', { name: /单位成本容差/ });
    fireEvent.change(tol, { target: { value: '二十' } });
    expect(within(panel).getByText(/“二十”不是数字/)).toBeInTheDocument();
    fireEvent.change(tol, { target: { value: '20' } });
    expect(within(panel).queryByText(/不是数字/)).toBeNull();
    fireEvent.click(within(panel).getByRole('switch', { name: '在标记的单元格上写批注' }));
    fireEvent.click(within(panel).getByRole('switch', { name: '按每张表所填的框架检查' }));
    expect(within(panel).getByText(/每张表都按上面选择的框架检查/)).toBeInTheDocument();

    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY)!)).toEqual({
      framework: 'classic',
      detectFramework: false,
      satisfactionMin: 90,
      unitCostTolerance: 20,
      writeNotes: false,
    });
    expect(within(panel).getByText('设置已保存，下次检查时生效。')).toBeInTheDocument();

    // An invalid entry is not saved.
    fireEvent.change(sat, { target: { value: '150' } });
    expect(within(panel).getByText(/应在 0–100 之间/)).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY)!).satisfactionMin).toBe(90);

    // The next check runs with that profile, and the pane shows what the core finds under it.
    fireEvent.click(screen.getByRole('tab', { name: '检查' }));
    fireEvent.click(screen.getByRole('button', { name: '检查工作簿' }));
    await screen.findByRole('button', { name: '重新检查' });
    const used = gw.calls.check[0];
    expect(used.profile.framework).toBe('classic');
    expect(used.profile.satisfactionMin).toBe(90);
    expect(used.profile.tolerances.unitCost).toBeCloseTo(0.2, 10);
    expect(used.writeNotes).toBe(false);
    const classic = countBySeverity(gw.expected(used).sheets.flatMap((s) => s.findings));
    const modern = countBySeverity(gw.expected(checkSettingsFrom(DEFAULT_SETTINGS)).sheets.flatMap((s) => s.findings));
    // On the 2024 seed the classic framework reads 成本指标 as no 一级: more errors than under 2024.
    expect(classic.errors).toBeGreaterThan(modern.errors);
    expect(screen.getByRole('button', { name: `错误 ${classic.errors}` })).toBeInTheDocument();
  });

  test('settings saved earlier are read at start and shown', async () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ framework: 'classic', satisfactionMin: 75, unitCostTolerance: 12, writeNotes: false }));
    const gw = new MemoryGateway(seed);
    render(<App gateway={gw} />);
    const panel = await openSettings();
    expect(within(panel).getByRole('radio', { name: /经典框架/ })).toBeChecked();
    expect(within(panel).getByRole('textbox', { name: /满意度指标的最低值/ })).toHaveValue('75');
    expect(within(panel).getByRole('textbox', { name: /单位成本容差/ })).toHaveValue('12');
    expect(within(panel).getByRole('switch', { name: '在标记的单元格上写批注' })).not.toBeChecked();
    fireEvent.click(screen.getByRole('tab', { name: '检查' }));
    fireEvent.click(screen.getByRole('button', { name: '检查工作簿' }));
    await waitFor(() => expect(gw.calls.check).toHaveLength(1));
    expect(gw.calls.check[0].profile.satisfactionMin).toBe(75);
    expect(gw.calls.check[0].profile.framework).toBe('classic');
  });

  test('恢复默认设置 writes the defaults; corrupt stored settings are said in words', async () => {
    const store = memoryStore({ [SETTINGS_KEY]: 'not json' });
    render(<App gateway={new MemoryGateway(seed)} settingsStore={store} />);
    expect(screen.getByText('已保存的设置已损坏，已恢复为默认设置。')).toBeInTheDocument();
    const panel = await openSettings();
    fireEvent.click(within(panel).getByRole('button', { name: '恢复默认设置' }));
    expect(JSON.parse(store.data[SETTINGS_KEY])).toEqual(DEFAULT_SETTINGS);
  });

  test('without notes support the switch says the text stays in the pane', async () => {
    const gw = new MemoryGateway(seed);
    gw.caps = { ...gw.caps, notes: false };
    render(<App gateway={gw} settingsStore={memoryStore()} />);
    const panel = await openSettings();
    expect(within(panel).getByText(/不支持批注.*只显示在任务窗格中/)).toBeInTheDocument();
  });
});

describe('mountTaskPane', () => {
  test('mounts the pane, switches views on request, unmounts cleanly', async () => {
    const el = document.createElement('div');
    document.body.appendChild(el);
    const gw = new MemoryGateway(seed);
    let pane!: ReturnType<typeof mountTaskPane>;
    await act(async () => {
      pane = mountTaskPane(el, gw, { settingsStore: memoryStore(), host: { kind: 'playground', label: '演示模式：未连接 Excel' } });
    });
    expect(within(el).getByRole('heading', { name: '绩效目标表助手' })).toBeInTheDocument();
    expect(within(el).getByText('演示模式：未连接 Excel')).toBeInTheDocument();
    await act(async () => pane.showView('settings'));
    expect(within(el).getByRole('tab', { name: '设置' })).toHaveAttribute('aria-selected', 'true');
    expect(await within(el).findByRole('button', { name: '恢复默认设置' })).toBeInTheDocument();
    // No TemplateGateway: a request for the 模板 view lands on 检查.
    await act(async () => pane.showView('template'));
    expect(within(el).getByRole('tab', { name: '检查' })).toHaveAttribute('aria-selected', 'true');
    await act(async () => {
      fireEvent.click(within(el).getByRole('switch', { name: '实时检查' }));
    });
    expect(gw.listenerCount).toBe(1);
    await act(async () => pane.unmount());
    expect(gw.listenerCount).toBe(0);
    expect(el.childElementCount).toBe(0);
    el.remove();
  });
});
