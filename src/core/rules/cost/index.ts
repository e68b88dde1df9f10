/** The cost/* rules, in catalog order. */
import type { Rule } from '../../rule';

export const costRules: readonly Rule[] = [];
