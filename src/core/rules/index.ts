/** The rule registry: every rule of RULES.md, in catalog order. */
import type { Rule } from '../rule';

export const RULES: readonly Rule[] = [];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
