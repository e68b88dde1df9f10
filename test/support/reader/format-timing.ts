/**
 * Figures for `npm run bench` (the bench files are the cli helper's; they can call this): the time per
 * file the reader takes for each format beside .xlsx, the exceljs load of the same .xlsx, and the 1 GB
 * compression bomb read under the command line's cap (time, inflated bytes, heap growth).
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../../src/reader';
import { repeatedXlsx } from './bomb';
import { TRANSITIONAL } from './xlsx-parts';

const ROOT = path.resolve(__dirname, '..', '..', '..');

export interface FormatFigure {
  label: string;
  /** Median milliseconds per read. */
  ms: number;
  bytes: number;
  note?: string;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(rounds: number, fn: () => unknown): number {
  fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return median(out);
}

async function timeAsync(rounds: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const out: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return median(out);
}

/** An HTML-table export of the seed's first table: the official .xlsx's first target sheet as <table>. */
function htmlOfOfficial(): Uint8Array {
  const { grids } = readWorkbook(fs.readFileSync(path.join(ROOT, 'examples', 'pingyin-2024-official.xlsx')));
  const g = grids[1];
  const rows = g.rows.map((r) => `<tr>${r.map((v) => `<td>${v === null ? '' : String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</td>`).join('')}</tr>`).join('\n');
  return new TextEncoder().encode(`<html><head><meta charset="utf-8"></head><body><table>${rows}</table></body></html>`);
}

export async function formatFigures(rounds = 20): Promise<FormatFigure[]> {
  const cap = { maxRows: 2000, maxCols: 100 };
  const out: FormatFigure[] = [];
  const xlsx = fs.readFileSync(path.join(ROOT, 'examples', 'pingyin-2024-official.xlsx'));
  out.push({ label: '.xlsx (16 sheets): reader', ms: time(rounds, () => readWorkbook(xlsx, cap)), bytes: xlsx.length });
  out.push({
    label: '.xlsx (16 sheets): exceljs load',
    ms: await timeAsync(rounds, async () => new ExcelJS.Workbook().xlsx.load(xlsx as unknown as ArrayBuffer)),
    bytes: xlsx.length,
  });
  for (const province of ['guangxi', 'shanxi', 'hubei']) {
    const xml = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'ifmis', `${province}.xls`));
    out.push({ label: `XML Spreadsheet 2003 (${province}.xls): reader`, ms: time(rounds, () => readWorkbook(xml, cap)), bytes: xml.length });
  }
  const html = htmlOfOfficial();
  out.push({ label: 'HTML table (.xls): reader', ms: time(rounds, () => readWorkbook(html, cap)), bytes: html.length });

  const bomb = repeatedXlsx({
    head: `<worksheet xmlns="${TRANSITIONAL.main}"><dimension ref="A1:B1048576"/><sheetData>`,
    repeat: '<row><c t="inlineStr"><is><t>数据</t></is></c><c><v>1</v></c></row>'.repeat(1000),
    times: 15500,
    tail: '</sheetData></worksheet>',
  });
  const stats = { inflatedBytes: 0 };
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  readWorkbook(bomb.data, { ...cap, stats });
  const ms = performance.now() - t0;
  const heap = process.memoryUsage().heapUsed - heap0;
  out.push({
    label: `bomb: ${(bomb.data.length / 1048576).toFixed(1)} MB zip, sheet of ${(bomb.inflatedBytes / 1048576).toFixed(0)} MB`,
    ms,
    bytes: bomb.data.length,
    note: `inflated ${(stats.inflatedBytes / 1048576).toFixed(0)} MB; heap +${(heap / 1048576).toFixed(0)} MB`,
  });
  return out;
}
