/**
 * The three renderers on synthetic reports (whatever findings the rules produce): escaping of hostile
 * sheet names, paths and messages, and the self-contained HTML page.
 */
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync, spawnSync } from 'child_process';
import { ReportSchema } from '../../src/core/finding';
import { DEFAULT_PROFILE } from '../../src/core/profile';
import { renderHtml, escapeHtml } from '../../src/cli/format/html';
import { renderJson } from '../../src/cli/format/json';
import { renderText } from '../../src/cli/format/text';
import { buildReport, type CliFileReport } from '../../src/cli/run';
import { OFFICIAL, run, tmpDir, writeWorkbook } from './support';
import ExcelJS from 'exceljs';

// Each run checks its files in worker threads (started through tsx from the sources here): allow for a busy machine.
jest.setTimeout(60000);

const HOSTILE = `<script>alert("x")</script> & 'q'`;

function hostileReport() {
  const files: CliFileReport[] = [
    {
      file: `报送/<img src=x onerror=alert(1)>&"'.xlsx`,
      sheets: [
        {
          name: `<b>表1</b>"&'`,
          kind: 'target-table',
          findings: [
            { rule: 'cost/items-sum-mismatch', severity: 'error', cell: 'E12', message: `分项成本合计 1,012.50 万元 ≠ 项目总成本 1,000.00 万元 ${HOSTILE}`, title: `标题 ${HOSTILE}` },
            { rule: 'value/missing-unit', severity: 'warning', cell: 'E16', message: '指标值\x1b[31m缺少单位\nline2' },
            { rule: 'value/missing-operator', severity: 'info', cell: 'E17', message: '缺少符号' },
          ],
        },
        { name: `Sheet</td>${HOSTILE}`, kind: 'other', findings: [] },
      ],
    },
    { file: `坏文件 ${HOSTILE}.xlsx`, error: `无法读取 ${HOSTILE}`, sheets: [] },
  ];
  return buildReport(files, DEFAULT_PROFILE);
}

describe('html report', () => {
  const html = renderHtml(hostileReport(), { generatedAt: new Date(2024, 0, 2, 3, 4), version: '9.9.9' });

  it('escapes every text from a workbook or a path', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<b>表1/);
    expect(html).not.toContain('</td><script');
    expect(html).toContain(escapeHtml(HOSTILE));
    expect(escapeHtml(HOSTILE)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
    expect(html).toContain('&lt;b&gt;表1&lt;/b&gt;&quot;&amp;&#39;');
    expect(html).toContain('报送/&lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#39;.xlsx');
  });

  it('is one self-contained page: inline CSS, no script, no external resource', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).not.toMatch(/<(script|link|iframe|object|embed|img)\b/i);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:|\/\/)/i);
    expect(html).not.toMatch(/@import|url\(/i);
    // In-page links only (#f1, #f2).
    for (const m of html.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^#f\d+$/);
  });

  it('has the summary at the top, then per file and sheet a table with severity classes', () => {
    const summaryAt = html.indexOf('共 2 个文件（1 个无法检查）');
    expect(summaryAt).toBeGreaterThan(0);
    expect(summaryAt).toBeLessThan(html.indexOf('<div class="file"'));
    expect(html).toContain('<tr class="error"><td class="cell">E12</td><td class="sev">错误</td>');
    expect(html).toContain('<tr class="warning"><td class="cell">E16</td><td class="sev">警告</td>');
    expect(html).toContain('<tr class="info"><td class="cell">E17</td><td class="sev">提示</td>');
    expect(html).toContain('<p class="file-error"><b>无法检查：</b>无法读取 &lt;script&gt;');
    expect(html).toContain('生成时间 2024-01-02 03:04');
  });

  it('parses as well-formed markup (xmllint --html, where installed)', () => {
    let xmllint = true;
    try {
      execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    } catch {
      xmllint = false;
    }
    if (!xmllint) {
      console.warn('xmllint is not installed: skipping the HTML parse check');
      return;
    }
    const dir = tmpDir();
    try {
      const file = path.join(dir, 'r.html');
      fs.writeFileSync(file, html);
      // --html reports unknown, unclosed or misnested tags on stderr (its exit status stays 0).
      const r = spawnSync('xmllint', ['--html', '--noout', file], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('through main: a workbook whose sheet names hold markup', async () => {
    const dir = tmpDir();
    try {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(OFFICIAL);
      wb.worksheets[1].name = `<i>"表"&'1`;
      await wb.xlsx.writeFile(path.join(dir, 'seed.xlsx'));
      await writeWorkbook(path.join(dir, 'other.xlsx'), (w) => {
        w.addWorksheet(`<script>"&'x`).getCell('A1').value = HOSTILE;
      });
      const r = await run(['check', '.', '--format', 'html'], { cwd: dir });
      expect(r.stdout).not.toMatch(/<script|<i>/);
      expect(r.stdout).toContain('&lt;i&gt;&quot;表&quot;&amp;&#39;1');
      expect(r.stdout).toContain('&lt;script&gt;&quot;&amp;&#39;x');
      expect(r.stdout).toContain('<h3>&lt;i&gt;&quot;表&quot;&amp;&#39;1 <span class="counts">[绩效目标表]');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('text report', () => {
  it('neutralises terminal control characters and newlines from cell texts', () => {
    const text = renderText(hostileReport(), { colour: false });
    expect(text).not.toContain('\x1b');
    expect(text).toContain('指标值\uFFFD[31m缺少单位 ⏎ line2');
    const lines = text.split('\n');
    expect(lines).toContain(`  E12  错误  cost/items-sum-mismatch  分项成本合计 1,012.50 万元 ≠ 项目总成本 1,000.00 万元 ${HOSTILE}`);
    expect(lines).toContain(`  E16  警告  ${'value/missing-unit'.padEnd('cost/items-sum-mismatch'.length)}  指标值\uFFFD[31m缺少单位 ⏎ line2`);
  });
  it('colours severities only when asked', () => {
    const text = renderText(hostileReport(), { colour: true });
    expect(text).toContain('\x1b[31m错误\x1b[39m');
    expect(text).toContain('\x1b[33m警告\x1b[39m');
    expect(text).toContain('\x1b[36m提示\x1b[39m');
  });
});

describe('json report', () => {
  it('one document matching the RULES.md schema, with titles and the summary computed', () => {
    const doc = JSON.parse(renderJson(hostileReport()));
    expect(ReportSchema.parse(doc).summary).toEqual({ files: 2, sheets: 2, errors: 1, warnings: 1, infos: 1 });
    expect(doc.summary.unreadable).toBe(1);
    expect(doc.files[0].sheets[0].findings[0].title).toBe(`标题 ${HOSTILE}`);
    expect(doc.files[1]).toEqual({ file: `坏文件 ${HOSTILE}.xlsx`, error: `无法读取 ${HOSTILE}`, sheets: [] });
  });
});

describe('reports without noise: repeated hints grouped, errors first', () => {
  const f = (rule: string, severity: 'error' | 'warning' | 'info', cell: string, message = `${rule} at ${cell}`) => ({ rule, severity, cell, message });
  const report = buildReport(
    [
      {
        file: 'a.xlsx',
        format: 'xlsx',
        sheets: [
          {
            name: '表1',
            kind: 'target-table',
            form: 'self-evaluation',
            findings: [
              f('cost/items-sum-mismatch', 'error', 'E12'),
              f('cost/items-sum-mismatch', 'error', 'E13'),
              ...['D13', 'D15', 'D16'].map((c) => f('value/missing-operator', 'info', c)),
              ...['E20', 'E21'].map((c) => f('value/missing-unit', 'warning', c)),
              ...['F1', 'F2', 'F3', 'F4', 'F5'].map((c) => f('value/unit-mismatch', 'warning', c)),
              f('value/placeholder', 'info', 'G9'),
            ],
          },
        ],
      },
      { file: 'b.xlsx', sheets: [{ name: '申报表', kind: 'summary', form: 'summary', findings: [f('summary/amount-mismatch', 'error', 'D4')] }] },
      { file: 'c.xls', format: 'xls', error: '没有找到 LibreOffice', sheets: [] },
      { file: 'd.xls', format: 'xml2003', sheets: [{ name: 'Sheet1', kind: 'other', findings: [] }] },
    ],
    DEFAULT_PROFILE,
  );

  it('text: each error its own line; a repeated hint one line with ×n and its cells; warnings grouped from five; the form in the heading', () => {
    const text = renderText(report, { colour: false });
    const lines = text.split('\n');
    expect(lines).toContain(' · 表1 [绩效自评表] 错误 2，警告 7，提示 4');
    expect(lines).toContain(' · 申报表 [申报汇总表] 错误 1，警告 0，提示 0');
    // How a file was read, beside its name, when it was not an .xlsx.
    expect(lines).toContain('a.xlsx');
    expect(lines).toContain('d.xls  （按 Excel 2003 XML 表格读取）');
    expect(lines).toContain('c.xls'); // not read: no note
    expect(lines.filter((l) => l.includes('cost/items-sum-mismatch'))).toHaveLength(2);
    expect(lines.filter((l) => l.includes('value/missing-operator'))).toEqual([expect.stringMatching(/^  D13 +提示  value\/missing-operator ×3 +D13 D15 D16；例：value\/missing-operator at D13$/)]);
    expect(lines.filter((l) => l.includes('value/missing-unit'))).toHaveLength(2);
    expect(lines.filter((l) => l.includes('value/unit-mismatch'))).toEqual([expect.stringMatching(/^  F1 +警告  value\/unit-mismatch ×5 +F1 F2 F3 F4 F5；例：value\/unit-mismatch at F1$/)]);
    expect(lines.filter((l) => l.includes('value/placeholder'))).toEqual([expect.stringMatching(/^  G9 +提示  value\/placeholder +value\/placeholder at G9$/)]);
  });

  it('json: every finding kept, with the form of each sheet and the format of each file', () => {
    const doc = JSON.parse(renderJson(report)) as CliReportJson;
    expect(doc.files[0].sheets[0].findings).toHaveLength(13);
    expect(doc.files[0].sheets[0].form).toBe('self-evaluation');
    expect(doc.files.map((x) => x.format)).toEqual(['xlsx', undefined, 'xls', 'xml2003']);
  });

  it('html: opens with every error of every file (file, sheet, cell, message) and the unreadable files, before the detail', () => {
    const html = renderHtml(report, { generatedAt: new Date(2024, 0, 2) });
    const detail = html.indexOf('<div class="file"');
    const errorsAt = html.indexOf('<h2 id="errors">全部错误（3 个）');
    expect(errorsAt).toBeGreaterThan(0);
    expect(errorsAt).toBeLessThan(detail);
    const top = html.slice(errorsAt, detail);
    for (const [file, sheet, cell] of [['a.xlsx', '表1', 'E12'], ['a.xlsx', '表1', 'E13'], ['b.xlsx', '申报表', 'D4']]) {
      expect(top).toMatch(new RegExp(`<tr class="error"><td><a href="#f\\d">${file.replace('.', '\\.')}</a></td><td>${sheet}</td><td class="cell">${cell}</td>`));
    }
    expect(top).not.toContain('value/missing-operator');
    expect(top).toContain('<h2 id="unreadable">无法检查的文件（1 个）</h2>');
    expect(top).toContain('没有找到 LibreOffice');
    const rest = html.slice(detail);
    expect(rest.match(/<td class="rule">value\/missing-operator/g)).toHaveLength(1);
    expect(rest).toContain('<td class="cell">D13 等 3 处</td>');
    expect(rest).toContain('共 3 处：D13 D15 D16');
    expect(rest).toContain('[绩效自评表]');
  });
});

type CliReportJson = { files: Array<{ format?: string; sheets: Array<{ form?: string; findings: unknown[] }> }> };
