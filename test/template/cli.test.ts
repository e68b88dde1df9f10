/** `jixiao template …` in-process: arguments, exit codes, the written workbook. */
import * as fs from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../../src/core/check';
import type { TargetTable } from '../../src/core/model';
import { readXlsxFile } from '../../src/node/xlsx';
import { OFFICIAL, run, tmpDir, writeWorkbook } from '../cli/support';

const FILL_IN_RULES = ['header/missing-field', 'indicator/missing-value', 'cost/missing-breakdown'];

describe('jixiao template', () => {
  it('--list names every preset with a Chinese line', async () => {
    const r = await run(['template', '--list']);
    expect(r.code).toBe(0);
    for (const name of ['通用', '工程建设类', '补贴发放类', '人员经费类', '信息化运维类', '购买服务类']) expect(r.stdout).toContain(name);
    expect(r.stdout).toContain('补助人数、足额发放率');
    expect(r.stderr).toBe('');
  });

  it('--help explains the options', async () => {
    const r = await run(['template', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--from-summary');
    expect(r.stdout).toContain('--framework 2024|classic');
  });

  it('writes one pre-filled sheet that the checker reads back as a target table', async () => {
    const dir = tmpDir();
    const r = await run(['template', '乡医.xlsx', '--preset', '补贴发放类', '--framework', 'classic', '--name', '老年乡医生活补贴', '--department', '平阴县卫生健康局', '--amount', '357.60', '--year', '2024'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已写入 乡医.xlsx：工作表“老年乡医生活补贴”（模板：补贴发放类，经典框架）');
    const grids = await readXlsxFile(path.join(dir, '乡医.xlsx'));
    const result = checkWorkbook(grids);
    const t = result.model.sheets[0] as TargetTable;
    expect(t).toMatchObject({ kind: 'target-table', year: 2024, projectName: { text: '老年乡医生活补贴' }, department: { text: '平阴县卫生健康局' } });
    expect(t.funds.total?.amount).toBe(357.6);
    expect(t.indicators.some((i) => i.level2?.text === '成本指标' && i.level1?.text === '产出指标')).toBe(true);
    const check = await run(['check', '乡医.xlsx', '--framework', 'classic', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(check.stdout) as { files: Array<{ sheets: Array<{ kind: string; findings: Array<{ rule: string }> }> }> };
    const sheet = report.files[0].sheets[0];
    expect(sheet.kind).toBe('target-table');
    expect(sheet.findings.filter((f) => !FILL_IN_RULES.includes(f.rule))).toEqual([]);
  });

  it('--from-summary writes the summary and one sheet per project, linked by formulas', async () => {
    const dir = tmpDir();
    const r = await run(['template', 'all.xlsx', '--from-summary', OFFICIAL], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('申报表“绩效目标申报表”和 15 张项目表');
    expect(r.stdout).toContain('大数据工作经费（信息化运维类）');
    const grids = await readXlsxFile(path.join(dir, 'all.xlsx'));
    expect(grids).toHaveLength(16);
    const result = checkWorkbook(grids);
    expect(result.sheets[0].kind).toBe('summary');
    expect(result.sheets.slice(1).every((s) => s.kind === 'target-table')).toBe(true);
    expect(result.sheets.flatMap((s) => s.findings).filter((f) => f.rule.startsWith('summary/'))).toEqual([]);
    expect(result.sheets.flatMap((s) => s.findings).filter((f) => !FILL_IN_RULES.includes(f.rule))).toEqual([]);
    // The year comes from the summary's title.
    expect((result.model.sheets[1] as TargetTable).year).toBe(2024);
  });

  it('exits 2 with a Chinese sentence on bad arguments and unreadable input, and never overwrites', async () => {
    const dir = tmpDir();
    const cases: Array<[string[], RegExp]> = [
      [['template'], /请给出输出文件/],
      [['template', 'a.xlsx', '--preset', 'nope'], /没有名为“nope”的模板/],
      [['template', 'a.xlsx', '--framework', '2015'], /--framework 的值 "2015" 无效/],
      [['template', 'a.xlsx', '--amount', '一千'], /--amount 的值 "一千" 无效/],
      [['template', 'a.xlsx', '--year', '24'], /--year 的值 "24" 无效/],
      [['template', 'a.csv'], /应以 \.xlsx 结尾/],
      [['template', 'a.xlsx', 'b.xlsx'], /只能给一个输出文件/],
      [['template', 'a.xlsx', '--bogus'], /未知选项 --bogus/],
      [['template', 'a.xlsx', '--from-summary', 'missing.xlsx'], /无法读取 missing\.xlsx/],
      [['template', 'a.xlsx', '--from-summary', OFFICIAL, '--name', 'x'], /不能再给 --name/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv, { cwd: dir });
      expect({ argv, code: r.code }).toEqual({ argv, code: 2 });
      expect(r.stderr).toMatch(message);
    }
    // A workbook with no summary sheet.
    await writeWorkbook(path.join(dir, 'plain.xlsx'), (wb) => {
      wb.addWorksheet('Sheet1').getCell('A1').value = '随便写的';
    });
    const noSummary = await run(['template', 'b.xlsx', '--from-summary', 'plain.xlsx'], { cwd: dir });
    expect(noSummary.code).toBe(2);
    expect(noSummary.stderr).toContain('没有找到申报表');
    expect(fs.existsSync(path.join(dir, 'a.xlsx'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'b.xlsx'))).toBe(false);
    // An existing file is kept unless --force.
    fs.writeFileSync(path.join(dir, 'keep.xlsx'), 'mine');
    const kept = await run(['template', 'keep.xlsx'], { cwd: dir });
    expect(kept.code).toBe(2);
    expect(kept.stderr).toContain('已存在');
    expect(fs.readFileSync(path.join(dir, 'keep.xlsx'), 'utf8')).toBe('mine');
    const forced = await run(['template', 'keep.xlsx', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect((await readXlsxFile(path.join(dir, 'keep.xlsx')))[0].name).toBe('项目支出绩效目标表');
  });
});
