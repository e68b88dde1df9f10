import type { Level1, Level2 } from '../../model';
import type { CellRef } from '../../grid';
import type { Issue, TableRule } from '../../rule';
import { expectedLevel2 } from '../../framework';
import { level2Of, validLevel1 } from './levels';

const EXAMPLES: Partial<Record<Level2, string>> = {
  数量指标: '如完成数量、覆盖人数',
  质量指标: '如验收合格率、发放准确率',
  时效指标: '如完成及时率、完成时间',
  经济成本指标: '如项目总成本、分项成本、单位成本',
  服务对象满意度指标: '如受益群众满意度 ≥90%',
};

export const missingLevel2: TableRule = {
  id: 'indicator/missing-level2',
  defaultSeverity: 'warning',
  scope: 'table',
  title: '一级指标下缺少常规的二级指标',
  description:
    '产出指标一般应有数量、质量、时效指标；成本指标应有经济成本指标（总成本、分项成本、单位成本）；' +
    '满意度指标应有服务对象满意度指标。缺少时评审常以“指标不够完整”“建议增加…指标”退回。' +
    '指向该一级指标的单元格，每缺一个二级指标报告一次。修改方法：在该一级指标下补充相应的二级、三级指标。',
  check(table, ctx) {
    const fw = ctx.profile.framework;
    const issues: Issue[] = [];
    const firstCell = new Map<Level1, CellRef>();
    const present = new Map<Level1, Set<Level2>>();
    for (const ind of table.indicators) {
      const l1 = validLevel1(ind, fw);
      if (!l1 || !ind.level1) continue;
      if (!firstCell.has(l1)) firstCell.set(l1, ind.level1.cell);
      const l2 = level2Of(ind);
      if (!present.has(l1)) present.set(l1, new Set());
      if (l2) present.get(l1)!.add(l2);
    }
    for (const [l1, cell] of firstCell) {
      const have = present.get(l1) ?? new Set<Level2>();
      for (const l2 of expectedLevel2(l1, fw)) {
        if (have.has(l2)) continue;
        const example = EXAMPLES[l2] ? `（${EXAMPLES[l2]}）` : '';
        issues.push({ cell, message: `${l1}下缺少${l2}。请补充至少一项${l2}${example}。` });
      }
    }
    return issues;
  },
};
