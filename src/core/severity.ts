/**
 * Severity helpers of the report (RULES.md) as plain code, without zod, so the checker's run-time path
 * does not load the schema library; finding.ts re-exports them beside its schemas.
 */
import type { FileReport, ReportSummary, Severity } from './finding';

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Chinese names of the severities, for the UI and the text report. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export function countBySeverity(findings: readonly { severity: Severity }[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/** Builds the report's summary from its files. */
export function summarize(files: FileReport[]): ReportSummary {
  let sheets = 0;
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of files) {
    sheets += f.sheets.length;
    for (const s of f.sheets) {
      const c = countBySeverity(s.findings);
      errors += c.errors;
      warnings += c.warnings;
      infos += c.infos;
    }
  }
  return { files: files.length, sheets, errors, warnings, infos };
}
