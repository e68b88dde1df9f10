/** The pure core's public surface. No Office, DOM or Node imports anywhere under src/core. */
export * from './grid';
export * from './model';
export * from './finding';
export * from './profile';
export * from './framework';
export * from './text';
export * from './rule';
export * from './check';
export { recognizeSheet, recognizeWorkbook } from './recognize';
export {
  parseTargetValue,
  parseSplitValue,
  parseUnit,
  parseValueRange,
  parseOperator,
  operatorSymbol,
  isPlaceholderValue,
  normalizeValueText,
} from './value/parse';
export { parseAmount, wanPerUnit, quantityInWan, perUnitMoney, unitWan, convertMoney, findMoneyUnit } from './value/money';
export type { PerUnitMoney } from './value/money';
export { convertQuantity, unitCountsPer, countedThing, unitDef, isKnownUnit } from './value/units';
export { extractGoalFigures } from './value/goal';
export type { GoalFigure } from './value/goal';
export { RULES, ruleById } from './rules';
export { percentDecimals, percentText, shownNumber } from './numfmt';
