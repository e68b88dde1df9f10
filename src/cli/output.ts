/**
 * Where a report may be written, and writing it so that an interrupted run leaves no half report: never
 * over a file being checked, never over a workbook (by extension or by content), an existing report only
 * with --force, and always through a temporary file in the same folder renamed into place.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Input } from './discover';

/** Extensions of workbooks: a report is never written to such a path. */
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xlsb', '.xls', '.xltx', '.xltm', '.xlt', '.et', '.ett', '.ods', '.ots', '.csv']);

function realOrResolved(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** True when the file starts like a workbook (zip or OLE/CFB container). */
function looksLikeWorkbook(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(4);
    const n = fs.readSync(fd, head, 0, 4, 0);
    if (n < 4) return false;
    return (head[0] === 0x50 && head[1] === 0x4b) || (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Why the report may not be written to `target` (shown as `shown`), or null when it may. Checked before
 * any file is read, so a long run is not wasted on an output that will be refused.
 */
export function refuseOutput(target: string, shown: string, inputs: readonly Input[], force: boolean): string | null {
  const real = realOrResolved(target);
  for (const input of inputs) {
    if (realOrResolved(input.abs) === real) {
      return `--output ${shown} 是要检查的文件之一，不能把报告写在它上面 (the report would overwrite an input file)`;
    }
  }
  const ext = path.extname(target).toLowerCase();
  if (WORKBOOK_EXTENSIONS.has(ext)) {
    return `--output ${shown}：报告不能保存为表格文件（${ext}），以免覆盖工作簿；请用 .txt、.json 或 .html (the report is never written to a workbook path)`;
  }
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(target);
  } catch {
    st = undefined;
  }
  if (st) {
    if (st.isDirectory()) return `--output ${shown} 是一个文件夹，请给出报告文件名 (output is a folder)`;
    if (looksLikeWorkbook(target)) {
      return `--output ${shown} 已存在，而且是一个工作簿或压缩包，不能覆盖（--force 也不行）(the existing file is a workbook)`;
    }
    if (!force) return `--output ${shown} 已存在，未覆盖；如需覆盖请加 --force (file exists)`;
  }
  return null;
}

/** Writes `content` to a temporary file beside `target` and renames it into place. */
export function writeAtomically(target: string, content: string): void {
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    fs.writeFileSync(temp, content, { encoding: 'utf8', flag: 'wx' });
    fs.renameSync(temp, target);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw err;
  }
}
