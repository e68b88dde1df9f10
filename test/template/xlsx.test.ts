/**
 * The templates written to .xlsx with exceljs: read back by the Node loader the checker uses, and by
 * exceljs for what the checker does not see (styles, widths, validation, print set-up).
 */
import { seedTemplate } from '../support/seed-templates';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/core/check';
import { rangeToA1 } from '../../src/core/grid';
import type { TargetTable } from '../../src/core/model';
import { BUILTIN_PROFILES, type Framework } from '../../src/core/profile';
import {
  PRESETS,
  buildSummarySpec,
  buildTemplate,
  specToGrid,
  type TargetSheetSpec,
} from '../../src/core/template';
import { readXlsxBuffer } from '../../src/node/xlsx';
import { templateBuffer } from '../../src/node/template-xlsx';
import { parseSeedProjects } from '../support/table-builder';

/** Findings that only ask for something to be filled in. */
const FILL_IN_RULES = ['header/missing-field', 'indicator/missing-value', 'cost/missing-breakdown'];
const all = (['2024', 'classic'] as Framework[]).flatMap((fw) => PRESETS.map((p) => [p.id, fw] as const));

async function exceljsOf(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe('every preset written to .xlsx', () => {
  it.each(all)('%s (%s): read back as a target table with only "please fill in" findings', async (id, fw) => {
    const spec = buildTemplate({ preset: id, framework: fw, year: 2024 });
    const grids = await readXlsxBuffer(await templateBuffer([spec]));
    expect(grids.map((g) => g.name)).toEqual([spec.name]);
    // What the checker reads from the file is what the spec says (values, formula results, merges) — but
    // The file holds each formula's cached result, 0 included (<v>0</v>), and the reader reads it.
    const expected = specToGrid(spec);
    expect(grids[0].rows).toEqual(expected.rows);
    expect(grids[0].merges?.map(rangeToA1).sort()).toEqual(spec.merges.map(rangeToA1).sort());
    const result = checkWorkbook(grids, { profile: BUILTIN_PROFILES[fw] });
    expect(result.sheets[0].kind).toBe('target-table');
    const other = result.sheets[0].findings.filter((f) => !FILL_IN_RULES.includes(f.rule));
    expect(other).toEqual([]);
    expect(result.sheets[0].findings.length).toBeGreaterThan(spec.content.indicators.length);
  });

  it('keeps styles, widths, heights, number formats, protection flags, validation and print set-up', async () => {
    const spec = buildTemplate({ preset: 'it-ops', framework: '2024', year: 2024, amount: 440 });
    const wb = await exceljsOf(await templateBuffer([spec]));
    const ws = wb.getWorksheet(spec.name)!;
    expect(spec.columnWidths.map((_, i) => ws.getColumn(i + 1).width)).toEqual(spec.columnWidths);
    for (const [r, h] of Object.entries(spec.rowHeights)) expect(ws.getRow(Number(r) + 1).height).toBe(h);
    for (const c of spec.cells) {
      const cell = ws.getCell(c.row + 1, c.col + 1);
      const s = spec.styles[c.style];
      expect({ at: cell.address, font: cell.font.name, size: cell.font.size, bold: !!cell.font.bold }).toEqual({
        at: cell.address,
        font: s.font.name,
        size: s.font.size,
        bold: !!s.font.bold,
      });
      expect(cell.numFmt ?? 'General').toBe(s.numberFormat ?? 'General');
      expect(cell.protection?.locked ?? true).toBe(s.locked);
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      expect(fill?.pattern === 'solid' ? `#${String(fill.fgColor?.argb).slice(2)}` : undefined).toBe(s.fill);
      expect(!!cell.border?.top && !!cell.border?.left).toBe(!!s.border);
      expect(cell.alignment?.wrapText ?? false).toBe(!!s.wrap);
    }
    const total = ws.getCell('C5');
    expect(total.formula).toBe('C6+C7+C8');
    expect(total.result).toBe(440);
    // Data validation, expanded per cell by exceljs.
    const dv = (a: string) => (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model[a];
    expect(dv('E3')).toMatchObject({ type: 'list', formulae: ['"特定目标类,其他运转类,公用经费,人员类,运转类"'], showErrorMessage: true, errorStyle: 'stop' });
    expect(dv('B11')).toMatchObject({ type: 'list', formulae: ['"成本指标,产出指标,效益指标,满意度指标"'] });
    expect(dv('C11')).toMatchObject({ type: 'list', formulae: ['"经济成本指标,社会成本指标,生态环境成本指标"'] });
    const outputRow = spec.content.indicators.findIndex((r) => r.level1 === '产出指标') + 11;
    expect(dv(`C${outputRow}`)).toMatchObject({ type: 'list', formulae: ['"数量指标,质量指标,时效指标"'] });
    expect(dv('D11')).toMatchObject({ type: 'textLength', operator: 'lessThanOrEqual', formulae: [40] });
    expect(dv('C6')).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], promptTitle: '金额（万元）' });
    expect(dv('E11')?.prompt).toContain('成本指标');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '10:10', horizontalCentered: true });
    expect((ws as unknown as { sheetProtection: unknown }).sheetProtection ?? null).toBeNull();
  });

  it('protects the sheet without a password only when asked', async () => {
    const spec = buildTemplate({ preset: 'general', protect: true });
    const wb = await exceljsOf(await templateBuffer([spec]));
    const p = (wb.worksheets[0] as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(p).toMatchObject({ sheet: true, formatRows: true, insertRows: true });
    expect(p.hashValue).toBeUndefined();
  });
});

describe('a template filled with each of the 15 seed projects, through .xlsx', () => {
  const seeds = parseSeedProjects();
  it('raises no error-severity finding on any of them, and the formula totals are read as amounts', async () => {
    const specs: TargetSheetSpec[] = seeds.map((seed, i) =>
      seedTemplate(seed, `${String(i + 1).padStart(2, '0')}${seed.nameSummary}`),
    );
    const grids = await readXlsxBuffer(await templateBuffer([buildSummarySpec(specs), ...specs]));
    const result = checkWorkbook(grids);
    expect(result.sheets.map((s) => s.kind)).toEqual(['summary', ...seeds.map(() => 'target-table')]);
    expect(result.sheets.flatMap((s) => s.findings).filter((f) => f.severity === 'error')).toEqual([]);
    const tables = result.model.sheets.filter((s): s is TargetTable => s.kind === 'target-table');
    expect(tables.map((t) => t.funds.total?.amount)).toEqual(seeds.map((s) => Number(String(s.spec.total).replace(/,/g, ''))));
    // The summary's formulas carry the tables' names and amounts: no summary/* finding.
    expect(result.sheets[0].findings).toEqual([]);
  });
});
