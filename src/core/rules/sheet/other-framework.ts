import { isCostIndicator } from '../../framework';
import type { TableRule } from '../../rule';

/**
 * sheet/other-framework: with no framework chosen (profile.detectFramework), a table that plainly follows
 * the framework other than the profile's is checked under its own, and told so once: otherwise every such
 * table would get a missing 一级, a misplaced 二级 and a missing total cost that are only the framework's.
 */
export const otherFramework: TableRule = {
  id: 'sheet/other-framework',
  defaultSeverity: 'info',
  title: '本表按另一指标框架填写，已按该框架检查',
  description:
    '没有指定指标框架时（命令行未用 --framework 或 --profile；任务窗格的设置选“自动识别”），检查器看成本指标填在哪里：' +
    '填在产出指标下作二级指标的是经典框架（财预〔2015〕88号），单列为一级指标的是 2024 框架（成本预算改革）。' +
    '与默认框架不同的表按它自己的框架检查，并在此提示一次。如本地要求统一按某一框架填写，请在设置中关闭“按每张表所填的框架检查”并选择该框架' +
    '（命令行用 --framework），再检查，不符合的表会报出相应问题。',
  scope: 'table',
  check(table, ctx) {
    const d = ctx.detected;
    if (!d) return [];
    const cost = table.indicators.find((i) => isCostIndicator(i.level1?.canonical ?? null, i.level2?.canonical ?? null));
    const cell = (d.used === 'classic' ? cost?.level2?.cell : cost?.level1?.cell) ?? cost?.name?.cell ?? table.indicators[0]?.level1?.cell ?? table.anchor;
    const why =
      d.why === 'cost-under-output'
        ? '本表的成本指标填在产出指标下（经典框架，财预〔2015〕88号）'
        : d.why === 'cost-level1'
          ? '本表的成本指标单列为一级指标（2024 框架，成本预算改革）'
          : `本表为 ${table.year ?? ''} 年度（成本预算改革之前），没有成本指标，按当时的经典框架（财预〔2015〕88号）`;
    const message =
      d.used === 'classic'
        ? `${why}，已按经典框架检查。如要求统一按 2024 框架（成本指标单列为一级指标）填写：请在设置中关闭“按每张表所填的框架检查”并选择 2024 框架（命令行加 --framework 2024），再检查`
        : `${why}，已按 2024 框架检查。如要求统一按经典框架（财预〔2015〕88号，成本指标在产出指标下）填写：请在设置中关闭“按每张表所填的框架检查”并选择经典框架（命令行加 --framework classic），再检查`;
    return [{ cell, message }];
  },
};
