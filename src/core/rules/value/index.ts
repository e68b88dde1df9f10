/** The value/* rules, in catalog order. */
import type { Rule } from '../../rule';

export const valueRules: readonly Rule[] = [];
