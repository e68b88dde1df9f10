/**
 * The streaming reader against exceljs (the oracle) on random workbooks written by exceljs, and on a few
 * of them saved again by LibreOffice when `soffice` is installed: grids equal cell for cell.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readXlsx } from '../../src/reader/xlsx';
import { readXlsxBufferWithExceljs } from '../../src/node/exceljs-grid';
import { Rng } from '../support/generate/prng';
import { firstDifference } from '../support/reader/compare';
import { randomWorkbook } from '../support/reader/random-workbook';

// READER_FUZZ_COUNT raises it for a longer run (5,000 were compared when the reader was written).
const COUNT = Number(process.env.READER_FUZZ_COUNT ?? 500);

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30000 });
    return true;
  } catch {
    return false;
  }
}

describe('random workbooks written by exceljs', () => {
  it(`reads ${COUNT} of them as exceljs does`, async () => {
    const rng = new Rng('reader-oracle-fuzz');
    const failures: string[] = [];
    let cells = 0;
    for (let i = 0; i < COUNT; i++) {
      const buf = await randomWorkbook(rng.fork(i));
      const ours = readXlsx(buf);
      const theirs = await readXlsxBufferWithExceljs(buf);
      for (const g of ours) for (const r of g.rows) cells += r.filter((v) => v !== null).length;
      const diff = firstDifference(ours, theirs);
      if (diff) failures.push(`#${i}: ${diff}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
    expect(cells).toBeGreaterThan(COUNT * 50);
  }, 240 * COUNT);
});

const soffice = hasSoffice();
(soffice ? describe : describe.skip)('random workbooks saved again by LibreOffice', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-reader-lo-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads them as exceljs does', async () => {
    const rng = new Rng('reader-oracle-libreoffice');
    const inputs: string[] = [];
    for (let i = 0; i < 6; i++) {
      const file = path.join(dir, `in${i}.xlsx`);
      fs.writeFileSync(file, await randomWorkbook(rng.fork(i)));
      inputs.push(file);
    }
    const out = path.join(dir, 'out');
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'xlsx', '--outdir', out, ...inputs], { stdio: 'ignore', timeout: 120000 });
    const converted = fs.readdirSync(out).filter((f) => f.endsWith('.xlsx'));
    expect(converted).toHaveLength(inputs.length);
    const failures: string[] = [];
    for (const f of converted) {
      const buf = fs.readFileSync(path.join(out, f));
      const diff = firstDifference(readXlsx(buf), await readXlsxBufferWithExceljs(buf));
      if (diff) failures.push(`${f}: ${diff}`);
    }
    expect(failures).toEqual([]);
  }, 180000);
});
