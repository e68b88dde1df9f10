/**
 * The three example workbooks saved as the other two formats (as Excel saves them: XML Spreadsheet 2003
 * and an HTML table per sheet) read back to the same grids and give the same findings as the .xlsx:
 * the readers keep everything the checker looks at.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../../src/core/check';
import type { Grid } from '../../src/core/grid';
import { readWorkbook } from '../../src/reader';
import { comparable } from '../support/reader/compare';
import { gridsToHtml, gridsToXml2003 } from '../support/reader/render-grid';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
const files = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.xlsx'));

/** Comparable grids with '' as empty: an empty string and an empty cell are the same to Excel's values. */
function shape(grids: Grid[]) {
  return grids.map(comparable).map((g) => ({
    ...g,
    rows: g.rows.map((r) => {
      const out = r.map((v) => (v === '' ? null : v));
      while (out.length > 0 && out[out.length - 1] === null) out.pop();
      return out;
    }),
  }));
}

function findings(grids: Grid[]): string[] {
  return checkWorkbook(grids).sheets.flatMap((s) => s.findings.map((f) => `${s.name} ${f.cell} ${f.rule} ${f.message}`));
}

describe.each(files)('examples/%s', (file) => {
  const xlsx = readWorkbook(fs.readFileSync(path.join(EXAMPLES, file))).grids;
  const expected = findings(xlsx);

  it('as XML Spreadsheet 2003: same grids, same findings', () => {
    const read = readWorkbook(new TextEncoder().encode(gridsToXml2003(xlsx)));
    expect(read.format).toBe('xml2003');
    expect(shape(read.grids)).toEqual(shape(xlsx));
    expect(findings(read.grids)).toEqual(expected);
  });

  it('as HTML tables: same grids, same findings', () => {
    const read = readWorkbook(new TextEncoder().encode(gridsToHtml(xlsx)));
    expect(read.format).toBe('html');
    expect(shape(read.grids)).toEqual(shape(xlsx));
    expect(findings(read.grids)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(5);
  });
});
