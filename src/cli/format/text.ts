/**
 * The text report: grouped by file, then sheet (tagged with its form), one line per error
 * ("  E12  错误  cost/items-sum-mismatch  message") and one line per repeated warning or hint
 * ("  D13  提示  value/missing-operator ×43  D13 D15 …；例：message"), a closing summary line. ANSI colours only when asked
 * (the caller decides: stdout is a TTY and NO_COLOR is unset, or --color).
 */
import { SEVERITY_LABEL } from '../../core/severity';
import { countBySeverity } from '../../core/severity';
import type { CliReport } from '../run';
import { fileVerdict, formatNote, groupFindings, severityCounts, sheetLabel, summaryLine } from './common';

interface Style {
  bold(s: string): string;
  dim(s: string): string;
  error(s: string): string;
  warning(s: string): string;
  info(s: string): string;
  ok(s: string): string;
}

const wrap = (open: string, close: string) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;

const COLOUR: Style = {
  bold: wrap('1', '22'),
  dim: wrap('2', '22'),
  error: wrap('31', '39'),
  warning: wrap('33', '39'),
  info: wrap('36', '39'),
  ok: wrap('32', '39'),
};

const id = (s: string) => s;
const PLAIN: Style = { bold: id, dim: id, error: id, warning: id, info: id, ok: id };

/** Terminal control characters in a cell text or file name must not drive the terminal. */
function clean(s: string): string {
  return s.replace(/[\x00-\x08\x0b-\x1f\x7f\x9b]/g, (c) => (c === '\r' ? ' ' : '\uFFFD')).replace(/\n/g, ' ⏎ ');
}

export function renderText(report: CliReport, options: { colour: boolean }): string {
  const st = options.colour ? COLOUR : PLAIN;
  const lines: string[] = [];
  for (const file of report.files) {
    const note = formatNote(file);
    lines.push(note ? `${st.bold(clean(file.file))}  ${st.dim(`（${note}）`)}` : st.bold(clean(file.file)));
    if (file.error) lines.push(`  ${st.error('无法检查')}  ${clean(file.error)}`);
    const verdict = fileVerdict(file);
    if (verdict) lines.push(`  ${st.dim(verdict)}`);
    const others = file.sheets.filter((s) => s.kind === 'other' && s.findings.length === 0);
    for (const sheet of file.sheets) {
      if (sheet.kind === 'other' && sheet.findings.length === 0) continue;
      const c = countBySeverity(sheet.findings);
      const counts = sheet.findings.length === 0 ? st.ok('未发现问题') : severityCounts(c.errors, c.warnings, c.infos);
      lines.push(` · ${st.bold(clean(sheet.name))} [${sheetLabel(sheet)}] ${counts}`);
      const grouped = groupFindings(sheet.findings);
      const ruleText = (l: (typeof grouped)[number]) => (l.cells.length > 1 ? `${l.rule} ×${l.cells.length}` : l.rule);
      const cellWidth = Math.max(0, ...grouped.map((l) => l.cells[0].length));
      const ruleWidth = Math.max(0, ...grouped.map((l) => ruleText(l).length));
      for (const l of grouped) {
        const paint = st[l.severity];
        const text = l.cells.length > 1 ? `${l.cells.join(' ')}；例：${clean(l.message)}` : clean(l.message);
        lines.push(`  ${l.cells[0].padEnd(cellWidth)}  ${paint(SEVERITY_LABEL[l.severity])}  ${st.dim(clean(ruleText(l)).padEnd(ruleWidth))}  ${text}`);
      }
    }
    if (others.length > 0 && !file.error) {
      lines.push(st.dim(` · 其他工作表（未识别为绩效目标表或申报表，未检查）：${others.map((s) => clean(s.name)).join('、')}`));
    }
    lines.push('');
  }
  const s = report.summary;
  const line = summaryLine(report);
  lines.push(st.bold(s.errors > 0 ? st.error(line) : s.warnings > 0 ? st.warning(line) : st.ok(line)));
  return lines.join('\n') + '\n';
}
