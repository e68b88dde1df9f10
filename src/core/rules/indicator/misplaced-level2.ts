import type { Issue, TableRule } from '../../rule';
import { parentsOf } from '../../framework';
import { labelBlocks, rowsName, validLevel1 } from './levels';

export const misplacedLevel2: TableRule = {
  id: 'indicator/misplaced-level2',
  defaultSeverity: 'error',
  scope: 'table',
  title: '二级指标放在了错误的一级指标下',
  description:
    '每个二级指标只属于一个一级指标：数量、质量、时效指标属于产出指标；经济效益、社会效益、生态效益、' +
    '可持续影响指标属于效益指标；服务对象满意度指标属于满意度指标；经济、社会、生态环境成本指标在 2024 框架' +
    '属于成本指标（经典框架属于产出指标）。2024 框架下把“成本指标”作为产出指标的二级指标也属此类。' +
    '评审称之为“一级/二级指标类型错误”。每处放错的二级指标报告一次（合并单元格或逐行重复书写的同一名称算一处），指向其第一个单元格。修改方法：把这些行移到正确的一级指标下。',
  check(table, ctx) {
    const fw = ctx.profile.framework;
    const issues: Issue[] = [];
    const blocks = labelBlocks(table, (i) => i.level2, (i) => i.level1?.text.trim() ?? '');
    for (const { label, rows, repeated } of blocks) {
      const l2 = label.canonical;
      const l1 = validLevel1(rows[0], fw);
      if (!l2 || !l1) continue;
      const parents = parentsOf(l2, fw);
      if (parents.includes(l1)) continue;
      const these = rows.length > 1 ? '这些行' : '该行';
      let message: string;
      if (parents.length === 0) {
        // 成本指标 as a 二级 in the 2024 framework.
        message =
          `按 2024 框架，成本指标是一级指标，不应作为二级指标放在${l1}下。` +
          `请把${these}移到一级「成本指标」下，二级改为经济成本指标（或社会成本指标、生态环境成本指标）；` +
          '若本表按经典框架填报，请在配置中改用经典框架。';
      } else {
        const written = label.text.trim() === l2 ? l2 : `${l2}（「${label.text.trim()}」）`;
        message = `${written}应归入${parents.join('或')}，不应放在${l1}下。请把${these}移到${parents[0]}下。`;
      }
      if (repeated) message += `（${rowsName(rows)}）`;
      issues.push({ cell: label.cell, message });
    }
    return issues;
  },
};
