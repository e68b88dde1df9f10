import type { Issue, TableRule } from '../../rule';
import { canonicalLevel1, level2Under } from '../../framework';
import { LEVEL2 } from '../../levels';
import { labelBlocks, rowsName, validLevel1 } from './levels';

export const unknownLevel2: TableRule = {
  id: 'indicator/unknown-level2',
  defaultSeverity: 'error',
  scope: 'table',
  title: '二级指标名称不是规定的二级指标',
  description:
    '二级指标只能是规定的名称：经济成本、社会成本、生态环境成本、数量、质量、时效、经济效益、社会效益、' +
    '生态效益、可持续影响、服务对象满意度指标（经典框架另有产出指标下的成本指标），可用常见别名' +
    '（如“可持续发展影响指标”“进度指标”）。写错字、自造名称或把一级指标写进二级指标列时报告；' +
    '每处写错的二级指标只报告一次（合并单元格或逐行重复书写的同一名称算一处），指向其第一个单元格。修改方法：改为该一级指标下规定的二级指标名称。',
  check(table, ctx) {
    const fw = ctx.profile.framework;
    const issues: Issue[] = [];
    const blocks = labelBlocks(table, (i) => i.level2, (i) => i.level1?.text.trim() ?? '');
    for (const { label, rows, repeated } of blocks) {
      if (label.canonical || !label.text.trim()) continue;
      const ind = rows[0];
      const text = label.text.trim();
      const parent = validLevel1(ind, fw);
      const choices = parent ? level2Under(parent, fw) : LEVEL2.filter((l2) => l2 !== '成本指标' || fw === 'classic');
      const where = parent ? `${parent}下的二级指标应为` : '规定的二级指标有';
      const asLevel1 = canonicalLevel1(text);
      const message = asLevel1
        ? `「${text}」是一级指标，不能作二级指标。${where}${choices.join('、')}。请改为其中之一。`
        : `二级指标「${text}」不是规定的二级指标。${where}${choices.join('、')}。请改为其中之一。`;
      issues.push({ cell: label.cell, message: repeated ? `${message}（${rowsName(rows)}都写了「${text}」。）` : message });
    }
    return issues;
  },
};
