import type { Level1 } from '../../model';
import type { Issue, TableRule } from '../../rule';
import { canonicalLevel2, parentsOf, requiredLevel1 } from '../../framework';
import { FRAMEWORK_NAME, inferLevel1, labelBlocks, level2Of, rowsName, validLevel1 } from './levels';

export const unknownLevel1: TableRule = {
  id: 'indicator/unknown-level1',
  defaultSeverity: 'error',
  scope: 'table',
  title: '一级指标名称不是规定的一级指标',
  description:
    '一级指标只能是所用框架规定的名称（可用常见别名，如“项目完成指标”即产出指标）。' +
    '写错字、自造名称、把二级指标写进一级指标列，或在经典框架下把“成本指标”列为一级指标，都会报告；' +
    '每处写错的一级指标只报告一次（合并单元格或逐行重复书写的同一名称算一处），指向其第一个单元格。修改方法：按提示改为规定的一级指标名称；' +
    '若表格按 2024 框架（成本指标为一级）填写，请在配置中选择 2024 框架。',
  check(table, ctx) {
    const fw = ctx.profile.framework;
    const issues: Issue[] = [];
    const allowed = requiredLevel1(fw).join('、');
    for (const block of labelBlocks(table, (i) => i.level1)) {
      const label = block.label;
      if (!label.text.trim() || validLevel1(block.rows[0], fw)) continue;
      const text = label.text.trim();
      let message: string;
      if (label.canonical === '成本指标' && fw === 'classic') {
        message =
          '「成本指标」在经典框架（财预〔2015〕88号）中不是一级指标，而是产出指标下的二级指标。' +
          '若本表按 2024 年成本预算改革（成本指标单列为一级指标）填写，请在配置中改用 2024 框架；' +
          '否则请把成本行移到产出指标下，二级指标填「成本指标」。';
      } else {
        const asLevel2 = canonicalLevel2(text);
        if (asLevel2) {
          const parent = parentsOf(asLevel2, fw)[0];
          message =
            `「${text}」是二级指标，不是一级指标。` +
            (parent ? `请在一级指标列填写「${parent}」，把「${asLevel2}」填在二级指标列。` : `一级指标应为${allowed}之一。`);
        } else {
          // Suggest the 一级 the rows under this label belong to.
          const implied = new Set<Level1>();
          for (const r of block.rows) {
            const p = inferLevel1(level2Of(r), fw);
            if (p) implied.add(p);
          }
          const hint = implied.size === 1 ? `根据其下的二级指标，应为「${[...implied][0]}」。` : '';
          message = `一级指标「${text}」不是规定的一级指标：${FRAMEWORK_NAME[fw]}的一级指标为${allowed}。${hint}请改为规定的名称。`;
        }
      }
      if (block.repeated) message += `（${rowsName(block.rows)}都写了「${text}」。）`;
      issues.push({ cell: label.cell, message });
    }
    return issues;
  },
};
