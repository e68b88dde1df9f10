/**
 * Old binary .xls, WPS .et and OpenDocument .ods: converted to .xlsx with LibreOffice when it is
 * installed (`soffice --headless --convert-to xlsx`), then read by the normal loader. The conversion
 * works on a copy in a private temporary folder with its own LibreOffice profile, under a timeout; the
 * original file is never touched, and every message names it.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';

export type ConvertedFormat = 'xls' | 'et' | 'ods';

export interface ConvertOptions {
  /** Seconds LibreOffice may take (default 60). */
  timeoutSeconds?: number;
  /** The PATH to look for soffice on (default: this process's PATH). */
  pathEnv?: string;
}

export const DEFAULT_CONVERT_TIMEOUT_SECONDS = 60;

/**
 * LibreOffice's import filter per format. Named explicitly: left to guess, LibreOffice imports a corrupt
 * file as text and "converts" it into a sheet of binary noise. (WPS .et is read by the Excel 97 filter.)
 */
const IMPORT_FILTER: Record<ConvertedFormat, string> = {
  xls: 'MS Excel 97',
  et: 'MS Excel 97',
  ods: 'calc8',
};

const FORMAT_NAME: Record<ConvertedFormat, string> = {
  xls: 'Excel 97-2003 (.xls)',
  et: 'WPS 表格 (.et)',
  ods: 'OpenDocument 表格 (.ods)',
};

/** The sentence for a reviewer without LibreOffice. */
export function noLibreOfficeMessage(name: string, format: ConvertedFormat): string {
  return (
    `${name} 是${FORMAT_NAME[format]}格式，需要 LibreOffice 转换后才能检查，但没有找到 LibreOffice（soffice）：` +
    '请安装 LibreOffice（Debian/Ubuntu：sudo apt-get install libreoffice-calc；Windows/Mac：从 https://zh-cn.libreoffice.org 下载），' +
    `或在 Excel/WPS 中把它另存为 .xlsx 后再检查 (${format}: install LibreOffice or save as .xlsx)`
  );
}

/** The absolute path of soffice (or libreoffice) on the given PATH, or null. */
export function findSoffice(pathEnv: string | undefined = process.env.PATH): string | null {
  if (!pathEnv) return null;
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of pathEnv.split(path.delimiter)) {
    if (!dir) continue;
    for (const n of names) {
      const candidate = path.join(dir, n);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        if (fs.statSync(candidate).isFile()) return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

export type ConvertResult = { ok: true; xlsx: string; cleanup: () => void } | { ok: false; error: string };

interface Outcome {
  code: number | null;
  timedOut: boolean;
  output: string;
  spawnError?: Error;
}

function runSoffice(soffice: string, args: string[], timeoutMs: number, env: NodeJS.ProcessEnv): Promise<Outcome> {
  return new Promise((resolve) => {
    let output = '';
    let timedOut = false;
    let settled = false;
    const child = spawn(soffice, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32', env });
    const keep = (b: Buffer) => {
      if (output.length < 4000) output += b.toString('utf8');
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const kill = () => {
      try {
        // soffice starts soffice.bin: end the whole process group it leads.
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    const done = (o: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(o);
    };
    child.on('error', (err) => done({ code: null, timedOut, output, spawnError: err }));
    child.on('close', (code) => {
      if (timedOut) kill();
      done({ code, timedOut, output });
    });
  });
}

/**
 * Converts `file` (shown to the reviewer as `name`) to .xlsx in a private temporary folder. On success
 * the caller reads `xlsx` and then calls `cleanup()`; on failure the folder is already removed.
 */
export async function convertToXlsx(file: string, name: string, format: ConvertedFormat, options: ConvertOptions = {}): Promise<ConvertResult> {
  const soffice = findSoffice(options.pathEnv ?? process.env.PATH);
  if (!soffice) return { ok: false, error: noLibreOfficeMessage(name, format) };
  const seconds = options.timeoutSeconds ?? DEFAULT_CONVERT_TIMEOUT_SECONDS;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-convert-'));
  const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    const inDir = path.join(dir, 'in');
    const outDir = path.join(dir, 'out');
    const profileDir = path.join(dir, 'profile');
    fs.mkdirSync(inDir);
    fs.mkdirSync(outDir);
    const copy = path.join(inDir, `input.${format}`);
    fs.copyFileSync(file, copy);
    const args = [
      '--headless',
      '--norestore',
      '--nolockcheck',
      `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
      `--infilter=${IMPORT_FILTER[format]}`,
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      copy,
    ];
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: options.pathEnv ?? process.env.PATH, HOME: dir };
    const r = await runSoffice(soffice, args, seconds * 1000, env);
    const xlsx = path.join(outDir, 'input.xlsx');
    if (r.timedOut) {
      cleanup();
      return { ok: false, error: `用 LibreOffice 转换 ${name} 超时（超过 ${seconds} 秒），未检查：文件可能过大或已损坏；可以用 --convert-timeout 延长时间，或在 Excel/WPS 中另存为 .xlsx 后再检查 (conversion timed out)` };
    }
    if (r.spawnError) {
      cleanup();
      return { ok: false, error: `无法启动 LibreOffice 转换 ${name}：${r.spawnError.message}；请在 Excel/WPS 中另存为 .xlsx 后再检查 (cannot start soffice)` };
    }
    if (!fs.existsSync(xlsx) || fs.statSync(xlsx).size === 0) {
      cleanup();
      const detail = r.output.replace(/\s+/g, ' ').trim().slice(0, 200);
      return {
        ok: false,
        error: `LibreOffice 无法转换 ${name}（文件可能已损坏，或不是${FORMAT_NAME[format]}文件）：请在 Excel/WPS 中打开，另存为 .xlsx 后再检查 (conversion failed${detail ? `: ${detail}` : ''})`,
      };
    }
    return { ok: true, xlsx, cleanup };
  } catch (err) {
    cleanup();
    return { ok: false, error: `转换 ${name} 时出错：${(err as Error).message}；请在 Excel/WPS 中另存为 .xlsx 后再检查 (conversion error)` };
  }
}
