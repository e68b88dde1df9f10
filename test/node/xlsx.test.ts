import * as path from 'path';
import { readXlsxFile } from '../../src/node/xlsx';
import { cellAt } from '../../src/core/grid';

const fixture = (name: string) => path.join(__dirname, '../fixtures', name);

describe('readXlsxFile', () => {
  it('reads the official layout with merges, values only in the top-left cell', async () => {
    const grids = await readXlsxFile(fixture('pingyin-2024-official.xlsx'));
    expect(grids).toHaveLength(16);
    const t = grids[1];
    expect(t.merges).toContainEqual({ top: 10, left: 1, bottom: 13, right: 1 });
    expect(cellAt(t, 10, 1)).toBe('成本指标');
    expect(cellAt(t, 11, 1)).toBeNull();
    expect(cellAt(t, 4, 2)).toBe(1000);
    expect(cellAt(t, 4, 3)).toBeNull();
  });
  it('reads the pasted layout as text', async () => {
    const grids = await readXlsxFile(fixture('pingyin-2024-pasted.xlsx'));
    expect(grids.map((g) => g.name)).toEqual(['申报表', ...Array.from({ length: 15 }, (_, i) => `表${i + 1}`)]);
    expect(cellAt(grids[1], 4, 2)).toBe('1,000.00');
  });
});
