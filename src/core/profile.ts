/**
 * Profiles: which framework, the severity of each rule, the tolerances. A profile is a JSON file,
 * validated with zod; the built-in ones live in ./profiles/.
 */
import { z } from 'zod';
import { ProfileError } from './builtin-profiles';

export { BUILTIN_PROFILES, DEFAULT_PROFILE, ProfileError, withFramework } from './builtin-profiles';

export const FrameworkSchema = z.enum(['2024', 'classic']);
export type Framework = z.infer<typeof FrameworkSchema>;

export const ProfileSchema = z
  .object({
    name: z.string().min(1).default('custom'),
    /** "2024": 成本指标 is a 一级指标 (the seed, 财预〔2021〕101号); "classic": 成本 under 产出 (财预〔2015〕88号). */
    framework: FrameworkSchema.default('2024'),
    /**
     * Whether a table that plainly follows the other framework (成本指标 a 二级 under 产出指标: classic; its
     * own 一级: 2024) is checked under that one, with a sheet/other-framework notice. On when no framework was
     * chosen (the command line without --framework or --profile; the task pane's 自动识别).
     */
    detectFramework: z.boolean().default(false),
    /** Per rule id: a severity, or "off" to silence the rule. */
    severities: z.record(z.string(), z.enum(['error', 'warning', 'info', 'off'])).default({}),
    tolerances: z
      .object({
        /** 万元: 财政拨款 + 上年结转 + 其他 may differ from 年度预算资金总额 by this much. */
        funds: z.number().min(0).default(0.01),
        /** 万元: Σ 分项成本 may differ from 项目总成本 by this much. */
        costSum: z.number().min(0).default(0.01),
        /** A fraction: unit cost × quantity may differ from the total cost by this share (0.1 = 10%). */
        unitCost: z.number().min(0).max(10).default(0.1),
      })
      .strict()
      .default({ funds: 0.01, costSum: 0.01, unitCost: 0.1 }),
    /** Percent: a 满意度 target below this is reported. */
    satisfactionMin: z.number().min(0).max(100).default(80),
    /** Characters: a 三级指标 name longer than this is reported. */
    maxNameLength: z.number().int().min(1).default(40),
  })
  .strict();
export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;

/**
 * Validates a profile read from JSON. Throws ProfileError whose message names each bad field, e.g.
 * "配置文件无效: tolerances.unitCost: 应为数字 (expected number)".
 */
export function parseProfile(input: unknown): Profile {
  const r = ProfileSchema.safeParse(input);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => {
    const path = i.path.length ? i.path.join('.') : '(整个文件)';
    return `${path}: ${i.message}`;
  });
  throw new ProfileError(`配置文件无效 (invalid profile): ${lines.join('; ')}`);
}
