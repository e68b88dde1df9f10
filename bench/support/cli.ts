/**
 * The shipped command line for the benches: the bundle built fresh (`npm run build:cli`), run as a
 * child process the way a reviewer runs it, with its wall time, CPU time and peak RSS (all threads)
 * taken from the child's own resource usage (a small wrapper prints it on exit).
 */
import * as fs from 'fs';
import * as path from 'path';
import { execSync, spawn } from 'child_process';

export const ROOT = path.join(__dirname, '../..');
export const BIN = path.join(ROOT, 'bin/jixiao.js');
export const SEED = path.join(ROOT, 'test/fixtures/pingyin-2024-official.xlsx');

let built = false;

/** Builds build/cli/jixiao.js once per bench run. */
export function ensureBundle(): void {
  if (built) return;
  execSync('npm run build:cli --silent', { cwd: ROOT, stdio: 'pipe' });
  built = true;
}

export interface ChildRun {
  ms: number;
  cpuMs: number;
  maxRssMb: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The wrapper: runs `script` with argv in this process and prints its resource usage to fd 3 on exit. */
const WRAP = `
const fs = require('fs');
const [script, ...args] = process.argv.slice(1);
process.argv = [process.argv[0], script, ...args];
process.on('exit', () => {
  const u = process.resourceUsage();
  fs.writeSync(3, JSON.stringify({ maxRssKb: u.maxRSS, cpuUs: u.userCPUTime + u.systemCPUTime }));
});
require(script);
`;

/** Runs `node <script> ...args` (a fresh process) and measures it. */
export function runNode(script: string, args: string[], cwd = ROOT): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['-e', WRAP, script, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let usage = '';
    child.stdout!.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (b: Buffer) => (usage += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      let u = { maxRssKb: 0, cpuUs: 0 };
      try {
        u = JSON.parse(usage) as typeof u;
      } catch {
        // the child died before its exit handler
      }
      resolve({ ms, cpuMs: u.cpuUs / 1000, maxRssMb: u.maxRssKb / 1024, code, stdout, stderr });
    });
  });
}

/** `node bin/jixiao.js ...args`. */
export function jixiao(args: string[], cwd = ROOT): Promise<ChildRun> {
  ensureBundle();
  return runNode(BIN, args, cwd);
}

/** A script file in `dir` that loads `file` with exceljs and nothing else (the old reader, as the yardstick). */
export function exceljsLoader(dir: string): string {
  const script = path.join(dir, 'exceljs-load.js');
  fs.writeFileSync(
    script,
    `const ExcelJS = require(${JSON.stringify(require.resolve('exceljs'))});\nnew ExcelJS.Workbook().xlsx.readFile(process.argv[2]).then(() => {}, (e) => { console.error(e.message); process.exitCode = 1; });\n`,
  );
  return script;
}
