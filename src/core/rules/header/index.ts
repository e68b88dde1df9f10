/** The header/* rules, in catalog order. */
import type { Rule } from '../../rule';
import { missingField } from './missing-field';
import { invalidCategory } from './invalid-category';

export const headerRules: readonly Rule[] = [missingField, invalidCategory];
