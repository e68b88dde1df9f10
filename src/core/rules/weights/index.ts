/** The weights/* rules, in catalog order. */
import type { Rule } from '../../rule';

export const weightsRules: readonly Rule[] = [];
