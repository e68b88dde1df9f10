/** The funds/* rules, in catalog order. */
import type { Rule } from '../../rule';

export const fundsRules: readonly Rule[] = [];
