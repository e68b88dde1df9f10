/**
 * Helpers shared by the indicator/* and value/* rules: which 一级/二级 a row is under in the profile's
 * framework, where to point when a label is absent, and how to name the framework in a message.
 */
import type { CellRef } from '../../grid';
import type { Indicator, Level1, Level2, TargetTable } from '../../model';
import type { Framework } from '../../profile';
import { isCostIndicator, parentsOf, requiredLevel1 } from '../../framework';

/** The framework as a message names it. */
export const FRAMEWORK_NAME: Record<Framework, string> = {
  '2024': '2024 框架（成本指标单列为一级指标）',
  classic: '经典框架（财预〔2015〕88号，成本指标是产出指标下的二级指标）',
};

/** "第 12 行" for a 0-based row. */
export function rowName(row: number): string {
  return `第 ${row + 1} 行`;
}

function sameCell(a: CellRef, b: CellRef): boolean {
  return a.row === b.row && a.col === b.col;
}

/** The row's 一级指标 when it is a 一级 of this framework (成本指标 is none in "classic"); else null. */
export function validLevel1(ind: Indicator, fw: Framework): Level1 | null {
  const c = ind.level1?.canonical ?? null;
  return c && requiredLevel1(fw).includes(c) ? c : null;
}

export function level2Of(ind: Indicator): Level2 | null {
  return ind.level2?.canonical ?? null;
}

/** The only 一级 a 二级 belongs under in this framework; null when none or several. */
export function inferLevel1(l2: Level2 | null, fw: Framework): Level1 | null {
  if (!l2) return null;
  const p = parentsOf(l2, fw);
  return p.length === 1 ? p[0] : null;
}

/** Is the row a cost indicator (under 成本指标, or a 成本 二级)? Uses canonical labels only. */
export function isCost(ind: Indicator): boolean {
  return isCostIndicator(ind.level1?.canonical ?? null, level2Of(ind));
}

/** The column the 一级 labels are written in (for pointing at an absent one). */
export function level1Column(table: TargetTable): number {
  for (const ind of table.indicators) if (ind.level1) return ind.level1.cell.col;
  for (const ind of table.indicators) if (ind.level2) return Math.max(0, ind.level2.cell.col - 1);
  for (const ind of table.indicators) if (ind.name) return Math.max(0, ind.name.cell.col - 2);
  for (const ind of table.indicators) return Math.max(0, ind.value.cell.col - 3);
  return table.anchor.col;
}

/** The 一级 cell of the indicator header row (一级指标 | 二级指标 | …), or the best cell there is. */
export function indicatorHeaderCell(table: TargetTable): CellRef {
  if (table.indicatorHeaderRow !== null && table.indicatorHeaderRow >= 0) {
    return { row: table.indicatorHeaderRow, col: level1Column(table) };
  }
  const first = table.indicators.find((i) => i.level1);
  return first?.level1?.cell ?? table.anchor;
}

/** The name of a row for messages: its 三级指标 name, else its row. */
export function indicatorName(ind: Indicator): string {
  const n = ind.name?.text.trim();
  return n ? `「${n}」` : rowName(ind.row);
}

type Label = { text: string; cell: CellRef };

export interface LabelBlock<L extends Label> {
  label: L;
  rows: Indicator[];
  /** The label is written on more than one row (a layout that repeats labels instead of merging). */
  repeated: boolean;
}

/**
 * The rows under each written label, in order: one block per merged label, and one block for a label
 * repeated row after row (same text, same column, consecutive rows, same `scope`), so that a wrong
 * label is reported once whatever the layout.
 */
export function labelBlocks<L extends Label>(
  table: TargetTable,
  pick: (ind: Indicator) => L | null,
  scope: (ind: Indicator) => string = () => '',
): LabelBlock<L>[] {
  const blocks: LabelBlock<L>[] = [];
  let prev: { ind: Indicator; label: L; block: LabelBlock<L> } | null = null;
  for (const ind of table.indicators) {
    const label = pick(ind);
    if (!label) {
      prev = null;
      continue;
    }
    const same =
      prev &&
      scope(prev.ind) === scope(ind) &&
      (sameCell(prev.label.cell, label.cell) ||
        (prev.label.text.trim() === label.text.trim() && prev.label.cell.col === label.cell.col && ind.row === prev.ind.row + 1));
    if (same && prev) {
      prev.block.rows.push(ind);
      if (!sameCell(prev.block.label.cell, label.cell)) prev.block.repeated = true;
      prev = { ind, label, block: prev.block };
    } else {
      const block: LabelBlock<L> = { label, rows: [ind], repeated: false };
      blocks.push(block);
      prev = { ind, label, block };
    }
  }
  return blocks;
}

/** "第 11–14 行" for a block's rows. */
export function rowsName(rows: Indicator[]): string {
  if (!rows.length) return '';
  const a = rows[0].row;
  const b = rows[rows.length - 1].row;
  return a === b ? rowName(a) : `第 ${a + 1}–${b + 1} 行`;
}
