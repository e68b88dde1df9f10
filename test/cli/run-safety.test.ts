/**
 * No run is ever lost, and no workbook is ever overwritten: a file that exhausts its worker's memory is
 * reported and the others are checked; --jobs does not change the report; --output refuses inputs,
 * workbooks and (without --force) existing reports; exit status 3 when some files could not be read.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { OFFICIAL, run, tmpDir, writeWorkbook } from './support';
import { checkInputs } from '../../src/cli/run';
import { closeIdleWorkers, workersStarted } from '../../src/cli/pool';
import { BUILTIN_PROFILES } from '../../src/core/profile';

jest.setTimeout(120000);

let dir: string;

beforeAll(async () => {
  dir = tmpDir('jixiao-safety-');
  for (const n of ['a.xlsx', 'b-blowup.xlsx', 'c.xlsx', 'd.xlsx', 'e.xlsx']) fs.copyFileSync(OFFICIAL, path.join(dir, n));
  await writeWorkbook(path.join(dir, 'c.xlsx'), (wb) => {
    wb.addWorksheet('说明').getCell('A1').value = '这里没有绩效目标表';
  });
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const json = (stdout: string) => JSON.parse(stdout) as { files: Array<{ file: string; error?: string; sheets: unknown[] }>; summary: { unreadable: number; errors: number } };

describe('each file in isolation', () => {
  it('a file that exhausts the worker heap gets its one line; the files after it are still checked', async () => {
    const r = await run(['check', '.', '--format', 'json', '--memory-limit', '96', '--jobs', '2', '-q'], { cwd: dir, env: { JIXIAO_TEST_WORKER_ALLOCATE: 'blowup' } });
    const doc = json(r.stdout);
    expect(doc.files.map((f) => f.file)).toEqual(['a.xlsx', 'b-blowup.xlsx', 'c.xlsx', 'd.xlsx', 'e.xlsx']);
    expect(doc.files[1].error).toMatch(/内存超过上限（96 MB）.*out of memory/);
    for (const i of [0, 2, 3, 4]) expect(doc.files[i].error).toBeUndefined();
    expect(doc.files[3].sheets).toHaveLength(16);
    expect(doc.summary.unreadable).toBe(1);
    expect(r.code).toBe(doc.summary.errors > 0 ? 1 : 3);
  });

  it('a worker that exits in the middle of a file, and a file that never finishes (--file-timeout): each its own line, the rest checked', async () => {
    const r = await run(['check', 'a.xlsx', 'b-blowup.xlsx', 'c.xlsx', 'd.xlsx', '--format', 'json', '--jobs', '1', '--file-timeout', '5', '-q'], {
      cwd: dir,
      env: { JIXIAO_TEST_WORKER_EXIT: 'blowup', JIXIAO_TEST_WORKER_HANG: 'c.xlsx' },
    });
    const doc = json(r.stdout);
    expect(doc.files.map((f) => f.error === undefined)).toEqual([true, false, false, true]);
    expect(doc.files[1].error).toMatch(/检查进程意外退出.*exit 70/);
    expect(doc.files[2].error).toMatch(/超过 5 秒仍未完成/);
    expect(doc.files[3].sheets).toHaveLength(16);
    expect(r.code).toBe(3);
  });

  it('the same run with one job: the same report', async () => {
    const env = { JIXIAO_TEST_WORKER_ALLOCATE: 'blowup' };
    const one = await run(['check', '.', '--format', 'json', '--memory-limit', '96', '--jobs', '1', '-q'], { cwd: dir, env });
    const two = await run(['check', '.', '--format', 'json', '--memory-limit', '96', '--jobs', '2', '-q'], { cwd: dir, env });
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
  });

  it('--jobs 3 over many files: the report is in input order and equal to --jobs 1', async () => {
    const many = path.join(dir, 'many');
    fs.mkdirSync(many, { recursive: true });
    for (let i = 1; i <= 9; i++) fs.copyFileSync(i % 3 === 0 ? path.join(dir, 'c.xlsx') : OFFICIAL, path.join(many, `表${i}.xlsx`));
    fs.writeFileSync(path.join(many, '表5.xlsx'), 'not,a,workbook\n');
    const one = await run(['check', 'many', '--format', 'json', '--jobs', '1', '-q'], { cwd: dir });
    const three = await run(['check', 'many', '--format', 'json', '--jobs', '3', '-q'], { cwd: dir });
    expect(json(one.stdout).files.map((f) => f.file)).toEqual(Array.from({ length: 9 }, (_, i) => path.join('many', `表${i + 1}.xlsx`)));
    expect(three.stdout).toBe(one.stdout);
  });

  it('--jobs must be a whole number', async () => {
    for (const bad of ['0', '-1', 'x', '1.5']) {
      const r = await run(['check', 'a.xlsx', `--jobs=${bad}`], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--jobs 的值/);
    }
  });
});

describe('exit status', () => {
  it('3: the run finished, no error finding, but a file could not be read (a note on stderr)', async () => {
    fs.writeFileSync(path.join(dir, 'broken.xlsx'), 'PK\u0003\u0004 not really');
    const r = await run(['check', 'c.xlsx', 'broken.xlsx'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/1 个文件无法检查/);
    const quiet = await run(['check', 'c.xlsx', 'broken.xlsx', '-q'], { cwd: dir });
    expect(quiet.code).toBe(3);
    expect(quiet.stderr).toBe('');
  });

  it('1 wins over 3: an error finding in one file, another unreadable', async () => {
    // The seed with its 年度预算资金总额 changed so that the funds no longer add up (an error finding).
    const wb = path.join(dir, 'with-error.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(OFFICIAL);
    book.worksheets[1].getCell('C5').value = 900;
    await book.xlsx.writeFile(wb);
    const alone = await run(['check', 'with-error.xlsx', '--format', 'json'], { cwd: dir });
    expect(json(alone.stdout).summary.errors).toBeGreaterThan(0);
    expect(alone.code).toBe(1);
    const r = await run(['check', 'with-error.xlsx', 'broken.xlsx', '-q'], { cwd: dir });
    expect(r.code).toBe(1);
  });

  it('2: nothing could be read', async () => {
    expect((await run(['check', 'broken.xlsx'], { cwd: dir })).code).toBe(2);
  });
});

describe('--output never destroys a workbook or a report', () => {
  it('onto an input file: refused before anything is checked, the workbook untouched', async () => {
    const before = fs.readFileSync(path.join(dir, 'a.xlsx'));
    for (const out of ['a.xlsx', './a.xlsx', path.join(dir, 'a.xlsx')]) {
      const r = await run(['check', 'a.xlsx', '--output', out, '--force'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/是要检查的文件之一/);
    }
    // An input found inside a folder counts too.
    const r = await run(['check', '.', '--output', 'many/表1.xlsx', '--force'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(fs.readFileSync(path.join(dir, 'a.xlsx')).equals(before)).toBe(true);
  });

  it('onto any workbook path (even new), or an existing workbook under another name: refused, --force or not', async () => {
    const r1 = await run(['check', 'a.xlsx', '-o', '报告.xlsx'], { cwd: dir });
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/不能保存为表格文件/);
    expect(fs.existsSync(path.join(dir, '报告.xlsx'))).toBe(false);
    fs.copyFileSync(OFFICIAL, path.join(dir, 'disguised.html'));
    const r2 = await run(['check', 'c.xlsx', '-o', 'disguised.html', '--force'], { cwd: dir });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/是一个工作簿或压缩包/);
    expect(fs.readFileSync(path.join(dir, 'disguised.html')).equals(fs.readFileSync(OFFICIAL))).toBe(true);
  });

  it('an existing report needs --force; the report is written whole, no temporary file left', async () => {
    const out = path.join(dir, 'report.html');
    fs.writeFileSync(out, 'old report');
    const r = await run(['check', 'c.xlsx', '-o', 'report.html'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/已存在，未覆盖；如需覆盖请加 --force/);
    expect(fs.readFileSync(out, 'utf8')).toBe('old report');
    const forced = await run(['check', 'c.xlsx', '-o', 'report.html', '--format', 'html', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('one small workbook on its own: checked in this thread, under a cell budget', () => {
  it('starts no worker thread, and reports what a worker reports', async () => {
    const before = workersStarted();
    const here = await run(['check', OFFICIAL, '--format', 'json']);
    expect(workersStarted()).toBe(before);
    // --memory-limit asks for a worker (a heap limit of its own); 999 MB: no idle worker of an earlier test.
    const inWorker = await run(['check', OFFICIAL, '--format', 'json', '--memory-limit', '999']);
    expect(workersStarted()).toBe(before + 1);
    expect(here.stdout).toBe(inWorker.stdout);
    expect(here.code).toBe(inWorker.code);
  });

  it('a workbook with more cells than the budget goes to a worker, with the same report', async () => {
    const input = { file: path.basename(OFFICIAL), abs: OFFICIAL };
    const options = { profile: BUILTIN_PROFILES['2024'], jobs: 1, memoryLimitMb: undefined };
    await closeIdleWorkers();
    const before = workersStarted();
    const small = await checkInputs([input], options);
    expect(workersStarted()).toBe(before);
    const over = await checkInputs([input], { ...options, inThreadMaxCells: 100 });
    expect(workersStarted()).toBe(before + 1);
    expect(JSON.stringify(over)).toBe(JSON.stringify(small));
  });
});
