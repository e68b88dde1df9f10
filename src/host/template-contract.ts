/**
 * What the task pane's 模板 view asks of the host (issue 4): insert a standard sheet, generate project
 * sheets from a 申报表, create or refresh the 申报表. Implemented over Office.js (src/excel/templates.ts)
 * and over WPS's ET object model (src/wps/templates.ts), both from the same plans (./template-plan.ts).
 * The pane renders the 模板 view only when a TemplateGateway is given. Like WorkbookGateway: plain async
 * functions, no host types.
 */
import type { Framework } from '../core/profile';

export interface TemplatePreset {
  /** Stable id, e.g. "general", "construction", "subsidy", "personnel", "it-ops", "services". */
  id: string;
  /** Chinese name shown in the picker, e.g. "工程建设类". */
  name: string;
  /** One Chinese line: what the preset pre-fills (e.g. "补助人数、补助标准、足额发放率、发放及时率"). */
  description?: string;
  /** Examples from the seed, e.g. ["供水管网", "养老中心"]. */
  examples?: string[];
}

export interface InsertTemplateRequest {
  /** A TemplatePreset id. */
  preset: string;
  framework: Framework;
  /** Optional header fields; empty ones are left for the user to fill. */
  projectName?: string;
  department?: string;
  unit?: string;
  /** 年度预算资金总额 in 万元. */
  amount?: number;
}

export interface TemplateOutcome {
  /** The new sheet's name (unique, Chinese), already activated. */
  sheetName: string;
  syncs: number;
  /** Chinese warnings to show, e.g. that data validation is unsupported in this Excel. */
  notices?: string[];
}

export interface GenerateOutcome {
  /** The project sheets created, one per summary row that had none (may be empty). */
  sheetNames: string[];
  /** Summary rows skipped because a sheet already exists for them. */
  skipped?: number;
  syncs: number;
  notices?: string[];
}

export interface SummaryOutcome {
  /** The summary sheet created or refreshed. */
  sheetName: string;
  /** Whether it was created (true) or an existing one refreshed (false). */
  created?: boolean;
  /** Project rows now on it. */
  rows?: number;
  syncs: number;
  notices?: string[];
}

export interface TemplateGateway {
  listPresets(): Promise<TemplatePreset[]> | TemplatePreset[];
  /** Adds a new sheet after the active one, filled and formatted, and activates it. Never overwrites. */
  insertTemplate(request: InsertTemplateRequest): Promise<TemplateOutcome>;
  /** On the active summary (申报表) sheet: one pre-filled project sheet per row that has none yet. */
  generateFromSummary(options: { framework: Framework }): Promise<GenerateOutcome>;
  /** Creates or refreshes the summary sheet from the project sheets of the workbook. */
  updateSummary(): Promise<SummaryOutcome>;
}
