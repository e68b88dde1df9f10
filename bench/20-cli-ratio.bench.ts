/**
 * `jixiao check` (in-process main, JSON report) on a 200-sheet workbook, against the time exceljs alone
 * takes to load the same file. Target ≤ 1.2: reading the file dominates, checking is nearly free.
 * Also: a 20,000-row sheet of noise (it must be checked in a second or two).
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../src/cli/main';
import { readXlsxFileWithExceljs as readXlsxFile } from '../src/node/exceljs-grid';
import { renderOfficial, renderSummary, variedSpecs } from './support/render';
import { writeGrids } from './support/render';
import { cpuMs, median, row, sink, tempDir } from './support/measure';

export const title = 'cli: jixiao check time ÷ exceljs load time (200-sheet workbook); 20,000-row noise';

interface Timing {
  ms: number;
  cpu: number;
}

async function timed(fn: () => Promise<unknown>): Promise<Timing> {
  const c0 = cpuMs();
  const t0 = performance.now();
  await fn();
  return { ms: performance.now() - t0, cpu: cpuMs() - c0 };
}

async function checkOnce(file: string, outDir: string): Promise<Timing & { code: number }> {
  let code = -1;
  const t = await timed(async () => {
    code = await main(['check', file, '--format', 'json', '--output', path.join(outDir, 'report.json')], { stdout: sink(), stderr: sink(), env: {}, cwd: outDir });
  });
  return { ...t, code };
}

function loadOnce(file: string): Promise<Timing> {
  return timed(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
  });
}

async function ratio(label: string, file: string, dir: string, rounds: number): Promise<void> {
  // Warm-up of both paths, then interleaved rounds so machine noise hits both alike.
  await loadOnce(file);
  await checkOnce(file, dir);
  const loads: Timing[] = [];
  const checks: Timing[] = [];
  const grids: Timing[] = [];
  let code = -1;
  for (let i = 0; i < rounds; i++) {
    loads.push(await loadOnce(file));
    const c = await checkOnce(file, dir);
    checks.push(c);
    code = c.code;
    grids.push(await timed(() => readXlsxFile(file)));
  }
  const wall = (xs: Timing[]) => median(xs.map((x) => x.ms));
  const cpu = (xs: Timing[]) => median(xs.map((x) => x.cpu));
  const show = (xs: Timing[]) => `${wall(xs).toFixed(0)} ms`;
  row(`${label}: exceljs load alone`, show(loads), `cpu ${cpu(loads).toFixed(0)} ms; median of ${rounds}`);
  row(`${label}: exceljs load + grids (src/node/xlsx)`, show(grids), `cpu ${cpu(grids).toFixed(0)} ms`);
  row(`${label}: jixiao check --format json`, show(checks), `cpu ${cpu(checks).toFixed(0)} ms; exit ${code}`);
  row(`${label}: ratio check ÷ load`, (wall(checks) / wall(loads)).toFixed(2), `cpu ratio ${(cpu(checks) / cpu(loads)).toFixed(2)} (target ≤ 1.2)`);
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
