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
