/**
 * The fake Excel host's document: sheets with values, merged areas, fills and notes, custom XML parts and
 * saved document settings. Plain data, JSON in and out (`FakeWorkbookJson`), so it can be built from core
 * Grids in a browser (the playground) or from an .xlsx in Node (./from-xlsx.ts), and serialised to
 * simulate save, close and reopen. No Node and no DOM imports here.
 */
import type { CellValue, Grid, MergeArea } from '../../src/core/grid';
import { fromA1, parseRange, rangeToA1, toA1 } from '../../src/core/grid';

/** A cell's own fill. A cell without an entry has no fill. Colours are "#RRGGBB", upper case. */
export interface FakeFill {
  color: string;
  /** Excel's FillPattern: "Solid" unless a pattern was chosen. */
  pattern: string;
  /** The pattern's colour; meaningful for patterns other than Solid. */
  patternColor?: string;
}

/** One side of a cell's border as Office describes it. */
export interface FakeBorder {
  style: string;
  color: string;
  weight: string;
}

/** A cell's own format beyond its fill (written by the template code; absent keys are Excel's defaults). */
export interface FakeCellFormat {
  font?: { name?: string; size?: number; bold?: boolean; color?: string };
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  numberFormat?: string;
  /** Excel's default is locked. */
  locked?: boolean;
  borders?: { top?: FakeBorder; bottom?: FakeBorder; left?: FakeBorder; right?: FakeBorder };
}

/** A cell's data validation as written through Range.dataValidation. */
export interface FakeValidation {
  rule: Record<string, unknown>;
  prompt?: { showPrompt: boolean; title: string; message: string };
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks?: boolean;
}

export interface FakeSheetJson {
  name: string;
  /** Stable across renames and reloads, like Excel's worksheet id. Generated when missing. */
  id?: string;
  visible?: boolean;
  /** Values, 0-based rows as in a core Grid. Error values as {error}. */
  rows?: CellValue[][];
  /** Merged areas in A1 notation, e.g. "B5:B8". */
  merges?: string[];
  /** Own fills by A1 address. */
  fills?: Record<string, FakeFill>;
  /** Notes (the yellow "批注" of classic Excel) by A1 address. */
  notes?: Record<string, string>;
  /** Formulas by A1 address ("=C6+C7+C8"); their values are in `rows`. */
  formulas?: Record<string, string>;
  /** Formats beyond fills by A1 address. */
  formats?: Record<string, FakeCellFormat>;
  validations?: Record<string, FakeValidation>;
  /** Points, by column letter / by 1-based row number. */
  columnWidths?: Record<string, number>;
  rowHeights?: Record<string, number>;
  /** Worksheet.pageLayout as written (paperSize, orientation, zoom, margins, printTitleRows …). */
  pageLayout?: Record<string, unknown>;
  /** Worksheet.protection.protect() was called, with these options. */
  protection?: { protected: boolean; options?: Record<string, unknown> };
}

export interface FakeCustomXmlPartJson {
  id: string;
  xml: string;
}

export interface FakeWorkbookJson {
  sheets: FakeSheetJson[];
  activeSheet?: string;
  customXmlParts?: FakeCustomXmlPartJson[];
  /** Office.context.document.settings as last saved (saveAsync). */
  settings?: Record<string, unknown>;
}

/** Excel's column limit: keys are row * 16384 + col. */
export const COLS = 16384;
export const key = (row: number, col: number): number => row * COLS + col;
export const keyRow = (k: number): number => Math.floor(k / COLS);
export const keyCol = (k: number): number => k % COLS;

export function keyOf(address: string): number {
  const ref = fromA1(address);
  if (!ref) throw new Error(`not a cell address: ${address}`);
  return key(ref.row, ref.col);
}

export function addressOfKey(k: number): string {
  return toA1({ row: keyRow(k), col: keyCol(k) });
}

export class FakeSheet {
  id: string;
  name: string;
  visible: boolean;
  readonly values = new Map<number, CellValue>();
  readonly fills = new Map<number, FakeFill>();
  readonly notes = new Map<number, string>();
  merges: MergeArea[] = [];
  readonly formulas = new Map<number, string>();
  readonly formats = new Map<number, FakeCellFormat>();
  readonly validations = new Map<number, FakeValidation>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  pageLayout: Record<string, unknown> = {};
  protection: { protected: boolean; options?: Record<string, unknown> } = { protected: false };

  /** The cell's own format, created on first write. */
  formatAt(k: number): FakeCellFormat {
    let f = this.formats.get(k);
    if (!f) {
      f = {};
      this.formats.set(k, f);
    }
    return f;
  }

  constructor(name: string, id: string, visible = true) {
    this.name = name;
    this.id = id;
    this.visible = visible;
  }

  value(row: number, col: number): CellValue {
    const v = this.values.get(key(row, col));
    return v === undefined ? null : v;
  }

  setValue(row: number, col: number, v: CellValue): void {
    if (v === null || v === '' || v === undefined) this.values.delete(key(row, col));
    else this.values.set(key(row, col), v);
  }

  /** The smallest rectangle holding every value (valuesOnly) or every value and fill; null when none. */
  usedArea(valuesOnly: boolean): MergeArea | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const visit = (k: number) => {
      const r = keyRow(k);
      const c = keyCol(k);
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    };
    for (const k of this.values.keys()) visit(k);
    if (!valuesOnly) for (const k of this.fills.keys()) visit(k);
    if (!valuesOnly) for (const k of this.formats.keys()) visit(k);
    // A merge is formatting: Excel's used range (not values-only) holds every merged cell.
    if (!valuesOnly) {
      for (const m of this.merges) {
        visit(key(m.top, m.left));
        visit(key(m.bottom, m.right));
      }
    }
    if (bottom < 0) return null;
    return { top, left, bottom, right };
  }

  toJson(): FakeSheetJson {
    const area = this.usedArea(true);
    const rows: CellValue[][] = [];
    if (area) {
      for (let r = 0; r <= area.bottom; r++) {
        const row: CellValue[] = [];
        for (let c = 0; c <= area.right; c++) row.push(this.value(r, c));
        while (row.length && row[row.length - 1] === null) row.pop();
        rows.push(row);
      }
    }
    const fills: Record<string, FakeFill> = {};
    for (const [k, f] of [...this.fills.entries()].sort((a, b) => a[0] - b[0])) fills[addressOfKey(k)] = { ...f };
    const notes: Record<string, string> = {};
    for (const [k, n] of [...this.notes.entries()].sort((a, b) => a[0] - b[0])) notes[addressOfKey(k)] = n;
    const json: FakeSheetJson = {
      name: this.name,
      id: this.id,
      visible: this.visible,
      rows,
      merges: this.merges.map(rangeToA1),
      fills,
      notes,
    };
    // The template code's additions, only when present (older documents serialise as before).
    const byAddress = <T>(m: Map<number, T>): Record<string, T> => {
      const out: Record<string, T> = {};
      for (const [k, v] of [...m.entries()].sort((a, b) => a[0] - b[0])) out[addressOfKey(k)] = JSON.parse(JSON.stringify(v)) as T;
      return out;
    };
    if (this.formulas.size) json.formulas = byAddress(this.formulas);
    if (this.formats.size) json.formats = byAddress(this.formats);
    if (this.validations.size) json.validations = byAddress(this.validations);
    if (this.columnWidths.size) {
      json.columnWidths = Object.fromEntries([...this.columnWidths.entries()].sort((a, b) => a[0] - b[0]).map(([c, w]) => [toA1({ row: 0, col: c }).replace(/\d+$/, ''), w]));
    }
    if (this.rowHeights.size) {
      json.rowHeights = Object.fromEntries([...this.rowHeights.entries()].sort((a, b) => a[0] - b[0]).map(([r, h]) => [String(r + 1), h]));
    }
    if (Object.keys(this.pageLayout).length) json.pageLayout = JSON.parse(JSON.stringify(this.pageLayout)) as Record<string, unknown>;
    if (this.protection.protected) json.protection = JSON.parse(JSON.stringify(this.protection)) as FakeSheetJson['protection'];
    return json;
  }

  static fromJson(json: FakeSheetJson, id: string): FakeSheet {
    const s = new FakeSheet(json.name, json.id ?? id, json.visible ?? true);
    (json.rows ?? []).forEach((row, r) => {
      (row ?? []).forEach((v, c) => s.setValue(r, c, v ?? null));
    });
    for (const m of json.merges ?? []) {
      const area = parseRange(m);
      if (area) s.merges.push(area);
    }
    for (const [a, f] of Object.entries(json.fills ?? {})) s.fills.set(keyOf(a), normalizeFill(f));
    for (const [a, n] of Object.entries(json.notes ?? {})) s.notes.set(keyOf(a), n);
    for (const [a, f] of Object.entries(json.formulas ?? {})) s.formulas.set(keyOf(a), f);
    for (const [a, f] of Object.entries(json.formats ?? {})) s.formats.set(keyOf(a), JSON.parse(JSON.stringify(f)) as FakeCellFormat);
    for (const [a, v] of Object.entries(json.validations ?? {})) s.validations.set(keyOf(a), JSON.parse(JSON.stringify(v)) as FakeValidation);
    for (const [c, w] of Object.entries(json.columnWidths ?? {})) s.columnWidths.set(keyCol(keyOf(`${c}1`)), w);
    for (const [r, h] of Object.entries(json.rowHeights ?? {})) s.rowHeights.set(Number(r) - 1, h);
    if (json.pageLayout) s.pageLayout = JSON.parse(JSON.stringify(json.pageLayout)) as Record<string, unknown>;
    if (json.protection) s.protection = JSON.parse(JSON.stringify(json.protection)) as FakeSheet['protection'];
    return s;
  }
}

export function normalizeColor(color: string): string {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(color.trim());
  if (!m) throw new Error(`not a colour: ${color}`);
  return `#${m[1].toUpperCase()}`;
}

export function normalizeFill(f: FakeFill): FakeFill {
  const out: FakeFill = { color: normalizeColor(f.color), pattern: f.pattern || 'Solid' };
  if (f.patternColor) out.patternColor = normalizeColor(f.patternColor);
  return out;
}

export class FakeCustomXmlPart {
  constructor(
    readonly id: string,
    public xml: string,
  ) {}

  get namespaceUri(): string {
    return namespaceOf(this.xml);
  }
}

/** The default namespace of the root element ("" when there is none). */
export function namespaceOf(xml: string): string {
  const root = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*(\s[^>]*)?>/.exec(xml.replace(/<\?[^>]*\?>/g, ''));
  if (!root) return '';
  const attrs = root[2] ?? '';
  const prefix = root[1] ? root[1].slice(0, -1) : null;
  const re = prefix ? new RegExp(`xmlns:${prefix}\\s*=\\s*"([^"]*)"`) : /xmlns\s*=\s*"([^"]*)"/;
  const m = re.exec(attrs);
  return m ? m[1] : '';
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  activeSheetId: string | null = null;
  customXmlParts: FakeCustomXmlPart[] = [];
  /** Document settings as saved with the file. */
  savedSettings: Record<string, unknown> = {};
  private nextId = 1;

  newId(prefix: string): string {
    const n = this.nextId++;
    return `{${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}}`;
  }

  sheetByName(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  addSheet(name: string): FakeSheet {
    if (this.sheetByName(name)) throw new Error(`a sheet named ${name} exists`);
    const s = new FakeSheet(name, this.newId('5EE7'));
    this.sheets.push(s);
    return s;
  }

  toJson(): FakeWorkbookJson {
    const active = this.activeSheetId ? this.sheetById(this.activeSheetId) : undefined;
    return {
      sheets: this.sheets.map((s) => s.toJson()),
      activeSheet: active?.name,
      customXmlParts: this.customXmlParts.map((p) => ({ id: p.id, xml: p.xml })),
      settings: JSON.parse(JSON.stringify(this.savedSettings)) as Record<string, unknown>,
    };
  }

  static fromJson(json: FakeWorkbookJson): FakeWorkbook {
    const wb = new FakeWorkbook();
    json.sheets.forEach((s) => {
      const id = s.id ?? wb.newId('5EE7');
      wb.sheets.push(FakeSheet.fromJson(s, id));
    });
    if (wb.sheets.length === 0) wb.sheets.push(new FakeSheet('Sheet1', wb.newId('5EE7')));
    const active = json.activeSheet ? wb.sheetByName(json.activeSheet) : undefined;
    wb.activeSheetId = (active ?? wb.sheets[0]).id;
    wb.customXmlParts = (json.customXmlParts ?? []).map((p) => new FakeCustomXmlPart(p.id, p.xml));
    wb.savedSettings = JSON.parse(JSON.stringify(json.settings ?? {})) as Record<string, unknown>;
    // Keep generated ids unique after a reload: continue after the highest one in use.
    for (const id of [...wb.sheets.map((s) => s.id), ...wb.customXmlParts.map((p) => p.id)]) {
      const m = /-(\d{12})\}$/.exec(id);
      if (m) wb.nextId = Math.max(wb.nextId, Number(m[1]) + 1);
    }
    return wb;
  }
}

/** A workbook description from core Grids (values and merges; no fills, no notes). */
export function jsonFromGrids(grids: readonly Grid[]): FakeWorkbookJson {
  return {
    sheets: grids.map((g) => ({
      name: g.name,
      rows: g.rows.map((r) => [...(r ?? [])]),
      merges: (g.merges ?? []).map(rangeToA1),
    })),
  };
}
