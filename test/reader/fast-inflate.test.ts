/**
 * The command line inflates a workbook's small parts with Node's zlib instead of fflate (useFastInflate):
 * the grids are the same on every workbook of the repository, and where zlib refuses (a part larger than
 * its zip entry declares, a corrupt entry) fflate reads it again, so results and messages are fflate's.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { readXlsx } from '../../src/reader/xlsx';
import { useFastInflate } from '../../src/reader/zip';
import { buildXlsx } from '../support/reader/xlsx-parts';

const ROOT = path.join(__dirname, '../..');
const CAP = { maxRows: 2000, maxCols: 100 };

function workbooks(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return workbooks(p);
    return /\.xlsx$/i.test(e.name) ? [p] : [];
  });
}

let zlibCalls = 0;

/** The grids, or the error's message, read with zlib (`fast`) or fflate alone. */
function read(data: Uint8Array, fast: boolean): unknown {
  useFastInflate(fast ? (input, max) => (zlibCalls++, zlib.inflateRawSync(input, { maxOutputLength: max })) : null);
  try {
    return { grids: readXlsx(data, CAP) };
  } catch (err) {
    return { error: (err as Error).message };
  } finally {
    useFastInflate(null);
  }
}

describe('zlib for the small parts (the command line)', () => {
  const files = [...workbooks(path.join(ROOT, 'test/fixtures')), ...workbooks(path.join(ROOT, 'examples'))];

  it('finds the repository workbooks', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('gives the grids fflate gives, on every workbook of the repository', () => {
    zlibCalls = 0;
    for (const file of files) {
      const data = fs.readFileSync(file);
      expect({ file, read: read(data, true) }).toEqual({ file, read: read(data, false) });
    }
    // Every part of these workbooks is small: zlib inflated them all (≥ 4 parts a workbook).
    expect(zlibCalls).toBeGreaterThan(files.length * 4);
  });

  it('a part larger than its entry declares: fflate reads it again (cut to the declared size, as before)', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const data = Buffer.from(buildXlsx({ sheets: [{ name: 'S', body: `<sheetData>${rows}</sheetData>` }] }));
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const sig = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
    let at = -1;
    for (let i = data.indexOf(sig); i >= 0; i = data.indexOf(sig, i + 4)) if (data.subarray(i + 30, i + 30 + name.length).equals(name)) at = i;
    data.writeUInt32LE(1000, at + 22);
    expect(read(data, true)).toEqual({ error: expect.stringMatching(/sheet1\.xml: malformed XML/) });
    expect(read(data, true)).toEqual(read(data, false));
  });

  it('a corrupt entry: the same error as fflate gives', () => {
    const example = fs.readFileSync(path.join(ROOT, 'examples/pingyin-2024-official.xlsx'));
    const broken = Buffer.from(example);
    for (let i = 0; i < 200; i++) broken[Math.floor(example.length / 3) + i] = (i * 37) & 0xff;
    const slow = read(broken, false);
    expect(slow).toEqual({ error: expect.stringMatching(/corrupt|malformed|invalid|unreadable/) });
    expect(read(broken, true)).toEqual(slow);
  });
});
