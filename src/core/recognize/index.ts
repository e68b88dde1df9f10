/**
 * Sheet recognition: decides for each grid whether it is a 项目支出绩效目标表 (target-table), a 申报表
 * (summary) or something else, by finding the labels wherever they are, and reads it into the model.
 */
import { isUncalculated, type CellRef, type Grid } from '../grid';
import type { SheetModel, WorkbookModel } from '../model';
import { findIndicatorHeader, readTargetTable, type IndicatorHeader } from './target';
import { findTreeHeader } from './header';
import { findSummaryHeader, readSummary } from './summary';
import { SheetView } from './view';

const APPLICATION_TITLE = /绩效目标申报表(\(.*\))?$/;

/** How many rows from the top the header labels may stand in (a title block, blank rows, an offset). */
const HEADER_SCAN_ROWS = 80;

/** The title of a list of indicators to choose from (指标库, 共性指标体系, 参考指标), not a project's table. */
const LIBRARY_TITLE = /指标库|指标体系|指标框架|参考指标|指标参考|共性指标|指标目录|指标清单/;

function looksLikeTargetTable(view: SheetView, header: IndicatorHeader | null): boolean {
  let fields = 0;
  let title = false;
  let level1 = 0;
  const seen = new Set<string>();
  let summary: { found: boolean } | undefined; // looked for once, and only for a 申报表 title
  let library = false;
  const limit = Math.min(view.rowCount, header ? header.row + 60 : HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    for (const { text, info } of view.textCells(r)) {
      if (text.length > 40) continue;
      if (info.title) title = true;
      if (header && r < header.row && LIBRARY_TITLE.test(text.replace(/\s+/g, ''))) library = true;
      // "…绩效目标申报表" titles one project's form as often as the summary of all: a project's when the
      // sheet has no summary header (序号 | 项目名称 | 金额 …).
      if (!title && r < 4 && APPLICATION_TITLE.test(text.replace(/\s+/g, '')) && !(summary ??= { found: !!findSummaryHeader(view) }).found) title = true;
      const f = info.field ?? info.fund;
      if (f && !seen.has(f)) {
        seen.add(f);
        fields++;
      }
      if (info.level1) level1++;
    }
  }
  if (header) {
    if (fields >= 1 || title) return true;
    // Indicators without a project, a title or targets: a 指标库 or reference list copied into the
    // workbook, whose names have no target values to check.
    return level1 >= 2 && header.colOf.value !== undefined && !library;
  }
  // No indicator header row: the title and header fields, or fields and 一级 labels, or the form's whole
  // header (name, department, funds, goal: a capture cut before its indicators).
  return (title && fields >= 2) || (fields >= 3 && level1 >= 1) || (fields >= 4 && seen.has('goal') && seen.has('projectName'));
}

/** At most this many uncalculated formula cells are listed per sheet. */
const MAX_UNCALCULATED = 1000;

/** The formula cells of a grid that carry no computed result. */
function uncalculatedCells(grid: Grid): CellRef[] {
  const out: CellRef[] = [];
  for (let r = 0; r < grid.rows.length && out.length < MAX_UNCALCULATED; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'object' && v !== null && isUncalculated(v)) out.push({ row: r, col: c });
    }
  }
  return out;
}

export function recognizeSheet(grid: Grid): SheetModel {
  const view = new SheetView(grid);
  const header = findIndicatorHeader(view) ?? findTreeHeader(view);
  const model: SheetModel = looksLikeTargetTable(view, header)
    ? readTargetTable(view, header)
    : (() => {
        const summary = findSummaryHeader(view);
        return summary ? readSummary(view, summary) : { kind: 'other' as const, sheet: grid.name };
      })();
  if (model.kind === 'other') return model;
  const uncalculated = uncalculatedCells(grid);
  return uncalculated.length ? { ...model, uncalculated } : model;
}

export function recognizeWorkbook(grids: readonly Grid[]): WorkbookModel {
  return { sheets: grids.map(recognizeSheet) };
}
