/** The weights/* rules, in catalog order. */
import type { Rule } from '../../rule';
import { sumNot100 } from './sum-not-100';

export const weightsRules: readonly Rule[] = [sumNot100];
