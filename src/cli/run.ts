/**
 * Checks a list of inputs one file at a time (memory stays flat: each workbook is dropped after its
 * check) and builds the report of RULES.md. A file that cannot be read becomes an entry with `error`;
 * nothing here throws for a bad file.
 */
import { checkWorkbook } from '../core/check';
import type { FileReport, Report, SheetReport } from '../core/finding';
import { summarize } from '../core/finding';
import { columnName, type Grid } from '../core/grid';
import type { Profile } from '../core/profile';
import { ruleById } from '../core/rules';
import type { Input } from './discover';
import { isEmptyWorkbook, loadWorkbook } from './load';

/** A finding in the report, with the rule's one-line title (a field beyond the contract). */
export interface ReportFinding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  cell: string;
  message: string;
  title?: string;
}

export interface CliSheetReport extends SheetReport {
  findings: ReportFinding[];
}

export interface CliFileReport extends FileReport {
  sheets: CliSheetReport[];
}

export interface CliReport extends Report {
  files: CliFileReport[];
  summary: Report['summary'] & {
    /** Files that could not be checked (those with `error`). */
    unreadable: number;
    /** Sheets recognised as 项目支出绩效目标表 / as 申报表. */
    targetTables: number;
    summarySheets: number;
  };
  /** The profile and framework the run used. */
  profile: { name: string; framework: string };
}

export interface RunOptions {
  profile: Profile;
  /** Called before each file is read (1-based index). */
  onFileStart?: (index: number, total: number, file: string) => void;
  /** Called after each file is checked (for the bench's memory samples). */
  onFileDone?: (index: number, total: number, file: string) => void;
  /** Read a workbook (injectable for tests); defaults to the .xlsx loader. */
  load?: typeof loadWorkbook;
}

/**
 * A guard against huge sheets: a 项目支出绩效目标表 has a few dozen rows and a 申报表 a few hundred, so
 * only the first MAX_CHECK_ROWS rows and MAX_CHECK_COLS columns of a sheet are checked; the sheet then
 * gets a `sheet/too-large` info finding saying so. Keeps a run over a folder with a stray data dump fast.
 */
export const MAX_CHECK_ROWS = 2000;
export const MAX_CHECK_COLS = 100;
export const TOO_LARGE_RULE = 'sheet/too-large';

function fmtCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** The grid cut to the limits, and the finding that says what was left out (null when nothing was). */
export function limitGrid(grid: Grid): { grid: Grid; finding: ReportFinding | null } {
  const rows = grid.rows.length;
  let cols = 0;
  for (const r of grid.rows) if (r && r.length > cols) cols = r.length;
  // The reader stops at the cap and says so (grid.truncated), with the size the file claims if it does.
  const cut = grid.truncated;
  if (rows <= MAX_CHECK_ROWS && cols <= MAX_CHECK_COLS && !cut?.rows && !cut?.cols) return { grid, finding: null };
  const cutRows = rows > MAX_CHECK_ROWS || cut?.rows === true;
  const cutCols = cols > MAX_CHECK_COLS || cut?.cols === true;
  const kept = (cutRows ? grid.rows.slice(0, MAX_CHECK_ROWS) : grid.rows).map((r) => (r && r.length > MAX_CHECK_COLS ? r.slice(0, MAX_CHECK_COLS) : r));
  const merges = (grid.merges ?? []).filter((m) => m.top < MAX_CHECK_ROWS && m.left < MAX_CHECK_COLS).map((m) => ({
    top: m.top,
    left: m.left,
    bottom: Math.min(m.bottom, MAX_CHECK_ROWS - 1),
    right: Math.min(m.right, MAX_CHECK_COLS - 1),
  }));
  const parts: string[] = [];
  const allRows = Math.max(rows, cut?.sheetRows ?? 0);
  const allCols = Math.max(cols, cut?.sheetCols ?? 0);
  if (cutRows) parts.push(`${allRows > MAX_CHECK_ROWS ? `共 ${fmtCount(allRows)} 行` : `超过 ${fmtCount(MAX_CHECK_ROWS)} 行`}，只检查了前 ${fmtCount(MAX_CHECK_ROWS)} 行`);
  if (cutCols) parts.push(`${allCols > MAX_CHECK_COLS ? `共 ${fmtCount(allCols)} 列` : `超过 ${fmtCount(MAX_CHECK_COLS)} 列`}，只检查了前 ${fmtCount(MAX_CHECK_COLS)} 列`);
  const cell = cutRows ? `A${MAX_CHECK_ROWS + 1}` : `${columnName(MAX_CHECK_COLS)}1`;
  return {
    grid: { name: grid.name, rows: kept, merges },
    finding: {
      rule: TOO_LARGE_RULE,
      severity: 'info',
      cell,
      message: `工作表过大：${parts.join('；')}（绩效目标表和申报表通常只有几十到几百行）。如果表格在后面，请把它移到单独的工作表 (sheet too large: only the first part was checked)`,
      title: '工作表过大，只检查了前面部分',
    },
  };
}

function describeCrash(err: unknown): string {
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
        return { name: s.name, kind: s.kind, ...(s.form ? { form: s.form } : {}), findings };
      }),
    };
  } catch (err) {
    return { file, error: describeCrash(err), sheets: [] };
  }
}

export async function checkInputs(inputs: readonly Input[], options: RunOptions): Promise<CliReport> {
  const load = options.load ?? loadWorkbook;
  const files: CliFileReport[] = [];
  const total = inputs.length;
  for (let i = 0; i < total; i++) {
    const input = inputs[i];
    options.onFileStart?.(i + 1, total, input.file);
    if (input.error) {
      files.push({ file: input.file, error: input.error, sheets: [] });
    } else {
      let loaded: Awaited<ReturnType<typeof loadWorkbook>>;
      try {
        loaded = await load(input.abs);
      } catch (err) {
        loaded = { ok: false, error: describeCrash(err) };
      }
      files.push(loaded.ok ? checkGrids(input.file, loaded.grids, options.profile) : { file: input.file, error: loaded.error, sheets: [] });
    }
    options.onFileDone?.(i + 1, total, input.file);
  }
  return buildReport(files, options.profile);
}

export function buildReport(files: CliFileReport[], profile: Profile): CliReport {
  let targetTables = 0;
  let summarySheets = 0;
  for (const f of files) {
    for (const s of f.sheets) {
      if (s.kind === 'target-table') targetTables++;
      else if (s.kind === 'summary') summarySheets++;
    }
  }
  return {
    files,
    summary: {
      ...summarize(files),
      unreadable: files.filter((f) => f.error !== undefined).length,
      targetTables,
      summarySheets,
    },
    profile: { name: profile.name, framework: profile.framework },
  };
}
