/** Shared wording of the reports (Chinese, English in brackets where it helps). */
import { SEVERITY_LABEL } from '../../core/severity';
import type { CliReport, CliSheetReport } from '../run';

export const KIND_LABEL: Record<CliSheetReport['kind'], string> = {
  'target-table': '绩效目标表',
  summary: '申报表',
  other: '未识别',
};

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
