/**
 * `npm run bench`: runs every bench/*.bench.ts module's exported `run(): Promise<void>` in file-name
 * order (prefix a number to place yours: 10-core.bench.ts, 20-cli-ratio.bench.ts …). Benchmarks print
 * figures; they never assert times. Pass names to run only some: `npm run bench -- core memory`.
 */
import * as fs from 'fs';
import * as path from 'path';

interface BenchModule {
  run(): Promise<void>;
  /** Optional one-line title printed before the module runs. */
  title?: string;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  if (files.length === 0) {
    console.log('没有找到基准测试 (no bench/*.bench.ts matched)');
    return;
  }
  console.log(`Jixiao bench — node ${process.version}, ${process.platform}/${process.arch}`);
  let failed = 0;
  for (const file of files) {
    const mod = (await import(path.join(__dirname, file))) as BenchModule & { default?: BenchModule };
    const bench: BenchModule = typeof mod.run === 'function' ? mod : (mod.default as BenchModule);
    console.log(`\n## ${file}${bench?.title ? ` — ${bench.title}` : ''}`);
    if (!bench || typeof bench.run !== 'function') {
      console.log('  (no exported run(): skipped)');
      continue;
    }
    const t0 = performance.now();
    try {
      await bench.run();
    } catch (err) {
      failed++;
      console.log(`  失败 (failed): ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    }
    console.log(`  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  if (failed) process.exitCode = 1;
}

void main();
