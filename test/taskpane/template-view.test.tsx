/**
 * @jest-environment jsdom
 */
import '../support/jsdom-setup';
import * as React from 'react';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { SETTINGS_KEY, type SettingsStore } from '../../src/taskpane/settings';
import type {
  GenerateOutcome,
  InsertTemplateRequest,
  SummaryOutcome,
  TemplateGateway,
  TemplateOutcome,
  TemplatePreset,
} from '../../src/taskpane/template-api';
import { parseAmountInput } from '../../src/taskpane/TemplateView';
import { lazyTemplateGateway } from '../../src/taskpane/template-api';
import { MemoryGateway } from './memory-gateway';

jest.setTimeout(30000);
configure({ defaultHidden: true });

function memoryStore(initial: Record<string, string> = {}): SettingsStore {
  const data = { ...initial };
  return { getItem: (k) => (k in data ? data[k] : null), setItem: (k, v) => void (data[k] = v) };
}

/**
 * A workbook of sheet names standing in for Excel: insertion picks a unique Chinese name after the active
 * sheet, as the real TemplateGateway must; it records every request.
 */
class FakeTemplates implements TemplateGateway {
  sheets = ['绩效目标申报表', '表1'];
  requests: InsertTemplateRequest[] = [];
  generated: Array<{ framework: string }> = [];
  failNext: unknown = null;
  presets: TemplatePreset[] = [
    { id: 'general', name: '通用', description: '只有标准的一级、二级指标行' },
    { id: 'subsidy', name: '补贴发放类', description: '补助人数、补助标准、足额发放率、发放及时率', examples: ['低保', '特困', '高龄津贴'] },
  ];

  private check() {
    if (this.failNext) {
      const e = this.failNext;
      this.failNext = null;
      throw e;
    }
  }

  async listPresets() {
    return this.presets;
  }

  async insertTemplate(request: InsertTemplateRequest): Promise<TemplateOutcome> {
    this.check();
    this.requests.push(request);
    const base = request.projectName ? request.projectName.slice(0, 20) : '项目支出绩效目标表';
    let name = base;
    for (let i = 2; this.sheets.includes(name); i++) name = `${base}（${i}）`;
    this.sheets.push(name);
    return { sheetName: name, syncs: 2 };
  }

  async generateFromSummary(options: { framework: '2024' | 'classic' }): Promise<GenerateOutcome> {
    this.check();
    this.generated.push(options);
    const names = ['县城供水管网', '养老服务中心'].filter((n) => !this.sheets.includes(n));
    this.sheets.push(...names);
    return { sheetNames: names, skipped: 2 - names.length, syncs: 2 };
  }

  async updateSummary(): Promise<SummaryOutcome> {
    this.check();
    return { sheetName: '绩效目标申报表', created: false, rows: this.sheets.length - 1, syncs: 2 };
  }
}

/** The outcome is said twice: in a MessageBar under the buttons, and in the panel's live region. */
async function expectOutcome(p: HTMLElement, text: string | RegExp) {
  await waitFor(() => expect(p.querySelector('[role="status"]')).toHaveTextContent(text));
  const bars = Array.from(p.querySelectorAll('.fui-MessageBar'));
  expect(bars.some((b) => (typeof text === 'string' ? b.textContent?.includes(text) : text.test(b.textContent ?? '')))).toBe(true);
}

function panel() {
  return document.getElementById('jixiao-panel-template')!;
}

async function openTemplates(templates: FakeTemplates, store = memoryStore()) {
  render(<App gateway={new MemoryGateway([])} templates={templates} settingsStore={store} />);
  fireEvent.click(screen.getByRole('tab', { name: '模板' }));
  await within(panel()).findByRole('combobox', { name: '项目类型' });
  return panel();
}

test('金额 input: empty is allowed, numbers with commas and full-width digits read, words refused', () => {
  expect(parseAmountInput('')).toEqual({ value: undefined });
  expect(parseAmountInput('1,000.50')).toEqual({ value: 1000.5 });
  expect(parseAmountInput('１２万元')).toEqual({ value: 12 });
  expect(parseAmountInput('一千')).toEqual({ error: expect.stringMatching(/请输入金额/) });
  expect(parseAmountInput('-5')).toEqual({ error: expect.stringMatching(/请输入金额/) });
});

test('the 模板 tab exists only with a TemplateGateway, and the ribbon can open the pane on it', async () => {
  render(<App gateway={new MemoryGateway([])} templates={new FakeTemplates()} initialView="template" settingsStore={memoryStore()} />);
  expect(screen.getByRole('tab', { name: '模板' })).toHaveAttribute('aria-selected', 'true');
  expect(await within(panel()).findByText(/能否用 Ctrl\+Z 撤消取决于 Excel 的版本/)).toBeInTheDocument();
});

test('插入: the preset, the framework of the settings and the optional fields reach the gateway', async () => {
  const t = new FakeTemplates();
  const p = await openTemplates(t, memoryStore({ [SETTINGS_KEY]: JSON.stringify({ framework: 'classic' }) }));
  const preset = within(p).getByRole('combobox', { name: '项目类型' }) as HTMLSelectElement;
  expect([...preset.options].map((o) => o.textContent)).toEqual(['通用', '补贴发放类']);
  fireEvent.change(preset, { target: { value: 'subsidy' } });
  expect(within(p).getByText('补助人数、补助标准、足额发放率、发放及时率')).toBeInTheDocument();
  expect((within(p).getByRole('combobox', { name: '指标体系' }) as HTMLSelectElement).value).toBe('classic');
  fireEvent.change(within(p).getByRole('textbox', { name: '项目名称（可选）' }), { target: { value: '农村最低生活保障金' } });
  fireEvent.change(within(p).getByRole('textbox', { name: '主管部门（可选）' }), { target: { value: '平阴县民政局' } });
  const amount = within(p).getByRole('textbox', { name: '年度预算资金总额（万元，可选）' });
  fireEvent.change(amount, { target: { value: '一千' } });
  expect(within(p).getByRole('button', { name: '插入' })).toBeDisabled();
  expect(within(p).getByText(/请输入金额/)).toBeInTheDocument();
  fireEvent.change(amount, { target: { value: '1,254.6' } });
  fireEvent.click(within(p).getByRole('button', { name: '插入' }));
  await expectOutcome(p, '已插入工作表“农村最低生活保障金”。');
  // Said where the user looks: right under 插入, above the 申报表 section.
  const bars = Array.from(p.querySelectorAll('.fui-MessageBar')).filter((b) => b.textContent?.includes('已插入工作表'));
  expect(bars).toHaveLength(1);
  const insertBtn = within(p).getByRole('button', { name: '插入' });
  const generateBtn = within(p).getByRole('button', { name: '从申报表生成' });
  expect(insertBtn.compareDocumentPosition(bars[0]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(bars[0].compareDocumentPosition(generateBtn) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(t.requests).toEqual([
    { preset: 'subsidy', framework: 'classic', projectName: '农村最低生活保障金', department: '平阴县民政局', unit: undefined, amount: 1254.6 },
  ]);
  // A second insert never reuses the name.
  fireEvent.click(within(p).getByRole('button', { name: '插入' }));
  await expectOutcome(p, '已插入工作表“农村最低生活保障金（2）”。');
});

test('从申报表生成 and 生成/更新申报表 report what they did; a failure is an error message with what to do', async () => {
  const t = new FakeTemplates();
  const p = await openTemplates(t);
  fireEvent.click(within(p).getByRole('button', { name: '从申报表生成' }));
  await expectOutcome(p, '已新建 2 张项目表：县城供水管网、养老服务中心。');
  expect(t.generated).toEqual([{ framework: '2024' }]);
  fireEvent.click(within(p).getByRole('button', { name: '从申报表生成' }));
  await expectOutcome(p, /每个项目都已有工作表，没有新建/);
  fireEvent.click(within(p).getByRole('button', { name: '生成/更新申报表' }));
  await expectOutcome(p, '已更新申报表“绩效目标申报表”，共 3 个项目。');

  t.failNext = Object.assign(new Error('This operation is not permitted on a protected sheet.'), { code: 'AccessDenied' });
  fireEvent.click(within(p).getByRole('button', { name: '插入' }));
  await expectOutcome(p, '插入模板失败');
  expect(within(p).getByText(/protected sheet/)).toBeInTheDocument();
  expect(within(p).getByText(/取消保护工作表/)).toBeInTheDocument();
  await waitFor(() => expect(within(p).getByRole('button', { name: '插入' })).toBeEnabled());
});

test('lazyTemplateGateway loads the implementation once, on first use, and retries after a failed load', async () => {
  const real = new FakeTemplates();
  let loads = 0;
  let failFirst = true;
  const lazy = lazyTemplateGateway(async () => {
    loads++;
    if (failFirst) {
      failFirst = false;
      throw new Error('ChunkLoadError: Loading chunk templates failed');
    }
    return real;
  });
  expect(loads).toBe(0);
  await expect(lazy.listPresets()).rejects.toThrow(/ChunkLoadError/);
  expect((await lazy.listPresets()).map((p) => p.id)).toEqual(['general', 'subsidy']);
  const r = await lazy.insertTemplate({ preset: 'general', framework: '2024' });
  expect(r.sheetName).toBe('项目支出绩效目标表');
  await lazy.updateSummary();
  expect(loads).toBe(2);
  expect(real.requests).toHaveLength(1);
});
