/**
 * Sheet recognition: decides for each grid whether it is a 项目支出绩效目标表 (target-table), a 申报表
 * (summary) or something else, and reads it into the model. STUB until the recognizer lands.
 */
import type { Grid } from '../grid';
import type { SheetModel, WorkbookModel } from '../model';

export function recognizeSheet(grid: Grid): SheetModel {
  return { kind: 'other', sheet: grid.name };
}

export function recognizeWorkbook(grids: readonly Grid[]): WorkbookModel {
  return { sheets: grids.map(recognizeSheet) };
}
