/**
 * Argument parsing for `jixiao check`. Hand-written (not util.parseArgs) so every mistake gets a Chinese
 * sentence naming the option. Accepts `--format json` and `--format=json`, short -f/-o/-p/-h, and `--`.
 */
import type { Framework } from '../core/profile';

export type Format = 'text' | 'json' | 'html';
export const FORMATS: readonly Format[] = ['text', 'json', 'html'];
export const FRAMEWORKS: readonly Framework[] = ['2024', 'classic'];

export interface CheckArgs {
  paths: string[];
  format: Format;
  profile?: string;
  framework?: Framework;
  output?: string;
  help: boolean;
  /** --no-color / --color override the TTY and NO_COLOR detection. */
  color?: boolean;
  /** --quiet: no progress on stderr. */
  quiet: boolean;
  /** --force: an existing report file may be replaced (never a workbook, never an input). */
  force: boolean;
  /** --jobs N: files checked at once (default: the number of cores). */
  jobs?: number;
  /** --convert-timeout S: seconds LibreOffice may take to convert one .xls/.et/.ods (default 60). */
  convertTimeout?: number;
  /** --memory-limit MB: heap each file's check may use before it is stopped (default 1024). */
  memoryLimit?: number;
  /** --file-timeout S: seconds one file's check may take before it is stopped (default 300). */
  fileTimeout?: number;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

type ValueKey = 'format' | 'profile' | 'framework' | 'output' | 'jobs' | 'convert-timeout' | 'memory-limit' | 'file-timeout';

const VALUE_OPTIONS: Record<string, ValueKey> = {
  '--format': 'format',
  '-f': 'format',
  '--profile': 'profile',
  '-p': 'profile',
  '--framework': 'framework',
  '--output': 'output',
  '-o': 'output',
  '--jobs': 'jobs',
  '-j': 'jobs',
  '--convert-timeout': 'convert-timeout',
  '--memory-limit': 'memory-limit',
  '--file-timeout': 'file-timeout',
};

/** A whole number in [min, max] for option `name`, or a UsageError naming it. */
function positiveInt(name: string, value: string, min: number, max: number, unit: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${name} 的值 "${value}" 无效，应为 ${min} 到 ${max} 之间的整数${unit} (expected a whole number from ${min} to ${max})`);
  }
  return n;
}

export function parseCheckArgs(argv: readonly string[]): CheckArgs {
  const args: CheckArgs = { paths: [], format: 'text', help: false, quiet: false, force: false };
  const seen = new Set<string>();
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      if (arg === '') throw new UsageError('文件路径不能为空 (empty path)');
      args.paths.push(arg);
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
    if (arg === '--no-color' || arg === '--no-colour') {
      args.color = false;
      continue;
    }
    if (arg === '--color' || arg === '--colour') {
      args.color = true;
      continue;
    }
    if (arg === '--quiet' || arg === '-q') {
      args.quiet = true;
      continue;
    }
    if (arg === '--force') {
      args.force = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const key = VALUE_OPTIONS[name];
    if (!key) {
      throw new UsageError(`未知选项 ${arg} (unknown option)；可用选项见 jixiao check --help`);
    }
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      if (i + 1 >= argv.length || (argv[i + 1].startsWith('-') && argv[i + 1] !== '-')) {
        throw new UsageError(`选项 ${name} 需要一个值 (option needs a value)`);
      }
      value = argv[++i];
    }
    if (value === '') throw new UsageError(`选项 ${name} 的值不能为空 (empty value)`);
    if (seen.has(key)) throw new UsageError(`选项 --${key} 只能给一次 (given twice)`);
    seen.add(key);
    switch (key) {
      case 'format': {
        const f = value.toLowerCase();
        if (!(FORMATS as readonly string[]).includes(f)) {
          throw new UsageError(`--format 的值 "${value}" 无效，应为 text、json 或 html (unknown format)`);
        }
        args.format = f as Format;
        break;
      }
      case 'framework': {
        if (!(FRAMEWORKS as readonly string[]).includes(value)) {
          throw new UsageError(`--framework 的值 "${value}" 无效，应为 2024 或 classic (unknown framework)`);
        }
        args.framework = value as Framework;
        break;
      }
      case 'profile':
        args.profile = value;
        break;
      case 'output':
        args.output = value;
        break;
      case 'jobs':
        args.jobs = positiveInt('--jobs', value, 1, 256, '');
        break;
      case 'convert-timeout':
        args.convertTimeout = positiveInt('--convert-timeout', value, 1, 3600, '（秒）');
        break;
      case 'memory-limit':
        args.memoryLimit = positiveInt('--memory-limit', value, 64, 65536, '（MB）');
        break;
      case 'file-timeout':
        args.fileTimeout = positiveInt('--file-timeout', value, 1, 86400, '（秒）');
        break;
    }
  }
  return args;
}
