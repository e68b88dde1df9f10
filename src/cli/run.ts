/**
 * Checks a list of inputs in a pool of worker threads (pool.ts; each file in isolation, the report in
 * input order) and builds the report of RULES.md. A file that cannot be read, exhausts memory or crashes
 * its worker becomes an entry with `error`; nothing here throws for a bad file. This module stays light:
 * the core and the readers load in the workers, and in this thread only for one small workbook checked on
 * its own (inThreadCandidate).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { FileReport, Report, SheetReport } from '../core/finding';
import { summarize } from '../core/severity';
import { columnName, type Grid } from '../core/grid';
import type { Profile } from '../core/profile';
import type { SheetForm } from '../core/forms';
import type { Framework } from '../core/profile';
import type { Input } from './discover';
import type { LoadOptions, WorkbookFormat } from './load';
import { checkInPool } from './pool';
import type { WorkerFaults } from './worker';

/** A finding in the report, with the rule's one-line title (a field beyond the contract). */
export interface ReportFinding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  cell: string;
  message: string;
  title?: string;
}

export interface CliSheetReport extends SheetReport {
  /** The form of a target table or summary (目标表, 申报表, 审批表, 自评表, 申报汇总表). */
  form?: SheetForm;
  /** When no framework was chosen: the framework the table was checked under (the one it follows). */
  framework?: Framework;
  findings: ReportFinding[];
}

export interface CliFileReport extends FileReport {
  /** What the file was read as: xlsx, xml2003, html, or xls/et/ods converted with LibreOffice. */
  format?: WorkbookFormat;
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
  /** The profile and framework the run used; `detectFramework`: each table checked under the one it follows. */
  profile: { name: string; framework: string; detectFramework?: true };
}

export interface RunOptions {
  profile: Profile;
  /** Files checked at once (worker threads). */
  jobs: number;
  /** Conversion settings for .xls/.et/.ods. */
  load?: LoadOptions;
  /** Heap limit of each worker, MB. */
  memoryLimitMb?: number;
  /** Seconds one file may take. */
  fileTimeoutSeconds?: number;
  /** Test hooks: see WorkerFaults. */
  faults?: WorkerFaults;
  /** Cells a workbook checked in this thread may hold (default IN_THREAD_MAX_CELLS; tests lower it). */
  inThreadMaxCells?: number;
  /** Called when a file is handed to a worker (1-based index in input order). */
  onFileStart?: (index: number, total: number, file: string) => void;
  /** Called after each file is checked: `done` counts the files finished so far (the bench samples memory here). */
  onFileDone?: (done: number, total: number, file: string, info: { heapUsed?: number }) => void;
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

/**
 * One workbook checked on its own (the commonest run: a clerk or reviewer checking the file in hand) is read
 * and checked in this thread when it is this small, with no memory limit or time limit asked for: starting a
 * worker thread costs ≈35 ms, often a fifth of such a run. Its guard is the bounded reader (a sheet is read
 * to the 2,000 × 100 cap at most) plus a cell budget for the whole workbook: past IN_THREAD_MAX_CELLS the
 * file goes to a worker thread, with its heap limit and --file-timeout, as every other file does.
 */
export const IN_THREAD_MAX_BYTES = 4 * 1024 * 1024;
export const IN_THREAD_MAX_CELLS = 2_000_000;

function inThreadCandidate(inputs: readonly Input[], options: RunOptions): Input | null {
  if (inputs.length !== 1 || inputs[0].error || options.faults) return null;
  if (options.memoryLimitMb !== undefined || options.fileTimeoutSeconds !== undefined) return null;
  try {
    const st = fs.statSync(inputs[0].abs);
    return st.isFile() && st.size <= IN_THREAD_MAX_BYTES ? inputs[0] : null;
  } catch {
    return null;
  }
}

export async function checkInputs(inputs: readonly Input[], options: RunOptions): Promise<CliReport> {
  const single = inThreadCandidate(inputs, options);
  if (single) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the checker loads in this thread only for such a run
    const { checkFileInThread } = require('./check-file') as typeof import('./check-file');
    const name = path.basename(single.file);
    const report = await checkFileInThread(single.file, single.abs, options.profile, { ...options.load, name, maxCells: options.inThreadMaxCells ?? IN_THREAD_MAX_CELLS });
    if (report) {
      // bin/jixiao.js: this thread's code cache is to hold the checker too.
      (globalThis as { __jixiaoCheckedInThread?: boolean }).__jixiaoCheckedInThread = true;
      options.onFileStart?.(1, 1, single.file);
      options.onFileDone?.(1, 1, single.file, {});
      return buildReport([report], options.profile);
    }
  }
  const files = await checkInPool(inputs, {
    jobs: options.jobs,
    profile: options.profile,
    load: options.load ?? {},
    memoryLimitMb: options.memoryLimitMb,
    fileTimeoutSeconds: options.fileTimeoutSeconds,
    faults: options.faults,
    onFileStart: options.onFileStart,
    onFileDone: options.onFileDone,
  });
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
    profile: { name: profile.name, framework: profile.framework, ...(profile.detectFramework ? { detectFramework: true as const } : {}) },
  };
}
