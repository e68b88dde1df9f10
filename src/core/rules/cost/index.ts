/** The cost/* rules, in catalog order. */
import type { Rule } from '../../rule';
import { missingTotal } from './missing-total';
import { totalExceedsBudget } from './total-exceeds-budget';
import { totalBelowBudget } from './total-below-budget';
import { itemsSumMismatch } from './items-sum-mismatch';
import { itemExceedsTotal } from './item-exceeds-total';
import { unitCostMismatch } from './unit-cost-mismatch';
import { missingBreakdown } from './missing-breakdown';

export const costRules: readonly Rule[] = [
  missingTotal,
  totalExceedsBudget,
  totalBelowBudget,
  itemsSumMismatch,
  itemExceedsTotal,
  unitCostMismatch,
  missingBreakdown,
];
