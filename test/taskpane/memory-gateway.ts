/**
 * A hand-written in-memory WorkbookGateway for the task pane's component tests. It holds real grids
 * (read from the seed .xlsx files) and answers with the real core: checkWorkbook over the grids with the
 * profile the pane passes. It records every call, lets a test hold a check open (to see the progress
 * state), fail the next call, and edit a cell the way a user would (firing onSheetChanged).
 */
import { checkWorkbook, type WorkbookResult } from '../../src/core/check';
import { cellText, columnName, fromA1, toA1, type CellValue, type Grid } from '../../src/core/grid';
import type { Capabilities, CheckOutcome, CheckSettings, ClearOutcome, SheetChangeListener, WorkbookGateway } from '../../src/host/contract';
import { readXlsxFile } from '../../src/node/xlsx';

export const FIXTURES = `${__dirname}/../fixtures`;

export async function seedGrids(layout: 'official' | 'pasted' | 'split' = 'official'): Promise<Grid[]> {
  return readXlsxFile(`${FIXTURES}/pingyin-2024-${layout}.xlsx`);
}

function cloneGrid(g: Grid): Grid {
  return { name: g.name, rows: g.rows.map((r) => [...r]), merges: g.merges?.map((m) => ({ ...m })) };
}

/** The A1 address of the first cell whose text contains `label`, or throws. */
export function findLabel(grid: Grid, label: string): string {
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (cellText(row[c]).includes(label)) return toA1({ row: r, col: c });
    }
  }
  throw new Error(`“${label}” not found on sheet ${grid.name}`);
}

export function setCell(grid: Grid, a1: string, value: CellValue): void {
  const ref = fromA1(a1);
  if (!ref) throw new Error(`bad address ${a1}`);
  while (grid.rows.length <= ref.row) grid.rows.push([]);
  const row = grid.rows[ref.row];
  while (row.length <= ref.col) row.push(null);
  row[ref.col] = value;
}

/** The cell right of a label (the value cell in the official layout's funds block). */
export function rightOf(a1: string): string {
  const ref = fromA1(a1);
  if (!ref) throw new Error(`bad address ${a1}`);
  return `${columnName(ref.col + 1)}${ref.row + 1}`;
}

export interface Calls {
  check: CheckSettings[];
  recheck: Array<{ sheet: string; settings: CheckSettings }>;
  select: Array<{ sheet: string; cell: string }>;
  clear: number;
}

export class MemoryGateway implements WorkbookGateway {
  readonly grids: Grid[];
  readonly calls: Calls = { check: [], recheck: [], select: [], clear: 0 };
  caps: Capabilities = { excelApi17: true, rangeAreas: true, notes: true, storage: 'customXmlParts' };
  notices: string[] = [];
  /** Thrown (once) by the next gateway call. */
  failNext: unknown = null;
  private listeners = new Set<SheetChangeListener>();
  private held: Array<() => void> = [];
  private holding = false;
  private marked = 0;

  constructor(grids: Grid[]) {
    this.grids = grids.map(cloneGrid);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  sheet(name: string): Grid {
    const g = this.grids.find((x) => x.name === name);
    if (!g) throw new Error(`no sheet ${name}`);
    return g;
  }

  /** Until release(), checks wait (the pane shows its progress state). */
  hold(): void {
    this.holding = true;
  }

  release(): void {
    this.holding = false;
    const h = this.held;
    this.held = [];
    h.forEach((f) => f());
  }

  private async gate(): Promise<void> {
    if (this.holding) await new Promise<void>((resolve) => this.held.push(resolve));
    if (this.failNext !== null) {
      const e = this.failNext;
      this.failNext = null;
      throw e;
    }
  }

  capabilities(): Capabilities {
    return this.caps;
  }

  /** The result the real core gives for the current grids: what the pane should show. */
  expected(settings: CheckSettings): WorkbookResult {
    return checkWorkbook(this.grids, { profile: settings.profile });
  }

  async checkWorkbook(settings: CheckSettings): Promise<CheckOutcome> {
    this.calls.check.push(settings);
    await this.gate();
    const result = this.expected(settings);
    this.marked = result.sheets.reduce((n, s) => n + new Set(s.findings.map((f) => f.cell)).size, 0);
    return { result, marked: this.marked, syncs: 2, notices: [...this.notices] };
  }

  /** Returns only the re-checked sheet (cross-sheet rules still see the whole workbook). */
  async recheckSheet(sheetName: string, settings: CheckSettings): Promise<CheckOutcome> {
    this.calls.recheck.push({ sheet: sheetName, settings });
    await this.gate();
    const full = this.expected(settings);
    const result = { model: full.model, sheets: full.sheets.filter((s) => s.name === sheetName) };
    return { result, marked: result.sheets[0]?.findings.length ?? 0, syncs: 2, notices: [...this.notices] };
  }

  async clearMarks(): Promise<ClearOutcome> {
    this.calls.clear++;
    await this.gate();
    const restored = this.marked;
    this.marked = 0;
    return { restored, syncs: 2 };
  }

  async selectCell(sheetName: string, address: string): Promise<void> {
    this.calls.select.push({ sheet: sheetName, cell: address });
    await this.gate();
    this.sheet(sheetName);
  }

  onSheetChanged(listener: SheetChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** A user edit: changes the cell and tells the listeners (as the real gateway does after its debounce). */
  edit(sheetName: string, a1: string, value: CellValue): void {
    setCell(this.sheet(sheetName), a1, value);
    for (const l of [...this.listeners]) l(sheetName);
  }
}
