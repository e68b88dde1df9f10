/**
 * The entry of the bundled command line (build/cli/jixiao.js, made by `npm run build:cli` with esbuild).
 * The same file is the worker thread of the pool (pool.ts starts it with workerData.jixiaoWorker): the
 * worker loads the checker, the main thread only the argument parsing and the report renderers.
 */
import { isMainThread, workerData } from 'worker_threads';
import type { CliIO } from './main';

if (!isMainThread && (workerData as { jixiaoWorker?: boolean } | null)?.jixiaoWorker) {
  void import('./worker').then((w) => w.startWorker());
}

export async function main(argv: readonly string[], io: Partial<CliIO> = {}): Promise<number> {
  return (await import('./main')).main(argv, io);
}
