/** Helpers for the benches: timing, a forced GC, memory figures, a capturing writer, temp folders. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';

/** A real gc() even without --expose-gc (so `npm run bench` needs no node flag). */
export const gc: () => void = (() => {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  v8.setFlagsFromString('--expose_gc');
  return vm.runInNewContext('gc') as () => void;
})();

export const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** CPU milliseconds of this process (user + system): steadier than wall time on a shared machine. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export async function timeit(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A writer that keeps only the byte count (the report itself is not needed). */
export function sink(): { write(s: string): boolean; bytes: number; isTTY: boolean } {
  const w = {
    bytes: 0,
    isTTY: false,
    write(s: string) {
      w.bytes += Buffer.byteLength(s);
      return true;
    },
  };
  return w;
}

export function row(label: string, value: string, note = ''): void {
  console.log(`  ${label.padEnd(44)} ${value.padStart(14)}${note ? `   ${note}` : ''}`);
}
