/**
 * The header/*, funds/*, indicator/* and value/* rules end to end: the seed workbooks as recognised from
 * the .xlsx files, and the official layout with one mistake put in per rule, as a reviewer meets it.
 */
import * as path from 'path';
import { readXlsxFile } from '../../src/node/xlsx';
import { checkWorkbook } from '../../src/core/check';
import { BUILTIN_PROFILES } from '../../src/core/profile';
import type { CellValue, Grid } from '../../src/core/grid';

const OWN = /^(header|funds|indicator|value)\//;
const fixture = (layout: string) => path.join(__dirname, '../fixtures', `pingyin-2024-${layout}.xlsx`);

function own(grids: Grid[], framework: '2024' | 'classic' = '2024') {
  const result = checkWorkbook(grids, { profile: BUILTIN_PROFILES[framework] });
  return result.sheets.flatMap((s) => s.findings.filter((f) => OWN.test(f.rule)).map((f) => ({ ...f, sheet: s.name })));
}

describe.each(['official', 'split'])('seed workbook (%s layout)', (layout) => {
  let grids: Grid[] = [];
  beforeAll(async () => {
    grids = await readXlsxFile(fixture(layout));
  });

  it('raises no error and no warning from these rules', () => {
    expect(own(grids).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('notes the 43 values printed without an operator (official only; the split layout states =)', () => {
    const infos = own(grids).filter((f) => f.severity === 'info');
    expect(new Set(infos.map((f) => f.rule)).size).toBeLessThanOrEqual(1);
    expect(infos).toHaveLength(layout === 'official' ? 43 : 0);
    for (const f of infos) expect(f.cell).toMatch(/^E\d+$/);
  });

  it('classic framework: only 成本指标 as a 一级, once per table', () => {
    const errors = own(grids, 'classic').filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toEqual(Array(15).fill('indicator/unknown-level1'));
    expect(new Set(errors.map((f) => f.sheet)).size).toBe(15);
  });
});

describe('seed workbook (pasted layout)', () => {
  // As pasted, 表1 row 18 reads 效益指标 | 时效指标 | 按施工合同完成及时率 | 100%: the sheet files 时效指标 under
  // 效益指标, and a reviewer reading this sheet sends it back. (Whether the PDF's merged label slipped a row
  // or the clerk misfiled it, the cells say so; the official and split layouts file it under 产出 and
  // raise nothing.) This is the one error the pasted seed must raise.
  it('raises exactly one error: 时效指标 filed under 效益指标 in 表1', async () => {
    const findings = own(await readXlsxFile(fixture('pasted')));
    expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual([
      '表1!B18 indicator/misplaced-level2',
    ]);
  });

  it('raises no error on the other 14 tables', async () => {
    const findings = own(await readXlsxFile(fixture('pasted')));
    expect(findings.filter((f) => f.severity === 'error' && f.sheet !== '表1')).toEqual([]);
  });
});

describe('one mistake per rule in the official layout (sheet 01, the water-supply table)', () => {
  let base: Grid;
  beforeAll(async () => {
    const grids = await readXlsxFile(fixture('official'));
    base = grids[1];
  });

  /** A copy of the sheet with cells set (A1 → value) and rows deleted (1-based). */
  function edit(cells: Record<string, CellValue>, deleteRows: number[]): Grid {
    const rows = base.rows.map((r) => [...r]);
    for (const [a1, v] of Object.entries(cells)) {
      const m = /^([A-Z])(\d+)$/.exec(a1)!;
      const r = Number(m[2]) - 1;
      const c = m[1].charCodeAt(0) - 65;
      while (rows[r].length <= c) rows[r].push(null);
      rows[r][c] = v;
    }
    const kept = rows.filter((_, i) => !deleteRows.includes(i + 1));
    // Only the last rows are deleted here: merges that reach them go with them.
    const first = Math.min(Infinity, ...deleteRows) - 1;
    const merges = (base.merges ?? []).filter((m) => m.bottom < first);
    return { ...base, rows: kept, merges };
  }

  const cases: Array<[rule: string, cell: string, cells: Record<string, CellValue>, deleteRows: number[]]> = [
    ['header/missing-field', 'E4', { E4: null }, []],
    ['header/invalid-category', 'E3', { E3: '专项类' }, []],
    ['funds/not-a-number', 'C6', { C6: '详见预算表' }, []],
    ['funds/sources-mismatch', 'C5', { C6: 900 }, []],
    ['indicator/missing-level1', 'B10', {}, [22]],
    ['indicator/unknown-level2', 'C15', { C15: '数目指标' }, []],
    ['indicator/misplaced-level2', 'C19', { C19: '时效指标' }, []],
    ['indicator/missing-level2', 'B15', { C18: null }, []],
    ['indicator/missing-name', 'E16', { D16: null }, []],
    ['indicator/missing-value', 'E16', { E16: null }, []],
    ['indicator/duplicate', 'D16', { D16: '管网建设' }, []],
    ['indicator/name-too-long', 'D15', { D15: '县城供水管网新建及改造工程（含伊利奶业和城区供水管网建设、云翠加压站扩容建设）完成长度' }, []],
    ['value/placeholder', 'E16', { E16: '待定' }, []],
    ['value/unparseable', 'E15', { E15: '≥米' }, []],
    ['value/missing-operator', 'E15', { E15: '15826 米' }, []],
    ['value/missing-unit', 'E15', { E15: '≥15826' }, []],
    ['value/percent-out-of-range', 'E17', { E17: '≥105%' }, []],
    ['value/operator-direction', 'E12', { E12: '≥228.5 万元' }, []],
    ['value/satisfaction-range', 'E22', { E22: '≥60%' }, []],
    ['value/unit-mismatch', 'E12', { E12: '≤228.5 米' }, []],
    ['value/qualitative-where-quantitative', 'E16', { E16: '明显增加' }, []],
  ];

  // Known limitation of recognition (src/core/recognize/target.ts, parseIndicatorRow): an unknown 一级 label
  // on a row whose 二级 is a known label (B19 影响指标 | C19 社会效益指标) is dropped for that row and applied
  // from the next row on (through the merge), so row 19 reads as 社会效益指标 under 产出指标
  // (misplaced-level2) instead of under an unknown 一级. The first row of a 一级 block always has its 二级,
  // so a mistyped 一级 is never reported as such in the official layout. Flip to it() once fixed.
  it('indicator/unknown-level1 at B19 when the row’s 二级 is known', () => {
    const findings = own([edit({ B19: '影响指标' }, [])]);
    expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.cell}`)).toEqual(['indicator/unknown-level1 B19']);
  });

  it('the unchanged sheet has none of these findings', () => {
    const ids = own([base]).filter((f) => f.severity !== 'info').map((f) => f.rule);
    expect(ids).toEqual([]);
  });

  it.each(cases)('%s at %s', (rule, cell, cells, deleteRows) => {
    const findings = own([edit(cells, deleteRows)]);
    const hit = findings.filter((f) => f.rule === rule && f.cell === cell);
    // The mistake is reported once by its rule, and no unrelated error comes with it.
    expect(hit).toHaveLength(1);
    if (rule !== 'value/missing-operator') expect(findings.filter((f) => f.rule === rule)).toHaveLength(1);
    const related = new Set([rule, 'indicator/missing-level2', 'value/missing-operator']);
    expect(findings.filter((f) => f.severity === 'error' && !related.has(f.rule))).toEqual([]);
  });
});
