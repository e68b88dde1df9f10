/** Helpers for the command-line tests: captured output streams and generated bad inputs. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main, type CliIO } from '../../src/cli/main';
import { closeIdleWorkers } from '../../src/cli/pool';

// main() keeps its worker threads for the next run in the same process; a test file ends them when it is done
// (each test file has its own module registry, so its pool would otherwise outlive it in jest's process).
afterAll(() => closeIdleWorkers());

export const FIXTURES = path.join(__dirname, '../fixtures');
export const OFFICIAL = path.join(FIXTURES, 'pingyin-2024-official.xlsx');

export interface Captured {
  write(chunk: string): boolean;
  isTTY: boolean;
  text: string;
}

export function capture(isTTY = false): Captured {
  const c: Captured = {
    text: '',
    isTTY,
    write(chunk: string) {
      c.text += chunk;
      return true;
    },
  };
  return c;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs main() in-process with captured streams; relative paths resolve against cwd. */
export async function run(argv: string[], opts: { cwd?: string; env?: Record<string, string | undefined>; tty?: boolean; stderrTTY?: boolean; io?: Partial<CliIO> } = {}): Promise<RunResult> {
  const stdout = capture(opts.tty ?? false);
  const stderr = capture(opts.stderrTTY ?? false);
  const code = await main(argv, { stdout, stderr, env: opts.env ?? {}, cwd: opts.cwd ?? process.cwd(), ...opts.io });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export function tmpDir(prefix = 'jixiao-cli-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A minimal OLE/CFB container: the D0 CF 11 E0 signature and one directory entry name (UTF-16LE). */
export function cfbBytes(...streamNames: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const dir = Buffer.alloc(128 * Math.max(1, streamNames.length));
  streamNames.forEach((n, i) => Buffer.from(n, 'utf16le').copy(dir, i * 128));
  return Buffer.concat([header, dir]);
}

export async function writeWorkbook(file: string, build: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

/** Deterministic noise: numbers and short texts, none of them a target-table label. */
export async function writeNoiseWorkbook(file: string, rows: number, cols = 10, seed = 7): Promise<void> {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  await writeWorkbook(file, (wb) => {
    const ws = wb.addWorksheet('噪声数据');
    for (let r = 0; r < rows; r++) {
      const row: (string | number)[] = [];
      for (let c = 0; c < cols; c++) row.push(rnd() < 0.5 ? Math.round(rnd() * 1e6) / 100 : `样本${Math.floor(rnd() * 1e5)}`);
      ws.addRow(row);
    }
  });
}
