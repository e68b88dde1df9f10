/**
 * The command line: `jixiao <command> …`. bin/jixiao.js calls main(process.argv.slice(2)) and uses the
 * returned number as the exit status. Output streams, environment and working folder are injectable,
 * so tests run main() in-process and read what it wrote.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ProfileError, parseProfile, withFramework, DEFAULT_PROFILE, type Profile } from '../core/profile';
import { UsageError, parseCheckArgs, type CheckArgs } from './args';
import { discoverInputs } from './discover';
import { renderHtml } from './format/html';
import { renderJson } from './format/json';
import { renderText } from './format/text';
import { summaryLine } from './format/common';
import { CHECK_HELP, MAIN_HELP, readVersion } from './help';
import { checkInputs, type CliReport } from './run';
import { templateCommand } from './template';

export interface Writer {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface CliIO {
  stdout: Writer;
  stderr: Writer;
  env: Record<string, string | undefined>;
  /** Relative paths (PATH, --profile, --output) are resolved against this folder. */
  cwd: string;
  /** Called after each file is checked (the bench samples memory here). */
  onFileDone?: (index: number, total: number, file: string) => void;
  /** The clock for the HTML report's date (tests pin it). */
  now?: () => Date;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;

type Command = (argv: string[], io: CliIO) => Promise<number>;

/** The subcommands. Each takes the arguments after its name. */
const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  template: templateCommand,
};

function defaultIO(): CliIO {
  for (const stream of [process.stdout, process.stderr]) {
    // `jixiao check … | head`: the reader went away; stop quietly instead of crashing on EPIPE.
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

export async function main(argv: readonly string[], ioOverrides: Partial<CliIO> = {}): Promise<number> {
  const io: CliIO = ioOverrides.stdout && ioOverrides.stderr
    ? { env: process.env, cwd: process.cwd(), ...ioOverrides } as CliIO
    : { ...defaultIO(), ...ioOverrides };
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(MAIN_HELP);
    return EXIT_FAILURE;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    if (first === 'help' && rest[0] && COMMANDS[rest[0]]) return COMMANDS[rest[0]](['--help'], io);
    io.stdout.write(MAIN_HELP);
    return EXIT_OK;
  }
  if (first === '--version' || first === '-V' || first === '-v' || first === 'version') {
    io.stdout.write(`jixiao ${readVersion()}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS[first];
  if (!command) {
    const what = first.startsWith('-') ? `未知选项 ${first} (unknown option)` : `未知命令 ${first} (unknown command)`;
    io.stderr.write(`jixiao: ${what}；可用命令：${Object.keys(COMMANDS).join('、')}。用 jixiao --help 查看帮助。\n`);
    return EXIT_FAILURE;
  }
  try {
    return await command([...rest], io);
  } catch (err) {
    io.stderr.write(`jixiao: 内部错误 (internal error): ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    return EXIT_FAILURE;
  }
}

/** Loads --profile (a JSON file) and applies --framework. Throws ProfileError with a Chinese sentence. */
export function loadProfile(args: Pick<CheckArgs, 'profile' | 'framework'>, cwd: string): Profile {
  let profile = DEFAULT_PROFILE;
  if (args.profile) {
    const file = path.resolve(cwd, args.profile);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new ProfileError(
        code === 'ENOENT' ? `配置文件 ${args.profile} 不存在 (profile not found)` : `无法读取配置文件 ${args.profile} (cannot read profile): ${(err as Error).message}`,
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (err) {
      throw new ProfileError(`配置文件 ${args.profile} 不是有效的 JSON (invalid JSON): ${(err as Error).message}`);
    }
    try {
      profile = parseProfile(json);
    } catch (err) {
      if (err instanceof ProfileError) throw new ProfileError(`${args.profile}: ${err.message}`);
      throw err;
    }
  }
  if (args.framework) profile = withFramework(profile, args.framework);
  return profile;
}

function useColour(args: CheckArgs, io: CliIO): boolean {
  if (args.color !== undefined) return args.color;
  if (args.output) return false;
  const noColor = io.env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return false;
  return io.stdout.isTTY === true;
}

function render(report: CliReport, args: CheckArgs, io: CliIO): string {
  switch (args.format) {
    case 'json':
      return renderJson(report);
    case 'html':
      return renderHtml(report, { generatedAt: io.now ? io.now() : new Date(), version: readVersion() });
    default:
      return renderText(report, { colour: useColour(args, io) });
  }
}

async function checkCommand(argv: string[], io: CliIO): Promise<number> {
  let args: CheckArgs;
  try {
    args = parseCheckArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`jixiao check: ${err.message}\n`);
      return EXIT_FAILURE;
    }
    throw err;
  }
  if (args.help) {
    io.stdout.write(CHECK_HELP);
    return EXIT_OK;
  }
  if (args.paths.length === 0) {
    io.stderr.write('jixiao check: 请给出要检查的 .xlsx 文件或文件夹 (no PATH given)；用 jixiao check --help 查看用法\n');
    return EXIT_FAILURE;
  }
  let profile: Profile;
  try {
    profile = loadProfile(args, io.cwd);
  } catch (err) {
    if (err instanceof ProfileError) {
      io.stderr.write(`jixiao check: ${err.message}\n`);
      return EXIT_FAILURE;
    }
    throw err;
  }

  const inputs = discoverInputs(args.paths, io.cwd);
  const total = inputs.length;
  const showProgress = !args.quiet && total > 3;
  const live = showProgress && io.stderr.isTTY === true;
  let progressShown = false;
  const report = await checkInputs(inputs, {
    profile,
    onFileStart: (index, n, file) => {
      if (!showProgress) return;
      const line = `[${index}/${n}] 正在检查 ${file}…`;
      if (live) io.stderr.write(`\r\x1b[K${line}`);
      else io.stderr.write(`${line}\n`);
      progressShown = true;
    },
    onFileDone: io.onFileDone,
  });
  if (live && progressShown) io.stderr.write('\r\x1b[K');

  const content = render(report, args, io);
  if (args.output) {
    const target = path.resolve(io.cwd, args.output);
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, content, 'utf8');
    } catch (err) {
      io.stderr.write(`jixiao check: 无法写入报告文件 ${args.output} (cannot write the report): ${(err as Error).message}\n`);
      return EXIT_FAILURE;
    }
    io.stderr.write(`${summaryLine(report)}\n报告已写入 ${args.output} (report written)\n`);
  } else {
    io.stdout.write(content);
  }

  const s = report.summary;
  if (total > 0 && s.unreadable === total) {
    io.stderr.write(
      total === 1
        ? 'jixiao check: 文件无法读取，未做任何检查 (the file could not be read)\n'
        : `jixiao check: ${total} 个文件都无法读取，未做任何检查 (no file could be read)\n`,
    );
    return EXIT_FAILURE;
  }
  return s.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
