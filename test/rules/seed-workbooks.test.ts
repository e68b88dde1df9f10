/**
 * The cost/*, goal/*, summary/* and weights/* rules over the three seed workbooks, as recognised from
 * the .xlsx files (official layout, split 指标值, pasted from a PDF): the same findings a careful reviewer
 * makes, whatever the layout.
 */
import * as path from 'path';
import { readXlsxFile } from '../../src/node/xlsx';
import { checkWorkbook } from '../../src/core/check';

const OWN = /^(cost|goal|summary|weights)\//;

describe.each(['official', 'split', 'pasted'])('seed workbook (%s layout)', (layout) => {
  let findings: Array<{ sheet: string; rule: string; cell: string; message: string }> = [];

  beforeAll(async () => {
    const grids = await readXlsxFile(path.join(__dirname, '../fixtures', `pingyin-2024-${layout}.xlsx`));
    const result = checkWorkbook(grids);
    findings = result.sheets.flatMap((s) => s.findings.filter((f) => OWN.test(f.rule)).map((f) => ({ ...f, sheet: s.name })));
  });

  it('warns about the four unit costs that do not add up, and nothing else in cost/*', () => {
    const cost = findings.filter((f) => f.rule.startsWith('cost/'));
    expect(cost.map((f) => f.rule)).toEqual(Array(4).fill('cost/unit-cost-mismatch'));
    const text = cost.map((f) => f.message).join('\n');
    expect(text).toContain('合计 3,819.09 万元，超过项目总成本 2,010.00 万元');
    expect(text).toContain('647 元/月 × 12 个月 × 1,200 人 = 931.68 万元');
    expect(text).toContain('20 元/月/人 × 12 个月 × 1,300 人 = 31.20 万元');
    expect(text).toContain('0.12 万元/年/人 × 8,000 人 = 960.00 万元');
    // Each points at a 指标值 cell (column E) of a table sheet.
    for (const f of cost) expect(f.cell).toMatch(/^E\d+$/);
  });

  it('warns once about the goal: 20 年以上 against =20年', () => {
    const goal = findings.filter((f) => f.rule === 'goal/indicator-mismatch');
    expect(goal).toHaveLength(1);
    expect(goal[0].message).toContain('管道预计可持续使用年限');
  });

  it('finds the summary sheet’s name and department mismatches on the summary sheet, no amount or missing project', () => {
    const summary = findings.filter((f) => f.rule.startsWith('summary/'));
    expect(summary.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual(
      ['summary/name-mismatch B4', 'summary/name-mismatch C4', 'summary/name-mismatch B10', 'summary/name-mismatch C11'].sort(),
    );
    expect(new Set(summary.map((f) => f.sheet)).size).toBe(1);
  });

  it('raises no weights finding (the seed has no 权重 column)', () => {
    expect(findings.filter((f) => f.rule.startsWith('weights/'))).toEqual([]);
  });
});
