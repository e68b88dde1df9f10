/**
 * The summary/* rules over the seed: its 申报表 (as printed in test/fixtures/seed-source.txt) against its
 * 15 tables (test/fixtures/seed-projects.txt).
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildSummary, buildTable, buildWorkbook, parseSeedProjects } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import { summaryRules } from '.';

/** The 申报表 rows of the seed document: 序号 \t 部门 \t 项目名称 \t 金额. */
export function seedSummaryRows(): Array<[string, string, string]> {
  const text = fs.readFileSync(path.join(__dirname, '../../../../test/fixtures/seed-source.txt'), 'utf8');
  const rows: Array<[string, string, string]> = [];
  for (const line of text.split('\n')) {
    const m = /^(\d+)\t([^\t]+)\t([^\t]+)\t([\d.,]+)/.exec(line);
    if (m) rows.push([m[2].trim(), m[3].trim(), m[4]]);
    if (rows.length === 15) break;
  }
  return rows;
}

describe('summary/* on the seed', () => {
  const rows = seedSummaryRows();
  const model = buildWorkbook(buildSummary({ rows, total: true }), ...parseSeedProjects().map((p) => buildTable(p.spec)));
  const ctx = { profile: DEFAULT_PROFILE };
  const findings = summaryRules.flatMap((r) => (r.scope === 'workbook' ? r.check(model, ctx) : []).map((i) => ({ rule: r.id, ...i })));

  it('reads the 15 summary rows', () => {
    expect(rows).toHaveLength(15);
  });

  it('reports what a reviewer finds: 平阳县 (name and department), the 2022年 prefix, 政府办公室 vs 人民政府办公室', () => {
    const summarySheet = model.sheets[0].sheet;
    const got = findings.map((f) => `${f.rule} ${f.sheet} ${f.cell.row}:${f.cell.col}`).sort();
    // Row i of the summary is at sheet row 2 + i; department in column 1, name in column 2.
    const expected = [
      `summary/name-mismatch ${summarySheet} ${2 + 1}:2`, // 平阴县综合养老服务中心建设项目 vs 平阳县…
      `summary/name-mismatch ${summarySheet} ${2 + 1}:1`, // 平阴县民政局 vs 平阳县民政局
      `summary/name-mismatch ${summarySheet} ${2 + 7}:1`, // 平阴县政府办公室 vs 平阴县人民政府办公室
      `summary/name-mismatch ${summarySheet} ${2 + 8}:2`, // 2022年平阴县农村生活污水治理项目
    ].sort();
    expect(got).toEqual(expected);
    expect(findings.find((f) => f.cell.row === 10)!.message).toContain('2022年平阴县农村生活污水治理项目');
  });

  it('finds no amount mismatch, no missing project, no total mismatch', () => {
    expect(findings.filter((f) => f.rule !== 'summary/name-mismatch')).toEqual([]);
  });
});
