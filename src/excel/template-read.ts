/**
 * Reading every sheet's values for 从申报表生成 and 生成/更新申报表, under the same payload budget as the
 * check path (./read.ts, ./read-shaped.ts): all sheets in one sync first; past Excel's limit (5 MB on the
 * web, a RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded) the used ranges' addresses,
 * then the values in row blocks packed into batches of at most `budget` bytes (one sync each), a batch
 * that still fails halved.
 */
import type { CellValue, Grid, MergeArea } from '../core/grid';
import { rangeToA1 } from '../core/grid';
import { areaOfAddress } from '../host/cells';
import { packBatches, splitRows, type Block } from '../host/read-plan';
import { gridFromBlock } from '../host/template-plan';
import { VALUE_BYTES_ESTIMATE, isPayloadError, placeValues } from './read-context';
import type { TRange, TRequestContext, TWorksheet } from './template-office-types';

export interface TemplateSheetRead {
  name: string;
  ws: TWorksheet;
  /** The values-only used range (its address loaded; a null object when the sheet is empty). */
  used: TRange;
}

export interface TemplateRead {
  sheets: TemplateSheetRead[];
  active: string;
  grids: Grid[];
  /** Syncs the values took (1: all at once). */
  batches: number;
}

/** A request context whose sync() counts (./templates.ts makes it). */
export interface CountingContext {
  readonly workbook: TRequestContext['workbook'];
  sync(): Promise<void>;
  syncs(): number;
}

export async function readTemplateSheets(context: CountingContext, budget: number): Promise<TemplateRead> {
  const coll = context.workbook.worksheets;
  coll.load('items/name');
  const active = coll.getActiveWorksheet();
  active.load('name');
  await context.sync();
  const sheets = coll.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('address,values,rowIndex,columnIndex');
    return { name: ws.name, ws, used };
  });
  try {
    await context.sync();
    const grids = sheets.map((s) => (s.used.isNullObject ? { name: s.name, rows: [] } : gridFromBlock(s.name, s.used.rowIndex, s.used.columnIndex, s.used.values)));
    return { sheets, active: active.name, grids, batches: 1 };
  } catch (e) {
    if (!isPayloadError(e)) throw e;
  }
  return readShaped(context, budget, coll.items, active.name);
}

type ValueBlock = Block<number, 'values'>;

async function readShaped(
  context: CountingContext,
  budget: number,
  worksheets: TWorksheet[],
  active: string,
): Promise<TemplateRead> {
  const sheets = worksheets.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('address');
    return { name: ws.name, ws, used };
  });
  await context.sync();
  const rows: CellValue[][][] = sheets.map(() => []);
  const blocks: ValueBlock[] = [];
  sheets.forEach((s, i) => {
    const area = s.used.isNullObject ? null : areaOfAddress(s.used.address);
    if (area) blocks.push(...splitRows(i, 'values' as const, area, VALUE_BYTES_ESTIMATE, budget));
  });
  const batches = packBatches(blocks, budget);
  let syncs = 0;
  const readBatch = async (batch: ValueBlock[], depth: number): Promise<void> => {
    const pending = batch.map((b) => ({ b, range: sheets[b.sheet].ws.getRange(rangeToA1(b.area)).load('values') }));
    try {
      syncs++;
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e) || depth > 8) throw e;
      if (batch.length > 1) {
        const half = Math.ceil(batch.length / 2);
        await readBatch(batch.slice(0, half), depth + 1);
        await readBatch(batch.slice(half), depth + 1);
        return;
      }
      const b = batch[0];
      if (b.area.top === b.area.bottom) throw e;
      const mid = Math.floor((b.area.top + b.area.bottom) / 2);
      const part = (area: MergeArea): ValueBlock => ({ ...b, area });
      await readBatch([part({ ...b.area, bottom: mid })], depth + 1);
      await readBatch([part({ ...b.area, top: mid + 1 })], depth + 1);
      return;
    }
    for (const p of pending) placeValues(rows[p.b.sheet], p.b.area, p.range.values);
  };
  for (const batch of batches) await readBatch(batch, 0);
  const grids = sheets.map((s, i) => ({ name: s.name, rows: rows[i] }));
  return { sheets, active, grids, batches: syncs };
}
