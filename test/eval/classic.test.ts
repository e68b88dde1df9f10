/**
 * The classic framework (财预〔2015〕88号) on generated workbooks: each correct workbook of every layout
 * variant is rewritten the classic way — the 成本 rows move under 产出指标 with 成本指标 as their 二级 — and
 * checked with the classic profile: every table recognised, no error-severity finding. The same workbook
 * checked with the 2024 profile must say the 成本 一级 is missing.
 */
import { checkWorkbook } from '../../src/core/check';
import { BUILTIN_PROFILES } from '../../src/core/profile';
import { DEFAULT_SEED, Rng, VARIANTS, generateWorkbook, gridsOf, renderWorkbook, type GenWorkbook } from '../support/generate';

function toClassic(wb: GenWorkbook): GenWorkbook {
  return {
    ...wb,
    projects: wb.projects.map((p) => {
      const cost = p.indicators.filter((i) => i.level1 === '成本指标').map((i) => ({ ...i, level1: '产出指标', level2: '成本指标' }));
      const rest = p.indicators.filter((i) => i.level1 !== '成本指标');
      const lastOutput = rest.map((i) => i.level1).lastIndexOf('产出指标');
      return { ...p, indicators: [...rest.slice(0, lastOutput + 1), ...cost, ...rest.slice(lastOutput + 1)] };
    }),
  };
}

describe.each(VARIANTS.map((v) => [v.id, v] as const))('classic framework, %s', (_id, variant) => {
  it.each([0, 1])('workbook %i: no error under classic; the 成本 一级 missing under 2024', (i) => {
    const rng = new Rng(`${DEFAULT_SEED}/classic/${variant.id}/${i}`);
    const wb = toClassic(generateWorkbook(rng.fork('wb'), variant));
    const grids = gridsOf(renderWorkbook(wb, variant, rng.fork('render')));
    const classic = checkWorkbook(grids, { profile: BUILTIN_PROFILES.classic });
    for (const p of wb.projects) expect([p.sheet, classic.sheets.find((s) => s.name === p.sheet)?.kind]).toEqual([p.sheet, 'target-table']);
    const errors = classic.sheets.flatMap((s) => s.findings.filter((f) => f.severity === 'error').map((f) => `${s.name}!${f.cell} ${f.rule}: ${f.message}`));
    expect(errors).toEqual([]);
    const modern = checkWorkbook(grids, { profile: BUILTIN_PROFILES['2024'] });
    for (const p of wb.projects) {
      const rules = modern.sheets.find((s) => s.name === p.sheet)!.findings.map((f) => f.rule);
      expect([p.sheet, rules]).toEqual([p.sheet, expect.arrayContaining(['indicator/missing-level1'])]);
    }
  });
});
