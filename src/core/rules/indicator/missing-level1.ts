import type { Issue, TableRule } from '../../rule';
import { expectedLevel2, requiredLevel1 } from '../../framework';
import { FRAMEWORK_NAME, indicatorHeaderCell, inferLevel1, level1Column, level2Of, rowName, validLevel1 } from './levels';

export const missingLevel1: TableRule = {
  id: 'indicator/missing-level1',
  defaultSeverity: 'error',
  scope: 'table',
  title: '缺少必备的一级指标',
  description:
    '绩效指标必须包含所用框架的全部一级指标：2024 框架为成本指标、产出指标、效益指标、满意度指标；' +
    '经典框架（财预〔2015〕88号）为产出指标、效益指标、满意度指标。缺少任何一项，评审会以“指标不够完整”退回。' +
    '指向绩效指标表头的“一级指标”格；若某些行写了二级指标却没写一级指标，则指向这些行的一级指标格。' +
    '修改方法：补充缺少的一级指标及其二级、三级指标。一级指标名称写错的由 indicator/unknown-level1 报告。',
  check(table, ctx) {
    const fw = ctx.profile.framework;
    const issues: Issue[] = [];
    const present = new Set(table.indicators.map((i) => validLevel1(i, fw)));
    for (const l1 of requiredLevel1(fw)) {
      if (present.has(l1)) continue;
      // A wrongly written 一级 label whose 二级 rows belong here: indicator/unknown-level1 reports it.
      const mislabelled = table.indicators.some(
        (i) => i.level1 && !validLevel1(i, fw) && inferLevel1(level2Of(i), fw) === l1,
      );
      if (mislabelled) continue;
      const orphan = table.indicators.find((i) => !i.level1 && inferLevel1(level2Of(i), fw) === l1);
      if (orphan) {
        issues.push({
          cell: { row: orphan.row, col: orphan.level2 ? Math.max(0, orphan.level2.cell.col - 1) : level1Column(table) },
          message: `${rowName(orphan.row)}起的${orphan.level2?.canonical}等指标没有填写一级指标，应为「${l1}」。请在一级指标列填写「${l1}」。`,
        });
        continue;
      }
      const expected = expectedLevel2(l1, fw);
      let message = `缺少一级指标「${l1}」。${FRAMEWORK_NAME[fw]}要求一级指标包括${requiredLevel1(fw).join('、')}。`;
      const costAsLevel2 = table.indicators.find((i) => level2Of(i) === '成本指标');
      if (fw === '2024' && l1 === '成本指标' && costAsLevel2) {
        message +=
          `本表把成本指标作为${costAsLevel2.level1?.text ?? ''}下的二级指标（${rowName(costAsLevel2.row)}），` +
          '按 2024 年成本预算改革成本指标应单列为一级指标。请把成本行移到一级「成本指标」下，二级填经济成本指标等。';
      } else {
        message += `请补充「${l1}」${expected.length ? `及其下的${expected.join('、')}` : '及其下的二级、三级指标'}。`;
      }
      issues.push({ cell: indicatorHeaderCell(table), message });
    }
    return issues;
  },
};
