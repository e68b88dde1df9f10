/**
 * The streaming reader against exceljs (the oracle) on every .xlsx the repository holds: the seed
 * layouts, the real-table workbooks and the examples. Same sheets, names, order, hidden state, values
 * and merged areas, cell for cell.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readXlsx } from '../../src/reader/xlsx';
import { readXlsxBufferWithExceljs } from '../../src/node/exceljs-grid';
import { firstDifference } from '../support/reader/compare';

const ROOT = path.resolve(__dirname, '..', '..');

function xlsxUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...xlsxUnder(full));
    else if (/\.xlsx$/i.test(e.name)) out.push(full);
  }
  return out;
}

// test/fixtures/reader holds the reader's own edge cases (zip64, which exceljs's JSZip cannot open):
// those are compared with their plain counterparts in xlsx-features.test.ts.
const files = [...xlsxUnder(path.join(ROOT, 'test', 'fixtures')), ...xlsxUnder(path.join(ROOT, 'examples'))]
  .map((f) => path.relative(ROOT, f))
  .filter((f) => !f.startsWith(path.join('test', 'fixtures', 'reader')));

it('finds the corpus', () => {
  expect(files.length).toBeGreaterThanOrEqual(20);
});

it.each(files)('%s: grids equal to exceljs', async (file) => {
  const buf = fs.readFileSync(path.join(ROOT, file));
  const ours = readXlsx(buf);
  const theirs = await readXlsxBufferWithExceljs(buf);
  expect(ours.length).toBeGreaterThan(0);
  expect(firstDifference(ours, theirs)).toBeNull();
});

it('the comparison sees a changed cell, a lost merge and a renamed sheet', async () => {
  const buf = fs.readFileSync(path.join(ROOT, 'examples', 'pingyin-2024-official.xlsx'));
  const theirs = await readXlsxBufferWithExceljs(buf);
  const changed = readXlsx(buf);
  changed[1].rows[4][2] = 999;
  expect(firstDifference(changed, theirs)).toMatch(/row 5 col 3: 999/);
  const unmerged = readXlsx(buf);
  unmerged[1].merges = unmerged[1].merges!.slice(1);
  expect(firstDifference(unmerged, theirs)).toMatch(/merges/);
  const renamed = readXlsx(buf);
  renamed[0].name = 'x';
  expect(firstDifference(renamed, theirs)).toMatch(/name x/);
});
