/** The sheet/* rules (about the sheet as read, not its content), in catalog order. */
import type { Rule } from '../../rule';
import { uncalculatedFormula } from './uncalculated-formula';
import { layoutUncertain } from './layout-uncertain';
import { otherFramework } from './other-framework';
import { moreTables } from './more-tables';

export const sheetRules: readonly Rule[] = [uncalculatedFormula, layoutUncertain, otherFramework, moreTables];
