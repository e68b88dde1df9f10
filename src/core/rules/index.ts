/** The rule registry: every rule of RULES.md, in catalog order. Each group's index lists its rules. */
import type { Rule } from '../rule';
import { headerRules } from './header';
import { fundsRules } from './funds';
import { indicatorRules } from './indicator';
import { valueRules } from './value';
import { costRules } from './cost';
import { goalRules } from './goal';
import { summaryRules } from './summary';
import { weightsRules } from './weights';
import { sheetRules } from './sheet';

export const RULES: readonly Rule[] = [
  ...headerRules,
  ...fundsRules,
  ...indicatorRules,
  ...valueRules,
  ...costRules,
  ...goalRules,
  ...summaryRules,
  ...weightsRules,
  ...sheetRules,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
