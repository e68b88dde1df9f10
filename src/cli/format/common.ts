/** Shared wording of the reports (Chinese, English in brackets where it helps). */
import { FORM_LABELS } from '../../core/forms';
import { SEVERITY_LABEL } from '../../core/severity';
import type { CliReport, CliSheetReport, ReportFinding } from '../run';

export const KIND_LABEL: Record<CliSheetReport['kind'], string> = {
  'target-table': '绩效目标表',
  summary: '申报表',
  other: '未识别',
};

const FORMAT_NOTE: Record<string, string> = {
  xml2003: '按 Excel 2003 XML 表格读取',
  html: '按网页表格读取',
  xls: '旧版 .xls，经 LibreOffice 转换后读取',
  et: 'WPS .et，经 LibreOffice 转换后读取',
  ods: '.ods，经 LibreOffice 转换后读取',
};

/** How a file was read, when it was read and not as an .xlsx (shown beside its name), else null. */
export function formatNote(file: Pick<CliReport['files'][number], 'format' | 'error'>): string | null {
  if (file.error !== undefined || !file.format || file.format === 'xlsx') return null;
  return FORMAT_NOTE[file.format] ?? null;
}

/** A sheet's tag in the headings: its form (绩效目标申报表, 绩效自评表 …) when known, else its kind. */
export function sheetLabel(sheet: Pick<CliSheetReport, 'kind' | 'form'>): string {
  return sheet.form ? FORM_LABELS[sheet.form] : KIND_LABEL[sheet.kind];
}

/** One line of a sheet in the text and HTML reports: a finding, or a rule's repeated hints together. */
export interface FindingLine {
  rule: string;
  severity: ReportFinding['severity'];
  /** The first finding's message: the example for a group. */
  message: string;
  title?: string;
  /** Every cell of the line, in order (one for a single finding). */
  cells: string[];
}

/** A warning rule repeated this often on one sheet is shown as one line; fewer are each read on their own. */
export const WARNING_GROUP_MIN = 5;

/**
 * The findings of one sheet as lines: each error on its own line; a hint (info) whose rule repeats on the
 * sheet, and a warning whose rule repeats WARNING_GROUP_MIN times or more, as one line at the place of the
 * first, listing every cell, the first message as the example (the seed's 「100%」没有运算符 hints become
 * one line per table). The JSON report keeps every finding.
 */
export function groupFindings(findings: readonly ReportFinding[]): FindingLine[] {
  const count = new Map<string, number>();
  const key = (f: ReportFinding) => `${f.severity}\u0000${f.rule}`;
  for (const f of findings) if (f.severity !== 'error') count.set(key(f), (count.get(key(f)) ?? 0) + 1);
  const lines: FindingLine[] = [];
  const groups = new Map<string, FindingLine>();
  for (const f of findings) {
    const k = key(f);
    const n = count.get(k) ?? 0;
    const grouped = (f.severity === 'info' && n > 1) || (f.severity === 'warning' && n >= WARNING_GROUP_MIN);
    const existing = grouped ? groups.get(k) : undefined;
    if (existing) {
      existing.cells.push(f.cell);
      continue;
    }
    const line: FindingLine = { rule: f.rule, severity: f.severity, message: f.message, cells: [f.cell], ...(f.title ? { title: f.title } : {}) };
    if (grouped) groups.set(k, line);
    lines.push(line);
  }
  return lines;
}

export function severityCounts(e: number, w: number, i: number): string {
  return `${SEVERITY_LABEL.error} ${e}，${SEVERITY_LABEL.warning} ${w}，${SEVERITY_LABEL.info} ${i}`;
}

/** "共 16 个文件（2 个无法读取），240 个工作表（225 张绩效目标表、15 张申报表）：错误 3，警告 5，提示 40" */
export function summaryLine(report: CliReport): string {
  const s = report.summary;
  const unreadable = s.unreadable ? `（${s.unreadable} 个无法检查）` : '';
  const kinds = `（${s.targetTables} 张绩效目标表、${s.summarySheets} 张申报表）`;
  return `共 ${s.files} 个文件${unreadable}，${s.sheets} 个工作表${kinds}：${severityCounts(s.errors, s.warnings, s.infos)}`;
}

/** What a file's line says when it has no findings, or no recognised sheet. */
export function fileVerdict(file: CliReport['files'][number]): string | null {
  if (file.error) return null;
  const recognised = file.sheets.some((s) => s.kind !== 'other');
  if (!recognised) return '未识别到绩效目标表或申报表 (no target table or summary sheet recognised)';
  return null;
}
