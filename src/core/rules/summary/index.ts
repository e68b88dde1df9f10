/** The summary/* rules, in catalog order. */
import type { Rule } from '../../rule';
import { amountMismatch } from './amount-mismatch';
import { projectMissing } from './project-missing';
import { nameMismatch } from './name-mismatch';
import { totalMismatch } from './total-mismatch';

export const summaryRules: readonly Rule[] = [amountMismatch, projectMissing, nameMismatch, totalMismatch];
