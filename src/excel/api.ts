/**
 * What the task pane and the ribbon commands may ask of Excel: plain async functions. React components
 * receive a `WorkbookGateway` and never touch `Excel` or `Office` themselves. The implementation over
 * Office.js lives in ./gateway.ts; tests run it against the fake host in test/fake-excel/.
 */
import type { Finding, Framework, Profile, WorkbookResult } from '../core';

export interface CheckSettings {
  profile: Profile;
  /** Write a note (comment) on each marked cell, where the API allows it. */
  writeNotes: boolean;
}

export interface Capabilities {
  /** ExcelApi 1.7: the minimum; without it nothing works. */
  excelApi17: boolean;
  /** ExcelApi 1.9: RangeAreas, so marks of one colour are one request. */
  rangeAreas: boolean;
  /** ExcelApi 1.18: worksheet notes. Without it marks carry no note; the task pane has the text. */
  notes: boolean;
  /** Where the gateway keeps what it must restore (custom XML part, or document settings). */
  storage: 'customXmlParts' | 'settings';
}

export interface CheckOutcome {
  result: WorkbookResult;
  /** Findings as marked: one per cell, the most severe when several point at one cell. */
  marked: number;
  /** The number of context.sync calls the operation took (shown in the bench, asserted in tests). */
  syncs: number;
  /** Human-readable warnings (Chinese), e.g. "此版本的 Excel 不支持批注，问题说明只显示在任务窗格中". */
  notices: string[];
}

export interface ClearOutcome {
  /** Cells whose fill and note were restored. */
  restored: number;
  syncs: number;
  /** Chinese warnings, e.g. that marks a person changed after the check were left as they are. */
  notices?: string[];
}

export type SheetChangeListener = (sheetName: string) => void;

export interface WorkbookGateway {
  capabilities(): Capabilities;
  /** Reads every sheet in one sync, checks, replaces earlier marks with new ones in one more sync. */
  checkWorkbook(settings: CheckSettings): Promise<CheckOutcome>;
  /** Re-reads only this sheet, re-checks (cross-sheet rules use the last read of the other sheets), re-marks it. */
  recheckSheet(sheetName: string, settings: CheckSettings): Promise<CheckOutcome>;
  /** Restores every cell Jixiao marked to its own fill and note, exactly. Never touches values. */
  clearMarks(): Promise<ClearOutcome>;
  /** Activates the sheet, then selects the cell. */
  selectCell(sheetName: string, address: string): Promise<void>;
  /** Calls the listener (debounced) when the user edits a sheet; ignores changes Jixiao's own marks cause. */
  onSheetChanged(listener: SheetChangeListener): () => void;
}

export type { Finding, Framework };
