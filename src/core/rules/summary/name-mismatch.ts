import type { Issue, WorkbookRule } from '../../rule';
import { compactKey } from '../../text';
import { matchSummaryRows } from './match';

/** summary/name-mismatch: a matched project whose name or department differs between summary and table. */
export const nameMismatch: WorkbookRule = {
  id: 'summary/name-mismatch',
  defaultSeverity: 'warning',
  title: '申报表与项目表的项目名称或主管部门不一致',
  description:
    '申报表与项目表配对后，项目名称和部门名称应完全一致（只差空格、标点不算不一致）。' +
    '常见问题：名称多了或少了年度前缀（“2022年”）、县名写错（平阴县/平阳县）、部门用简称（政府办公室/人民政府办公室）。' +
    '发现在申报表的对应单元格上；请以批复文件为准统一两处写法，避免一体化系统录入时对不上。',
  scope: 'workbook',
  check(model, ctx) {
    const out: Issue[] = [];
    for (const p of matchSummaryRows(model, ctx.profile.tolerances.funds).pairs) {
      const rowName = p.row.name?.text ?? '';
      const tableName = p.table.projectName?.text ?? '';
      if (p.row.name && compactKey(tableName) && compactKey(rowName) !== compactKey(tableName)) {
        out.push({
          sheet: p.summary.sheet,
          cell: p.row.name.cell,
          message: `申报表的项目名称“${rowName}”与项目表“${p.table.sheet}”中的“${tableName}”不一致，请统一项目名称`,
        });
      }
      const rowDept = p.row.department?.text ?? '';
      const tableDept = p.table.department?.text ?? '';
      if (p.row.department && compactKey(rowDept) && compactKey(tableDept) && compactKey(rowDept) !== compactKey(tableDept)) {
        out.push({
          sheet: p.summary.sheet,
          cell: p.row.department.cell,
          message: `申报表中“${rowName}”的部门“${rowDept}”与项目表“${p.table.sheet}”的主管部门“${tableDept}”不一致，请统一部门名称`,
        });
      }
    }
    return out;
  },
};
