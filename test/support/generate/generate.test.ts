/**
 * The generator checks itself: its renderers reproduce the seed workbooks cell by cell, its .xlsx files
 * read back to the same grids, its projects are arithmetically correct, and every mutation changes the
 * workbook only where its expected finding points.
 */
import * as path from 'path';
import { cellText, rangeToA1, type Grid } from '../../../src/core/grid';
import { readXlsxBuffer, readXlsxFile } from '../../../src/node/xlsx';
import { parseSeedProjects, type TableSpec } from '../table-builder';
import {
  MUTATIONS,
  RULE_IDS,
  Rng,
  VARIANTS,
  correctCase,
  generateProject,
  invariantProblems,
  mutationCases,
  renderSummary,
  renderTable,
  splitValue,
  variantById,
} from '.';
import { xlsxBuffer } from './write-xlsx';

const FIXTURES = path.join(__dirname, '../../fixtures');
const seed = parseSeedProjects();

function numericFunds(spec: TableSpec): TableSpec {
  const num = (x: TableSpec['total']) => (typeof x === 'string' ? Number(x.replace(/,/g, '')) : x);
  return { ...spec, total: num(spec.total), fiscal: num(spec.fiscal), carryover: num(spec.carryover), other: num(spec.other) };
}

const mergesOf = (g: Grid) => (g.merges ?? []).map(rangeToA1).sort();

describe('renderers reproduce the seed workbooks', () => {
  it.each(['official', 'split'] as const)('%s: all 15 tables, cell by cell, merges included', async (family) => {
    const grids = await readXlsxFile(path.join(FIXTURES, `pingyin-2024-${family}.xlsx`));
    expect(grids).toHaveLength(16);
    seed.forEach((s, i) => {
      const fixture = grids[i + 1];
      const draft = renderTable(numericFunds(s.spec), variantById(family), new Rng('seed'), { sheetName: fixture.name });
      expect({ sheet: fixture.name, rows: draft.grid.rows }).toEqual({ sheet: fixture.name, rows: fixture.rows });
      expect(mergesOf(draft.grid)).toEqual(mergesOf(fixture));
    });
  });

  it('official: the summary sheet, cell by cell', async () => {
    const [summary] = await readXlsxFile(path.join(FIXTURES, 'pingyin-2024-official.xlsx'));
    const rows = seed.map((s) => [s.deptSummary, s.nameSummary, Number(String(s.spec.total).replace(/,/g, ''))] as [string, string, number]);
    const draft = renderSummary({ rows }, variantById('official'), new Rng('s'), { sheetName: summary.name });
    expect(draft.grid.rows).toEqual(summary.rows);
    expect(mergesOf(draft.grid)).toEqual(mergesOf(summary));
  });

  it('pasted: the same texts as the pasted seed, apart from the title/funds-label line breaks and page-break junk', async () => {
    const grids = await readXlsxFile(path.join(FIXTURES, 'pingyin-2024-pasted.xlsx'));
    const layoutOnly = /^(项目支出绩效目标表.*|\(\d{4}年度\)|项目资金.*|\(万元\)|-+)$/;
    // Distinct texts: the seed's 表13 repeats a 二级 label on a continuation row, a paste quirk.
    const bag = (g: Grid) =>
      [...new Set(g.rows
        .flat()
        .map((v) => cellText(v).replace(/[：:]/g, ':').replace(/\s+/g, ''))
        .filter((t) => t && !layoutOnly.test(t)))].sort();
    seed.forEach((s, i) => {
      const draft = renderTable(s.spec, variantById('pasted'), new Rng(`p${i}`), { sheetName: `表${i + 1}` });
      expect(bag(draft.grid)).toEqual(bag(grids[i + 1]));
      for (const row of draft.grid.rows) for (const v of row) expect(v === null || typeof v === 'string').toBe(true);
    });
  });

  it('splits a one-cell value the way the provincial export does', () => {
    expect(splitValue('≤21.27万元/村')).toEqual(['≤', 21.27, '万元/村']);
    expect(splitValue('100%')).toEqual(['=', 100, '%']);
    expect(splitValue('12 个月')).toEqual(['=', 12, '个月']);
    expect(splitValue('明显提高')).toEqual(['定性', '明显提高', '']);
    expect(splitValue('')).toEqual([null, null, null]);
  });
});

describe('generated workbooks', () => {
  it.each(VARIANTS.map((v) => v.id))('%s: written to .xlsx and read back by the loader, the grids are identical', async (id) => {
    const c = correctCase(variantById(id), 0);
    const back = await readXlsxBuffer(await xlsxBuffer(c.drafts));
    expect(back.map((g) => g.name)).toEqual(c.grids.map((g) => g.name));
    back.forEach((g, i) => {
      expect(g.rows).toEqual(c.grids[i].rows);
      expect(mergesOf(g)).toEqual(mergesOf(c.grids[i]));
    });
  });

  it('projects are arithmetically consistent (funds, items, unit cost, weights, goal figures)', () => {
    const rng = new Rng('invariants');
    const problems: string[] = [];
    const archetypes = new Set<string>();
    let unitCosts = 0;
    for (let i = 0; i < 400; i++) {
      const p = generateProject(rng.fork(i));
      archetypes.add(p.archetype);
      if (p.indicators.some((x) => x.role === 'unit-cost')) unitCosts++;
      for (const msg of invariantProblems(p)) problems.push(`${i} ${p.name}: ${msg}`);
    }
    expect(problems).toEqual([]);
    expect(archetypes.size).toBeGreaterThanOrEqual(12);
    expect(unitCosts).toBeGreaterThan(80);
  });

  it('the invariant check catches a broken project', () => {
    const p = generateProject(new Rng('broken'), { needs: { items: 2 } });
    const item = p.indicators.find((x) => x.role === 'item');
    if (!item) throw new Error('no item');
    item.value = item.value.replace(/\d+(\.\d+)?/, '99999');
    expect(invariantProblems(p).join()).toMatch(/items sum/);
  });

  it('is deterministic: the same seed gives the same workbook, another seed another', () => {
    const v = variantById('pasted-noisy');
    expect(correctCase(v, 3).grids).toEqual(correctCase(v, 3).grids);
    expect(correctCase(v, 3, 'other-seed').grids).not.toEqual(correctCase(v, 3).grids);
  });

  it('variants differ as described (offset, 元, weights, no title)', () => {
    const first = (id: string) => correctCase(variantById(id), 0).grids[1];
    const offset = first('official-offset');
    expect(offset.rows[0]).toEqual([]);
    expect(offset.rows[2][0]).toBeNull();
    expect(offset.rows[2][1]).toMatch(/^项目支出绩效目标表（\d{4}年度）$/);
    const yuan = first('official-yuan');
    expect(yuan.rows.flat().map(cellText).join('|')).toMatch(/项目资金\n（元）/);
    expect(yuan.rows.flat().map(cellText).join('|')).not.toMatch(/万元/);
    const weights = correctCase(variantById('official-weights'), 0);
    for (const g of weights.grids.slice(1)) {
      const header = g.rows.findIndex((r) => r.includes('权重'));
      const col = g.rows[header].indexOf('权重');
      const total = g.rows.slice(header + 1).reduce((s, r) => s + (typeof r[col] === 'number' ? (r[col] as number) : 0), 0);
      expect(total).toBe(100);
    }
    expect(first('official-notitle').rows[0][0]).toBe('项目名称');
  });
});

describe('mutations', () => {
  const cases = mutationCases(VARIANTS);

  it('cover every rule id of RULES.md (35)', () => {
    expect(RULE_IDS).toHaveLength(35);
    for (const rule of RULE_IDS) expect(MUTATIONS.some((m) => m.rule === rule)).toBe(true);
    expect(cases).toHaveLength(RULE_IDS.length * VARIANTS.length);
  });

  it('each changes its workbook, only on the expected sheets, which exist', () => {
    const bad: string[] = [];
    for (const c of cases) {
      const names = c.grids.map((g) => g.name);
      for (const s of c.expected.sheets) if (!names.includes(s)) bad.push(`${c.id}: no sheet ${s}`);
      const changed = c.grids.filter((g) => {
        const before = c.baseline.find((b) => b.name === g.name);
        return !before || JSON.stringify(before) !== JSON.stringify(g);
      });
      if (!changed.length) bad.push(`${c.id}: unchanged`);
      for (const g of changed) {
        if (g.name !== c.targetSheet && g.name !== c.summarySheet) bad.push(`${c.id}: ${g.name} changed too`);
        if (c.mutation.on === 'summary' && g.name !== c.summarySheet) bad.push(`${c.id}: a summary mutation changed ${g.name}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
