/**
 * Marks in one import: the fills (./fills.ts), the state kept in the workbook (./mark-state.ts), the
 * per-cell plan (./mark-plan.ts), and the cell-address helpers they use (./cells.ts).
 */
export * from './fills';
export * from './mark-state';
export * from './mark-plan';
export { addressChunks, normalizeCell } from './cells';
