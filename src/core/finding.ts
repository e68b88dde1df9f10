/**
 * Findings and the JSON report: the contract of docs/RULES.md (ids, severities, report shape).
 */
import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Chinese names of the severities, for the UI and the text report. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export const FindingSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  /** The sheet the finding belongs to. */
  sheet: z.string(),
  /** The A1 address of the one cell a person must look at. */
  cell: z.string(),
  message: z.string(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const SheetReportSchema = z.object({
  name: z.string(),
  kind: z.enum(['target-table', 'summary', 'other']),
  findings: z.array(FindingSchema.omit({ sheet: true })),
});
export type SheetReport = z.infer<typeof SheetReportSchema>;

export const FileReportSchema = z.object({
  file: z.string(),
  error: z.string().optional(),
  sheets: z.array(SheetReportSchema),
});
export type FileReport = z.infer<typeof FileReportSchema>;

export const ReportSummarySchema = z.object({
  files: z.number().int(),
  sheets: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
  infos: z.number().int(),
});
export type ReportSummary = z.infer<typeof ReportSummarySchema>;

export const ReportSchema = z.object({ files: z.array(FileReportSchema), summary: ReportSummarySchema });
export type Report = z.infer<typeof ReportSchema>;

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
