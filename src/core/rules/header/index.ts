/** The header/* rules, in catalog order. */
import type { Rule } from '../../rule';

export const headerRules: readonly Rule[] = [];
