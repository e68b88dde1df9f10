/**
 * 从申报表生成: one pre-filled project sheet per summary row that has no table yet. Shared by
 * `jixiao template --from-summary` and the task pane's button.
 */
import { defaultBudgetYear } from './year';
import type { SummaryTable, TargetTable } from '../model';
import type { Framework } from '../profile';
import { compactKey } from '../text';
import { matchSummaryRows, projectRows } from '../rules/summary/match';
import { uniqueSheetName } from './names';
import { findPreset, guessPreset } from './presets';
import type { TargetSheetSpec } from './spec';
import { buildTemplate, fillTemplate, TemplateError } from './target';

export interface FromSummaryOptions {
  framework: Framework;
  /** One preset for every row; by default each row's preset is guessed from its project name. */
  preset?: string;
  /** Default: the year in the summary's title, else this year. */
  year?: number;
  /** Names of the sheets already in the workbook (new names avoid them). */
  existingSheets?: readonly string[];
  /** Target tables already in the workbook: a row paired with one (as the summary/* rules pair them) is skipped. */
  existingTables?: readonly TargetTable[];
  protect?: boolean;
}

export interface FromSummaryResult {
  sheets: TargetSheetSpec[];
  /** Summary rows skipped because their project already has a table (by name), with that sheet. */
  skipped: Array<{ row: number; name: string; sheet: string }>;
}

/** The year a summary's title names ("部分县直部门2024年绩效目标申报表" → 2024). */
export function summaryYear(summary: SummaryTable): number | null {
  const m = /((?:19|20)\d\d)\s*年/.exec(summary.title?.text ?? '');
  return m ? Number(m[1]) : null;
}

export function templatesFromSummary(summary: SummaryTable, options: FromSummaryOptions): FromSummaryResult {
  if (options.preset !== undefined && !findPreset(options.preset)) {
    // buildTemplate says which presets exist.
    buildTemplate({ preset: options.preset });
  }
  const year = options.year ?? summaryYear(summary) ?? defaultBudgetYear();
  const taken = [...(options.existingSheets ?? [])];
  // Rows that already have a table: paired by name similarity and amount, as the summary/* rules do.
  const paired = new Map<number, string>();
  for (const p of matchSummaryRows({ sheets: [summary, ...(options.existingTables ?? [])] }).pairs) paired.set(p.row.row, p.table.sheet);
  const made = new Set<string>();
  const sheets: TargetSheetSpec[] = [];
  const skipped: FromSummaryResult['skipped'] = [];
  for (const row of projectRows(summary)) {
    const name = row.name?.text.trim() ?? '';
    if (!name) continue;
    const existing = paired.get(row.row);
    if (existing) {
      skipped.push({ row: row.row, name, sheet: existing });
      continue;
    }
    // The same project twice on the summary: one sheet.
    const k = compactKey(name);
    if (made.has(k)) continue;
    made.add(k);
    const preset = options.preset ?? guessPreset(name).id;
    const sheetName = uniqueSheetName(taken, name);
    taken.push(sheetName);
    const amount = row.amount?.amount ?? null;
    const base = buildTemplate({ preset, framework: options.framework, year, sheetName, protect: options.protect });
    sheets.push(
      fillTemplate(base, {
        projectName: name,
        department: row.department?.text.trim() ?? '',
        ...(amount !== null ? { total: amount } : {}),
      }),
    );
  }
  if (summary.rows.length > 0 && sheets.length === 0 && skipped.length === 0) {
    throw new TemplateError('申报表中没有填写项目名称的行，无法生成项目表。');
  }
  return { sheets, skipped };
}
