/**
 * The generator of evaluation workbooks: projects (project.ts), layouts and variants (layouts.ts),
 * renderers to core Grids (render.ts), workbooks (workbook.ts), mutations per rule id (mutate.ts),
 * evaluation cases (cases.ts) and the .xlsx writer (write-xlsx.ts).
 */
export * from './prng';
export * from './project';
export * from './layouts';
export * from './render';
export * from './workbook';
export * from './mutate';
export * from './cases';
