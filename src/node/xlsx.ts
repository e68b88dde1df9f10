/**
 * Reads an .xlsx file into core Grids (Node), with the streaming reader in src/reader. Values are what
 * Excel would hand the add-in: formula results, rich text flattened, merged areas with the value only in
 * the top-left cell, error values as {error}, formulas without a stored result as {formula, uncalculated}.
 * Dates become text (yyyy-mm-dd). The exceljs reading it replaced is src/node/exceljs-grid.ts (oracle).
 */
import * as fs from 'fs';
import type { Grid } from '../core/grid';
import { readXlsx, type ReadLimits } from '../reader/xlsx';

/** Reads a workbook file into grids, one per worksheet, in tab order. Throws on unreadable files. */
export async function readXlsxFile(file: string, limits?: ReadLimits): Promise<Grid[]> {
  return readXlsx(await fs.promises.readFile(file), limits);
}

export async function readXlsxBuffer(data: Buffer | ArrayBuffer | Uint8Array, limits?: ReadLimits): Promise<Grid[]> {
  return readXlsx(data instanceof ArrayBuffer ? new Uint8Array(data) : data, limits);
}
