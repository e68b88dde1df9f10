/**
 * The fake ET Range's formatting objects the template code writes (Font, Borders, Validation), translated
 * into the document's Office-style values like the rest of the fake (see ./range.ts).
 */
import type { MergeArea } from '../../src/core/grid';
import { bgrFromHex, hexFromBgr } from '../../src/wps/colors';
import { key, type FakeBorder, type FakeCellFormat, type FakeValidation } from '../fake-excel/workbook';
import type { FakeEtRange } from './range';
import { WpsError, cellsOf, same } from './util';

const DV_TYPE: Record<number, string> = { 3: 'list', 2: 'decimal', 6: 'textLength', 1: 'wholeNumber' };
const DV_OPERATOR: Record<number, string> = { 1: 'Between', 7: 'GreaterThanOrEqualTo', 8: 'LessThanOrEqualTo', 3: 'EqualTo' };
const DV_ALERT: Record<number, string> = { 1: 'Stop', 2: 'Warning', 3: 'Information' };

export class FakeEtFont {
  constructor(private readonly r: FakeEtRange) {}
  private put(fn: (f: NonNullable<FakeCellFormat['font']>) => void): void {
    this.r.format((f) => fn((f.font ??= {})));
  }
  set Name(v: unknown) {
    this.put((f) => (f.name = String(v)));
  }
  get Name(): unknown {
    return same(this.r.formats().map((f) => f.font?.name ?? '宋体'));
  }
  set Size(v: number) {
    this.put((f) => (f.size = v));
  }
  get Size(): number {
    return same(this.r.formats().map((f) => f.font?.size ?? 11)) ?? 0;
  }
  set Bold(v: boolean) {
    this.put((f) => (f.bold = !!v));
  }
  get Bold(): boolean {
    return !!same(this.r.formats().map((f) => !!f.font?.bold));
  }
  set Color(bgr: number) {
    const hex = hexFromBgr(bgr);
    if (!hex) throw new WpsError(`Font.Color: not a BGR colour: ${String(bgr)}`);
    this.put((f) => (f.color = hex));
  }
  get Color(): number {
    return bgrFromHex(same(this.r.formats().map((f) => f.font?.color ?? '#000000')) ?? '#000000');
  }
}

export const BORDER_INDEX: Record<number, string> = { 7: 'EdgeLeft', 8: 'EdgeTop', 9: 'EdgeBottom', 10: 'EdgeRight', 11: 'InsideVertical', 12: 'InsideHorizontal' };

function sidesOf(index: string, r: number, c: number, a: MergeArea): ('top' | 'bottom' | 'left' | 'right')[] {
  if (index === 'EdgeTop') return r === a.top ? ['top'] : [];
  if (index === 'EdgeBottom') return r === a.bottom ? ['bottom'] : [];
  if (index === 'EdgeLeft') return c === a.left ? ['left'] : [];
  if (index === 'EdgeRight') return c === a.right ? ['right'] : [];
  if (index === 'InsideHorizontal') return [...(r > a.top ? (['top'] as const) : []), ...(r < a.bottom ? (['bottom'] as const) : [])];
  if (index === 'InsideVertical') return [...(c > a.left ? (['left'] as const) : []), ...(c < a.right ? (['right'] as const) : [])];
  return [];
}

export class FakeEtBorder {
  constructor(
    private readonly r: FakeEtRange,
    private readonly index: string,
  ) {}
  private put(prop: keyof FakeBorder, v: string): void {
    this.r.formatCells((f, r, c, a) => {
      for (const side of sidesOf(this.index, r, c, a)) {
        const borders = (f.borders ??= {});
        borders[side] = { ...(borders[side] ?? { style: 'None', color: '#000000', weight: 'Thin' }), [prop]: v };
      }
    });
  }
  set LineStyle(v: unknown) {
    this.put('style', v === 1 ? 'Continuous' : v === -4142 ? 'None' : `XlLineStyle${String(v)}`);
  }
  get LineStyle(): unknown {
    throw new WpsError('the fake does not read borders back');
  }
  set Weight(v: number) {
    this.put('weight', v === 2 ? 'Thin' : v === -4138 ? 'Medium' : v === 4 ? 'Thick' : v === 1 ? 'Hairline' : `XlBorderWeight${v}`);
  }
  get Weight(): number {
    throw new WpsError('the fake does not read borders back');
  }
  set Color(bgr: number) {
    this.put('color', hexFromBgr(bgr) ?? '#000000');
  }
  get Color(): number {
    throw new WpsError('the fake does not read borders back');
  }
}

export class FakeEtValidation {
  constructor(private readonly r: FakeEtRange) {}
  private each(fn: (v: FakeValidation) => void): void {
    this.r.host.touch(this.r.sheet, 'write');
    for (const { r, c } of cellsOf(this.r.areas)) {
      const v = this.r.sheet.validations.get(key(r, c));
      if (!v) throw new WpsError('Validation: Add() a rule first');
      fn(v);
    }
  }
  Add(type: number, alertStyle = 1, operator = 1, formula1?: unknown, formula2?: unknown): void {
    const kind = DV_TYPE[type];
    if (!kind) throw new WpsError(`Validation.Add: unknown XlDVType ${type}`);
    this.r.host.touch(this.r.sheet, 'write');
    for (const { r, c } of cellsOf(this.r.areas)) {
      if (this.r.sheet.validations.has(key(r, c))) throw new WpsError('Validation.Add: the cell has a rule; Delete() it first');
      const rule: Record<string, unknown> =
        kind === 'list'
          ? { list: { inCellDropDown: true, source: formula1 } }
          : { [kind]: { formula1, ...(formula2 !== undefined ? { formula2 } : {}), operator: DV_OPERATOR[operator] ?? `XlOperator${operator}` } };
      this.r.sheet.validations.set(key(r, c), {
        rule,
        prompt: { showPrompt: true, title: '', message: '' },
        errorAlert: { showAlert: true, style: DV_ALERT[alertStyle] ?? 'Stop', title: '', message: '' },
        ignoreBlanks: true,
      });
    }
  }
  Delete(): void {
    this.r.host.touch(this.r.sheet, 'write');
    for (const { r, c } of cellsOf(this.r.areas)) this.r.sheet.validations.delete(key(r, c));
  }
  set IgnoreBlank(v: boolean) {
    this.each((x) => (x.ignoreBlanks = v));
  }
  set InCellDropdown(v: boolean) {
    this.each((x) => {
      const list = x.rule.list as Record<string, unknown> | undefined;
      if (list) list.inCellDropDown = v;
    });
  }
  set InputTitle(v: string) {
    this.each((x) => (x.prompt = { showPrompt: x.prompt?.showPrompt ?? true, message: x.prompt?.message ?? '', title: v }));
  }
  set InputMessage(v: string) {
    this.each((x) => (x.prompt = { showPrompt: x.prompt?.showPrompt ?? true, title: x.prompt?.title ?? '', message: v }));
  }
  set ShowInput(v: boolean) {
    this.each((x) => (x.prompt = { title: x.prompt?.title ?? '', message: x.prompt?.message ?? '', showPrompt: v }));
  }
  set ErrorTitle(v: string) {
    this.each((x) => (x.errorAlert = { ...(x.errorAlert ?? { showAlert: true, style: 'Stop', message: '' }), title: v }));
  }
  set ErrorMessage(v: string) {
    this.each((x) => (x.errorAlert = { ...(x.errorAlert ?? { showAlert: true, style: 'Stop', title: '' }), message: v }));
  }
  set ShowError(v: boolean) {
    this.each((x) => (x.errorAlert = { ...(x.errorAlert ?? { style: 'Stop', title: '', message: '' }), showAlert: v }));
  }
}
