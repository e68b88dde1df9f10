/** The goal/* rules, in catalog order. */
import type { Rule } from '../../rule';
import { indicatorMismatch } from './indicator-mismatch';

export const goalRules: readonly Rule[] = [indicatorMismatch];
