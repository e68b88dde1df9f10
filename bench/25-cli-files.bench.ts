/**
 * The shipped command line over many files and over a compression bomb, each a fresh process:
 * 1,000 copies of the seed workbook with --jobs 1 and --jobs 2 (files per second, the speed-up), and a
 * folder holding a 7 MB workbook whose sheet inflates to ~2 GB beside good files (time, peak RSS of the
 * whole process, the bomb's sheet/too-large finding, the good files reported). Figures only.
 */
import * as fs from 'fs';
import * as path from 'path';
import { repeatedXlsx } from '../test/support/reader/bomb';
import { TRANSITIONAL } from '../test/support/reader/xlsx-parts';
import { row, tempDir } from './support/measure';
import { spawnSync } from 'child_process';
import { findSoffice } from '../src/cli/convert';
import { SEED, jixiao } from './support/cli';

export const title = 'cli: .xls/.ods via LibreOffice beside .xlsx; the 7 MB / 2 GB bomb beside good files; 1,000 seed workbooks (--jobs 1, --jobs 2)';

const COPIES = Number(process.env.BENCH_COPIES ?? 1000);

type Doc = { files: Array<{ file: string; error?: string; sheets: Array<{ findings: Array<{ rule: string }> }> }>; summary: { files: number; unreadable: number } };

async function manyCopies(dir: string): Promise<void> {
  const folder = path.join(dir, 'copies');
  fs.mkdirSync(folder);
  for (let i = 1; i <= COPIES; i++) fs.copyFileSync(SEED, path.join(folder, `${String(i).padStart(4, '0')}.xlsx`));
  await jixiao(['check', path.join(folder, '0001.xlsx'), '-q']); // warm the bundle and the disk cache
  const rates: number[] = [];
  for (const jobs of [1, 2]) {
    const r = await jixiao(['check', folder, '--format', 'json', '--jobs', String(jobs), '--output', path.join(dir, `r${jobs}.json`), '--force', '-q']);
    const doc = JSON.parse(fs.readFileSync(path.join(dir, `r${jobs}.json`), 'utf8')) as Doc;
    const rate = doc.summary.files / (r.ms / 1000);
    rates.push(rate);
    row(`${COPIES} seed workbooks, --jobs ${jobs}`, `${rate.toFixed(1)} files/s`, `${(r.ms / 1000).toFixed(1)} s wall, cpu ${(r.cpuMs / 1000).toFixed(1)} s, peak RSS ${r.maxRssMb.toFixed(0)} MB, ${doc.summary.unreadable} unreadable, exit ${r.code}`);
  }
  row('speed-up of --jobs 2', `${(rates[1] / rates[0]).toFixed(2)}×`, '(2 cores shared with other work: see the load average)');
}

async function bomb(dir: string): Promise<void> {
  const folder = path.join(dir, 'bomb');
  fs.mkdirSync(folder);
  const cells = '<c t="inlineStr"><is><t>数据</t></is></c><c><v>1</v></c><c><v>2</v></c>';
  const b = repeatedXlsx({
    head: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${TRANSITIONAL.main}"><dimension ref="A1:C1048576"/><sheetData>`,
    repeat: `<row>${cells}</row>`.repeat(5000),
    times: 5000,
    tail: '</sheetData></worksheet>',
  });
  fs.writeFileSync(path.join(folder, '2-bomb.xlsx'), b.data);
  for (const n of ['1-good.xlsx', '3-good.xlsx']) fs.copyFileSync(SEED, path.join(folder, n));
  row('bomb workbook', `${(b.data.length / 1048576).toFixed(1)} MB`, `its sheet inflates to ${(b.inflatedBytes / 1073741824).toFixed(2)} GB`);
  const r = await jixiao(['check', folder, '--format', 'json', '-q']);
  const doc = JSON.parse(r.stdout) as Doc;
  const bombEntry = doc.files.find((f) => f.file.endsWith('2-bomb.xlsx'));
  const tooLarge = bombEntry?.sheets.some((s) => s.findings.some((f) => f.rule === 'sheet/too-large'));
  const good = doc.files.filter((f) => f.file.includes('good') && !f.error).length;
  row('bomb + 2 good files: wall', `${(r.ms / 1000).toFixed(2)} s`, 'goal < 2 s');
  row('bomb + 2 good files: peak RSS (all threads)', `${r.maxRssMb.toFixed(0)} MB`, 'goal < 200 MB');
  row('bomb reported', bombEntry?.error ? 'error' : tooLarge ? 'sheet/too-large' : 'other', bombEntry?.error ?? '');
  row('good files reported', `${good} of 2`, `exit ${r.code}`);
}

/** The seed as .xls and .ods (saved by LibreOffice): one check each beside the .xlsx (the conversion's cost). */
async function converted(dir: string): Promise<void> {
  const soffice = findSoffice(process.env.PATH);
  if (!soffice) {
    row('.xls / .ods through LibreOffice', 'skipped', 'soffice is not on PATH');
    return;
  }
  const folder = path.join(dir, 'formats');
  fs.mkdirSync(folder);
  fs.copyFileSync(SEED, path.join(folder, 'seed.xlsx'));
  for (const to of ['xls', 'ods']) {
    spawnSync(soffice, ['--headless', '--norestore', `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--convert-to', to, '--outdir', folder, path.join(folder, 'seed.xlsx')], { timeout: 120000 });
  }
  for (const name of ['seed.xlsx', 'seed.xls', 'seed.ods']) {
    const r = await jixiao(['check', path.join(folder, name), '--format', 'json', '-q']);
    const doc = JSON.parse(r.stdout) as { files: Array<{ format?: string; error?: string }> };
    row(`check ${name} (one fresh process)`, `${(r.ms / 1000).toFixed(2)} s`, `read as ${doc.files[0].format}${doc.files[0].error ? `, error: ${doc.files[0].error}` : ''}; peak RSS ${r.maxRssMb.toFixed(0)} MB (soffice not counted)`);
  }
}

export async function run(): Promise<void> {
  const dir = tempDir('jixiao-bench-files-');
  try {
    await converted(dir);
    await bomb(dir);
    await manyCopies(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
