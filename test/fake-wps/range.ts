/**
 * The fake WPS host's Range and what hangs off it (Interior, Comment, Font, Borders, Validation), over the
 * same document model as the fake Excel host (test/fake-excel/workbook.ts): ET's numbers and BGR colours
 * are translated at this boundary into the document's Office-style values ("#RRGGBB", "Center",
 * "Continuous"), so one set of expectations reads both hosts' documents.
 */
import type { CellValue, MergeArea } from '../../src/core/grid';
import { isCellError, rangeToA1, toA1 } from '../../src/core/grid';
import { columnWidthPoints } from '../../src/core/template';
import { bgrFromHex, hexFromBgr, patternName, patternNumber } from '../../src/wps/colors';
import { BORDER_INDEX, FakeEtBorder, FakeEtFont, FakeEtValidation } from './format';
import { WpsError, cellsOf, same } from './util';
import { key, type FakeCellFormat, type FakeSheet } from '../fake-excel/workbook';
import type { FakeWpsHost } from './host';
import type { EtComment, EtInterior } from '../../src/wps/et-types';
import type { EtWriteRange } from '../../src/wps/et-template-types';

function etValue(v: CellValue): unknown {
  if (v === null) return undefined;
  if (isCellError(v)) return v.error;
  return v;
}

const H_ALIGN: Record<number, string> = { 1: 'General', [-4131]: 'Left', [-4108]: 'Center', [-4152]: 'Right' };
const V_ALIGN: Record<number, string> = { [-4160]: 'Top', [-4108]: 'Center', [-4107]: 'Bottom' };

export class FakeEtInterior implements EtInterior {
  constructor(private readonly r: FakeEtRange) {}
  private fills() {
    return cellsOf(this.r.areas).map(({ r, c }) => this.r.sheet.fills.get(key(r, c)));
  }
  get Color(): number | null {
    this.r.read();
    return same(this.fills().map((f) => (f ? bgrFromHex(f.color) : 0xffffff)));
  }
  set Color(bgr: number | null) {
    const hex = hexFromBgr(bgr);
    if (!hex) throw new WpsError(`Interior.Color: not a BGR colour: ${String(bgr)}`);
    this.r.write((k, s) => {
      const f = s.fills.get(k);
      s.fills.set(k, f ? { ...f, color: hex } : { color: hex, pattern: 'Solid' });
    });
  }
  get Pattern(): number | null {
    this.r.read();
    return same(this.fills().map((f) => patternNumber(f ? f.pattern : 'None')));
  }
  set Pattern(n: number | null) {
    const name = patternName(n);
    if (!name) throw new WpsError(`Interior.Pattern: unknown XlPattern ${String(n)}`);
    this.r.write((k, s) => {
      const f = s.fills.get(k);
      if (name === 'None') s.fills.delete(k);
      else if (name === 'Solid') s.fills.set(k, { color: f?.color ?? '#FFFFFF', pattern: 'Solid' });
      else s.fills.set(k, { color: f?.color ?? '#FFFFFF', pattern: name, patternColor: f?.patternColor ?? '#000000' });
    });
  }
  get PatternColor(): number | null {
    this.r.read();
    return same(this.fills().map((f) => bgrFromHex(f?.patternColor ?? '#000000')));
  }
  set PatternColor(bgr: number | null) {
    const hex = hexFromBgr(bgr);
    if (!hex) throw new WpsError(`Interior.PatternColor: not a BGR colour: ${String(bgr)}`);
    this.r.write((k, s) => {
      const f = s.fills.get(k);
      if (f && f.pattern !== 'Solid') s.fills.set(k, { ...f, patternColor: hex });
    });
  }
  get ColorIndex(): number | null {
    this.r.read();
    return same(this.fills().map((f) => (f ? 0 : -4142)));
  }
  set ColorIndex(n: number | null) {
    if (n !== -4142) throw new WpsError('Interior.ColorIndex: the fake supports only xlColorIndexNone (-4142)');
    this.r.write((k, s) => s.fills.delete(k));
  }
}

export class FakeEtComment implements EtComment {
  constructor(
    private readonly host: FakeWpsHost,
    private readonly sheet: FakeSheet,
    private readonly k: number,
  ) {}
  Text(text?: string, start?: number, overwrite?: number): string {
    const now = this.sheet.notes.get(this.k) ?? '';
    if (text === undefined) return now;
    if (start !== undefined || overwrite !== undefined) throw new WpsError('Comment.Text: the fake supports replacing the whole text only');
    this.host.touch(this.sheet, 'write');
    this.sheet.notes.set(this.k, text);
    return text;
  }
  Delete(): void {
    this.host.touch(this.sheet, 'write');
    this.sheet.notes.delete(this.k);
  }
}

export class FakeEtRange implements EtWriteRange {
  constructor(
    readonly host: FakeWpsHost,
    readonly sheet: FakeSheet,
    readonly areas: MergeArea[],
  ) {}

  get first(): MergeArea {
    return this.areas[0];
  }
  read(): void {
    this.host.touch(this.sheet, 'read');
  }
  write(fn: (k: number, s: FakeSheet) => void): void {
    this.host.touch(this.sheet, 'write');
    for (const { r, c } of cellsOf(this.areas)) fn(key(r, c), this.sheet);
  }
  formats(): FakeCellFormat[] {
    return cellsOf(this.areas).map(({ r, c }) => this.sheet.formats.get(key(r, c)) ?? {});
  }
  format(fn: (f: FakeCellFormat) => void): void {
    this.write((k, s) => fn(s.formatAt(k)));
  }
  formatCells(fn: (f: FakeCellFormat, r: number, c: number, a: MergeArea) => void): void {
    this.host.touch(this.sheet, 'write');
    for (const { r, c, a } of cellsOf(this.areas)) fn(this.sheet.formatAt(key(r, c)), r, c, a);
  }
  private block<T>(f: (r: number, c: number) => T): T | T[][] {
    const a = this.first;
    if (a.top === a.bottom && a.left === a.right) return f(a.top, a.left);
    const rows: T[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const row: T[] = [];
      for (let c = a.left; c <= a.right; c++) row.push(f(r, c));
      rows.push(row);
    }
    return rows;
  }

  get Value2(): unknown {
    this.host.touch(this.sheet, 'values');
    return this.block((r, c) => etValue(this.sheet.value(r, c)));
  }
  set Value2(v: unknown) {
    this.host.contentWrite(this, v, false);
  }
  get Formula(): unknown {
    this.host.touch(this.sheet, 'values');
    return this.block((r, c) => this.sheet.formulas.get(key(r, c)) ?? etValue(this.sheet.value(r, c)) ?? '');
  }
  set Formula(v: unknown) {
    this.host.contentWrite(this, v, true);
  }
  get NumberFormat(): unknown {
    this.read();
    return same(this.formats().map((f) => f.numberFormat ?? 'General'));
  }
  set NumberFormat(v: unknown) {
    this.format((f) => (f.numberFormat = String(v)));
  }
  get Row(): number {
    return this.first.top + 1;
  }
  get Column(): number {
    return this.first.left + 1;
  }
  get Rows(): { Count: number } {
    return { Count: this.first.bottom - this.first.top + 1 };
  }
  get Columns(): { Count: number } {
    return { Count: this.first.right - this.first.left + 1 };
  }
  get Count(): number {
    return cellsOf(this.areas).length;
  }
  Address(rowAbsolute = true, columnAbsolute = true): string {
    const abs = (a: string) =>
      a.replace(/([A-Z]+)(\d+)/g, (_, col: string, row: string) => `${columnAbsolute ? '$' : ''}${col}${rowAbsolute ? '$' : ''}${row}`);
    return this.areas.map((a) => abs(rangeToA1(a))).join(',');
  }
  private mergeAt(r: number, c: number): MergeArea | undefined {
    return this.sheet.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  }
  get MergeCells(): unknown {
    if (!this.host.options.mergeCells) throw new WpsError('MergeCells: not available in this WPS');
    this.read();
    return same(cellsOf(this.areas).map(({ r, c }) => !!this.mergeAt(r, c)));
  }
  get MergeArea(): FakeEtRange {
    const a = this.first;
    const m = this.mergeAt(a.top, a.left);
    return this.host.range(this.sheet, [m ?? { top: a.top, left: a.left, bottom: a.top, right: a.left }]);
  }
  Merge(): void {
    this.host.touch(this.sheet, 'write');
    for (const a of this.areas) {
      this.sheet.merges = this.sheet.merges.filter((m) => m.bottom < a.top || m.top > a.bottom || m.right < a.left || m.left > a.right);
      if (a.top === a.bottom && a.left === a.right) continue;
      this.sheet.merges.push({ ...a });
      // As in Excel (and assumed for WPS): fills and borders set before a merge do not survive it. Merge first.
      for (const { r, c } of cellsOf([a])) {
        const k = key(r, c);
        this.sheet.fills.delete(k);
        const f = this.sheet.formats.get(k);
        if (f?.borders) delete f.borders;
      }
    }
  }
  UnMerge(): void {
    this.host.touch(this.sheet, 'write');
    for (const a of this.areas) this.sheet.merges = this.sheet.merges.filter((m) => m.bottom < a.top || m.top > a.bottom || m.right < a.left || m.left > a.right);
  }
  get Interior(): FakeEtInterior {
    return this.host.counted(new FakeEtInterior(this));
  }
  get Comment(): FakeEtComment | null {
    this.read();
    const a = this.first;
    const k = key(a.top, a.left);
    return this.sheet.notes.has(k) ? this.host.counted(new FakeEtComment(this.host, this.sheet, k)) : null;
  }
  AddComment(text = ''): FakeEtComment {
    if (!this.host.options.comments) throw new WpsError('AddComment: comments are not available (as a protected sheet refuses them)');
    const a = this.first;
    const k = key(a.top, a.left);
    if (this.sheet.notes.has(k)) throw new WpsError(`AddComment: ${toA1({ row: a.top, col: a.left })} already has a comment`);
    this.host.touch(this.sheet, 'write');
    this.sheet.notes.set(k, text);
    return this.host.counted(new FakeEtComment(this.host, this.sheet, k));
  }
  ClearComments(): void {
    this.write((k, s) => s.notes.delete(k));
  }
  get Areas(): { Count: number; Item(i: number): FakeEtRange } {
    return { Count: this.areas.length, Item: (i: number) => this.host.range(this.sheet, [this.areas[i - 1]]) };
  }
  Select(): boolean {
    if (this.host.workbook.activeSheetId !== this.sheet.id) throw new WpsError('Select: the range is not on the active sheet');
    this.host.selection = { sheet: this.sheet.name, address: this.areas.map(rangeToA1).join(',') };
    return true;
  }
  Activate(): boolean {
    this.host.workbook.activeSheetId = this.sheet.id;
    return this.Select();
  }
  get Font(): FakeEtFont {
    return this.host.counted(new FakeEtFont(this));
  }
  set HorizontalAlignment(v: unknown) {
    this.format((f) => (f.horizontalAlignment = H_ALIGN[v as number] ?? `XlHAlign${String(v)}`));
  }
  get HorizontalAlignment(): unknown {
    return same(this.formats().map((f) => f.horizontalAlignment ?? 'General'));
  }
  set VerticalAlignment(v: unknown) {
    this.format((f) => (f.verticalAlignment = V_ALIGN[v as number] ?? `XlVAlign${String(v)}`));
  }
  get VerticalAlignment(): unknown {
    return same(this.formats().map((f) => f.verticalAlignment ?? 'Bottom'));
  }
  set WrapText(v: unknown) {
    this.format((f) => (f.wrapText = !!v));
  }
  get WrapText(): unknown {
    return same(this.formats().map((f) => !!f.wrapText));
  }
  set IndentLevel(v: number) {
    this.format((f) => (f.indentLevel = v));
  }
  get IndentLevel(): number {
    return same(this.formats().map((f) => f.indentLevel ?? 0)) ?? 0;
  }
  set Locked(v: unknown) {
    this.format((f) => (f.locked = !!v));
  }
  get Locked(): unknown {
    return same(this.formats().map((f) => f.locked ?? true));
  }
  get Borders(): { Item(i: number): FakeEtBorder } {
    return {
      Item: (i: number) => {
        const index = BORDER_INDEX[i];
        if (!index) throw new WpsError(`Borders.Item: unknown XlBordersIndex ${i}`);
        return this.host.counted(new FakeEtBorder(this, index));
      },
    };
  }
  /** Characters of the default font; the document keeps points (Excel's conversion, as Office.js gives it). */
  set ColumnWidth(chars: number) {
    this.host.touch(this.sheet, 'write');
    for (const a of this.areas) for (let c = a.left; c <= a.right; c++) this.sheet.columnWidths.set(c, columnWidthPoints(chars));
  }
  get ColumnWidth(): number {
    throw new WpsError('the fake does not read column widths back');
  }
  set RowHeight(points: number) {
    this.host.touch(this.sheet, 'write');
    for (const a of this.areas) for (let r = a.top; r <= a.bottom; r++) this.sheet.rowHeights.set(r, points);
  }
  get RowHeight(): number {
    throw new WpsError('the fake does not read row heights back');
  }
  get Validation(): FakeEtValidation {
    return this.host.counted(new FakeEtValidation(this));
  }
  Clear(): boolean {
    this.host.touch(this.sheet, 'write');
    for (const { r, c } of cellsOf(this.areas)) {
      const k = key(r, c);
      this.sheet.setValue(r, c, null);
      this.sheet.formulas.delete(k);
      this.sheet.formats.delete(k);
      this.sheet.fills.delete(k);
    }
    return true;
  }
}

export { WpsError, cellsOf };
