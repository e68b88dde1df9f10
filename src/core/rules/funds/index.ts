/** The funds/* rules, in catalog order. */
import type { Rule } from '../../rule';
import { notANumber } from './not-a-number';
import { sourcesMismatch } from './sources-mismatch';

export const fundsRules: readonly Rule[] = [notANumber, sourcesMismatch];
