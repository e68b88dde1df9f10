/** The value/* rules, in catalog order. */
import type { Rule } from '../../rule';
import { placeholder } from './placeholder';
import { unparseable } from './unparseable';
import { missingOperator } from './missing-operator';
import { missingUnit } from './missing-unit';
import { percentOutOfRange } from './percent-out-of-range';
import { operatorDirection } from './operator-direction';
import { satisfactionRange } from './satisfaction-range';
import { unitMismatch } from './unit-mismatch';
import { qualitativeWhereQuantitative } from './qualitative-where-quantitative';
import { dateSerial } from './date-serial';

export const valueRules: readonly Rule[] = [
  placeholder,
  unparseable,
  missingOperator,
  missingUnit,
  percentOutOfRange,
  operatorDirection,
  satisfactionRange,
  unitMismatch,
  qualitativeWhereQuantitative,
  dateSerial,
];
