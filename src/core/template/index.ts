/**
 * Standard template sheets (issue 4), as pure data: the 项目支出绩效目标表 from a preset, filled from a
 * project, and the 申报表 over project sheets. Written by src/node/template-xlsx.ts (exceljs) and
 * src/excel/templates.ts (Office.js) from the same spec.
 */
export * from './spec';
export * from './presets';
export * from './names';
export * from './style';
export * from './target';
export * from './summary';
export * from './grid';
export * from './from-summary';
export * from './year';

import { PRESETS } from './presets';

/** The presets as the task pane and `jixiao template --list` show them. */
export function listPresets(): Array<{ id: string; name: string; description: string; examples: string[] }> {
  return PRESETS.map((p) => ({ id: p.id, name: p.name, description: p.description, examples: [...p.examples] }));
}
