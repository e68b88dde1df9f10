/**
 * The worker thread's side of the pool (pool.ts): checks the files it is sent, one at a time, and posts
 * each file's report back. A file that exhausts the worker's heap or crashes it takes only this worker
 * down; the pool reports that file and starts a new worker.
 */
import { parentPort } from 'worker_threads';
import * as path from 'path';
import * as v8 from 'v8';
import type { Profile } from '../core/profile';
import { checkFile } from './check-file';
import type { LoadOptions } from './load';
import type { CliFileReport } from './run';

/** The worker's workerData: it marks the bundle's entry as a worker. */
export interface WorkerSetup {
  jixiaoWorker: true;
}

export interface WorkerJob {
  id: number;
  file: string;
  abs: string;
  profile: Profile;
  load: LoadOptions;
  /** Test hooks (JIXIAO_TEST_WORKER_*), see WorkerFaults. */
  faults?: WorkerFaults;
}

/**
 * Test hooks, set from JIXIAO_TEST_WORKER_ALLOCATE / _EXIT / _HANG: a file whose name contains the text
 * makes the worker allocate until its heap limit is hit (as a compression bomb would with an unbounded
 * reader), exit, or never answer.
 */
export interface WorkerFaults {
  allocate?: string;
  exit?: string;
  hang?: string;
}

export interface WorkerReply {
  id: number;
  report: CliFileReport;
  /** The worker's live heap after the file (bytes), for the bench. */
  heapUsed: number;
}

function exhaustHeap(): never {
  const hoard: string[][] = [];
  for (;;) hoard.push(Array.from({ length: 1e5 }, (_, i) => `${i}-${hoard.length}`));
}

export function startWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('startWorker() outside a worker thread');
  port.on('message', (job: WorkerJob) => {
    void (async () => {
      const f = job.faults;
      if (f?.allocate && job.file.includes(f.allocate)) exhaustHeap();
      if (f?.exit && job.file.includes(f.exit)) process.exit(70);
      if (f?.hang && job.file.includes(f.hang)) return;
      const report = await checkFile(job.file, job.abs, job.profile, { ...job.load, name: path.basename(job.file) });
      const reply: WorkerReply = { id: job.id, report, heapUsed: v8.getHeapStatistics().used_heap_size };
      // bin/jixiao.js's code cache, made once (when absent or stale) after a file has been read and
      // checked, so that it holds the reader's and checker's compiled functions; before the reply, which
      // may end the process.
      if (report.error === undefined && report.sheets.length > 0) (globalThis as { __jixiaoSaveCodeCache?: () => void }).__jixiaoSaveCodeCache?.();
      port.postMessage(reply);
    })();
  });
}
