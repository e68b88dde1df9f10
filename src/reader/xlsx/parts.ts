/**
 * The small parts of an .xlsx package: relationships, workbook.xml (sheet names, order, hidden state,
 * date system), sharedStrings.xml (bounded) and styles.xml (which cell styles are dates).
 */
import { XmlError, prefixedAttr, type XmlHandlers } from '../xml';
import { unescapeOoxml } from './sheet';
import { isDateFormat } from './dates';
import { percentDecimals } from '../../core/numfmt';

export interface Relationship {
  type: string;
  /** Resolved part name inside the zip, without a leading '/'. */
  target: string;
  external: boolean;
}

/** What partName changes: backslashes, empty segments (a leading, doubled or trailing '/'), '.' and '..'. */
const NOT_NORMAL = /\\|^\/|\/\/|\/$|(?:^|\/)\.\.?(?:\/|$)/;

/** Normalises a zip entry or part name: forward slashes, no leading '/', '..' resolved. */
export function partName(name: string): string {
  // Most names are already normal ("xl/worksheets/sheet1.xml"): nothing to split and join again.
  if (!NOT_NORMAL.test(name)) return name;
  const out: string[] = [];
  for (const seg of name.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

/** The rels part of a part: 'xl/workbook.xml' → 'xl/_rels/workbook.xml.rels'; '' → '_rels/.rels'. */
export function relsPartOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** Reads a .rels part of `source` (the part the relationships belong to; '' for the package). */
export function relsHandlers(source: string, out: Map<string, Relationship>): XmlHandlers {
  const base = source.slice(0, source.lastIndexOf('/') + 1);
  return {
    open(name, attrs) {
      if (name !== 'Relationship' || !attrs.Id || !attrs.Target) return;
      const external = attrs.TargetMode === 'External';
      const target = external ? attrs.Target : partName(attrs.Target.startsWith('/') ? attrs.Target : base + attrs.Target);
      out.set(attrs.Id, { type: attrs.Type ?? '', target, external });
    },
    close() {},
    text() {},
  };
}

/** The last segment of a relationship type: '…/relationships/worksheet' → 'worksheet'. */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}

export interface SheetEntry {
  name: string;
  relId: string;
  hidden: boolean;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  date1904: boolean;
}

export function workbookHandlers(out: WorkbookInfo): XmlHandlers {
  return {
    open(name, attrs) {
      if (name === 'workbookPr') {
        const v = (attrs.date1904 ?? '').toLowerCase();
        out.date1904 = v === '1' || v === 'true';
      } else if (name === 'sheet') {
        const relId = prefixedAttr(attrs, 'id') ?? attrs.id ?? '';
        const state = attrs.state ?? 'visible';
        out.sheets.push({ name: attrs.name ?? '', relId, hidden: state === 'hidden' || state === 'veryHidden' });
      }
    },
    close() {},
    text() {},
  };
}

/** Shared strings, at most `maxChars` characters in all (an error past it). Phonetic runs are left out. */
export function sharedStringsHandlers(out: string[], maxChars: number): XmlHandlers {
  let current: string | null = null;
  let inT = false;
  let phonetic = 0;
  let total = 0;
  return {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && current !== null && phonetic === 0) inT = true;
    },
    close(name) {
      if (name === 'si') {
        out.push(unescapeOoxml(current ?? ''));
        current = null;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inT = false;
    },
    text(t) {
      if (!inT || current === null) return;
      total += t.length;
      if (total > maxChars) {
        throw new XmlError(`sharedStrings.xml holds more than ${maxChars} characters of text: refused as too large`);
      }
      current += t;
    },
  };
}

/**
 * For each cell style index (cellXfs order), what its number format makes of a number: `true` a date, a
 * number the decimals of a percentage (built-in 9 "0%", 10 "0.00%", or a custom code with %), `false` neither.
 */
export function stylesHandlers(out: (boolean | number)[]): XmlHandlers {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  return {
    open(name, attrs) {
      if (name === 'numFmt' && attrs.numFmtId !== undefined) custom.set(Number(attrs.numFmtId), attrs.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfFormats.push(Number(attrs.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
      else if (name === 'styleSheet') {
        out.length = 0;
        for (const id of xfFormats) {
          const code = custom.get(id);
          const percent = code !== undefined ? percentDecimals(code) : id === 9 ? 0 : id === 10 ? 2 : null;
          out.push(percent !== null ? percent : isDateFormat(id, code));
        }
      }
    },
    text() {},
  };
}
