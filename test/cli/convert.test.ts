/**
 * Old .xls, .et and .ods through LibreOffice: real files made here by converting the seed workbook with
 * soffice (skipped, saying why, when LibreOffice is not installed), a conversion that times out (a fake
 * soffice on PATH that sleeps), a corrupt .xls, no LibreOffice at all, an encrypted workbook.
 */
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { findSoffice } from '../../src/cli/convert';
import { OFFICIAL, cfbBytes, run, tmpDir } from './support';

jest.setTimeout(240000);

const SOFFICE = findSoffice(process.env.PATH);
if (!SOFFICE) console.warn('LibreOffice (soffice) is not on PATH: skipping the real .xls/.et/.ods conversion tests');
const itSoffice = SOFFICE ? it : it.skip;

type Doc = { files: Array<{ file: string; format?: string; error?: string; sheets: Array<{ kind: string; findings: Array<{ rule: string; cell: string }> }> }> };
const parse = (s: string) => JSON.parse(s) as Doc;

/** A live process (not gone, not a zombie waiting for its new parent to reap it). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

let dir: string;
const env = () => ({ PATH: process.env.PATH });

beforeAll(() => {
  dir = tmpDir('jixiao-convert-');
  fs.copyFileSync(OFFICIAL, path.join(dir, 'seed.xlsx'));
  if (SOFFICE) {
    // The seed saved as .xls and .ods by LibreOffice itself, as a unit would send them.
    for (const to of ['xls', 'ods']) {
      const r = spawnSync(SOFFICE, ['--headless', '--norestore', `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--convert-to', to, '--outdir', path.join(dir, 'made'), path.join(dir, 'seed.xlsx')], { encoding: 'utf8', timeout: 120000 });
      if (r.status !== 0) throw new Error(`soffice --convert-to ${to} failed: ${r.stderr}`);
    }
    fs.copyFileSync(path.join(dir, 'made/seed.xls'), path.join(dir, '旧表.xls'));
    fs.copyFileSync(path.join(dir, 'made/seed.xls'), path.join(dir, 'WPS表.et'));
    fs.copyFileSync(path.join(dir, 'made/seed.ods'), path.join(dir, '开放表.ods'));
  }
  fs.writeFileSync(path.join(dir, '坏.xls'), cfbBytes('Root Entry', 'Workbook', '\u0005SummaryInformation'));
  fs.writeFileSync(path.join(dir, '加密.xls'), cfbBytes('Root Entry', 'EncryptionInfo', 'EncryptedPackage'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('LibreOffice conversion', () => {
  itSoffice('.xls, .et and .ods made from the seed: read as such (format), the same sheets and findings as the .xlsx', async () => {
    const before = ['旧表.xls', 'WPS表.et', '开放表.ods'].map((n) => fs.readFileSync(path.join(dir, n)));
    const r = await run(['check', 'seed.xlsx', '旧表.xls', 'WPS表.et', '开放表.ods', '--format', 'json', '-q'], { cwd: dir, env: env() });
    const doc = parse(r.stdout);
    expect(doc.files.map((f) => [f.file, f.format, f.error])).toEqual([
      ['seed.xlsx', 'xlsx', undefined],
      ['旧表.xls', 'xls', undefined],
      ['WPS表.et', 'et', undefined],
      ['开放表.ods', 'ods', undefined],
    ]);
    const shape = (f: Doc['files'][number]) => f.sheets.map((s) => [s.kind, s.findings.map((x) => `${x.rule}@${x.cell}`).sort()]);
    for (const f of doc.files.slice(1)) expect(shape(f)).toEqual(shape(doc.files[0]));
    // The originals are untouched and nothing is left beside them.
    ['旧表.xls', 'WPS表.et', '开放表.ods'].forEach((n, i) => expect(fs.readFileSync(path.join(dir, n)).equals(before[i])).toBe(true));
    expect(fs.readdirSync(dir).filter((n) => /input|\.xlsx$/.test(n) && n !== 'seed.xlsx')).toEqual([]);
  });

  itSoffice('a corrupt .xls: one line naming the file, not a sheet of binary noise', async () => {
    const r = await run(['check', '坏.xls', 'seed.xlsx', '--format', 'json', '-q'], { cwd: dir, env: env() });
    const doc = parse(r.stdout);
    expect(doc.files[0].format).toBe('xls');
    expect(doc.files[0].error).toMatch(/^LibreOffice 无法转换 坏\.xls（文件可能已损坏/);
    expect(doc.files[1].error).toBeUndefined();
    expect(r.code).toBe(3);
  });

  it('a conversion that times out (a soffice that sleeps): the file named, the run goes on', async () => {
    const fake = path.join(dir, 'fake-bin');
    fs.mkdirSync(fake, { recursive: true });
    const pidFile = path.join(fake, 'sleeping.pid');
    fs.writeFileSync(path.join(fake, 'soffice'), `#!/bin/sh\nsleep 300 &\necho $! > '${pidFile}'\nwait\n`, { mode: 0o755 });
    const r = await run(['check', '坏.xls', 'seed.xlsx', '--format', 'json', '--convert-timeout', '1', '-q'], { cwd: dir, env: { PATH: `${fake}:/usr/bin:/bin` } });
    const doc = parse(r.stdout);
    expect(doc.files[0].error).toMatch(/^用 LibreOffice 转换 坏\.xls 超时（超过 1 秒）/);
    expect(doc.files[1].error).toBeUndefined();
    // The sleeping soffice's whole process group was stopped, not left behind.
    const pid = Number(fs.readFileSync(pidFile, 'utf8'));
    expect(running(pid)).toBe(false);
  });

  it('without LibreOffice: one line saying what to install or to save as .xlsx', async () => {
    const r = await run(['check', '坏.xls', 'seed.xlsx', '--format', 'json', '-q'], { cwd: dir, env: { PATH: '/nonexistent' } });
    const doc = parse(r.stdout);
    expect(doc.files[0].error).toMatch(/^坏\.xls 是Excel 97-2003 \(\.xls\)格式，需要 LibreOffice.*apt-get install libreoffice-calc.*另存为 \.xlsx/);
  });

  it('an encrypted workbook still says it has a password (never sent to LibreOffice)', async () => {
    const r = await run(['check', '加密.xls', '--format', 'json'], { cwd: dir, env: { PATH: '/nonexistent' } });
    expect(parse(r.stdout).files[0].error).toMatch(/密码/);
  });
});

describe('an .ods whose mimetype is not the first entry', () => {
  itSoffice('is still recognised (by its parts) and converted', async () => {
    // Re-zip LibreOffice's .ods with `mimetype` last: the first-bytes test misses it, the reader names it.
    const { unzipSync, zipSync } = await import('fflate');
    const parts = unzipSync(new Uint8Array(fs.readFileSync(path.join(dir, '开放表.ods'))));
    const { mimetype, ...rest } = parts;
    fs.writeFileSync(path.join(dir, 'reordered.ods'), zipSync({ ...rest, mimetype }));
    const r = await run(['check', 'reordered.ods', '--format', 'json', '-q'], { cwd: dir, env: env() });
    const f = parse(r.stdout).files[0];
    expect([f.format, f.error]).toEqual(['ods', undefined]);
    expect(f.sheets.filter((s) => s.kind === 'target-table')).toHaveLength(15);
  });
});
