/**
 * Checks files in a pool of long-lived worker threads, each with a heap limit, so that a file that
 * exhausts memory, crashes or hangs costs only its own line in the report: the pool records it, replaces
 * the worker and goes on. Results come back in any order and are stored by input index, so the report is
 * always in input order whatever --jobs is. Healthy workers are kept (unreferenced, so they never hold
 * the process open) for the next run in the same process: the tests and the bench call main() many times.
 *
 * --jobs 1 uses one worker too, not the main thread: starting a worker costs ~40–70 ms once per run
 * (measured on the 2-core CI machine) and nothing per file (a job and its report are small messages),
 * while checking in-process would let one bad file end the run — the very thing the pool exists to stop.
 */
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { Profile } from '../core/profile';
import type { Input } from './discover';
import type { LoadOptions } from './load';
import type { CliFileReport } from './run';
import type { WorkerFaults, WorkerJob, WorkerReply, WorkerSetup } from './worker';

/** Defined (true) by the esbuild bundle: the worker is the bundle file itself. */
declare const JIXIAO_BUNDLED: boolean | undefined;

export const DEFAULT_MEMORY_LIMIT_MB = 1024;
export const DEFAULT_FILE_TIMEOUT_SECONDS = 300;
/**
 * A small young generation: a file's short-lived garbage is collected early instead of piling up to
 * V8's default 64 MB. Measured (bench, bomb + seed, --jobs 1): peak RSS 222 MB at 64, 186 at 32, 142 at 16,
 * at the same speed; 1,000 seed copies no slower.
 */
const YOUNG_GENERATION_MB = 16;

export interface PoolOptions {
  jobs: number;
  profile: Profile;
  load: LoadOptions;
  /** Heap (old generation) each worker may use, MB. */
  memoryLimitMb?: number;
  /** Seconds one file may take before its worker is stopped. */
  fileTimeoutSeconds?: number;
  /** Test hooks, see WorkerFaults. */
  faults?: WorkerFaults;
  /** Called when a file is handed to a worker (1-based index in the input order). */
  onFileStart?: (index: number, total: number, file: string) => void;
  /** Called when a file's report is in: `done` counts the files finished so far. */
  onFileDone?: (done: number, total: number, file: string, info: { heapUsed?: number }) => void;
}

interface Slot {
  worker: Worker;
  job: WorkerJob | null;
  timer: NodeJS.Timeout | null;
  dead: boolean;
}

/** Idle workers by heap limit (the limit is fixed when a worker starts). */
const idle = new Map<number, Worker[]>();

/**
 * How to start a worker from here: the bundle through bin/jixiao.js (which loads it with its code cache:
 * it sets __jixiaoWorkerEntry), the bundle itself, the compiled worker.js, or worker.ts through tsx.
 */
function workerSource(): { filename: string; eval: boolean } {
  if (typeof JIXIAO_BUNDLED !== 'undefined' && JIXIAO_BUNDLED) {
    const entry = (globalThis as { __jixiaoWorkerEntry?: unknown }).__jixiaoWorkerEntry;
    return { filename: typeof entry === 'string' ? entry : __filename, eval: false };
  }
  if (__filename.endsWith('.ts')) {
    const ts = JSON.stringify(path.join(__dirname, 'worker.ts'));
    return { filename: `require('tsx/cjs/api').register(); require(${ts}).startWorker();`, eval: true };
  }
  return { filename: `require(${JSON.stringify(path.join(__dirname, 'worker.js'))}).startWorker();`, eval: true };
}

let started = 0;

/** Worker threads this process has started (tests: which runs used the pool). */
export function workersStarted(): number {
  return started;
}

function startWorker(memoryLimitMb: number): Worker {
  started++;
  const source = workerSource();
  const setup: WorkerSetup = { jixiaoWorker: true };
  return new Worker(source.filename, {
    eval: source.eval,
    workerData: setup,
    resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
}

function borrowWorker(memoryLimitMb: number): Worker {
  const stash = idle.get(memoryLimitMb);
  const w = stash?.pop();
  if (w) {
    detach(w);
    w.ref();
    return w;
  }
  return startWorker(memoryLimitMb);
}

/** Removes our listeners only: the Worker keeps internal newListener hooks of its own. */
function detach(w: Worker): void {
  for (const event of ['message', 'error', 'exit']) w.removeAllListeners(event);
}

function returnWorker(memoryLimitMb: number, w: Worker, keep: number): void {
  detach(w);
  const stash = idle.get(memoryLimitMb) ?? [];
  if (stash.length >= keep) {
    void w.terminate();
    return;
  }
  const drop = () => {
    const i = stash.indexOf(w);
    if (i >= 0) stash.splice(i, 1);
  };
  w.on('error', drop);
  w.on('exit', drop);
  w.unref();
  stash.push(w);
  idle.set(memoryLimitMb, stash);
}

/** Ends the idle workers (tests that count threads; a long-lived host that wants its memory back). */
export async function closeIdleWorkers(): Promise<void> {
  const all = [...idle.values()].flat();
  idle.clear();
  await Promise.all(all.map((w) => w.terminate()));
}

function outOfMemory(limitMb: number): string {
  return `检查该文件时内存超过上限（${limitMb} MB），已停止检查该文件：文件中可能有极大的工作表（如压缩炸弹、格式刷到最后一行），请确认文件内容，或在 Excel 中删除多余的行列后另存再检查 (out of memory)`;
}

function crashed(detail: string): string {
  return `检查该文件时检查进程意外退出，已跳过该文件，请把文件发给维护者 (worker crashed: ${detail})`;
}

function timedOut(seconds: number): string {
  return `检查该文件超过 ${seconds} 秒仍未完成，已停止：文件可能过大或结构异常 (timed out)`;
}

export async function checkInPool(inputs: readonly Input[], options: PoolOptions): Promise<CliFileReport[]> {
  const total = inputs.length;
  const results: (CliFileReport | undefined)[] = new Array(total);
  const memoryLimitMb = options.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB;
  const timeoutSeconds = options.fileTimeoutSeconds ?? DEFAULT_FILE_TIMEOUT_SECONDS;
  const toCheck = inputs.filter((i) => !i.error).length;
  const size = Math.max(0, Math.min(options.jobs, toCheck));
  let cursor = 0;
  let done = 0;
  const slots: Slot[] = [];

  return new Promise<CliFileReport[]>((resolve) => {
    const finish = (index: number, report: CliFileReport, heapUsed?: number) => {
      if (results[index]) return;
      results[index] = report;
      done++;
      options.onFileDone?.(done, total, inputs[index].file, { heapUsed });
      if (done === total) {
        for (const s of slots) {
          if (s.dead) continue;
          s.dead = true;
          returnWorker(memoryLimitMb, s.worker, options.jobs);
        }
        resolve(results as CliFileReport[]);
      }
    };

    /** The next input that needs a worker; inputs that failed discovery are recorded on the way. */
    const nextJob = (): WorkerJob | null => {
      while (cursor < total) {
        const index = cursor++;
        const input = inputs[index];
        options.onFileStart?.(index + 1, total, input.file);
        if (input.error) {
          finish(index, { file: input.file, error: input.error, sheets: [] });
          continue;
        }
        return { id: index, file: input.file, abs: input.abs, profile: options.profile, load: options.load, ...(options.faults ? { faults: options.faults } : {}) };
      }
      return null;
    };

    const fail = (slot: Slot, error: string) => {
      const job = slot.job;
      if (slot.timer) clearTimeout(slot.timer);
      slot.job = null;
      slot.timer = null;
      if (job) finish(job.id, { file: job.file, error, sheets: [] });
    };

    const dispatch = (slot: Slot) => {
      const job = nextJob();
      if (!job) return;
      slot.job = job;
      slot.timer = setTimeout(() => {
        slot.dead = true;
        void slot.worker.terminate();
        fail(slot, timedOut(timeoutSeconds));
        replace(slot);
      }, timeoutSeconds * 1000);
      slot.worker.postMessage(job);
    };

    const replace = (slot: Slot) => {
      const i = slots.indexOf(slot);
      if (i < 0 || cursor >= total) return;
      slots[i] = attach(startWorker(memoryLimitMb));
      dispatch(slots[i]);
    };

    const attach = (worker: Worker): Slot => {
      const slot: Slot = { worker, job: null, timer: null, dead: false };
      worker.on('message', (reply: WorkerReply) => {
        if (slot.dead || !slot.job || reply.id !== slot.job.id) return;
        if (slot.timer) clearTimeout(slot.timer);
        slot.job = null;
        slot.timer = null;
        finish(reply.id, reply.report, reply.heapUsed);
        if (!slot.dead) dispatch(slot);
      });
      worker.on('error', (err: Error & { code?: string }) => {
        if (slot.dead) return;
        slot.dead = true;
        fail(slot, err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(memoryLimitMb) : crashed(err.message));
        replace(slot);
      });
      worker.on('exit', (code) => {
        if (slot.dead) return;
        slot.dead = true;
        fail(slot, crashed(`exit ${code}`));
        replace(slot);
      });
      return slot;
    };

    if (total === 0) {
      resolve([]);
      return;
    }
    for (let i = 0; i < size; i++) slots.push(attach(borrowWorker(memoryLimitMb)));
    if (size === 0) {
      // Nothing to read: every input failed discovery; nextJob records them.
      while (nextJob()) {
        // unreachable: every input has an error
      }
      return;
    }
    for (const s of slots) dispatch(s);
  });
}
