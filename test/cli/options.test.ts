/** Help, version, argument mistakes, profiles, colours and progress of `jixiao` run in-process. */
import * as fs from 'fs';
import * as path from 'path';
import { OFFICIAL, run, tmpDir, writeWorkbook } from './support';

// Each run checks its files in worker threads (started through tsx from the sources here): allow for a busy machine.
jest.setTimeout(60000);

const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { version: string };

describe('help and version', () => {
  it('jixiao --help: usage in Chinese with English, exit 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法 (usage)');
    expect(r.stdout).toContain('jixiao check');
  });
  it('jixiao check --help lists every option and the exit statuses', async () => {
    const r = await run(['check', '--help']);
    expect(r.code).toBe(0);
    for (const opt of ['--format text|json|html', '--profile', '--framework 2024|classic', '--output', '--force', '--jobs N', '--convert-timeout', '--memory-limit', '退出码 (exit status)']) expect(r.stdout).toContain(opt);
    // Every exit status, 3 included, with its meaning.
    for (const code of ['0', '1', '2', '3']) expect(r.stdout).toMatch(new RegExp(`^  ${code}  \\S`, 'm'));
    expect(r.stdout).toMatch(/3 {2}检查完成，没有“错误”级别的问题，但有文件无法读取/);
  });
  it('jixiao help check is the same as jixiao check --help', async () => {
    expect((await run(['help', 'check'])).stdout).toBe((await run(['check', '--help'])).stdout);
  });
  it('jixiao --version prints the package version', async () => {
    const r = await run(['--version']);
    expect(r).toEqual({ code: 0, stdout: `jixiao ${pkg.version}\n`, stderr: '' });
  });
  it('no command: the help on stderr, exit 2', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('用法');
  });
});

describe('bad arguments: exit 2, one sentence naming the problem, nothing on stdout', () => {
  const cases: Array<[string[], RegExp]> = [
    [['frobnicate'], /未知命令 frobnicate/],
    [['--frob'], /未知选项 --frob/],
    [['check', OFFICIAL, '--frob'], /未知选项 --frob/],
    [['check', OFFICIAL, '--format', 'xml'], /--format 的值 "xml" 无效/],
    [['check', OFFICIAL, '--format=pdf'], /--format 的值 "pdf" 无效/],
    [['check', OFFICIAL, '--framework', '2015'], /--framework 的值 "2015" 无效/],
    [['check', OFFICIAL, '--output'], /--output 需要一个值/],
    [['check', OFFICIAL, '--format', '--output', 'x'], /--format 需要一个值/],
    [['check', OFFICIAL, '--format', 'json', '--format', 'text'], /只能给一次/],
    [['check'], /请给出要检查的 \.xlsx 文件或文件夹/],
    [['check', '--format', 'json'], /请给出要检查的/],
  ];
  it.each(cases)('%j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('profiles', () => {
  let dir: string;
  beforeAll(() => {
    dir = tmpDir();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  };

  it('a bad field: exit 2, the message names the field', async () => {
    const p = write('bad.json', JSON.stringify({ tolerances: { unitCost: 'ten percent' } }));
    const r = await run(['check', OFFICIAL, '--profile', p]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('tolerances.unitCost');
    expect(r.stderr).toContain('bad.json');
  });
  it('an unknown severity and an unknown key are named', async () => {
    const p = write('bad2.json', JSON.stringify({ severities: { 'cost/items-sum-mismatch': 'fatal' }, colour: 'red' }));
    const r = await run(['check', OFFICIAL, '--profile', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/severities\.cost\/items-sum-mismatch/);
    expect(r.stderr).toMatch(/colour/);
  });
  it('not JSON: exit 2, says so', async () => {
    const p = write('broken.json', '{ framework: 2024 ');
    const r = await run(['check', OFFICIAL, '--profile', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/不是有效的 JSON/);
  });
  it('missing: exit 2, says so', async () => {
    const r = await run(['check', OFFICIAL, '--profile', path.join(dir, 'nope.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/配置文件 .*nope\.json 不存在/);
  });
  it('a valid profile with a BOM (Windows Notepad) is read; relative to cwd', async () => {
    write('ok.json', '\uFEFF' + JSON.stringify({ name: '县财政局', framework: 'classic', satisfactionMin: 85 }));
    const r = await run(['check', OFFICIAL, '--profile', 'ok.json', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).profile).toEqual({ name: '县财政局', framework: 'classic' });
  });
});

describe('colours and progress', () => {
  it('ANSI colours on a TTY, none with NO_COLOR, none when piped, none in JSON', async () => {
    expect((await run(['check', OFFICIAL], { tty: true })).stdout).toContain('\x1b[');
    expect((await run(['check', OFFICIAL], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\x1b[');
    expect((await run(['check', OFFICIAL], { tty: true, env: { NO_COLOR: '' } })).stdout).toContain('\x1b[');
    expect((await run(['check', OFFICIAL], { tty: false })).stdout).not.toContain('\x1b[');
    expect((await run(['check', OFFICIAL, '--color'], { tty: false })).stdout).toContain('\x1b[');
    expect((await run(['check', OFFICIAL, '--no-color'], { tty: true })).stdout).not.toContain('\x1b[');
    expect((await run(['check', OFFICIAL, '--format', 'json'], { tty: true })).stdout).not.toContain('\x1b[');
  });

  it('progress only above 3 files; on a TTY one line rewritten and cleared; never on stdout', async () => {
    const dir = tmpDir();
    try {
      for (let i = 1; i <= 4; i++) {
        await writeWorkbook(path.join(dir, `${i}.xlsx`), (wb) => {
          wb.addWorksheet('Sheet1').getCell('A1').value = i;
        });
      }
      const three = await run(['check', '1.xlsx', '2.xlsx', '3.xlsx'], { cwd: dir });
      expect(three.stderr).toBe('');
      const four = await run(['check', '.', '--format', 'json'], { cwd: dir });
      expect(four.stderr.split('\n').filter(Boolean)).toEqual([1, 2, 3, 4].map((i) => `[${i}/4] 正在检查 ${i}.xlsx…`));
      expect(JSON.parse(four.stdout).files).toHaveLength(4);
      const tty = await run(['check', '.'], { cwd: dir, stderrTTY: true });
      expect(tty.stderr).toContain('\r\x1b[K[4/4] 正在检查 4.xlsx…');
      expect(tty.stderr.endsWith('\r\x1b[K')).toBe(true);
      expect(tty.stderr).not.toContain('\n');
      expect((await run(['check', '.', '-q'], { cwd: dir })).stderr).toBe('');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
