/** The indicator/* rules, in catalog order. */
import type { Rule } from '../../rule';

export const indicatorRules: readonly Rule[] = [];
