/** Help texts (Chinese with English) and the version. */
import * as fs from 'fs';
import * as path from 'path';

export const MAIN_HELP = `jixiao — 绩效目标表助手 (performance target table checker)

用法 (usage):
  jixiao check 路径... [选项]     检查工作簿中的项目支出绩效目标表 (check workbooks)
  jixiao template 输出.xlsx [选项] 生成标准的绩效目标表模板 (write a template workbook)
  jixiao template --list         列出模板类型 (list the presets)
  jixiao --help                  显示本帮助 (show this help)
  jixiao --version               显示版本号 (show the version)

每个命令的详细说明：jixiao <命令> --help (help on a command)

示例 (examples):
  jixiao check examples/pingyin-2024-official.xlsx
  jixiao check 报送材料/ --format html --output 检查报告.html
  jixiao template 新项目.xlsx --preset 补贴发放类
`;

export const CHECK_HELP = `jixiao check — 检查绩效目标表 (check performance target tables)

用法 (usage):
  jixiao check 路径... [--format text|json|html] [--profile 文件] [--framework 2024|classic]
               [--output 文件 [--force]] [--jobs N] [--convert-timeout 秒] [--memory-limit MB] [--file-timeout 秒]

路径 (PATH):
  一个或多个文件或文件夹；文件夹中的 .xlsx、.xlsm、.xls、.et、.ods 会按名称顺序逐个检查（包括子文件夹），
  Excel 的临时锁文件 ~$*.xlsx 会被跳过。按文件内容识别格式：.xlsx、Excel 2003 XML 表格和网页表格
  （一体化系统导出的“.xls”）直接读取；旧版二进制 .xls、WPS .et 和 .ods 用 LibreOffice 转换后读取
  （需要安装 LibreOffice：apt-get install libreoffice-calc；原文件不会被改动）。
  (files or folders; the format is told from the content; old .xls/.et/.ods need LibreOffice)

选项 (options):
  -f, --format text|json|html  报告格式，默认 text (report format, default text)
                               text: 按文件、工作表分组的文字报告；json: 机器可读 (docs/RULES.md 约定)；
                               html: 独立的网页报告，开头列出所有错误，可直接打开或作为邮件附件发送
                               （文字和网页报告把同一工作表上重复的提示合成一行并列出单元格；JSON 保留每一条）
  -p, --profile 文件           使用 JSON 配置文件（指标框架、各规则级别、容差、满意度下限）
                               (a profile JSON file: framework, severities, tolerances)
      --framework 2024|classic 指标框架：2024（成本指标为一级指标）或 classic（成本在产出之下）。
                               不指定（也没有 --profile）时各表按其所填框架检查，看不出的按 2024
                               (indicator framework; overrides the profile's. Without it and
                               without --profile each table is checked under the framework it
                               follows, 2024 where it does not say)
  -o, --output 文件            把报告写入文件（UTF-8）而不是标准输出；先写临时文件再改名，中断不会留下半个报告。
                               不会写在要检查的文件上，也不会写成 .xlsx/.xls 等表格文件 (write the report to a file)
      --force                  --output 的文件已存在时覆盖（工作簿永远不会被覆盖）(replace an existing report)
  -j, --jobs N                 同时检查的文件数，默认为 CPU 核数；报告顺序始终与输入顺序一致
                               (files checked at once, default: the number of cores; the report keeps the input order)
      --convert-timeout 秒     LibreOffice 转换一个 .xls/.et/.ods 的最长时间，默认 60 秒
      --memory-limit MB        检查一个文件最多使用的内存，默认 1024 MB；超过时该文件记为“无法检查”，其余文件照常检查
                               (heap per file; a file over it is reported and the run goes on)
      --file-timeout 秒        检查一个文件的最长时间，默认 300 秒；超过时该文件记为“无法检查” (seconds per file)
  -q, --quiet                  不在标准错误输出上显示进度和提示 (no progress on stderr)
      --color, --no-color      强制使用或不使用颜色；默认只在终端中且未设置 NO_COLOR 时着色
  -h, --help                   显示本帮助 (show this help)

每个文件单独检查（工作线程，有内存上限）：损坏、加密、过大或使检查出错的文件各得一行说明，其余文件照常检查。
只检查一个不超过 4 MB 的工作簿（且未指定 --memory-limit、--file-timeout）时在本线程中检查，以 200 万个单元格为限。
(each file is checked in isolation: a bad file gets its one line, the run goes on. One workbook of at
most 4 MB on its own is read and checked in this thread, under a budget of 2,000,000 cells.)

退出码 (exit status):
  0  没有“错误”级别的问题，所有文件都已检查 (no error-severity finding, every file read)
  1  至少有一个“错误”级别的问题（即使另有文件无法读取）(at least one error, even if some file could not be read)
  2  命令无法完成：参数错误、配置文件无效、报告文件被拒绝或无法写入、没有任何文件能被读取
     (bad arguments, bad profile, output refused or not writable, no file could be read)
  3  检查完成，没有“错误”级别的问题，但有文件无法读取 (finished without errors, but some files could not be read)

示例 (examples):
  jixiao check examples/pingyin-2024-official.xlsx
  jixiao check 报送材料/ --format json > report.json
  jixiao check 报送材料/ --format html -o 检查报告.html
  jixiao check 表.xlsx --framework classic --profile 我的配置.json
`;

/** The version from the package.json above this file (src/cli, or build/cli for the bundle). */
export function readVersion(start: string = __dirname): string {
  let dir = start;
  for (let i = 0; i < 6; i++) {
    const file = path.join(dir, 'package.json');
    try {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'jixiao' && pkg.version) return pkg.version;
    } catch {
      // not here; go up
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return 'unknown';
}
