/**
 * The two hosts under one interface, so each contract test is written once and runs against Excel (the
 * Office.js gateway over test/fake-excel/) and WPS (the ET gateway over test/fake-wps/). Both fakes hold
 * the same document model, so what a test reads of the document is host-neutral.
 */
import type { WorkbookGateway } from '../../src/host/contract';
import type { TemplateGateway } from '../../src/host/template-contract';
import type { CellValue } from '../../src/core/grid';
import { createGateway } from '../../src/excel/gateway';
import { createTemplateGateway } from '../../src/excel/templates';
import { createWpsGateway } from '../../src/wps/gateway';
import { createWpsTemplateGateway } from '../../src/wps/templates';
import type { EtApplication } from '../../src/wps/et-types';
import type { EtWriteApplication } from '../../src/wps/et-template-types';
import { FakeExcelHost } from '../fake-excel/host';
import type { FakeFill, FakeWorkbook, FakeWorkbookJson } from '../fake-excel/workbook';
import { FakeWpsHost } from '../fake-wps/host';

export type HostKind = 'excel' | 'wps';

export interface HostOptions {
  /** Content writes allowed (template tests). */
  allowValueWrites?: boolean;
  /** The budget year of templates. */
  year?: number;
}

export interface HostUnderTest {
  kind: HostKind;
  gateway: WorkbookGateway;
  templates: TemplateGateway;
  workbook(): FakeWorkbook;
  serialize(): FakeWorkbookJson;
  /** Save, close, reopen: a new host (and new gateways) on the saved document. */
  reopen(): HostUnderTest;
  user: {
    setValue(sheet: string, address: string, value: CellValue): void;
    setFill(sheet: string, address: string, fill: FakeFill | null): void;
    setNote(sheet: string, address: string, content: string | null): void;
    renameSheet(from: string, to: string): void;
    activate(sheet: string): void;
  };
  resetCounters(): void;
  /** Sheets read in any way, and sheets written, since resetCounters(). */
  sheetsRead(): string[];
  sheetsWritten(): string[];
  /** Attempts to write a cell value or formula since resetCounters(). */
  valueWrites(): number;
  selection(): { sheet: string; address: string } | null;
  activeSheet(): string;
}

function excelHost(json: FakeWorkbookJson, o: HostOptions): HostUnderTest {
  const host = new FakeExcelHost(json, { allowValueWrites: o.allowValueWrites });
  return {
    kind: 'excel',
    gateway: createGateway(host.Excel, host.Office, { debounceMs: 20 }),
    templates: createTemplateGateway(host.Excel, host.Office, { year: () => o.year ?? 2024 }),
    workbook: () => host.workbook,
    serialize: () => host.serialize(),
    reopen: () => excelHost(JSON.parse(JSON.stringify(host.serialize())) as FakeWorkbookJson, o),
    user: host.user,
    resetCounters: () => host.resetCounters(),
    sheetsRead: () => [...new Set(host.syncs.flatMap((s) => s.sheetsRead))].sort(),
    sheetsWritten: () => [...new Set(host.syncs.flatMap((s) => s.sheetsWritten))].sort(),
    valueWrites: () => host.valueWrites,
    selection: () => host.selection,
    activeSheet: () => host.activeSheet,
  };
}

function wpsHost(json: FakeWorkbookJson, o: HostOptions): HostUnderTest {
  const host = new FakeWpsHost(json, { allowValueWrites: o.allowValueWrites });
  return wrapWps(host, o);
}

export function wrapWps(host: FakeWpsHost, o: HostOptions = {}): HostUnderTest {
  return {
    kind: 'wps',
    gateway: createWpsGateway(host.Application as unknown as EtApplication, { debounceMs: 20 }),
    templates: createWpsTemplateGateway(host.Application as unknown as EtWriteApplication, { year: () => o.year ?? 2024 }),
    workbook: () => host.workbook,
    serialize: () => host.serialize(),
    reopen: () => wrapWps(host.reopen(), o),
    user: host.user,
    resetCounters: () => host.resetCounters(),
    sheetsRead: () => [...host.read].sort(),
    sheetsWritten: () => [...host.written].sort(),
    valueWrites: () => host.valueWrites,
    selection: () => host.selection,
    activeSheet: () => host.activeSheet,
  };
}

export const HOSTS: readonly [HostKind, (json: FakeWorkbookJson, options?: HostOptions) => HostUnderTest][] = [
  ['excel', (json, o = {}) => excelHost(json, o)],
  ['wps', (json, o = {}) => wpsHost(json, o)],
];
