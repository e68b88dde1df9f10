/**
 * Bundle size: the task pane's initial JavaScript, gzipped (budget 250 KB, issue 3), and the ribbon
 * commands file. Builds the production bundles of those two entries into build/bench-dist (dist/ is left
 * alone), then gzips each initial chunk of each entrypoint and lists what weighs most (from the source map).
 * Prints figures only; the budget line says whether it holds.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import webpack from 'webpack';
import makeConfig from '../webpack.config';

export const title = '任务窗格脚本体积 (task pane bundle size, gzipped)';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'build', 'bench-dist');
const BUDGET = 250 * 1024;

function kb(n: number): string {
  return `${(n / 1024).toFixed(1)} KB`;
}

async function build(): Promise<webpack.StatsCompilation> {
  const config = (await makeConfig({ only: 'taskpane,commands', outDir: OUT }, { mode: 'production' })) as webpack.Configuration;
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (!stats) return reject(new Error('webpack gave no stats'));
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(stats.toJson({ all: false, entrypoints: true, assets: true }));
    });
  });
}

/** Bytes per source package in a minified file, from its source map (the biggest first). */
function contributors(file: string): Array<[string, number]> {
  const mapFile = `${file}.map`;
  if (!fs.existsSync(mapFile)) return [];
  // source-map comes with webpack; loaded lazily so the bench still runs without it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SourceMapConsumer } = require('source-map') as typeof import('source-map');
  const code = fs.readFileSync(file, 'utf8').split('\n');
  const consumer = new SourceMapConsumer(JSON.parse(fs.readFileSync(mapFile, 'utf8'))) as unknown as {
    eachMapping(cb: (m: { generatedLine: number; generatedColumn: number; source: string | null }) => void): void;
  };
  const by = new Map<string, number>();
  let prev: { generatedLine: number; generatedColumn: number; source: string | null } | null = null;
  const add = (m: NonNullable<typeof prev>, end: number) => {
    let k = (m.source ?? '(webpack)').replace(/^webpack:\/\/[^/]*\//, '');
    const nm = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(k);
    k = nm ? nm[1] : k.split('/').slice(0, 3).join('/');
    by.set(k, (by.get(k) ?? 0) + Math.max(0, end - m.generatedColumn));
  };
  consumer.eachMapping((m) => {
    if (prev) add(prev, m.generatedLine === prev.generatedLine ? m.generatedColumn : code[prev.generatedLine - 1].length);
    prev = { generatedLine: m.generatedLine, generatedColumn: m.generatedColumn, source: m.source };
  });
  if (prev) add(prev, code[(prev as { generatedLine: number }).generatedLine - 1].length);
  return [...by.entries()].sort((a, b) => b[1] - a[1]);
}

export async function run(): Promise<void> {
  const t0 = Date.now();
  const stats = await build();
  console.log(`  production build of taskpane + commands: ${((Date.now() - t0) / 1000).toFixed(0)} s (into ${path.relative(ROOT, OUT)})`);
  for (const [name, ep] of Object.entries(stats.entrypoints ?? {})) {
    const files = (ep.assets ?? []).map((a) => a.name).filter((f) => f.endsWith('.js'));
    let raw = 0;
    let gz = 0;
    for (const f of files) {
      const buf = fs.readFileSync(path.join(OUT, f));
      raw += buf.length;
      gz += zlib.gzipSync(buf, { level: 9 }).length;
    }
    const budget = name === 'taskpane' ? `  — budget 250 KB: ${gz <= BUDGET ? 'within' : 'OVER'} (${((gz / BUDGET) * 100).toFixed(0)}%)` : '';
    console.log(`  ${name}: ${files.length} initial chunk(s), ${kb(raw)} minified, ${kb(gz)} gzipped${budget}`);
    if (name === 'taskpane' && files.length) {
      const top = contributors(path.join(OUT, files[0])).slice(0, 8);
      const total = top.reduce((n, [, b]) => n + b, 0);
      if (total) console.log(`    largest parts (minified): ${top.map(([k, b]) => `${k} ${kb(b)}`).join(', ')}`);
    }
  }
}
