/**
 * Findings and the JSON report: the contract of docs/RULES.md (ids, severities, report shape).
 */
import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export { SEVERITY_RANK, SEVERITY_LABEL, countBySeverity, summarize } from './severity';

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
