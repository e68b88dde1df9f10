import type { TableRule } from '../../rule';
import { isCostIndicator } from '../../framework';
import { analyzeCosts } from './analysis';

/** cost/missing-breakdown: only a total, no itemised cost and no unit cost. */
export const missingBreakdown: TableRule = {
  id: 'cost/missing-breakdown',
  defaultSeverity: 'info',
  title: '成本指标只有总成本，缺少分项成本或单位成本',
  description:
    '按 2024 年成本预算绩效改革要求，成本指标要从总成本、单位成本、分项成本等方面逐项填列。' +
    '表中只有项目总成本、没有任何分项成本（各项费用金额）或单位成本（如 元/人/月、万元/村）时提示，' +
    '请把总成本拆分为主要的分项成本，或补充单位成本标准。',
  scope: 'table',
  check(table) {
    const a = analyzeCosts(table);
    if (!a.total || a.items.length > 0 || a.unitCosts.length > 0) return [];
    // Cost lines named but not yet filled (a blank template): the breakdown is there, its amounts are not.
    const unfilled = table.indicators.filter(
      (i) => i !== a.total!.indicator && i.name && i.value.parsed.kind === 'empty' && isCostIndicator(i.level1?.canonical ?? null, i.level2?.canonical ?? null),
    );
    if (unfilled.length) {
      return [
        {
          cell: unfilled[0].value.cell,
          message: `请填写分项成本：${unfilled
            .slice(0, 4)
            .map((i) => `“${i.name!.text}”`)
            .join('、')}${unfilled.length > 4 ? ' 等' : ''}还没有金额（如“≤120 万元”或“≤80 元/人/月”），各分项之和应等于项目总成本`,
        },
      ];
    }
    return [
      {
        cell: a.total.indicator.name?.cell ?? a.total.indicator.value.cell,
        message: `成本指标只有“${a.total.name}”，没有分项成本或单位成本：请按主要支出内容拆分分项成本（如工程费、设备购置费），或补充单位成本标准`,
      },
    ];
  },
};
