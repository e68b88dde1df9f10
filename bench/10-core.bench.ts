/**
 * Core throughput: sheets recognised and checked per second on 1,000 generated tables in the official
 * layout (varied figures from the 15 seed projects), one core, in-process. Target ≥ 5,000 sheets/s.
 */
import { checkModel, checkWorkbook } from '../src/core/check';
import type { Grid } from '../src/core/grid';
import { recognizeSheet } from '../src/core/recognize';
import { renderOfficial, renderSummary, variedSpecs } from './support/render';
import { cpuMs, median, row } from './support/measure';

export const title = 'core: sheets checked per second (1,000 generated tables)';

export async function run(): Promise<void> {
  const specs = variedSpecs(1000, 7);
  const grids: Grid[] = specs.map((s) => renderOfficial(s));
  const cells = grids.reduce((n, g) => n + g.rows.reduce((m, r) => m + r.length, 0), 0);
  row('tables generated', String(grids.length), `${Math.round(cells / grids.length)} cells each on average`);

  // Warm up the JIT on a different set, then time three passes and keep the median.
  for (const g of variedSpecs(200, 99).map((s) => renderOfficial(s))) checkWorkbook([g]);

  let findings = 0;
  let targetTables = 0;
  const passes: number[] = [];
  const cpuPasses: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    let f = 0;
    let t = 0;
    for (const g of grids) {
      const r = checkWorkbook([g]);
      for (const s of r.sheets) {
        f += s.findings.length;
        if (s.kind === 'target-table') t++;
      }
    }
    passes.push(performance.now() - t0);
    cpuPasses.push(cpuMs() - c0);
    findings = f;
    targetTables = t;
  }
  const ms = median(passes);
  row('recognised as target tables', `${targetTables} / ${grids.length}`);
  row('findings (all rules)', String(findings), `${(findings / grids.length).toFixed(1)} per table`);
  const cpu = median(cpuPasses);
  row('recognise + check, one sheet per workbook', `${Math.round((grids.length / ms) * 1000)} sheets/s`, `median of 3: ${ms.toFixed(0)} ms wall (target ≥ 5,000/s)`);
  row('  per CPU second (steadier on a busy machine)', `${Math.round((grids.length / cpu) * 1000)} sheets/s`, `${cpu.toFixed(0)} ms cpu`);

  // Where the time goes: recognition alone, then the rules on the recognised models.
  const tr = median(
    [0, 1, 2].map(() => {
      const t0 = performance.now();
      for (const g of grids) recognizeSheet(g);
      return performance.now() - t0;
    }),
  );
  const models = grids.map((g) => ({ sheets: [recognizeSheet(g)] }));
  const tc = median(
    [0, 1, 2].map(() => {
      const t0 = performance.now();
      for (const m of models) checkModel(m);
      return performance.now() - t0;
    }),
  );
  row('  recognition only', `${Math.round((grids.length / tr) * 1000)} sheets/s`);
  row('  rules only', `${Math.round((grids.length / tc) * 1000)} sheets/s`);

  // Whole workbooks as submitted: 15 tables + the 申报表 (cross-sheet rules included).
  const books: Grid[][] = [];
  for (let i = 0; i + 15 <= specs.length; i += 15) {
    const part = specs.slice(i, i + 15);
    books.push([renderSummary(part), ...part.map((s) => renderOfficial(s))]);
  }
  const tb = median(
    [0, 1, 2].map(() => {
      const t0 = performance.now();
      for (const b of books) checkWorkbook(b);
      return performance.now() - t0;
    }),
  );
  const sheets = books.length * 16;
  row(`${books.length} workbooks of 15 tables + 申报表`, `${Math.round((sheets / tb) * 1000)} sheets/s`, `${tb.toFixed(0)} ms`);
}
