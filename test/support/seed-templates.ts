/**
 * A standard template filled with one of the seed's real projects (test/fixtures/seed-projects.txt): the
 * preset guessed from its name, the 2024 year of the seed. Shared by the template tests and the gallery.
 */
import { buildTemplate, fillTemplate, guessPreset, type TargetSheetSpec } from '../../src/core/template';
import type { SeedProject } from './table-builder';

export function seedTemplate(seed: SeedProject, sheetName = seed.nameSummary): TargetSheetSpec {
  const s = seed.spec;
  return fillTemplate(buildTemplate({ preset: guessPreset(seed.nameSummary).id, year: 2024, sheetName }), {
    projectName: s.name!,
    category: s.category!,
    department: s.department!,
    implementingUnit: s.unit!,
    fiscal: s.fiscal as string,
    carryover: s.carryover as string,
    other: s.other as string,
    goal: s.goal!,
    indicators: s.indicators.map((r) => [r[0], r[1], r[2], r[3]] as const),
  });
}
