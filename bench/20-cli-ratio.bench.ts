/**
 * `jixiao check` as shipped (the bundle, a fresh process) on a 200-sheet workbook, against a fresh
 * process that only loads the same file with exceljs (what the command line used to be built on).
 * Interleaved rounds, medians, in one run: target ≤ 0.6. Also the floor: a process that starts and exits,
 * and the same check in a worker thread (one workbook on its own is checked in the main thread: run.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import { renderOfficial, renderSummary, variedSpecs, writeGrids } from './support/render';
import { median, row, tempDir } from './support/measure';
import { exceljsLoader, jixiao, runNode, type ChildRun } from './support/cli';

export const title = 'cli: jixiao check (bundle, fresh process) ÷ exceljs load (fresh process), 200-sheet workbook';

export async function run(): Promise<void> {
  const dir = tempDir('jixiao-bench-ratio-');
  try {
    const specs = variedSpecs(199, 11);
    const file = path.join(dir, 'book-200.xlsx');
    await writeGrids(file, [renderSummary(specs), ...specs.map((s) => renderOfficial(s))]);
    row('200-sheet workbook (199 tables + 申报表)', `${(fs.statSync(file).size / 1024).toFixed(0)} KB`);
    const loader = exceljsLoader(dir);
    const empty = path.join(dir, 'empty.js');
    fs.writeFileSync(empty, '');
    const out = path.join(dir, 'report.json');
    const check = () => jixiao(['check', file, '--format', 'json', '--output', out, '--force', '--quiet']);
    // The same check in a worker thread (--memory-limit asks for one): what a file of a folder costs.
    const inWorker = () => jixiao(['check', file, '--format', 'json', '--output', out, '--force', '--quiet', '--memory-limit', '1024']);
    const load = () => runNode(loader, [file]);
    await check(); // warm the disk cache and the bundle
    await inWorker();
    await load();
    const checks: ChildRun[] = [];
    const workerChecks: ChildRun[] = [];
    const loads: ChildRun[] = [];
    const floors: ChildRun[] = [];
    const rounds = 5;
    for (let i = 0; i < rounds; i++) {
      loads.push(await load());
      checks.push(await check());
      workerChecks.push(await inWorker());
      floors.push(await runNode(empty, []));
    }
    const wall = (xs: ChildRun[]) => median(xs.map((x) => x.ms));
    const cpu = (xs: ChildRun[]) => median(xs.map((x) => x.cpuMs));
    const rss = (xs: ChildRun[]) => median(xs.map((x) => x.maxRssMb));
    row('node start + exit (the floor)', `${wall(floors).toFixed(0)} ms`, `cpu ${cpu(floors).toFixed(0)} ms`);
    row('exceljs load alone (fresh process)', `${wall(loads).toFixed(0)} ms`, `cpu ${cpu(loads).toFixed(0)} ms, peak RSS ${rss(loads).toFixed(0)} MB; median of ${rounds}`);
    row('jixiao check --format json (bundle)', `${wall(checks).toFixed(0)} ms`, `cpu ${cpu(checks).toFixed(0)} ms, peak RSS ${rss(checks).toFixed(0)} MB; exit ${checks[0].code}`);
    row('ratio check ÷ exceljs load', (wall(checks) / wall(loads)).toFixed(2), `cpu ratio ${(cpu(checks) / cpu(loads)).toFixed(2)} (goal ≤ 0.6)`);
    row('the same in a worker thread (--memory-limit 1024)', `${wall(workerChecks).toFixed(0)} ms`, `ratio ${(wall(workerChecks) / wall(loads)).toFixed(2)}, cpu ${cpu(workerChecks).toFixed(0)} ms`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
