/**
 * Grids written out as the two text formats, the way Excel itself saves them: an HTML table per sheet
 * (rowspan/colspan for merged areas, x:str on text that looks like a number, as Excel's web export marks
 * it) and XML Spreadsheet 2003 (ss:MergeAcross/ss:MergeDown, ss:Index after a gap, typed Data).
 */
import { isCellError, isUncalculated, type CellValue, type Grid, type MergeArea } from '../../../src/core/grid';
import { escapeXml } from './xlsx-parts';

const NUMERIC_TEXT = /^[-+]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;

/** For each merged area's top-left "r,c" its area; every other covered cell in `covered`. */
function mergeMaps(g: Grid): { tops: Map<string, MergeArea>; covered: Set<string> } {
  const tops = new Map<string, MergeArea>();
  const covered = new Set<string>();
  for (const m of g.merges ?? []) {
    tops.set(`${m.top},${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  return { tops, covered };
}

function width(g: Grid): number {
  let w = 0;
  for (const r of g.rows) w = Math.max(w, r.length);
  for (const m of g.merges ?? []) w = Math.max(w, m.right + 1);
  return w;
}

function height(g: Grid): number {
  let h = g.rows.length;
  for (const m of g.merges ?? []) h = Math.max(h, m.bottom + 1);
  return h;
}

function text(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isCellError(v)) return v.error;
  if (isUncalculated(v)) return '';
  return String(v);
}

export function gridsToHtml(grids: readonly Grid[]): string {
  const tables = grids.map((g) => {
    const { tops, covered } = mergeMaps(g);
    const rows: string[] = [];
    for (let r = 0; r < height(g); r++) {
      const cells: string[] = [];
      for (let c = 0; c < width(g); c++) {
        if (covered.has(`${r},${c}`)) continue;
        const v = g.rows[r]?.[c] ?? null;
        const m = tops.get(`${r},${c}`);
        const span = m ? `${m.bottom > m.top ? ` rowspan="${m.bottom - m.top + 1}"` : ''}${m.right > m.left ? ` colspan="${m.right - m.left + 1}"` : ''}` : '';
        const str = typeof v === 'string' && NUMERIC_TEXT.test(v.trim()) ? ' x:str' : '';
        cells.push(`<td${span}${str}>${escapeXml(text(v)).replace(/\n/g, '<br>')}</td>`);
      }
      rows.push(`<tr>${cells.join('')}</tr>`);
    }
    return `<table border="1"><caption>${escapeXml(g.name)}</caption>\n${rows.join('\n')}\n</table>`;
  });
  return `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n${tables.join('\n<br>\n')}\n</body></html>`;
}

function data(v: CellValue): string {
  if (typeof v === 'number') return `<Data ss:Type="Number">${v}</Data>`;
  if (typeof v === 'boolean') return `<Data ss:Type="Boolean">${v ? 1 : 0}</Data>`;
  if (isCellError(v)) return `<Data ss:Type="Error">${escapeXml(v.error)}</Data>`;
  return `<Data ss:Type="String">${escapeXml(text(v)).replace(/\n/g, '&#10;')}</Data>`;
}

export function gridsToXml2003(grids: readonly Grid[]): string {
  const sheets = grids.map((g) => {
    const { tops, covered } = mergeMaps(g);
    const rows: string[] = [];
    let lastRow = -1;
    for (let r = 0; r < height(g); r++) {
      const cells: string[] = [];
      let next = 0;
      for (let c = 0; c < width(g); c++) {
        if (covered.has(`${r},${c}`)) continue;
        const v = g.rows[r]?.[c] ?? null;
        const m = tops.get(`${r},${c}`);
        if (v === null && !m) continue;
        const index = c !== next ? ` ss:Index="${c + 1}"` : '';
        const merge = m ? `${m.right > m.left ? ` ss:MergeAcross="${m.right - m.left}"` : ''}${m.bottom > m.top ? ` ss:MergeDown="${m.bottom - m.top}"` : ''}` : '';
        const formula = isUncalculated(v) ? ` ss:Formula="=${escapeXml(v.formula)}"` : '';
        cells.push(`<Cell${index}${merge}${formula}>${v === null || isUncalculated(v) ? '' : data(v)}</Cell>`);
        next = c + 1 + (m ? m.right - m.left : 0);
      }
      if (cells.length === 0) continue;
      rows.push(`   <Row${r !== lastRow + 1 ? ` ss:Index="${r + 1}"` : ''}>${cells.join('')}</Row>`);
      lastRow = r;
    }
    return ` <Worksheet ss:Name="${escapeXml(g.name)}">\n  <Table>\n${rows.join('\n')}\n  </Table>${g.hidden ? '<WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions>' : ''}\n </Worksheet>`;
  });
  return `<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">\n${sheets.join('\n')}\n</Workbook>\n`;
}
