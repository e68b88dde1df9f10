/**
 * Memory over 10,000 files in one `jixiao check` run (in-process main, its workers checking the files, the
 * JSON report to a file): the workers' live heap after each file (median of 100-file windows: flat means
 * no file leaves anything behind), the main thread's heap after a forced GC (it grows only by the report),
 * RSS. Files are 500 copies each of 20 distinct one-table workbooks, in os.tmpdir(), removed afterwards.
 * BENCH_MEMORY_FILES sets the count.
 */
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../src/cli/main';
import { renderOfficial, renderSummary, variedSpecs, writeGrids } from './support/render';
import { gc, mb, median, row, sink, tempDir } from './support/measure';

export const title = 'memory: 10,000 files in one jixiao check run (live heap per file)';

const FILES = Number(process.env.BENCH_MEMORY_FILES ?? 10000);
const DISTINCT = 20;

export async function run(): Promise<void> {
  const dir = tempDir('jixiao-bench-mem-');
  try {
    const inputs = path.join(dir, 'in');
    fs.mkdirSync(inputs);
    const specs = variedSpecs(DISTINCT, 3);
    const t0 = performance.now();
    for (let i = 0; i < DISTINCT; i++) await writeGrids(path.join(dir, `src${i}.xlsx`), [renderSummary([specs[i]]), renderOfficial(specs[i])]);
    for (let i = 0; i < FILES; i++) fs.copyFileSync(path.join(dir, `src${i % DISTINCT}.xlsx`), path.join(inputs, `${String(i + 1).padStart(5, '0')}.xlsx`));
    row('workbooks written', String(FILES), `${((performance.now() - t0) / 1000).toFixed(1)} s`);

    gc();
    const base = process.memoryUsage();
    row('before the run: main heap / RSS', `${mb(base.heapUsed)} / ${mb(base.rss)}`);
    const marks = new Set([Math.min(1000, FILES), Math.floor(FILES / 2), FILES]);
    const workerHeap: number[] = [];
    const mainSamples: Array<{ n: number; heap: number; rss: number }> = [];
    let peakRss = base.rss;
    const out = path.join(dir, 'report.json');
    const t1 = performance.now();
    const code = await main(['check', inputs, '--format', 'json', '--output', out, '--quiet'], {
      stdout: sink(),
      stderr: sink(),
      env: {},
      cwd: dir,
      onFileDone: (n, _total, _file, info) => {
        if (info.heapUsed !== undefined) workerHeap.push(info.heapUsed);
        if (n % 50 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
        if (marks.has(n)) {
          gc();
          const m = process.memoryUsage();
          mainSamples.push({ n, heap: m.heapUsed, rss: m.rss });
        }
      },
    });
    const secs = (performance.now() - t1) / 1000;
    const window = (from: number) => median(workerHeap.slice(from, from + 100));
    for (const at of [100, Math.floor(FILES / 2) - 100, FILES - 100]) {
      row(`worker live heap, files ${at + 1}–${at + 100}`, mb(window(at)), 'median of used_heap_size after each file');
    }
    for (const s of mainSamples) row(`main heap (after GC) / RSS at ${s.n} files`, `${mb(s.heap)} / ${mb(s.rss)}`);
    row('peak RSS of the process (sampled)', mb(peakRss));
    const first = mainSamples[0];
    const last = mainSamples[mainSamples.length - 1];
    if (first && last && last.n > first.n) row('main heap growth per file', `${((last.heap - first.heap) / (last.n - first.n) / 1024).toFixed(1)} KB`, '(the report itself)');
    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as { summary: { files: number; unreadable: number } };
    row('report', `${report.summary.files} files`, `${(fs.statSync(out).size / 1048576).toFixed(1)} MB JSON; ${report.summary.unreadable} unreadable; exit ${code}`);
    row('run time', `${secs.toFixed(1)} s`, `${((secs * 1000) / FILES).toFixed(1)} ms per file, ${(FILES / secs).toFixed(0)} files/s`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
