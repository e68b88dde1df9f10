/**
 * The HTML report: one self-contained page (inline CSS, no script, no external resource) a reviewer can
 * open in a browser, print or email. It opens with every error of every file (file, sheet, cell,
 * message) and the files that could not be checked, then the detail per file and sheet, where a rule's
 * repeated hints are one row listing their cells. Every text that came from a workbook or a path is escaped.
 */
import { SEVERITY_LABEL, countBySeverity } from '../../core/severity';
import type { CliReport } from '../run';
import { fileVerdict, formatNote, groupFindings, sheetLabel, summaryLine } from './common';

/**
 * Escapes text for HTML element content and double- or single-quoted attribute values. Control
 * characters (not allowed in HTML) become U+FFFD.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case "'":
        return '&#39;';
      default:
        return '\uFFFD';
    }
  });
}

const CSS = `
:root { color-scheme: light; }
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", sans-serif; margin: 24px; color: #1f1f1f; background: #fff; line-height: 1.5; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 6px; padding-bottom: 4px; border-bottom: 2px solid #d0d7de; word-break: break-all; }
h3 { font-size: 15px; margin: 16px 0 6px; }
.meta { color: #57606a; font-size: 13px; margin: 0 0 12px; }
.summary { display: flex; flex-wrap: wrap; gap: 10px; margin: 12px 0 8px; }
.summary div { border: 1px solid #d0d7de; border-radius: 6px; padding: 6px 14px; min-width: 80px; }
.summary b { display: block; font-size: 22px; }
.verdict { font-weight: bold; padding: 8px 12px; border-radius: 6px; margin: 8px 0 16px; }
.verdict.bad { background: #ffebe9; color: #82071e; }
.verdict.warn { background: #fff8c5; color: #6b4b00; }
.verdict.good { background: #dafbe1; color: #116329; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 12px; font-size: 13px; table-layout: fixed; }
col.c-cell { width: 5.5em; }
col.c-sev { width: 4em; }
col.c-rule { width: 19em; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f6f8fa; white-space: nowrap; }
td.cell, td.rule { font-family: Consolas, "DejaVu Sans Mono", monospace; word-break: break-all; }
td.msg { word-break: break-word; }
tr.error td.sev { background: #ffebe9; color: #a40e26; font-weight: bold; }
tr.warning td.sev { background: #fff8c5; color: #7d4e00; font-weight: bold; }
tr.info td.sev { background: #ddf4ff; color: #0550ae; }
td.sev { white-space: nowrap; }
.rule-title { color: #57606a; font-family: inherit; font-size: 12px; white-space: normal; }
.file-error { background: #ffebe9; border-left: 4px solid #cf222e; padding: 6px 10px; margin: 6px 0; }
.note { color: #57606a; font-size: 13px; margin: 4px 0; }
.ok { color: #116329; }
.counts { font-weight: normal; font-size: 13px; color: #57606a; }
.toc ol { margin: 4px 0 0; padding-left: 22px; font-size: 13px; }
.cells { display: block; color: #57606a; font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 12px; word-break: break-word; }
table.errors col.c-file { width: 28%; }
table.errors col.c-sheet { width: 22%; }
@media print { body { margin: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

export interface HtmlOptions {
  /** The time shown in the header (injectable for tests). */
  generatedAt?: Date;
  version?: string;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function formatDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function renderHtml(report: CliReport, options: HtmlOptions = {}): string {
  const e = escapeHtml;
  const s = report.summary;
  const out: string[] = [];
  out.push('<!DOCTYPE html>');
  out.push('<html lang="zh-CN">');
  out.push('<head>');
  out.push('<meta charset="utf-8">');
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push('<title>绩效目标表检查报告 (Jixiao report)</title>');
  out.push(`<style>${CSS}</style>`);
  out.push('</head>');
  out.push('<body>');
  out.push('<h1>绩效目标表检查报告 <span class="counts">(Jixiao check report)</span></h1>');
  const when = formatDate(options.generatedAt ?? new Date());
  out.push(
    `<p class="meta">生成时间 ${e(when)} · 指标框架 ${e(report.profile.framework)}${report.profile.detectFramework ? '（未指定：各表按其所填框架检查）' : ''} · 配置 ${e(report.profile.name)}${options.version ? ` · jixiao ${e(options.version)}` : ''}</p>`,
  );
  const verdictClass = s.errors > 0 ? 'bad' : s.warnings > 0 || s.unreadable > 0 ? 'warn' : 'good';
  out.push(`<p class="verdict ${verdictClass}">${e(summaryLine(report))}</p>`);
  out.push('<div class="summary">');
  const box = (label: string, n: number) => `<div>${e(label)}<b>${n}</b></div>`;
  out.push(box('文件', s.files), box('工作表', s.sheets), box('绩效目标表', s.targetTables));
  out.push(box(SEVERITY_LABEL.error, s.errors), box(SEVERITY_LABEL.warning, s.warnings), box(SEVERITY_LABEL.info, s.infos));
  if (s.unreadable) out.push(box('无法检查的文件', s.unreadable));
  out.push('</div>');
  const errorRows: string[] = [];
  report.files.forEach((f, i) => {
    for (const sh of f.sheets) {
      for (const x of sh.findings) {
        if (x.severity !== 'error') continue;
        errorRows.push(
          `<tr class="error"><td><a href="#f${i + 1}">${e(f.file)}</a></td><td>${e(sh.name)}</td><td class="cell">${e(x.cell)}</td><td class="msg">${e(x.message)}<br><span class="rule-title">${e(x.rule)}</span></td></tr>`,
        );
      }
    }
  });
  if (errorRows.length > 0) {
    out.push(`<h2 id="errors">全部错误（${errorRows.length} 个）<span class="counts">(every error-severity finding)</span></h2>`);
    out.push('<table class="errors">');
    out.push('<colgroup><col class="c-file"><col class="c-sheet"><col class="c-cell"><col></colgroup>');
    out.push('<thead><tr><th>文件</th><th>工作表</th><th>单元格</th><th>问题与修改建议</th></tr></thead>');
    out.push('<tbody>');
    out.push(...errorRows);
    out.push('</tbody></table>');
  }
  const unreadable = report.files.map((f, i) => ({ f, i })).filter(({ f }) => f.error);
  if (unreadable.length > 0) {
    out.push(`<h2 id="unreadable">无法检查的文件（${unreadable.length} 个）</h2>`);
    out.push('<table class="errors">');
    out.push('<colgroup><col class="c-file"><col></colgroup>');
    out.push('<thead><tr><th>文件</th><th>原因</th></tr></thead>');
    out.push('<tbody>');
    for (const { f, i } of unreadable) out.push(`<tr><td><a href="#f${i + 1}">${e(f.file)}</a></td><td class="msg">${e(f.error ?? '')}</td></tr>`);
    out.push('</tbody></table>');
  }
  if (report.files.length > 1) {
    out.push('<div class="toc"><b>文件列表</b><ol>');
    report.files.forEach((f, i) => {
      const all = f.sheets.flatMap((sh) => sh.findings);
      const c = countBySeverity(all);
      const state = f.error ? '无法检查' : `${SEVERITY_LABEL.error} ${c.errors}，${SEVERITY_LABEL.warning} ${c.warnings}，${SEVERITY_LABEL.info} ${c.infos}`;
      out.push(`<li><a href="#f${i + 1}">${e(f.file)}</a> — ${e(state)}</li>`);
    });
    out.push('</ol></div>');
  }
  report.files.forEach((file, i) => {
    out.push(`<div class="file" id="f${i + 1}">`);
    const note = formatNote(file);
    out.push(`<h2>${e(file.file)}${note ? ` <span class="counts">（${e(note)}）</span>` : ''}</h2>`);
    if (file.error) out.push(`<p class="file-error"><b>无法检查：</b>${e(file.error)}</p>`);
    const verdict = fileVerdict(file);
    if (verdict) out.push(`<p class="note">${e(verdict)}</p>`);
    const others = file.sheets.filter((sh) => sh.kind === 'other' && sh.findings.length === 0);
    for (const sheet of file.sheets) {
      if (sheet.kind === 'other' && sheet.findings.length === 0) continue;
      const c = countBySeverity(sheet.findings);
      const counts = sheet.findings.length === 0 ? '<span class="ok">未发现问题</span>' : e(`${SEVERITY_LABEL.error} ${c.errors}，${SEVERITY_LABEL.warning} ${c.warnings}，${SEVERITY_LABEL.info} ${c.infos}`);
      out.push(`<h3>${e(sheet.name)} <span class="counts">[${e(sheetLabel(sheet))}] ${counts}</span></h3>`);
      if (sheet.findings.length === 0) continue;
      out.push('<table>');
      out.push('<colgroup><col class="c-cell"><col class="c-sev"><col class="c-rule"><col></colgroup>');
      out.push('<thead><tr><th>单元格</th><th>级别</th><th>规则</th><th>问题与修改建议</th></tr></thead>');
      out.push('<tbody>');
      for (const f of groupFindings(sheet.findings)) {
        const title = f.title ? `<br><span class="rule-title">${e(f.title)}</span>` : '';
        const many = f.cells.length > 1;
        const cell = many ? `${e(f.cells[0])} 等 ${f.cells.length} 处` : e(f.cells[0]);
        const msg = many ? `例：${e(f.message)}<span class="cells">共 ${f.cells.length} 处：${e(f.cells.join(' '))}</span>` : e(f.message);
        out.push(
          `<tr class="${e(f.severity)}"><td class="cell">${cell}</td><td class="sev">${e(SEVERITY_LABEL[f.severity])}</td><td class="rule">${e(f.rule)}${many ? ` ×${f.cells.length}` : ''}${title}</td><td class="msg">${msg}</td></tr>`,
        );
      }
      out.push('</tbody></table>');
    }
    if (others.length > 0 && !file.error) {
      out.push(`<p class="note">其他工作表（未识别为绩效目标表或申报表，未检查）：${others.map((sh) => e(sh.name)).join('、')}</p>`);
    }
    out.push('</div>');
  });
  out.push('</body>');
  out.push('</html>');
  return out.join('\n') + '\n';
}
