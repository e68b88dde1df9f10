/**
 * One file's check: read the workbook, cut oversized sheets, run the core, turn the result into the
 * report's file entry. Runs inside a worker thread (worker.ts); nothing here throws for a bad file.
 */
import { checkWorkbook } from '../core/check';
import type { Grid } from '../core/grid';
import type { Profile } from '../core/profile';
import { ruleById } from '../core/rules';
import { isEmptyWorkbook, loadWorkbook, type LoadOptions, type LoadResult } from './load';
import { TOO_LARGE_RULE, limitGrid, type CliFileReport, type ReportFinding } from './run';

export function describeCrash(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return `检查该文件时发生内部错误，请把文件发给维护者 (internal error while checking: ${msg})`;
}

/** Checks one workbook's grids; a core exception becomes the file's error rather than ending the run. */
export function checkGrids(file: string, grids: Grid[], profile: Profile): CliFileReport {
  if (isEmptyWorkbook(grids)) {
    return {
      file,
      error: '工作簿是空的：所有工作表都没有内容 (empty workbook)',
      sheets: grids.map((g) => ({ name: g.name, kind: 'other', findings: [] })),
    };
  }
  try {
    const limited = grids.map(limitGrid);
    const result = checkWorkbook(
      limited.map((l) => l.grid),
      { profile },
    );
    const tooLarge = profile.severities[TOO_LARGE_RULE];
    return {
      file,
      sheets: result.sheets.map((s, i) => {
        const findings = s.findings.map((f) => {
          const title = ruleById(f.rule)?.title;
          const out: ReportFinding = { rule: f.rule, severity: f.severity, cell: f.cell, message: f.message };
          if (title) out.title = title;
          return out;
        });
        const cut = limited[i]?.finding;
        if (cut && tooLarge !== 'off') findings.push(tooLarge ? { ...cut, severity: tooLarge } : cut);
        return { name: s.name, kind: s.kind, ...(s.form ? { form: s.form } : {}), ...(s.framework ? { framework: s.framework } : {}), findings };
      }),
    };
  } catch (err) {
    return { file, error: describeCrash(err), sheets: [] };
  }
}

/**
 * Reads and checks one file in the calling thread, under a cell budget (the guard of a thread without a
 * heap limit of its own); null when the workbook holds more cells than that, for a worker to check.
 */
export async function checkFileInThread(file: string, abs: string, profile: Profile, options: LoadOptions & { maxCells: number }): Promise<CliFileReport | null> {
  let loaded: Awaited<ReturnType<typeof loadWorkbook>>;
  try {
    loaded = await loadWorkbook(abs, options);
  } catch (err) {
    loaded = { ok: false, error: describeCrash(err) };
  }
  if (!loaded.ok && loaded.overBudget) return null;
  return reportOf(file, loaded, profile);
}

/** Reads and checks one file: `file` is the name shown in the report, `abs` the path read. */
export async function checkFile(file: string, abs: string, profile: Profile, options: LoadOptions = {}): Promise<CliFileReport> {
  let loaded: Awaited<ReturnType<typeof loadWorkbook>>;
  try {
    loaded = await loadWorkbook(abs, options);
  } catch (err) {
    loaded = { ok: false, error: describeCrash(err) };
  }
  return reportOf(file, loaded, profile);
}

function reportOf(file: string, loaded: LoadResult, profile: Profile): CliFileReport {
  if (!loaded.ok) return { file, ...(loaded.format ? { format: loaded.format } : {}), error: loaded.error, sheets: [] };
  const report = checkGrids(file, loaded.grids, profile);
  return { file, format: loaded.format, ...(report.error !== undefined ? { error: report.error } : {}), sheets: report.sheets };
}
