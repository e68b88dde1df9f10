/** The goal/* rules, in catalog order. */
import type { Rule } from '../../rule';

export const goalRules: readonly Rule[] = [];
