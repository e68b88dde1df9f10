import type { TableRule } from '../../rule';
import { analyzeCosts, costAnchor } from './analysis';

/** cost/missing-total: no 项目总成本 indicator under 成本指标. */
export const missingTotal: TableRule = {
  id: 'cost/missing-total',
  defaultSeverity: 'error',
  title: '成本指标下缺少项目总成本',
  description:
    '成本指标应逐项填列总成本、单位成本和分项成本。表中找不到总成本指标（项目总成本、总成本、××总成本（县级）、成本合计等）时，' +
    '无法核对成本与预算、分项成本之和是否一致，审核时会被退回。请在成本指标—经济成本指标下增加一行“项目总成本”，指标值如“≤1000万元”。' +
    '在 2024 框架下表中没有任何成本指标时也报告；在 classic 框架下只在有成本指标而无总成本时报告，且为警告（该框架不强制填列总成本）。',
  scope: 'table',
  check(table, ctx) {
    if (!table.indicators || table.indicators.length === 0) return [];
    const a = analyzeCosts(table);
    if (a.total) return [];
    if (a.costIndicators.length === 0 && ctx.profile.framework !== '2024') return [];
    const message =
      a.costIndicators.length === 0
        ? '表中没有成本指标，也就没有项目总成本：请增加成本指标—经济成本指标—项目总成本（如“≤1000万元”），并填列分项成本或单位成本'
        : '成本指标下没有项目总成本（总成本、成本合计）指标：请增加一行“项目总成本”，指标值为各分项成本之和（如“≤1000万元”）';
    // The classic framework (财预〔2015〕88号) asks for cost indicators, not for a total among them.
    if (ctx.profile.framework === 'classic') {
      return [{ cell: costAnchor(table, a), severity: 'warning', message: `${message}。经典框架不强制填列总成本，但没有总成本就无法核对成本与预算是否一致` }];
    }
    return [{ cell: costAnchor(table, a), message }];
  },
};
