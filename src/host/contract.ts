/**
 * The contract between the task pane / ribbon commands and a spreadsheet host: plain async functions.
 * React components receive a `WorkbookGateway` and never touch a host's objects themselves. Two hosts
 * implement it: Excel over Office.js (src/excel/gateway.ts) and WPS 表格 over its ET object model
 * (src/wps/gateway.ts); the same contract tests run both against their in-memory fakes
 * (test/gateway-contract/). The template side of the contract is ./template-contract.ts.
 */
import type { Finding, Framework, Profile, WorkbookResult } from '../core';

export interface CheckSettings {
  profile: Profile;
  /** Write a note (comment) on each marked cell, where the API allows it. */
  writeNotes: boolean;
}

export type HostKind = 'excel' | 'wps';

export interface Capabilities {
  /** Which host this gateway drives (absent: Excel, for gateways written before WPS). */
  host?: HostKind;
  /**
   * The host meets the minimum; without it nothing works. Excel: ExcelApi 1.7. WPS: the ET object model
   * answered (an active workbook with worksheets).
   */
  excelApi17: boolean;
  /** Marks of one colour are one request (Excel: RangeAreas, ExcelApi 1.9; WPS: a union range). */
  rangeAreas: boolean;
  /** Notes / comments. Without them marks carry no note; the task pane has the text. */
  notes: boolean;
  /** Where the gateway keeps what it must restore: a custom XML part; Excel's document settings; or (a WPS
   * without custom XML parts) only this session's memory. */
  storage: 'customXmlParts' | 'settings' | 'session';
  /** Excel: merged areas can be read (ExcelApi 1.13). Shown in 设置 → 关于. */
  mergedAreas?: boolean;
  /** Excel: change events say who made the change (ExcelApi 1.14). */
  changeSource?: boolean;
  /** Excel: the add-in's changes can be undone with Ctrl+Z (ExcelApi 1.20 / ExcelUndoApiAll). */
  undo?: boolean;
}

export interface CheckOutcome {
  result: WorkbookResult;
  /** Findings as marked: one per cell, the most severe when several point at one cell. */
  marked: number;
  /**
   * Round trips the operation took (shown in the bench, asserted in tests): Excel's context.sync calls;
   * WPS, whose calls are synchronous, counts none (its fake counts cross-process calls instead).
   */
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

/** An error with a code the pane can act on ("ItemNotFound", "InvalidArgument", "ApiNotFound"…). */
export class GatewayError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

export type { Finding, Framework };
