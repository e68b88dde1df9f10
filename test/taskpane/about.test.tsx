/**
 * @jest-environment jsdom
 *
 * 设置 → 关于: this Excel's features from the gateway's capabilities, and the support statement from
 * src/excel/support.ts — the same facts as docs/support.md.
 */
import '../support/jsdom-setup';
import * as React from 'react';
import * as fs from 'fs';
import * as path from 'path';
import { render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { SettingsView } from '../../src/taskpane/SettingsView';
import { DEFAULT_SETTINGS } from '../../src/taskpane/settings';
import { FEATURES, HOSTS, SUPPORTED_SUMMARY, cellText } from '../../src/excel/support';
import { detectFeatures } from '../../src/excel/gateway';
import { FakeExcelHost } from '../fake-excel/host';

function renderSettings(excelApi: string) {
  const host = new FakeExcelHost({ sheets: [{ name: 'Sheet1' }] }, { excelApi });
  const { caps } = detectFeatures(host.Office);
  render(
    <FluentProvider theme={webLightTheme}>
      <SettingsView settings={{ ...DEFAULT_SETTINGS }} onChange={() => null} capabilities={caps} />
    </FluentProvider>,
  );
}

it('an Excel with ExcelApi 1.14 (Office 2021): merges and change source yes, notes and undo no, with what happens instead', () => {
  renderSettings('1.14');
  const here = within(screen.getByRole('list', { name: '本机 Excel 支持的功能' }));
  const line = (label: string) => here.getByText((t) => t.startsWith(`${label}：`)).textContent;
  expect(line('读取合并单元格（一级/二级指标的合并格）')).toBe('读取合并单元格（一级/二级指标的合并格）：支持');
  expect(line('实时检查只响应本人的修改')).toMatch(/：支持$/);
  expect(line('在标记的单元格上写批注')).toBe('在标记的单元格上写批注：不支持（只标色，问题说明在任务窗格中）');
  expect(line('用 Ctrl+Z 撤消加载项所做的修改')).toMatch(/：不支持（加载项修改工作簿/);
});

it('an Excel with ExcelApi 1.20: everything', () => {
  renderSettings('1.20');
  const items = within(screen.getByRole('list', { name: '本机 Excel 支持的功能' })).getAllByRole('listitem');
  expect(items.map((i) => i.textContent?.endsWith('：支持'))).toEqual(FEATURES.map(() => true));
});

it('lists every Office of docs/support.md with the same cells', () => {
  renderSettings('1.18');
  expect(screen.getByText(SUPPORTED_SUMMARY)).toBeInTheDocument();
  const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'support.md'), 'utf8');
  const hosts = within(screen.getByRole('list', { name: '各版本 Excel 的支持情况' })).getAllByRole('listitem');
  expect(hosts).toHaveLength(HOSTS.length);
  HOSTS.forEach((h, i) => {
    const row = doc.split('\n').find((l) => l.startsWith(`| ${h.label} |`)) ?? '';
    for (const f of FEATURES) {
      expect(row).toContain(cellText(h.features[f.id]));
      expect(hosts[i].textContent).toContain(`${f.label}：${cellText(h.features[f.id])}`);
    }
  });
});
