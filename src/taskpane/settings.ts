/**
 * The user's settings, kept per user in localStorage under "jixiao.settings" (./storage.ts: prefixed with
 * Office's partition key on the web) as JSON
 * `{framework, detectFramework, satisfactionMin, unitCostTolerance, writeNotes}`. The task pane writes them; the ribbon
 * commands (src/commands/) read the same key with `loadSettings()` and `checkSettingsFrom()`.
 *
 * Both thresholds are percents as the user types them: satisfactionMin 80 = "满意度 ≥ 80%",
 * unitCostTolerance 10 = "单位成本 × 数量 may differ from 总成本 by 10%" (the profile keeps 0.1).
 * No React here: the commands bundle imports this file too.
 */
import { BUILTIN_PROFILES, withFramework, type Framework, type Profile } from '../core/profile';
import type { CheckSettings } from '../host/contract';
import { defaultStore, type SettingsStore } from './storage';

export { defaultStore, type SettingsStore } from './storage';


export const SETTINGS_KEY = 'jixiao.settings';

export interface Settings {
  framework: Framework;
  /**
   * Each table checked under the framework it follows (where its 成本指标 stands), `framework` where it
   * does not say; off: every table held to `framework`.
   */
  detectFramework: boolean;
  /** Percent, 0–100. */
  satisfactionMin: number;
  /** Percent, 0–100. */
  unitCostTolerance: number;
  writeNotes: boolean;
}


export const DEFAULT_SETTINGS: Settings = {
  framework: '2024',
  detectFramework: true,
  satisfactionMin: BUILTIN_PROFILES['2024'].satisfactionMin,
  unitCostTolerance: round(BUILTIN_PROFILES['2024'].tolerances.unitCost * 100),
  writeNotes: true,
};

export const SATISFACTION_RANGE = { min: 0, max: 100 } as const;
export const UNIT_COST_TOLERANCE_RANGE = { min: 0, max: 100 } as const;

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * Validates one percent typed by the user. Returns the number, or a Chinese message saying what is wrong.
 * Accepts full-width digits and a trailing %.
 */
export function parsePercent(text: string, range: { min: number; max: number }): { value: number } | { error: string } {
  const s = text
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[％%]\s*$/, '')
    .replace(/．/g, '.')
    .trim();
  if (s === '') return { error: '请输入一个数字' };
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return { error: `“${text.trim()}”不是数字，请输入 ${range.min}–${range.max} 之间的数` };
  const value = Number(s);
  if (value < range.min || value > range.max) return { error: `应在 ${range.min}–${range.max} 之间（当前为 ${value}）` };
  return { value };
}

function inRange(v: unknown, range: { min: number; max: number }): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= range.min && v <= range.max;
}

/**
 * Reads settings from an already parsed JSON value. Each field that is missing or invalid falls back to
 * its default on its own, so one bad field never loses the others.
 */
export function normalizeSettings(raw: unknown): Settings {
  const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    framework: o.framework === '2024' || o.framework === 'classic' ? o.framework : DEFAULT_SETTINGS.framework,
    detectFramework: typeof o.detectFramework === 'boolean' ? o.detectFramework : DEFAULT_SETTINGS.detectFramework,
    satisfactionMin: inRange(o.satisfactionMin, SATISFACTION_RANGE) ? o.satisfactionMin : DEFAULT_SETTINGS.satisfactionMin,
    unitCostTolerance: inRange(o.unitCostTolerance, UNIT_COST_TOLERANCE_RANGE)
      ? o.unitCostTolerance
      : DEFAULT_SETTINGS.unitCostTolerance,
    writeNotes: typeof o.writeNotes === 'boolean' ? o.writeNotes : DEFAULT_SETTINGS.writeNotes,
  };
}

export interface LoadedSettings {
  settings: Settings;
  /** A Chinese sentence when the stored value could not be used (shown as an info message). */
  problem?: string;
}

export function loadSettingsWithProblem(store: SettingsStore | null = defaultStore()): LoadedSettings {
  if (!store) return { settings: { ...DEFAULT_SETTINGS }, problem: '无法访问浏览器存储，设置只在本次打开期间有效。' };
  let text: string | null;
  try {
    text = store.getItem(SETTINGS_KEY);
  } catch {
    return { settings: { ...DEFAULT_SETTINGS }, problem: '无法读取已保存的设置，已使用默认设置。' };
  }
  if (text === null) return { settings: { ...DEFAULT_SETTINGS } };
  try {
    return { settings: normalizeSettings(JSON.parse(text)) };
  } catch {
    return { settings: { ...DEFAULT_SETTINGS }, problem: '已保存的设置已损坏，已恢复为默认设置。' };
  }
}

export function loadSettings(store: SettingsStore | null = defaultStore()): Settings {
  return loadSettingsWithProblem(store).settings;
}

/** Writes the settings; returns a Chinese message when the store refused (quota, blocked storage). */
export function saveSettings(settings: Settings, store: SettingsStore | null = defaultStore()): string | null {
  if (!store) return '无法访问浏览器存储，设置只在本次打开期间有效。';
  const value: Settings = {
    framework: settings.framework,
    detectFramework: settings.detectFramework,
    satisfactionMin: settings.satisfactionMin,
    unitCostTolerance: settings.unitCostTolerance,
    writeNotes: settings.writeNotes,
  };
  try {
    store.setItem(SETTINGS_KEY, JSON.stringify(value));
    return null;
  } catch (e) {
    return `设置未能保存：${e instanceof Error ? e.message : String(e)}`;
  }
}

/** The profile a check runs with: the built-in profile of the framework, with the user's thresholds. */
export function profileFromSettings(settings: Settings): Profile {
  const base = withFramework(BUILTIN_PROFILES[settings.framework], settings.framework);
  return {
    ...base,
    detectFramework: settings.detectFramework,
    satisfactionMin: settings.satisfactionMin,
    tolerances: { ...base.tolerances, unitCost: round(settings.unitCostTolerance / 100) },
  };
}

/** What the gateway's checkWorkbook / recheckSheet take. */
export function checkSettingsFrom(settings: Settings): CheckSettings {
  return { profile: profileFromSettings(settings), writeNotes: settings.writeNotes };
}

export const FRAMEWORK_INFO: Record<Framework, { label: string; hint: string }> = {
  '2024': {
    label: '2024 框架（成本指标为一级指标）',
    hint: '成本指标单列为一级指标，填写总成本、单位成本和分项成本（财预〔2021〕101号，平阴县 2024 年要求）。',
  },
  classic: {
    label: '经典框架（成本在产出指标下）',
    hint: '一级指标为产出、效益、满意度，成本指标是产出指标下的二级指标（财预〔2015〕88号）。',
  },
};
