/** The fake WPS host's Workbook, Worksheets, Worksheet and CustomXMLParts (1-based, counted). */
import { FakeCustomXmlPart, type FakeSheet } from '../fake-excel/workbook';
import type { FakeWpsHost } from './host';
import { WpsError, type FakeEtRange } from './range';
import type { EtWriteWorksheet } from '../../src/wps/et-template-types';

const PAPER: Record<number, string> = { 9: 'A4', 8: 'A3', 1: 'Letter' };
const ORIENTATION: Record<number, string> = { 1: 'Portrait', 2: 'Landscape' };

class FakeEtPageSetup {
  constructor(
    private readonly host: FakeWpsHost,
    private readonly sheet: FakeSheet,
  ) {}
  private put(prop: string, v: unknown): void {
    this.host.touch(this.sheet, 'write');
    this.sheet.pageLayout[prop] = v;
  }
  private zoom(part: 'horizontalFitToPages' | 'verticalFitToPages', v: unknown): void {
    const z = { ...((this.sheet.pageLayout.zoom as Record<string, unknown>) ?? {}) };
    delete z.scale;
    z[part] = v === false ? 0 : v;
    this.put('zoom', z);
  }
  set PaperSize(v: number) {
    this.put('paperSize', PAPER[v] ?? `XlPaperSize${v}`);
  }
  set Orientation(v: number) {
    this.put('orientation', ORIENTATION[v] ?? `XlPageOrientation${v}`);
  }
  set Zoom(v: unknown) {
    if (v !== false) this.put('zoom', { scale: v });
  }
  set FitToPagesWide(v: unknown) {
    this.zoom('horizontalFitToPages', v);
  }
  set FitToPagesTall(v: unknown) {
    this.zoom('verticalFitToPages', v);
  }
  set CenterHorizontally(v: boolean) {
    this.put('centerHorizontally', v);
  }
  set BlackAndWhite(v: boolean) {
    this.put('blackAndWhite', v);
  }
  set LeftMargin(v: number) {
    this.put('leftMargin', v);
  }
  set RightMargin(v: number) {
    this.put('rightMargin', v);
  }
  set TopMargin(v: number) {
    this.put('topMargin', v);
  }
  set BottomMargin(v: number) {
    this.put('bottomMargin', v);
  }
  set HeaderMargin(v: number) {
    this.put('headerMargin', v);
  }
  set FooterMargin(v: number) {
    this.put('footerMargin', v);
  }
  set PrintTitleRows(v: string) {
    this.put('printTitleRows', v);
  }
}

class FakeEtWorksheet implements EtWriteWorksheet {
  constructor(
    private readonly host: FakeWpsHost,
    readonly doc: FakeSheet,
  ) {}
  get Name(): string {
    return this.doc.name;
  }
  set Name(v: string) {
    const other = this.host.workbook.sheetByName(v);
    if (other && other !== this.doc) throw new WpsError(`Name: a sheet named ${v} exists`);
    if (!v || v.length > 31 || /[\\/?*[\]:]/.test(v)) throw new WpsError(`Name: not a sheet name: ${v}`);
    this.doc.name = v;
  }
  get Index(): number {
    return this.host.workbook.sheets.indexOf(this.doc) + 1;
  }
  /** Stable across renames and reopening (the document's sheet id). */
  get CodeName(): string {
    return this.doc.id;
  }
  get UsedRange(): FakeEtRange {
    const a = this.doc.usedArea(false) ?? { top: 0, left: 0, bottom: 0, right: 0 };
    const n = this.doc.usedArea(true);
    // Like WPS: the used range covers values and formatted cells, from A1's side as far as either reaches.
    const area = n ? { top: Math.min(a.top, n.top), left: Math.min(a.left, n.left), bottom: Math.max(a.bottom, n.bottom), right: Math.max(a.right, n.right) } : a;
    return this.host.range(this.doc, [area]);
  }
  Range(cell1: string): FakeEtRange {
    return this.host.rangeOf(this.doc, cell1);
  }
  get Comments(): { Count: number } {
    return this.host.counted({ Count: this.doc.notes.size });
  }
  /** xlSheetVisible (-1), xlSheetHidden (0), xlSheetVeryHidden (2). */
  get Visible(): number {
    return this.doc.visible ? -1 : 0;
  }
  Activate(): void {
    // Like ET (and Excel): a hidden sheet cannot be activated.
    if (!this.doc.visible) throw new WpsError('Activate: the sheet is hidden');
    this.host.workbook.activeSheetId = this.doc.id;
  }
  get PageSetup(): FakeEtPageSetup {
    return this.host.counted(new FakeEtPageSetup(this.host, this.doc));
  }
  Move(before?: FakeEtWorksheet, after?: FakeEtWorksheet): void {
    const list = this.host.workbook.sheets;
    list.splice(list.indexOf(this.doc), 1);
    const anchor = (before ?? after)?.doc;
    const at = anchor ? list.indexOf(anchor) + (after ? 1 : 0) : list.length;
    list.splice(at, 0, this.doc);
  }
  Protect(_password?: string, _drawing?: boolean, contents?: boolean, _scenarios?: boolean, _ui?: boolean, ...allow: (boolean | undefined)[]): void {
    const names = ['allowFormatCells', 'allowFormatColumns', 'allowFormatRows', 'allowInsertColumns', 'allowInsertRows', 'allowInsertHyperlinks', 'allowDeleteColumns', 'allowDeleteRows'];
    const options: Record<string, unknown> = {};
    allow.forEach((v, i) => {
      if (v) options[names[i]] = true;
    });
    this.host.touch(this.doc, 'write');
    this.doc.protection = { protected: contents !== false, options };
  }
}

class FakeEtCustomXmlParts {
  constructor(
    private readonly host: FakeWpsHost,
    private readonly namespace: string | null,
  ) {}
  private list(): FakeCustomXmlPart[] {
    if (!this.host.options.customXmlParts) throw new WpsError('CustomXMLParts: not available in this WPS');
    const all = this.host.workbook.customXmlParts;
    return this.namespace === null ? all : all.filter((p) => p.namespaceUri === this.namespace);
  }
  get Count(): number {
    return this.list().length;
  }
  Item(i: number): unknown {
    const p = this.list()[i - 1];
    if (!p) throw new WpsError(`CustomXMLParts.Item(${i}): out of range (1-based)`);
    const host = this.host;
    return host.counted({
      get XML() {
        return p.xml;
      },
      get NamespaceURI() {
        return p.namespaceUri;
      },
      Delete() {
        const all = host.workbook.customXmlParts;
        const at = all.indexOf(p);
        if (at >= 0) all.splice(at, 1);
      },
    });
  }
  Add(xml = ''): unknown {
    this.list();
    const part = new FakeCustomXmlPart(this.host.workbook.newId('C0DE'), xml);
    this.host.workbook.customXmlParts.push(part);
    return new FakeEtCustomXmlParts(this.host, null).Item(this.host.workbook.customXmlParts.length);
  }
  SelectByNamespace(ns: string): unknown {
    this.list();
    return this.host.counted(new FakeEtCustomXmlParts(this.host, ns));
  }
}

export class FakeEtWorkbook {
  constructor(private readonly host: FakeWpsHost) {}
  get Name(): string {
    return this.host.options.fileName;
  }
  sheetObject(s: FakeSheet): FakeEtWorksheet {
    return new FakeEtWorksheet(this.host, s);
  }
  get Worksheets(): unknown {
    const host = this.host;
    const wb = host.workbook;
    const item = (i: number | string) => {
      const s = typeof i === 'number' ? wb.sheets[i - 1] : wb.sheetByName(i);
      if (!s) throw new WpsError(`Worksheets.Item(${JSON.stringify(i)}): no such sheet (1-based)`);
      return host.counted(new FakeEtWorksheet(host, s));
    };
    return host.counted({
      get Count() {
        return wb.sheets.length;
      },
      Item: item,
      Add(before?: FakeEtWorksheet, after?: FakeEtWorksheet, count = 1) {
        if (count !== 1) throw new WpsError('Worksheets.Add: the fake adds one sheet at a time');
        let n = wb.sheets.length + 1;
        while (wb.sheetByName(`Sheet${n}`)) n++;
        const s = wb.addSheet(`Sheet${n}`);
        wb.sheets.pop();
        const anchor = (before ?? after)?.doc;
        const active = wb.activeSheetId ? wb.sheetById(wb.activeSheetId) : undefined;
        // Like Excel: with neither Before nor After, the new sheet goes before the active one.
        const at = anchor ? wb.sheets.indexOf(anchor) + (after ? 1 : 0) : active ? wb.sheets.indexOf(active) : 0;
        wb.sheets.splice(at, 0, s);
        wb.activeSheetId = s.id;
        host.touch(s, 'write');
        return host.counted(new FakeEtWorksheet(host, s));
      },
    });
  }
  get ActiveSheet(): unknown {
    const wb = this.host.workbook;
    const s = (wb.activeSheetId && wb.sheetById(wb.activeSheetId)) || wb.sheets[0];
    return this.host.counted(new FakeEtWorksheet(this.host, s));
  }
  get CustomXMLParts(): unknown {
    if (!this.host.options.customXmlParts) throw new WpsError('CustomXMLParts: not available in this WPS');
    return this.host.counted(new FakeEtCustomXmlParts(this.host, null));
  }
}
