/** The indicator/* rules, in catalog order. */
import type { Rule } from '../../rule';
import { missingLevel1 } from './missing-level1';
import { unknownLevel1 } from './unknown-level1';
import { unknownLevel2 } from './unknown-level2';
import { misplacedLevel2 } from './misplaced-level2';
import { missingLevel2 } from './missing-level2';
import { missingName } from './missing-name';
import { missingValue } from './missing-value';
import { duplicate } from './duplicate';
import { nameTooLong } from './name-too-long';

export const indicatorRules: readonly Rule[] = [
  missingLevel1,
  unknownLevel1,
  unknownLevel2,
  misplacedLevel2,
  missingLevel2,
  missingName,
  missingValue,
  duplicate,
  nameTooLong,
];
