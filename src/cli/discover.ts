/**
 * Turns the PATH arguments into the list of files to check: files as given, folders searched
 * recursively for workbooks (.xlsx, .xlsm, .xls, .et, .ods; sorted, Excel's lock files `~$*.xlsx` skipped). Anything that cannot be
 * checked becomes an entry with an error, so the report shows it instead of hiding it.
 */
import * as fs from 'fs';
import * as path from 'path';

export interface Input {
  /** The path as shown in the report: as given, or the folder as given joined with the relative path. */
  file: string;
  /** The absolute path to read. */
  abs: string;
  /** Set when the entry cannot be checked (missing path, empty folder, .xls in a folder …). */
  error?: string;
}

/** Read in a folder: .xlsx/.xlsm directly; .xls (binary, XML 2003 or an HTML table), .et and .ods by their content. */
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.et', '.ods']);

function isLockFile(name: string): boolean {
  return name.startsWith('~$');
}

function compareNames(a: string, b: string): number {
  // Code-point order (stable across locales); numbers inside names sort naturally (表2 before 表10).
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Every workbook under dir, recursively, sorted by relative path; hidden folders and lock files skipped. */
function walk(dir: string, shown: string, out: Input[], seen: Set<string>): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    return;
  }
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    out.push({ file: shown, abs: dir, error: `无法打开文件夹 (cannot read folder): ${(err as Error).message}` });
    return;
  }
  entries.sort((a, b) => compareNames(a.name, b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    const display = path.join(shown, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = fs.statSync(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // a dangling link
      }
    }
    if (isDir) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      walk(full, display, out, seen);
    } else if (isFile) {
      if (isLockFile(e.name)) continue;
      const ext = path.extname(e.name).toLowerCase();
      if (WORKBOOK_EXTENSIONS.has(ext)) out.push({ file: display, abs: full });
    }
  }
}

/** The files to check, in the order of the arguments; folders expanded. */
export function discoverInputs(paths: readonly string[], cwd: string): Input[] {
  const out: Input[] = [];
  const seenFiles = new Set<string>();
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      out.push({ file: p, abs, error: '文件或文件夹不存在，请检查路径是否正确 (no such file or folder)' });
      continue;
    }
    if (st.isDirectory()) {
      const found: Input[] = [];
      walk(abs, p, found, new Set());
      const workbooks = found.filter((f) => !f.error);
      if (workbooks.length === 0 && found.length === 0) {
        out.push({ file: p, abs, error: '文件夹中没有 .xlsx、.xls、.et 或 .ods 工作簿 (no workbook in this folder)' });
        continue;
      }
      for (const f of found) {
        const key = f.abs;
        if (seenFiles.has(key)) continue;
        seenFiles.add(key);
        out.push(f);
      }
    } else {
      if (seenFiles.has(abs)) continue;
      seenFiles.add(abs);
      out.push({ file: p, abs });
    }
  }
  return out;
}
