/**
 * The support statement has one source, src/excel/support.ts: docs/support.md is its output, the ES5
 * unsupported-webview notice names the same Office versions, and the notices do not promise Excel 2016.
 */
import * as fs from 'fs';
import * as path from 'path';
import { FEATURES, HOSTS, SUPPORTED_SUMMARY, supportMarkdown } from '../../src/excel/support';
import { EXCEL_TOO_OLD } from '../../src/excel/notices';

const ROOT = path.join(__dirname, '..', '..');

it('docs/support.md is generated from src/excel/support.ts (npm run docs:support)', () => {
  expect(fs.readFileSync(path.join(ROOT, 'docs', 'support.md'), 'utf8')).toBe(supportMarkdown());
});

it('covers the hosts and features the issue names', () => {
  expect(HOSTS.map((h) => h.id)).toEqual(
    expect.arrayContaining(['m365-windows', 'm365-mac', 'web', 'office2024', 'office2021', 'office2019-retail', 'office2019-volume']),
  );
  expect(FEATURES.map((f) => f.needs.match(/ExcelApi 1\.\d+/)?.[0])).toEqual(['ExcelApi 1.7', 'ExcelApi 1.9', 'ExcelApi 1.13', 'ExcelApi 1.14', 'ExcelApi 1.18', 'ExcelApi 1.20']);
  // Notes (1.18) and undo (1.20) are Microsoft 365 and the web only: never claimed for a perpetual Office.
  for (const h of HOSTS.filter((x) => /^office/.test(x.id))) expect({ h: h.id, notes: h.features.notes, undo: h.features.undo }).toEqual({ h: h.id, notes: false, undo: false });
});

it('the ES5 notice and the gateway notice say the same versions as the statement', () => {
  const notice = fs.readFileSync(path.join(ROOT, 'src', 'unsupported', 'unsupported.js'), 'utf8');
  for (const phrase of ['Office 2021', '2024', 'WebView2', 'Office 2019 零售版', 'Office 2016', '批量许可版', 'Excel 网页版']) {
    expect({ phrase, summary: SUPPORTED_SUMMARY.includes(phrase), notice: notice.includes(phrase) }).toEqual({ phrase, summary: true, notice: true });
  }
  expect(EXCEL_TOO_OLD).not.toMatch(/Excel 2016 或更高/);
});
