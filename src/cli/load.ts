/**
 * Reads one workbook for the command line, turning every way a file can be unreadable into one plain
 * Chinese sentence instead of an exception: missing, a folder, empty, an old .xls, an encrypted workbook
 * (both are OLE/CFB containers: D0 CF 11 E0), a text/CSV file renamed .xlsx, a corrupt or truncated zip,
 * a zip that is no workbook. The format is recognised from the content (src/reader): .xlsx, XML
 * Spreadsheet 2003 and HTML tables are read, whatever the file's extension; old binary .xls, WPS .et and
 * .ods are converted to .xlsx with LibreOffice when it is installed (convert.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import type { Grid } from '../core/grid';
import { NOT_A_WORKBOOK, detectFormat, type WorkbookFormat as ReadFormat } from '../reader/detect';
import { CellBudgetExceeded, readXlsx, type ReadLimits } from '../reader/xlsx';
import { readXml2003 } from '../reader/xml2003';
import { useFastInflate } from '../reader/zip';
import type { ConvertOptions, ConvertedFormat } from './convert';

/** Larger files are not read: a 项目支出绩效目标表 workbook is well under 1 MB. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * The reader's cap: the rows and columns the checker looks at (src/cli/run.ts MAX_CHECK_ROWS/COLS). A sheet
 * is not inflated past it; the grid's `truncated` says it was cut.
 */
export const READ_LIMITS: ReadLimits = { maxRows: 2000, maxCols: 100 };

// A workbook's parts are inflated by zlib (native) rather than fflate's JavaScript where they are small
// enough to be inflated in one call: the same bytes, ≈15 ms less CPU per 200-sheet workbook.
useFastInflate((input, maxOutput) => zlib.inflateRawSync(input, { maxOutputLength: maxOutput }));

/** What a file was read as (the JSON report's `format`): read natively, or converted with LibreOffice. */
export type WorkbookFormat = ReadFormat | ConvertedFormat;

export type LoadResult =
  | { ok: true; grids: Grid[]; format: WorkbookFormat }
  | { ok: false; error: string; format?: WorkbookFormat; /** More cells than options.maxCells: not read. */ overBudget?: true };

export interface LoadOptions {
  /** Cells the whole workbook may hold (ReadLimits.maxCells); past it the result is `overBudget`. */
  maxCells?: number;
  /** Rows and columns read per sheet (default READ_LIMITS). */
  limits?: ReadLimits;
  /** How .xls/.et/.ods are converted with LibreOffice (timeout, PATH). */
  convert?: ConvertOptions;
  /** The file's name in messages (default: its base name). */
  name?: string;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/**
 * An OpenDocument spreadsheet: a zip whose first entry is the uncompressed `mimetype` file (ODF 1.2
 * §3.3 puts it there so that the type can be told from the first bytes).
 */
export function isOds(buf: Buffer): boolean {
  if (!startsWith(buf, ZIP_SIGNATURE) || buf.length < 30) return false;
  const nameLength = buf.readUInt16LE(26);
  const extraLength = buf.readUInt16LE(28);
  if (buf.subarray(30, 30 + nameLength).toString('latin1') !== 'mimetype') return false;
  const start = 30 + nameLength + extraLength;
  return buf.subarray(start, start + ODS_MIMETYPE.length).toString('latin1') === ODS_MIMETYPE;
}

/** A CFB (OLE) file that LibreOffice can convert: not encrypted; .et by its extension, else .xls. */
function convertibleCfb(buf: Buffer, file: string): ConvertedFormat | null {
  if (!startsWith(buf, CFB_SIGNATURE) || isEncryptedPackage(buf)) return null;
  return path.extname(file).toLowerCase() === '.et' ? 'et' : 'xls';
}

function startsWith(buf: Buffer, sig: number[]): boolean {
  if (buf.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (buf[i] !== sig[i]) return false;
  return true;
}

/** A CFB container holding an encrypted OOXML package has an "EncryptedPackage" (and "EncryptionInfo") stream. */
function isEncryptedPackage(buf: Buffer): boolean {
  return buf.includes(Buffer.from('EncryptedPackage', 'utf16le')) || buf.includes(Buffer.from('EncryptionInfo', 'utf16le'));
}

/** Mostly printable text in the first bytes (UTF-8, GBK or UTF-16 with a BOM): a CSV or text file, not a zip. */
function looksLikeText(buf: Buffer): boolean {
  const head = buf.subarray(0, Math.min(buf.length, 4096));
  if (head.length === 0) return false;
  if (head[0] === 0xff && head[1] === 0xfe) return true;
  if (head[0] === 0xfe && head[1] === 0xff) return true;
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control++;
  }
  return control / head.length < 0.02;
}

function looksLikeHtml(buf: Buffer): boolean {
  const head = buf.subarray(0, 512).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml') || head.startsWith('<table');
}

/** Classifies a file by its first bytes; returns the sentence to show, or null when it may be a workbook. */
export function sniff(buf: Buffer, file: string): string | null {
  const ext = path.extname(file).toLowerCase();
  if (buf.length === 0) return '文件是空的（0 字节），不是有效的 .xlsx 工作簿 (empty file)';
  if (startsWith(buf, CFB_SIGNATURE)) {
    if (isEncryptedPackage(buf)) {
      return '工作簿设置了打开密码（已加密），无法读取：请在 Excel 中去掉密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后保存再检查 (password-protected workbook)';
    }
    if (ext === '.xls' || ext === '.xlsx' || ext === '.xlsm') {
      return '这是旧版 Excel 97-2003 (.xls) 格式，无法读取：请在 Excel 或 WPS 中打开，另存为 .xlsx 后再检查 (old binary .xls format: save as .xlsx)';
    }
    return '这是 OLE 复合文档（旧版 Office 或 WPS 格式），不是 .xlsx：请另存为 .xlsx 后再检查 (OLE/CFB file, not .xlsx)';
  }
  if (startsWith(buf, EMPTY_ZIP_SIGNATURE)) return '这是一个空的 zip 压缩包，不是 Excel 工作簿 (empty zip archive)';
  if (startsWith(buf, ZIP_SIGNATURE)) return null;
  if (detectFormat(buf)) return null; // XML Spreadsheet 2003 or an HTML table
  if (looksLikeHtml(buf)) {
    return '这是网页/XML 文件，但既不是 Excel 2003 XML 表格，也没有表格：请在 Excel 中打开并另存为 .xlsx 后再检查 (HTML/XML file that is no spreadsheet)';
  }
  if (looksLikeText(buf)) {
    return '这是文本文件（如 CSV），只是扩展名为 .xlsx：请在 Excel 中打开并另存为 Excel 工作簿 (.xlsx) 后再检查 (text/CSV file, not .xlsx)';
  }
  return '不是有效的 .xlsx 文件（文件开头不是 zip 格式），可能已损坏：请在 Excel 中打开并另存为 .xlsx 后再检查 (not an .xlsx file)';
}

/** Turns an exception from the reader into a sentence. */
export function describeReadError(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  if (/DOCTYPE|ENTITY/.test(msg)) {
    return `文件中含有 DTD/实体声明（可能是恶意构造的文件），为安全起见不予读取：请在 Excel 中打开并另存为 .xlsx 后再检查 (DOCTYPE/entity declarations refused: ${msg})`;
  }
  if (/too large|more than \d+ (?:MB|characters)/.test(msg)) {
    return `文件解压后过大（可能是“压缩炸弹”），未读取：请确认是否选错了文件 (refused as too large: ${msg})`;
  }
  if (/\.xlsb/.test(msg)) {
    return `这是 Excel 二进制工作簿 (.xlsb)，无法读取：请在 Excel 中另存为 .xlsx 后再检查 (Excel binary workbook: ${msg})`;
  }
  if (/OpenDocument/.test(msg)) {
    return `这是 OpenDocument 表格 (.ods)，不是 .xlsx：请在 WPS、LibreOffice 或 Excel 中另存为 .xlsx 后再检查 (OpenDocument spreadsheet: ${msg})`;
  }
  if (/no workbook part|holds no files/.test(msg)) {
    return `这是一个 zip 压缩包，但其中没有 Excel 工作簿（缺少 xl/workbook.xml），不是有效的 .xlsx (zip without a workbook: ${msg})`;
  }
  if (/HTML page holds no table/.test(msg)) {
    return `这是网页文件，但其中没有表格，不是系统导出的报表 (HTML page without a table: ${msg})`;
  }
  if (/malformed XML|XML Spreadsheet/.test(msg)) {
    return `文件内容不是完整的 XML（可能在下载或复制时被截断）：请向报送单位重新索取文件 (malformed or truncated XML: ${msg})`;
  }
  if (/end of central directory|Corrupted zip|unexpected signature|invalid (?:stored|distance|block|code)|size mismatch|unexpected end|CRC32|Invalid or unsupported zip|zip/i.test(msg)) {
    return `文件已损坏或不完整（zip 结构无法读取），可能是下载或复制时中断：请向报送单位重新索取文件 (corrupt or truncated .xlsx: ${msg})`;
  }
  return `无法读取该工作簿，文件可能已损坏：请在 Excel 中打开并另存为 .xlsx 后再检查 (unreadable workbook: ${msg})`;
}

/** Converts an .xls/.et/.ods with LibreOffice and reads the result as .xlsx; never throws. */
async function loadConverted(file: string, format: ConvertedFormat, options: LoadOptions): Promise<LoadResult> {
  const name = options.name ?? path.basename(file);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded when first needed, see readAnyWorkbook
  const { convertToXlsx } = require('./convert') as typeof import('./convert');
  const converted = await convertToXlsx(file, name, format, options.convert);
  if (!converted.ok) return { ok: false, error: converted.error, format };
  try {
    const read = await loadWorkbook(converted.xlsx, { ...options, name });
    if (read.ok) return { ...read, format };
    return { ok: false, error: `${name}（LibreOffice 转换后）：${read.error}`, format, ...(read.overBudget ? { overBudget: true as const } : {}) };
  } finally {
    converted.cleanup();
  }
}

/**
 * src/reader's readWorkbook, loading the HTML reader (htmlparser2 and its entity tables: ~10 ms to start
 * in each worker) and the LibreOffice conversion (child_process) only for the files that need them.
 * require rather than import(): esbuild makes either a lazily initialised module of the bundle, and the
 * unbundled worker (worker.ts through tsx's require hook, in the tests) cannot import() a .ts file.
 */
async function readAnyWorkbook(data: Uint8Array, limits: ReadLimits): Promise<{ format: ReadFormat; grids: Grid[] }> {
  const format = detectFormat(data);
  switch (format) {
    case 'xlsx':
      return { format, grids: readXlsx(data, limits) };
    case 'xml2003':
      return { format, grids: readXml2003(data, limits) };
    case 'html':
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded when first needed
      return { format, grids: (require('../reader/html') as typeof import('../reader/html')).readHtmlTables(data, limits) };
    default:
      throw new Error(NOT_A_WORKBOOK);
  }
}

/** Reads a workbook (at most `options.limits` rows and columns a sheet); never throws. */
export async function loadWorkbook(file: string, options: LoadOptions = {}): Promise<LoadResult> {
  const base = options.limits ?? READ_LIMITS;
  const limits = options.maxCells !== undefined ? { ...base, maxCells: options.maxCells } : base;
  let buf: Buffer;
  try {
    // Synchronous on purpose: this runs in a worker thread that checks one file at a time, and the
    // promise API costs a thread-pool round trip per step (stat, open, fstat, read, close).
    const st = fs.statSync(file);
    if (st.isDirectory()) return { ok: false, error: '这是一个文件夹，不是文件 (a folder)' };
    if (st.size > MAX_FILE_BYTES) {
      const size = (st.size / 1048576).toFixed(0);
      return { ok: false, error: `文件过大（${size} MB，超过 ${MAX_FILE_BYTES / 1048576} MB），未检查：绩效目标表工作簿通常不到 1 MB，请确认是否选错了文件 (file too large)` };
    }
    buf = fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, error: '文件不存在，请检查路径是否正确 (file not found)' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, error: '没有读取该文件的权限 (permission denied)' };
    if (code === 'EBUSY') return { ok: false, error: '文件正被其他程序占用（可能在 Excel 中打开着），请关闭后再检查 (file busy)' };
    return { ok: false, error: `无法读取文件 (cannot read file): ${(err as Error).message}` };
  }
  const convertible = convertibleCfb(buf, file) ?? (isOds(buf) ? 'ods' : null);
  if (convertible) return loadConverted(file, convertible, options);
  const sniffed = sniff(buf, file);
  if (sniffed) return { ok: false, error: sniffed };
  let grids: Grid[];
  let format: WorkbookFormat;
  try {
    ({ grids, format } = await readAnyWorkbook(buf, limits));
  } catch (err) {
    // An .ods whose `mimetype` is not the first entry: the reader tells it from its parts; convert it too.
    if (err instanceof Error && /OpenDocument/.test(err.message)) return loadConverted(file, 'ods', options);
    if (err instanceof CellBudgetExceeded) return { ok: false, error: err.message, overBudget: true };
    return { ok: false, error: describeReadError(err) };
  }
  if (grids.length === 0) {
    return { ok: false, error: '压缩包中没有任何工作表，不是 Excel 工作簿（或工作簿已损坏）(no worksheet in the file)' };
  }
  return { ok: true, grids, format };
}

/** True when no sheet of the workbook holds a single non-blank cell. */
export function isEmptyWorkbook(grids: readonly Grid[]): boolean {
  for (const g of grids) {
    for (const row of g.rows) {
      if (!row) continue;
      for (const v of row) {
        if (v === null || v === undefined) continue;
        if (typeof v === 'string' && v.trim() === '') continue;
        return false;
      }
    }
  }
  return true;
}
