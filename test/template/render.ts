/**
 * Renders template workbooks with LibreOffice headless (soffice → PDF) and reads the PDFs with poppler
 * (pdfinfo, pdftotext -bbox, pdftoppm). Used by test/template/libreoffice.test.ts and
 * scripts/template-gallery.ts. Node only.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export function hasCommand(cmd: string): boolean {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

export function canRender(): { ok: true } | { ok: false; missing: string[] } {
  const missing = ['soffice', 'pdfinfo', 'pdftotext'].filter((c) => !hasCommand(c));
  return missing.length ? { ok: false, missing } : { ok: true };
}

/** Converts .xlsx files to PDF in `outDir` with one soffice run and a private profile (safe alongside others). */
export function convertToPdf(files: string[], outDir: string): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-lo-profile-'));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files],
      { stdio: 'pipe', timeout: 240_000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.pdf`));
}

export interface PdfInfo {
  pages: number;
  /** Points. */
  width: number;
  height: number;
}

export function pdfInfo(pdf: string): PdfInfo {
  const out = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

export interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word on every page with its box (points), from pdftotext -bbox. */
export function pdfWords(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const words: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (/<page /.test(line)) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] });
  }
  return words;
}

/** PNG pages at `dpi` next to the PDF (for looking at them). */
export function pdfToPng(pdf: string, dpi = 70): string[] {
  const prefix = pdf.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), pdf, prefix]);
  const dir = path.dirname(pdf);
  const base = path.basename(prefix);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => path.join(dir, f));
}
