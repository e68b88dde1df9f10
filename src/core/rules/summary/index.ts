/** The summary/* rules, in catalog order. */
import type { Rule } from '../../rule';

export const summaryRules: readonly Rule[] = [];
