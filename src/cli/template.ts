/**
 * `jixiao template OUT.xlsx [--preset NAME] [--framework 2024|classic] [--from-summary FILE.xlsx]` and
 * `jixiao template --list`: writes the standard 项目支出绩效目标表 (the same spec the add-in inserts) with
 * exceljs. Exit status: 0 written (or listed), 2 bad arguments or unreadable input.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Framework } from '../core/profile';
import { recognizeWorkbook } from '../core/recognize';
import type { SummaryTable, TargetTable } from '../core/model';
import {
  PRESETS,
  TemplateError,
  buildSummarySpec,
  buildTemplate,
  findPreset,
  templatesFromSummary,
  type SheetSpec,
  type TargetSheetSpec,
} from '../core/template';
import { writeTemplateFile } from '../node/template-xlsx';
import { UsageError, FRAMEWORKS } from './args';
import { loadWorkbook } from './load';

/** The subset of CliIO this command uses (kept structural so main.ts's type fits). */
export interface TemplateIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  cwd: string;
}

export const TEMPLATE_HELP = `jixiao template — 生成标准的项目支出绩效目标表 (write a standard template workbook)

用法 (usage):
  jixiao template 输出.xlsx [--preset 模板] [--framework 2024|classic] [选项]
  jixiao template 输出.xlsx --from-summary 申报表.xlsx [--preset 模板] [--framework 2024|classic]
  jixiao template --list

选项 (options):
      --list                 列出可用模板 (list the presets)
      --preset 模板          模板名称或编号，如 工程建设类 / construction；默认 通用。
                             与 --from-summary 一起用时所有项目用同一模板，否则按项目名称自动选择
      --framework 2024|classic
                             指标框架：2024（成本指标为一级指标，默认）或 classic（成本在产出指标之下）
      --from-summary 文件    读取文件中的申报表（序号 / 预算部门（单位）名称 / 项目名称 / 项目金额），
                             为每个项目生成一张预填的绩效目标表，并生成引用这些表的申报表
      --year 年份            表头的（YYYY年度），默认：7 月起为下一年度（编报下年预算），之前为本年度；
                             --from-summary 时默认取申报表标题中的年份
      --name 项目名称        预填项目名称（也用作工作表名）
      --department 主管部门  预填主管部门
      --unit 实施单位        预填实施单位
      --amount 万元          预填年度预算资金总额（记为财政拨款，上年结转资金和其他资金记 0）
      --protect              保护工作表：标签锁定，只能在浅黄色单元格和下拉框中填写（无密码）
      --force                输出文件已存在时覆盖
  -h, --help                 显示本帮助 (show this help)

退出码 (exit status): 0 已生成；2 参数错误、输入文件无法读取或其中没有申报表

示例 (examples):
  jixiao template 供水管网.xlsx --preset 工程建设类 --name 县城供水管网新建及改造项目 --amount 1000
  jixiao template 全部项目.xlsx --from-summary 部分县直部门2024年绩效目标申报表.xlsx
`;

export interface TemplateArgs {
  out?: string;
  list: boolean;
  help: boolean;
  preset?: string;
  framework: Framework;
  fromSummary?: string;
  year?: number;
  name?: string;
  department?: string;
  unit?: string;
  amount?: number;
  protect: boolean;
  force: boolean;
}

const VALUE_OPTIONS = ['--preset', '--framework', '--from-summary', '--year', '--name', '--department', '--unit', '--amount'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

export function parseTemplateArgs(argv: readonly string[]): TemplateArgs {
  const args: TemplateArgs = { list: false, help: false, framework: '2024', protect: false, force: false };
  const seen = new Set<string>();
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      if (arg === '') throw new UsageError('输出文件路径不能为空 (empty path)');
      if (args.out !== undefined) throw new UsageError(`只能给一个输出文件，多出了 ${arg} (one output file only)`);
      args.out = arg;
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') {
      args.help = true;
      continue;
    }
    if (arg === '--list') {
      args.list = true;
      continue;
    }
    if (arg === '--protect') {
      args.protect = true;
      continue;
    }
    if (arg === '--force') {
      args.force = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq > 0 ? arg.slice(0, eq) : arg) as ValueOption;
    if (!(VALUE_OPTIONS as readonly string[]).includes(name)) {
      throw new UsageError(`未知选项 ${arg} (unknown option)；可用选项见 jixiao template --help`);
    }
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      if (i + 1 >= argv.length) throw new UsageError(`选项 ${name} 需要一个值 (option needs a value)`);
      value = argv[++i];
    }
    if (value.trim() === '') throw new UsageError(`选项 ${name} 的值不能为空 (empty value)`);
    if (seen.has(name)) throw new UsageError(`选项 ${name} 只能给一次 (given twice)`);
    seen.add(name);
    switch (name) {
      case '--preset':
        if (!findPreset(value)) {
          throw new UsageError(`没有名为“${value}”的模板；可用模板：${PRESETS.map((p) => `${p.name}（${p.id}）`).join('、')}`);
        }
        args.preset = value;
        break;
      case '--framework':
        if (!(FRAMEWORKS as readonly string[]).includes(value)) {
          throw new UsageError(`--framework 的值 "${value}" 无效，应为 2024 或 classic (unknown framework)`);
        }
        args.framework = value as Framework;
        break;
      case '--from-summary':
        args.fromSummary = value;
        break;
      case '--year': {
        const y = Number(value);
        if (!/^\d{4}$/.test(value) || y < 1990 || y > 2100) throw new UsageError(`--year 的值 "${value}" 无效，应为四位年份，如 2025`);
        args.year = y;
        break;
      }
      case '--name':
        args.name = value;
        break;
      case '--department':
        args.department = value;
        break;
      case '--unit':
        args.unit = value;
        break;
      case '--amount': {
        const t = value.replace(/[,，\s]/g, '').replace(/万元$/, '');
        const n = Number(t);
        if (!/^\d+(\.\d+)?$/.test(t) || !Number.isFinite(n)) {
          throw new UsageError(`--amount 的值 "${value}" 无效，应为不小于 0 的金额（万元），如 1000 或 12.5`);
        }
        args.amount = n;
        break;
      }
    }
  }
  if (args.fromSummary && (args.name || args.department || args.unit || args.amount !== undefined)) {
    throw new UsageError('--from-summary 时项目名称、主管部门、金额取自申报表，不能再给 --name / --department / --unit / --amount');
  }
  return args;
}

function listText(): string {
  const lines = PRESETS.map((p) => {
    const eg = p.examples.length ? `（如${p.examples.join('、')}）` : '';
    return `  ${p.name.padEnd(7, '　')} ${p.id.padEnd(13)} ${p.description}${eg}`;
  });
  return `可用模板 (presets)：\n${lines.join('\n')}\n\n用法：jixiao template 输出.xlsx --preset 模板名称或编号 [--framework 2024|classic]\n`;
}

async function readSummary(file: string, io: TemplateIO): Promise<{ summary: SummaryTable; tables: TargetTable[]; sheets: string[] } | string> {
  const loaded = await loadWorkbook(path.resolve(io.cwd, file));
  if (!loaded.ok) return `无法读取 ${file}：${loaded.error}`;
  const model = recognizeWorkbook(loaded.grids);
  const summary = model.sheets.find((s): s is SummaryTable => s.kind === 'summary');
  if (!summary) {
    return `${file} 中没有找到申报表（需要“序号 / 预算部门（单位）名称 / 项目名称 / 项目金额（万元）”表头）(no summary sheet found)`;
  }
  const tables = model.sheets.filter((s): s is TargetTable => s.kind === 'target-table');
  return { summary, tables, sheets: loaded.grids.map((g) => g.name) };
}

export async function templateCommand(argv: string[], io: TemplateIO): Promise<number> {
  let args: TemplateArgs;
  try {
    args = parseTemplateArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`jixiao template: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (args.help) {
    io.stdout.write(TEMPLATE_HELP);
    return 0;
  }
  if (args.list) {
    io.stdout.write(listText());
    return 0;
  }
  if (!args.out) {
    io.stderr.write('jixiao template: 请给出输出文件，如 jixiao template 绩效目标表.xlsx (no output file)；用 --list 查看模板\n');
    return 2;
  }
  if (!/\.xlsx$/i.test(args.out)) {
    io.stderr.write(`jixiao template: 输出文件应以 .xlsx 结尾：${args.out} (output must be .xlsx)\n`);
    return 2;
  }
  const target = path.resolve(io.cwd, args.out);
  if (fs.existsSync(target) && !args.force) {
    io.stderr.write(`jixiao template: ${args.out} 已存在，未覆盖；如需覆盖请加 --force (file exists)\n`);
    return 2;
  }

  let specs: SheetSpec[];
  let report: string;
  try {
    if (args.fromSummary) {
      const read = await readSummary(args.fromSummary, io);
      if (typeof read === 'string') {
        io.stderr.write(`jixiao template: ${read}\n`);
        return 2;
      }
      const { sheets } = templatesFromSummary(read.summary, {
        framework: args.framework,
        preset: args.preset,
        year: args.year,
        protect: args.protect,
      });
      if (sheets.length === 0) {
        io.stderr.write(`jixiao template: ${args.fromSummary} 的申报表中没有项目行 (the summary lists no project)\n`);
        return 2;
      }
      const summarySpec = buildSummarySpec(sheets, { year: sheets[0].content.year });
      specs = [summarySpec, ...sheets];
      report = [
        `已写入 ${args.out}：申报表“${summarySpec.name}”和 ${sheets.length} 张项目表（${args.framework === '2024' ? '2024 框架' : '经典框架'}）`,
        ...sheets.map((s, i) => `  ${i + 1}. ${s.name}（${presetName(s)}）`),
      ].join('\n');
    } else {
      const spec = buildTemplate({
        preset: args.preset,
        framework: args.framework,
        year: args.year,
        projectName: args.name,
        department: args.department,
        unit: args.unit,
        amount: args.amount,
        protect: args.protect,
      });
      specs = [spec];
      report = `已写入 ${args.out}：工作表“${spec.name}”（模板：${presetName(spec)}，${args.framework === '2024' ? '2024 框架' : '经典框架'}）`;
    }
  } catch (err) {
    if (err instanceof TemplateError) {
      io.stderr.write(`jixiao template: ${err.message}\n`);
      return 2;
    }
    throw err;
  }

  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    await writeTemplateFile(specs, target);
  } catch (err) {
    io.stderr.write(`jixiao template: 无法写入 ${args.out} (cannot write): ${(err as Error).message}\n`);
    return 2;
  }
  io.stdout.write(`${report}\n浅黄色单元格为填写区域；填好后可用 jixiao check ${args.out} 检查。\n`);
  return 0;
}

function presetName(spec: TargetSheetSpec): string {
  return findPreset(spec.preset)?.name ?? spec.preset;
}
