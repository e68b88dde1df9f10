/**
 * `jixiao check` (in-process main, JSON report) on a 200-sheet workbook, against the time exceljs alone
 * takes to load the same file. Target ≤ 1.2: reading the file dominates, checking is nearly free.
 * Also: a 20,000-row sheet of noise (it must be checked in a second or two).
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../src/cli/main';
import { readXlsxFile } from '../src/node/xlsx';
import { renderOfficial, renderSummary, variedSpecs } from './support/render';
import { writeGrids } from './support/render';
import { median, row, sink, tempDir } from './support/measure';

export const title = 'cli: jixiao check time ÷ exceljs load time (200-sheet workbook); 20,000-row noise';

async function checkOnce(file: string, outDir: string): Promise<{ ms: number; code: number }> {
  const stdout = sink();
  const stderr = sink();
  const t0 = performance.now();
  const code = await main(['check', file, '--format', 'json', '--output', path.join(outDir, 'report.json')], { stdout, stderr, env: {}, cwd: outDir });
  return { ms: performance.now() - t0, code };
}

async function loadOnce(file: string): Promise<number> {
  const t0 = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return performance.now() - t0;
}

async function ratio(label: string, file: string, dir: string, rounds: number): Promise<void> {
  // Warm-up of both paths, then interleaved rounds so machine noise hits both alike.
  await loadOnce(file);
  await checkOnce(file, dir);
  const loads: number[] = [];
  const checks: number[] = [];
  const grids: number[] = [];
  let code = -1;
  for (let i = 0; i < rounds; i++) {
    loads.push(await loadOnce(file));
    const c = await checkOnce(file, dir);
    checks.push(c.ms);
    code = c.code;
    const t0 = performance.now();
    await readXlsxFile(file);
    grids.push(performance.now() - t0);
  }
  const l = median(loads);
  const c = median(checks);
  const g = median(grids);
  row(`${label}: exceljs load alone`, `${l.toFixed(0)} ms`, `median of ${rounds}`);
  row(`${label}: exceljs load + grids (src/node/xlsx)`, `${g.toFixed(0)} ms`);
  row(`${label}: jixiao check --format json`, `${c.toFixed(0)} ms`, `exit ${code}`);
  row(`${label}: ratio check ÷ load`, (c / l).toFixed(2), '(target ≤ 1.2)');
}

export async function run(): Promise<void> {
  const dir = tempDir('jixiao-bench-ratio-');
  try {
    const specs = variedSpecs(199, 11);
    const file = path.join(dir, 'book-200.xlsx');
    await writeGrids(file, [renderSummary(specs), ...specs.map((s) => renderOfficial(s))]);
    row('200-sheet workbook (199 tables + 申报表)', `${(fs.statSync(file).size / 1024).toFixed(0)} KB`);
    await ratio('200 sheets', file, dir, 5);

    const noise = path.join(dir, 'noise-20000.xlsx');
    let s = 7;
    const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    const rows = Array.from({ length: 20000 }, () =>
      Array.from({ length: 10 }, () => (rnd() < 0.5 ? Math.round(rnd() * 1e6) / 100 : `样本${Math.floor(rnd() * 1e5)}`)),
    );
    await writeGrids(noise, [{ name: '噪声数据', rows }]);
    row('noise workbook (20,000 rows × 10 columns)', `${(fs.statSync(noise).size / 1024).toFixed(0)} KB`);
    await ratio('noise', noise, dir, 3);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
