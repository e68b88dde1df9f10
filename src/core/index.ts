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
export { parseTargetValue, parseSplitValue, parseUnit } from './value/parse';
export { parseAmount, wanPerUnit } from './value/money';
export { RULES, ruleById } from './rules';
