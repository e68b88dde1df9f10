/**
 * The 申报表 (summary sheet), in the style of the seed's 部分县直部门2024年绩效目标申报表:
 * 序号 / 预算部门（单位）名称 / 项目名称 / 项目金额（万元） / 备注, one row per project and a 合计 row.
 * Every project cell is a formula on the project's own sheet (='供水管网'!B3&""), so it stays in step.
 */
import { defaultBudgetYear } from './year';
import { toA1, type CellRef, type MergeArea } from '../grid';
import type { TargetTable } from '../model';
import { formulaSheetRef } from './names';
import type { CellSpec, SummaryEntry, SummaryLayout, SummarySheetSpec, TargetSheetSpec } from './spec';
import { heightForLines, portraitA4, usedStyles, wrappedLines } from './style';

export const SUMMARY_COLUMN_WIDTHS = [6, 32, 40, 16, 14];
export const SUMMARY_HEADINGS = ['序号', '预算部门（单位）名称', '项目名称', '项目金额（万元）', '备注'] as const;
export const DEFAULT_SUMMARY_NAME = '绩效目标申报表';

export interface SummaryOptions {
  /** The sheet's name; default 绩效目标申报表. */
  name?: string;
  /** For the title "<year>年项目支出绩效目标申报表"; default the first project sheet's year, else this year. */
  year?: number;
  /** The title; default "<year>年项目支出绩效目标申报表" (a refresh keeps the sheet's own). */
  title?: string;
  /** 备注 by project sheet name, kept across refreshes. */
  notes?: Record<string, string>;
}

/** A template sheet as a summary entry: its 主管部门, 项目名称 and 年度预算资金总额 cells. */
export function summaryEntryFromSpec(spec: TargetSheetSpec): SummaryEntry {
  const total = spec.cells.find((c) => c.row === spec.layout.total.row && c.col === spec.layout.total.col);
  return {
    sheet: spec.name,
    department: { cell: spec.layout.department, text: spec.content.department },
    name: { cell: spec.layout.projectName, text: spec.content.projectName },
    amount: { cell: spec.layout.total, value: typeof total?.result === 'number' ? total.result : null },
  };
}

/**
 * A recognised target table (any layout) as a summary entry, or null when it has no 项目名称 or
 * 年度预算资金总额 cell to refer to.
 */
export function summaryEntryFromTable(table: TargetTable): SummaryEntry | null {
  if (!table.projectName || !table.funds.total) return null;
  return {
    sheet: table.sheet,
    department: { cell: table.department?.cell ?? table.projectName.cell, text: table.department?.text ?? '' },
    name: { cell: table.projectName.cell, text: table.projectName.text },
    amount: { cell: table.funds.total.cell, value: table.funds.total.amount },
  };
}

function isSpec(x: TargetSheetSpec | SummaryEntry): x is TargetSheetSpec {
  return (x as TargetSheetSpec).kind === 'target-table';
}

function area(top: number, left: number, bottom = top, right = left): MergeArea {
  return { top, left, bottom, right };
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** The summary sheet over these project sheets (template specs or entries), in the order given. */
export function buildSummarySpec(projectSheets: ReadonlyArray<TargetSheetSpec | SummaryEntry>, options: SummaryOptions = {}): SummarySheetSpec {
  const entries = projectSheets.map((p) => (isSpec(p) ? summaryEntryFromSpec(p) : { ...p }));
  for (const e of entries) {
    const note = options.notes?.[e.sheet];
    if (note !== undefined) e.note = note;
  }
  const firstSpec = projectSheets.find(isSpec);
  const year = options.year ?? firstSpec?.content.year ?? defaultBudgetYear();
  const headerRow = 1;
  const firstRow = 2;
  const lastRow = firstRow + entries.length - 1;
  const totalRow = lastRow + 1;
  const col = { index: 0, department: 1, name: 2, amount: 3, note: 4 };
  const layout: SummaryLayout = { title: { row: 0, col: 0 }, headerRow, firstRow, lastRow, totalRow, columns: col };

  const cells: CellSpec[] = [];
  const merges: MergeArea[] = [];
  const put = (c: CellSpec) => cells.push(c);
  for (let c = 0; c <= 4; c++) put({ row: 0, col: c, style: 'title', ...(c === 0 ? { value: options.title?.trim() || `${year}年项目支出绩效目标申报表` } : {}) });
  merges.push(area(0, 0, 0, 4));
  SUMMARY_HEADINGS.forEach((h, c) => put({ row: headerRow, col: c, style: 'heading', value: h }));

  const ref = (sheet: string, cell: CellRef) => `${formulaSheetRef(sheet)}!${toA1(cell)}`;
  entries.forEach((e, i) => {
    const row = firstRow + i;
    put({ row, col: col.index, style: 'cellCenter', value: i + 1 });
    // &"": an empty source cell shows as empty, not 0.
    put({ row, col: col.department, style: 'cellLeft', formula: `=${ref(e.sheet, e.department.cell)}&""`, result: e.department.text });
    put({ row, col: col.name, style: 'cellLeft', formula: `=${ref(e.sheet, e.name.cell)}&""`, result: e.name.text });
    put({ row, col: col.amount, style: 'cellMoney', formula: `=${ref(e.sheet, e.amount.cell)}`, result: e.amount.value ?? 0 });
    const note: CellSpec = { row, col: col.note, style: 'input' };
    if (e.note) note.value = e.note;
    put(note);
  });
  const sum = round(entries.reduce((s, e) => s + (e.amount.value ?? 0), 0));
  for (let c = 0; c <= 2; c++) put({ row: totalRow, col: c, style: 'totalLabel', ...(c === 0 ? { value: '合计' } : {}) });
  merges.push(area(totalRow, 0, totalRow, 2));
  put(
    entries.length
      ? { row: totalRow, col: col.amount, style: 'totalMoney', formula: `=SUM(${toA1({ row: firstRow, col: col.amount })}:${toA1({ row: lastRow, col: col.amount })})`, result: sum }
      : { row: totalRow, col: col.amount, style: 'totalMoney', value: 0 },
  );
  put({ row: totalRow, col: col.note, style: 'cellLeft' });
  cells.sort((a, b) => a.row - b.row || a.col - b.col);

  const w = SUMMARY_COLUMN_WIDTHS;
  const rowHeights: Record<number, number> = { 0: 36, [headerRow]: 24, [totalRow]: 22 };
  entries.forEach((e, i) => {
    const lines = Math.max(wrappedLines(e.department.text, w[1]), wrappedLines(e.name.text, w[2]), wrappedLines(e.note ?? '', w[4]), 1);
    rowHeights[firstRow + i] = heightForLines(lines, 22);
  });

  return {
    kind: 'summary',
    name: options.name ?? DEFAULT_SUMMARY_NAME,
    year,
    entries,
    layout,
    styles: usedStyles(cells),
    columnWidths: [...SUMMARY_COLUMN_WIDTHS],
    rowHeights,
    cells,
    merges,
    validations: [],
    print: portraitA4({ first: headerRow, last: headerRow }),
    protection: { enabled: false },
  };
}
