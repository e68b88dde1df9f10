/**
 * `jixiao check` in-process on the seed workbooks and on generated bad inputs: discovery, the three
 * formats, exit codes, and that one unreadable file never hides another file's results.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { ReportSchema, summarize, SEVERITY_LABEL } from '../../src/core/finding';
import { MAX_FILE_BYTES } from '../../src/cli/load';
import { MAX_CHECK_COLS, MAX_CHECK_ROWS, limitGrid, type CliReport } from '../../src/cli/run';
import type { CellValue } from '../../src/core/grid';
import { FIXTURES, OFFICIAL, cfbBytes, run, tmpDir, writeNoiseWorkbook, writeWorkbook } from './support';

// Each run checks its files in worker threads (started through tsx from the sources here): allow for a busy machine.
jest.setTimeout(60000);

type JsonReport = CliReport;

function parseJson(text: string): JsonReport {
  const doc = JSON.parse(text) as JsonReport;
  ReportSchema.parse(doc); // the contract of RULES.md
  return doc;
}

let dir: string;
/** The official seed with table 表1's 年度预算资金总额 lowered to 900: its total cost 1000 now exceeds the budget. */
let broken: string;

beforeAll(async () => {
  dir = tmpDir();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(OFFICIAL);
  const ws = wb.worksheets[1];
  expect(ws.getCell('B5').value).toBe('年度预算资金总额：');
  ws.getCell('C5').value = 900;
  broken = path.join(dir, 'broken.xlsx');
  await wb.xlsx.writeFile(broken);
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('jixiao check on the seed workbooks', () => {
  it('json: the RULES.md contract, the files as given, every sheet recognised', async () => {
    const r = await run(['check', 'pingyin-2024-official.xlsx', 'pingyin-2024-split.xlsx', 'pingyin-2024-pasted.xlsx', '--format', 'json'], { cwd: FIXTURES });
    const doc = parseJson(r.stdout);
    expect(doc.files.map((f) => f.file)).toEqual(['pingyin-2024-official.xlsx', 'pingyin-2024-split.xlsx', 'pingyin-2024-pasted.xlsx']);
    for (const f of doc.files) {
      expect(f.error).toBeUndefined();
      expect(f.sheets).toHaveLength(16);
      expect(f.sheets.filter((s) => s.kind === 'target-table')).toHaveLength(15);
      expect(f.sheets.filter((s) => s.kind === 'summary')).toHaveLength(1);
    }
    const { files, sheets, errors, warnings, infos } = doc.summary;
    expect({ files, sheets, errors, warnings, infos }).toEqual(summarize(doc.files));
    expect(doc.summary.targetTables).toBe(45);
    expect(doc.profile.framework).toBe('2024');
    expect(r.code).toBe(doc.summary.errors > 0 ? 1 : 0);
    // No progress for 3 files; never anything but the report on stdout.
    expect(r.stderr).toBe('');
    for (const f of doc.files.flatMap((x) => x.sheets.flatMap((s) => s.findings))) {
      expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
      expect(f.title).toEqual(expect.any(String));
    }
  });

  it('text: every finding of the JSON report under its file and sheet (tagged with its form); errors one per line, a repeated hint one line listing its cells; then the summary', async () => {
    const json = parseJson((await run(['check', OFFICIAL, broken, '--format', 'json'])).stdout);
    const r = await run(['check', OFFICIAL, broken]);
    const lines = r.stdout.split('\n');
    expect(r.stdout).not.toContain('\x1b['); // not a TTY: no colours
    const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    let grouped = 0;
    for (const file of json.files) {
      const fileLine = lines.indexOf(file.file);
      expect(fileLine).toBeGreaterThanOrEqual(0);
      for (const sheet of file.sheets.filter((s) => s.kind !== 'other')) {
        const sheetLine = lines.findIndex((l, i) => i > fileLine && l.startsWith(` · ${sheet.name} [`));
        expect(sheetLine).toBeGreaterThan(fileLine);
        expect(lines[sheetLine]).toContain(sheet.form === 'summary' ? '[申报汇总表]' : '[绩效目标表]');
        let end = sheetLine + 1;
        while (end < lines.length && lines[end].startsWith('  ')) end++;
        const body = lines.slice(sheetLine + 1, end);
        for (const f of sheet.findings) {
          const same = sheet.findings.filter((g) => g.rule === f.rule && g.severity === f.severity);
          if (f.severity === 'info' && same.length > 1) {
            // One line for the rule on this sheet: ×count, every cell in order, the first message as the example.
            const hits = body.filter((l) => new RegExp(`^  ${same[0].cell} +提示  ${esc(f.rule)} ×${same.length} +`).test(l));
            expect(hits).toHaveLength(1);
            expect(hits[0]).toContain(`${same.map((g) => g.cell).join(' ')}；例：${same[0].message}`);
            if (f === same[0]) grouped++;
          } else {
            const own = body.filter((l) => new RegExp(`^  ${f.cell} +${SEVERITY_LABEL[f.severity]}  ${esc(f.rule)} +`).test(l) && l.endsWith(f.message.replace(/\n/g, ' ⏎ ')));
            expect(own).toHaveLength(1);
          }
        }
      }
    }
    expect(grouped).toBeGreaterThan(10); // the seed's repeated 「100%」没有运算符 hints
    const s = json.summary;
    expect(lines[lines.length - 2]).toBe(`共 2 个文件，32 个工作表（30 张绩效目标表、2 张申报表）：错误 ${s.errors}，警告 ${s.warnings}，提示 ${s.infos}`);
  });

  it('exit status 1 when a table has an error-severity finding, and it is on that table', async () => {
    const r = await run(['check', broken, '--format', 'json']);
    const doc = parseJson(r.stdout);
    expect(r.code).toBe(1);
    const sheet = doc.files[0].sheets[1];
    expect(sheet.kind).toBe('target-table');
    expect(sheet.findings.some((f) => f.severity === 'error')).toBe(true);
  });

  it('--profile turning off the rules that fired brings the exit status to 0', async () => {
    const first = parseJson((await run(['check', broken, '--format', 'json'])).stdout);
    const errorRules = [...new Set(first.files[0].sheets.flatMap((s) => s.findings).filter((f) => f.severity === 'error').map((f) => f.rule))];
    expect(errorRules.length).toBeGreaterThan(0);
    const profile = path.join(dir, 'quiet.json');
    fs.writeFileSync(profile, JSON.stringify({ name: '宽松', severities: Object.fromEntries(errorRules.map((id) => [id, 'off'])) }));
    const r = await run(['check', broken, '--format', 'json', '--profile', profile]);
    const doc = parseJson(r.stdout);
    expect(r.code).toBe(0);
    expect(doc.summary.errors).toBe(0);
    expect(doc.profile.name).toBe('宽松');
    const rules = doc.files[0].sheets.flatMap((s) => s.findings.map((f) => f.rule));
    for (const id of errorRules) expect(rules).not.toContain(id);
  });

  it('--framework classic is used (and overrides the profile)', async () => {
    const profile = path.join(dir, 'p2024.json');
    fs.writeFileSync(profile, JSON.stringify({ framework: '2024' }));
    const r = await run(['check', OFFICIAL, '--format=json', '--profile', profile, '--framework', 'classic']);
    expect(parseJson(r.stdout).profile.framework).toBe('classic');
  });

  describe('no framework chosen: each table under the one it follows', () => {
    // A real 湖南 table in the classic framework (成本指标 under 产出指标).
    const CLASSIC = path.join(FIXTURES, 'real', 'workbooks', '01_yueyang_2022_gaobiaozhun_nongtian.xlsx');
    const FRAMEWORK_ERRORS = /^(indicator\/(missing-level1|misplaced-level2|unknown-level1)|cost\/missing-total)$/;
    const findings = (doc: CliReport) => doc.files.flatMap((f) => f.sheets.flatMap((s) => s.findings.map((x) => x.rule)));

    it('checks a classic table as --framework classic would, says so once, and reports the framework', async () => {
      const doc = parseJson((await run(['check', CLASSIC, '--format', 'json'])).stdout);
      const classic = parseJson((await run(['check', CLASSIC, '--format', 'json', '--framework', 'classic'])).stdout);
      expect(doc.profile).toMatchObject({ framework: '2024', detectFramework: true });
      expect(doc.files[0].sheets[0].framework).toBe('classic');
      expect(findings(doc).filter((r) => r === 'sheet/other-framework')).toHaveLength(1);
      expect(findings(doc).filter((r) => r !== 'sheet/other-framework')).toEqual(findings(classic));
    });
    it('holds it to --framework 2024 when that is chosen', async () => {
      const doc = parseJson((await run(['check', CLASSIC, '--format', 'json', '--framework', '2024'])).stdout);
      expect(doc.profile.detectFramework).toBeUndefined();
      expect(doc.files[0].sheets[0].framework).toBeUndefined();
      expect(findings(doc)).not.toContain('sheet/other-framework');
      expect(findings(doc).filter((r) => FRAMEWORK_ERRORS.test(r)).length).toBeGreaterThan(0);
    });
    it('checks the 2024 seed under 2024 with nothing to say of its framework', async () => {
      const doc = parseJson((await run(['check', OFFICIAL, '--format', 'json'])).stdout);
      const tables = doc.files[0].sheets.filter((s) => s.kind === 'target-table');
      expect(new Set(tables.map((s) => s.framework))).toEqual(new Set(['2024']));
      expect(findings(doc)).not.toContain('sheet/other-framework');
    });
  });

  it('--output writes the report as UTF-8 to the file, nothing on stdout, the summary on stderr', async () => {
    const out = path.join(dir, 'reports', '检查报告.json');
    const r = await run(['check', OFFICIAL, '--format', 'json', '--output', out]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('报告已写入');
    expect(r.stderr).toMatch(/共 1 个文件/);
    const doc = parseJson(fs.readFileSync(out, 'utf8'));
    expect(doc.files[0].sheets[0].name).toBe('绩效目标申报表');
  });

  it('--output to a path that cannot be written: exit 2 with a message', async () => {
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, 'x');
    const r = await run(['check', OFFICIAL, '--output', path.join(blocker, 'r.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法写入报告文件');
  });
});

describe('bad inputs: one clear line each, the run goes on', () => {
  let bad: string;
  const names = {
    good: 'good.xlsx',
    missing: 'missing.xlsx',
    emptyFolder: 'empty-folder',
    xls: 'old.xls',
    encrypted: 'encrypted.xlsx',
    csv: 'renamed-csv.xlsx',
    corrupt: 'corrupt.xlsx',
    truncated: 'truncated.xlsx',
    emptyWorkbook: 'empty-workbook.xlsx',
    noSheet: 'no-sheet.xlsx',
    zeroBytes: 'zero-bytes.xlsx',
    notZip: 'random.xlsx',
    noise: 'noise-20000.xlsx',
    huge: 'huge.xlsx',
  };
  const expected: Record<string, RegExp> = {
    missing: /不存在/,
    emptyFolder: /没有 \.xlsx/,
    xls: /\.xls.*另存为 \.xlsx/,
    encrypted: /密码.*加密/,
    csv: /CSV/,
    corrupt: /损坏/,
    truncated: /损坏或不完整/,
    emptyWorkbook: /工作簿是空的/,
    noSheet: /没有任何工作表/,
    zeroBytes: /空的.*0 字节/,
    notZip: /不是有效的 \.xlsx/,
    huge: /文件过大/,
  };
  let args: string[];

  beforeAll(async () => {
    bad = tmpDir('jixiao-bad-');
    const seed = fs.readFileSync(OFFICIAL);
    fs.copyFileSync(OFFICIAL, path.join(bad, names.good));
    fs.mkdirSync(path.join(bad, names.emptyFolder));
    fs.writeFileSync(path.join(bad, names.emptyFolder, 'readme.txt'), 'not a workbook');
    fs.writeFileSync(path.join(bad, names.xls), cfbBytes('Root Entry', 'Workbook', '\u0005SummaryInformation'));
    fs.writeFileSync(path.join(bad, names.encrypted), cfbBytes('Root Entry', 'EncryptionInfo', 'EncryptedPackage'));
    fs.writeFileSync(path.join(bad, names.csv), '序号,部门,项目名称,金额\n1,平阴县水务局,供水管网,1000\n');
    const corrupt = Buffer.from(seed);
    corrupt.fill(0x41, 2000, 6000); // inside the compressed parts; the central directory is intact
    fs.writeFileSync(path.join(bad, names.corrupt), corrupt);
    fs.writeFileSync(path.join(bad, names.truncated), seed.subarray(0, Math.floor(seed.length / 2)));
    await writeWorkbook(path.join(bad, names.emptyWorkbook), (wb) => {
      wb.addWorksheet('Sheet1');
      wb.addWorksheet('Sheet2');
    });
    await writeWorkbook(path.join(bad, names.noSheet), () => undefined);
    fs.writeFileSync(path.join(bad, names.zeroBytes), Buffer.alloc(0));
    fs.writeFileSync(path.join(bad, names.notZip), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 73 + 11) % 256)));
    await writeNoiseWorkbook(path.join(bad, names.noise), 20000);
    fs.writeFileSync(path.join(bad, names.huge), '');
    fs.truncateSync(path.join(bad, names.huge), MAX_FILE_BYTES + 1); // sparse: no disk used
    args = Object.values(names);
  }, 60000);

  afterAll(() => {
    fs.rmSync(bad, { recursive: true, force: true });
  });

  it('json: each bad file has its error, the good file and the noise sheet are checked', async () => {
    const r = await run(['check', ...args, '--format', 'json'], { cwd: bad });
    const doc = parseJson(r.stdout);
    expect(doc.files.map((f) => f.file)).toEqual(args);
    const byName = new Map(doc.files.map((f) => [f.file, f]));
    for (const [key, re] of Object.entries(expected)) {
      const f = byName.get(names[key as keyof typeof names])!;
      expect({ key, error: f.error }).toEqual({ key, error: expect.stringMatching(re) });
    }
    const good = byName.get(names.good)!;
    expect(good.error).toBeUndefined();
    expect(good.sheets.filter((s) => s.kind === 'target-table')).toHaveLength(15);
    const noise = byName.get(names.noise)!;
    expect(noise.error).toBeUndefined();
    // Only the first MAX_CHECK_ROWS rows are checked; the sheet says so with an info finding.
    expect(noise.sheets).toEqual([
      { name: '噪声数据', kind: 'other', findings: [expect.objectContaining({ rule: 'sheet/too-large', severity: 'info', cell: `A${MAX_CHECK_ROWS + 1}` })] },
    ]);
    expect(noise.sheets[0].findings[0].message).toContain('共 20,000 行');
    expect(doc.summary.unreadable).toBe(Object.keys(expected).length);
    // Exit status: 1 when a file that was read has an error, else 3 (some files could not be read).
    expect(r.code).toBe(doc.summary.errors > 0 ? 1 : 3);
    // More than 3 files: progress on stderr, one line per file (stderr is not a TTY here).
    const progress = r.stderr.split('\n').filter((l) => /^\[\d+\/\d+\] 正在检查 /.test(l));
    expect(progress).toHaveLength(args.length);
    expect(progress[0]).toBe(`[1/${args.length}] 正在检查 ${names.good}…`);
  }, 60000);

  it('text: exactly one 无法检查 line per bad file, under its name', async () => {
    const r = await run(['check', ...args, '--quiet'], { cwd: bad });
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    for (const key of Object.keys(expected)) {
      const name = names[key as keyof typeof names];
      const at = lines.indexOf(name);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(lines[at + 1]).toMatch(new RegExp(`^  无法检查  .*${expected[key].source}`));
      expect(lines[at + 2]).toBe('');
    }
    expect(lines[lines.indexOf(names.noise) + 1]).toMatch(/未识别到绩效目标表或申报表/);
    expect(r.stdout).toMatch(/共 14 个文件（12 个无法检查）/);
  }, 60000);

  it('exit status 2 when no file could be read', async () => {
    const r = await run(['check', names.xls, names.csv, names.missing, names.emptyFolder, '--format', 'json'], { cwd: bad });
    expect(r.code).toBe(2);
    expect(parseJson(r.stdout).files.every((f) => f.error)).toBe(true);
    expect(r.stderr).toMatch(/都无法读取/);
  });

  it('a single missing file: exit 2, the line names it', async () => {
    const r = await run(['check', 'nowhere.xlsx'], { cwd: bad });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('nowhere.xlsx\n  无法检查  文件或文件夹不存在');
  });
});

describe('folders', () => {
  it('every .xlsx inside, recursively, in natural order; lock files and hidden folders skipped; .xls listed', async () => {
    const root = tmpDir('jixiao-tree-');
    try {
      const tiny = async (p: string) => {
        fs.mkdirSync(path.dirname(p), { recursive: true });
        await writeWorkbook(p, (wb) => {
          wb.addWorksheet('说明').getCell('A1').value = path.basename(p);
        });
      };
      for (const p of ['报送/表10.xlsx', '报送/表2.xlsx', '报送/a/表1.xlsx', '报送/~$表2.xlsx', '报送/.cache/x.xlsx', '报送/宏.xlsm']) await tiny(path.join(root, p));
      fs.writeFileSync(path.join(root, '报送/旧.xls'), cfbBytes('Root Entry', 'Workbook'));
      fs.writeFileSync(path.join(root, '报送/notes.txt'), 'x');
      const r = await run(['check', '报送', '--format', 'json', '--quiet'], { cwd: root });
      const doc = parseJson(r.stdout);
      expect(doc.files.map((f) => f.file)).toEqual([
        path.join('报送', 'a', '表1.xlsx'),
        path.join('报送', '宏.xlsm'),
        path.join('报送', '旧.xls'),
        path.join('报送', '表2.xlsx'),
        path.join('报送', '表10.xlsx'),
      ]);
      expect(doc.files[2].error).toMatch(/另存为 \.xlsx/);
      expect(doc.files[0].sheets[0].name).toBe('说明');
      // A file named twice (as a file and inside its folder) is checked once.
      const twice = await run(['check', '报送/表2.xlsx', '报送', '--format', 'json', '--quiet'], { cwd: root });
      expect(parseJson(twice.stdout).files.map((f) => f.file)).toEqual([
        '报送/表2.xlsx',
        path.join('报送', 'a', '表1.xlsx'),
        path.join('报送', '宏.xlsm'),
        path.join('报送', '旧.xls'),
        path.join('报送', '表10.xlsx'),
      ]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the guard against huge sheets', () => {
  const grid = (rows: number, cols: number) => ({
    name: 'big',
    rows: Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c): CellValue => r * cols + c)),
    merges: [
      { top: 0, left: 0, bottom: 0, right: cols - 1 },
      { top: rows - 3, left: 0, bottom: rows - 1, right: 0 },
    ],
  });

  it('leaves a normal sheet as it is', () => {
    const g = grid(MAX_CHECK_ROWS, 12);
    const r = limitGrid(g);
    expect(r.grid).toBe(g);
    expect(r.finding).toBeNull();
  });

  it('cuts rows and columns beyond the limits, clips the merges, and says so at the first cell left out', () => {
    const r = limitGrid(grid(MAX_CHECK_ROWS + 500, MAX_CHECK_COLS + 20));
    expect(r.grid.rows).toHaveLength(MAX_CHECK_ROWS);
    expect(Math.max(...r.grid.rows.map((x) => x.length))).toBe(MAX_CHECK_COLS);
    expect(r.grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: MAX_CHECK_COLS - 1 }]);
    expect(r.finding).toMatchObject({ rule: 'sheet/too-large', severity: 'info', cell: `A${MAX_CHECK_ROWS + 1}` });
    expect(r.finding!.message).toMatch(/只检查了前 [\d,]+ 行；共 [\d,]+ 列，只检查了前 100 列/);
    const wide = limitGrid(grid(10, MAX_CHECK_COLS + 1));
    expect(wide.finding!.cell).toBe('CW1'); // column 101
  });

  it('the profile can turn the finding off or change its severity', async () => {
    const dir = tmpDir();
    try {
      await writeNoiseWorkbook(path.join(dir, 'n.xlsx'), MAX_CHECK_ROWS + 10, 3);
      fs.writeFileSync(path.join(dir, 'off.json'), JSON.stringify({ severities: { 'sheet/too-large': 'off' } }));
      fs.writeFileSync(path.join(dir, 'warn.json'), JSON.stringify({ severities: { 'sheet/too-large': 'warning' } }));
      const off = parseJson((await run(['check', 'n.xlsx', '--format', 'json', '--profile', 'off.json'], { cwd: dir })).stdout);
      expect(off.files[0].sheets[0].findings).toEqual([]);
      const warn = parseJson((await run(['check', 'n.xlsx', '--format', 'json', '--profile', 'warn.json'], { cwd: dir })).stdout);
      expect(warn.files[0].sheets[0].findings.map((f) => f.severity)).toEqual(['warning']);
      const text = await run(['check', 'n.xlsx'], { cwd: dir });
      expect(text.stdout).toContain(` · 噪声数据 [未识别] 错误 0，警告 0，提示 1\n  A${MAX_CHECK_ROWS + 1}  提示  sheet/too-large  工作表过大`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30000);
});
