/**
 * The command line: `jixiao <command> …`. bin/jixiao.js calls main(process.argv.slice(2)) and uses the
 * returned number as the exit status. Output streams, environment and working folder are injectable,
 * so tests run main() in-process and read what it wrote.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_PROFILE, ProfileError, withFramework } from '../core/builtin-profiles';
import type { Profile } from '../core/profile';
import { UsageError, parseCheckArgs, type CheckArgs } from './args';
import { discoverInputs } from './discover';
import { renderHtml } from './format/html';
import { renderJson } from './format/json';
import { renderText } from './format/text';
import { summaryLine } from './format/common';
import { CHECK_HELP, MAIN_HELP, readVersion } from './help';
import { refuseOutput, writeAtomically } from './output';
import { checkInputs, type CliReport } from './run';
import type { WorkerFaults } from './worker';

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
  /** Called after each file is checked, `done` files so far (the bench samples memory here). */
  onFileDone?: (done: number, total: number, file: string, info: { heapUsed?: number }) => void;
  /** The clock for the HTML report's date (tests pin it). */
  now?: () => Date;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;
/** The run finished, no error-severity finding, but some files could not be read. */
export const EXIT_UNREADABLE = 3;

type Command = (argv: string[], io: CliIO) => Promise<number>;

/** The subcommands. Each takes the arguments after its name. */
const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  // exceljs (template writing) loads only for this command.
  template: async (argv, io) => (await import('./template')).templateCommand(argv, io),
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

/**
 * Loads --profile (a JSON file) and applies --framework. Throws ProfileError with a Chinese sentence.
 * The schema library (zod) loads only here, when a profile file is given.
 */
export async function loadProfile(args: Pick<CheckArgs, 'profile' | 'framework'>, cwd: string): Promise<Profile> {
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
    const { parseProfile } = await import('../core/profile');
    try {
      profile = parseProfile(json);
    } catch (err) {
      if (err instanceof ProfileError) throw new ProfileError(`${args.profile}: ${err.message}`);
      throw err;
    }
  }
  if (args.framework) profile = withFramework(profile, args.framework);
  // No framework chosen: each table is checked under the one it follows (2024 where it does not say).
  else if (!args.profile) profile = { ...profile, detectFramework: true };
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
    profile = await loadProfile(args, io.cwd);
  } catch (err) {
    if (err instanceof ProfileError) {
      io.stderr.write(`jixiao check: ${err.message}\n`);
      return EXIT_FAILURE;
    }
    throw err;
  }

  const inputs = discoverInputs(args.paths, io.cwd);
  const target = args.output ? path.resolve(io.cwd, args.output) : null;
  if (target && args.output) {
    const refused = refuseOutput(target, args.output, inputs, args.force);
    if (refused) {
      io.stderr.write(`jixiao check: ${refused}\n`);
      return EXIT_FAILURE;
    }
  }
  const total = inputs.length;
  const showProgress = !args.quiet && total > 3;
  const live = showProgress && io.stderr.isTTY === true;
  let progressShown = false;
  const report = await checkInputs(inputs, {
    profile,
    jobs: args.jobs ?? defaultJobs(),
    load: { convert: { timeoutSeconds: args.convertTimeout, pathEnv: io.env.PATH ?? '' } },
    memoryLimitMb: args.memoryLimit,
    fileTimeoutSeconds: args.fileTimeout,
    faults: testFaults(io.env),
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
  if (target && args.output) {
    try {
      writeAtomically(target, content);
    } catch (err) {
      io.stderr.write(`jixiao check: 无法写入报告文件 ${args.output} (cannot write the report): ${(err as Error).message}\n`);
      return EXIT_FAILURE;
    }
    io.stderr.write(`${summaryLine(report)}\n报告已写入 ${args.output} (report written)\n`);
  } else {
    io.stdout.write(content);
  }
  return exitStatus(report, io, args.quiet);
}

/** The test hooks of the workers (JIXIAO_TEST_WORKER_ALLOCATE / _EXIT / _HANG), when set. */
function testFaults(env: CliIO['env']): WorkerFaults | undefined {
  const faults: WorkerFaults = {};
  if (env.JIXIAO_TEST_WORKER_ALLOCATE) faults.allocate = env.JIXIAO_TEST_WORKER_ALLOCATE;
  if (env.JIXIAO_TEST_WORKER_EXIT) faults.exit = env.JIXIAO_TEST_WORKER_EXIT;
  if (env.JIXIAO_TEST_WORKER_HANG) faults.hang = env.JIXIAO_TEST_WORKER_HANG;
  return Object.keys(faults).length > 0 ? faults : undefined;
}

/** The number of files checked at once by default: the cores Node may use. */
export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : Math.max(1, os.cpus().length);
}

/**
 * 2 when no file could be read; 1 when there is an error-severity finding (even if some other file could
 * not be read: the report lists both, and 1 keeps its meaning); 3 when some files could not be read and
 * the rest have no error; else 0.
 */
function exitStatus(report: CliReport, io: CliIO, quiet: boolean): number {
  const s = report.summary;
  const total = s.files;
  if (total > 0 && s.unreadable === total) {
    io.stderr.write(
      total === 1
        ? 'jixiao check: 文件无法读取，未做任何检查 (the file could not be read)\n'
        : `jixiao check: ${total} 个文件都无法读取，未做任何检查 (no file could be read)\n`,
    );
    return EXIT_FAILURE;
  }
  if (s.unreadable > 0 && !quiet) io.stderr.write(`jixiao check: ${s.unreadable} 个文件无法检查，见报告中“无法检查”的说明 (some files could not be read)\n`);
  if (s.errors > 0) return EXIT_FINDINGS;
  return s.unreadable > 0 ? EXIT_UNREADABLE : EXIT_OK;
}
