/**
 * Memory over 1,000 files checked in one `jixiao check` run (in-process main, JSON report to a file):
 * heap after a forced GC and RSS at 100, 500 and 1,000 files, and the peak RSS. It should stay flat
 * (each workbook is dropped after its check; only the small report grows). Files live in os.tmpdir()
 * and are removed afterwards.
 */
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../src/cli/main';
import { renderOfficial, renderSummary, variedSpecs, writeGrids } from './support/render';
import { gc, mb, row, sink, tempDir } from './support/measure';

export const title = 'memory: 1,000 files in one jixiao check run';

const FILES = 1000;

export async function run(): Promise<void> {
  const dir = tempDir('jixiao-bench-mem-');
  try {
    const inputs = path.join(dir, 'in');
    fs.mkdirSync(inputs);
    // 1,000 distinct workbooks: one table (varied figures) and a one-row 申报表 each.
    const specs = variedSpecs(FILES, 3);
    const t0 = performance.now();
    for (let i = 0; i < FILES; i++) {
      const spec = specs[i];
      await writeGrids(path.join(inputs, `${String(i + 1).padStart(4, '0')}.xlsx`), [renderSummary([spec]), renderOfficial(spec)]);
    }
    row('workbooks written', String(FILES), `${((performance.now() - t0) / 1000).toFixed(1)} s`);

    gc();
    const base = process.memoryUsage();
    row('before the run: heap used / RSS', `${mb(base.heapUsed)} / ${mb(base.rss)}`);
    const marks = new Set([10, 100, 250, 500, 750, 1000]);
    let peakRss = base.rss;
    let peakHeap = base.heapUsed;
    const samples: Array<{ n: number; heap: number; rss: number }> = [];
    const out = path.join(dir, 'report.json');
    const t1 = performance.now();
    const code = await main(['check', inputs, '--format', 'json', '--output', out, '--quiet'], {
      stdout: sink(),
      stderr: sink(),
      env: {},
      cwd: dir,
      onFileDone: (n) => {
        const m = process.memoryUsage();
        if (m.rss > peakRss) peakRss = m.rss;
        if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
        if (marks.has(n)) {
          gc();
          const after = process.memoryUsage();
          samples.push({ n, heap: after.heapUsed, rss: after.rss });
        }
      },
    });
    const secs = (performance.now() - t1) / 1000;
    for (const s of samples) row(`after ${s.n} files: heap used (after GC) / RSS`, `${mb(s.heap)} / ${mb(s.rss)}`);
    row('peak during the run: heap used / RSS', `${mb(peakHeap)} / ${mb(peakRss)}`);
    const h100 = samples.find((s) => s.n === 100)!;
    const h1000 = samples.find((s) => s.n === 1000)!;
    row('heap growth 100 → 1,000 files', mb(h1000.heap - h100.heap), `${((h1000.heap - h100.heap) / 900 / 1024).toFixed(1)} KB per file (the report itself)`);
    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as { summary: { files: number; sheets: number; errors: number; warnings: number; infos: number } };
    row('report', `${report.summary.files} files`, `${(fs.statSync(out).size / 1024).toFixed(0)} KB JSON; errors ${report.summary.errors}, warnings ${report.summary.warnings}, infos ${report.summary.infos}; exit ${code}`);
    row('run time', `${secs.toFixed(1)} s`, `${((secs * 1000) / FILES).toFixed(1)} ms per file`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
