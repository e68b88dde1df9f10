import type { Issue, TableRule } from '../../rule';
import { isMoney, quantityOf } from './classify';
import { indicatorName, isCost, level2Of } from '../indicator/levels';

export const unitMismatch: TableRule = {
  id: 'value/unit-mismatch',
  defaultSeverity: 'warning',
  scope: 'table',
  title: '指标值单位与指标类型不符',
  description:
    '经济成本指标（经典框架为产出指标下的成本指标）的目标应是金额：元、万元，或 元/人、万元/村 等单位成本；' +
    '写成人数、面积、百分比说明把产出写进了成本。反过来，金额目标应作为成本指标填报；' +
    '经济效益指标下的金额（如“增加收入 ≥500 元”）是效益，不报告；社会成本、生态环境成本指标常以非货币单位衡量，也不报告。' +
    '指向该指标值单元格。修改方法：把指标移到正确的一级/二级指标下，或改用相符的单位。',
  check(table) {
    const issues: Issue[] = [];
    for (const ind of table.indicators) {
      const q = quantityOf(ind);
      if (!q || !q.unit) continue;
      const l2 = level2Of(ind);
      const text = ind.value.text.trim();
      if (isCost(ind)) {
        if (l2 === '社会成本指标' || l2 === '生态环境成本指标') continue;
        if (isMoney(q.unit)) continue;
        // "620万/月", "250万": in a cost line a bare 万 is 万元, as any reader takes it.
        if (q.unit.base === '万') continue;
        issues.push({
          cell: ind.value.cell,
          message: `成本指标${indicatorName(ind)}的指标值「${text}」单位是「${q.unit.text}」，不是金额。成本应写金额（元、万元）或单位成本（如 万元/村）；若这是产出，请移到产出指标下。`,
        });
        continue;
      }
      if (!isMoney(q.unit) || l2 === '经济效益指标') continue;
      if (!ind.level1?.canonical && !l2) continue; // nothing says where this row belongs
      const where = [ind.level1?.canonical, l2].filter(Boolean).join(' / ');
      issues.push({
        cell: ind.value.cell,
        message: `${indicatorName(ind)}的指标值「${text}」是金额（${q.unit.text}），但它在${where}下，不是成本指标。金额目标请作为成本指标填报（经济效益指标除外），或改用数量、比率等单位。`,
      });
    }
    return issues;
  },
};
