import type { Indicator, Operator } from '../../model';
import type { Issue, TableRule } from '../../rule';
import { compactKey, formatNumber } from '../../text';
import { extractGoalFigures, measureOf, nameOverlap, operatorSign, operatorsConflict, valueMeasure, type GoalFigure } from './figures';

/** A name link this strong says which indicator a figure describes, even when the figures differ. */
const STRONG_SHARE = 0.5;
const STRONG_COMMON = 2;

interface Candidate {
  indicator: Indicator;
  number: number;
  share: number;
  common: number;
  operator: Operator;
  explicit: boolean;
}

function nounFits(figure: GoalFigure, ind: Indicator, unitText: string): boolean {
  if (!figure.noun) return true;
  const name = compactKey(ind.name?.text ?? '') + compactKey(unitText);
  if (name.includes(figure.noun)) return true;
  return figure.noun.length >= 2 && name.includes(figure.noun.slice(0, 2));
}

function candidates(figure: GoalFigure, indicators: readonly Indicator[]): Candidate[] {
  const m = measureOf(figure.unit);
  const out: Candidate[] = [];
  for (const ind of indicators) {
    const v = valueMeasure(ind.value?.parsed);
    if (!v || v.per || v.measure.dim !== m.dim) continue;
    const parsed = ind.value.parsed;
    const unitText = parsed.kind === 'quantity' ? (parsed.unit?.text ?? '') : '';
    if (!nounFits(figure, ind, unitText)) continue;
    const { share, common } = nameOverlap(figure.context, ind.name?.text ?? '');
    // In the figure's measure: 260.39 万平方米 against 2603900 平方米.
    const number = (v.number * v.measure.scale) / m.scale;
    out.push({ indicator: ind, number, share, common, operator: v.operator, explicit: v.explicit });
  }
  return out;
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** goal/indicator-mismatch: a figure in 年度总体绩效目标 contradicts the indicator it describes. */
export const indicatorMismatch: TableRule = {
  id: 'goal/indicator-mismatch',
  defaultSeverity: 'warning',
  title: '年度总体绩效目标中的数字与指标不一致',
  description:
    '年度总体绩效目标里写出的数字（如“15826 米”“20 年以上”“95%以上”）应与描述同一事项的三级指标一致。' +
    '按计量单位（可换算，如万平方米与平方米）、量词后的对象（“94个村”的村）和名称重合找到对应指标：' +
    '名称明确对应而数字不同，或目标写“以上”而指标写“=”（或方向相反）时报告；' +
    '没有指标描述的数字不报告。请统一目标表述与指标值。',
  scope: 'table',
  check(table) {
    const goal = table.goal;
    if (!goal || !goal.text) return [];
    const indicators = table.indicators ?? [];
    const out: Issue[] = [];
    for (const figure of extractGoalFigures(goal.text)) {
      const cands = candidates(figure, indicators);
      if (cands.length === 0) continue;
      const best = cands.reduce((a, b) => (b.share > a.share || (b.share === a.share && b.common > a.common) ? b : a));
      const strong = best.share >= STRONG_SHARE && best.common >= STRONG_COMMON;
      let described: Candidate | null = null;
      if (strong) described = best;
      else {
        const equal = cands.filter((c) => sameNumber(c.number, figure.number));
        if (equal.length > 0) described = equal.reduce((a, b) => (b.share > a.share ? b : a));
      }
      if (!described) continue;
      const name = described.indicator.name?.text ?? '';
      const valueText = described.indicator.value.text;
      if (!sameNumber(described.number, figure.number)) {
        out.push({
          cell: goal.cell,
          message:
            `年度总体绩效目标写“${figure.text}”，而三级指标“${name}”的指标值为“${valueText}”` +
            `（${formatNumber(figure.number)} ≠ ${formatNumber(described.number)}），请统一目标表述与指标值`,
        });
      } else if (described.explicit && described.share > 0 && operatorsConflict(figure.operator, described.operator)) {
        out.push({
          cell: goal.cell,
          message:
            `年度总体绩效目标写“${figure.text}”（${operatorSign(figure.operator)} ${formatNumber(figure.number)}），而三级指标“${name}”的指标值为“${valueText}”` +
            `（${operatorSign(described.operator)} ${formatNumber(described.number)}），两处比较符号矛盾，请统一目标表述与指标值的比较符号`,
        });
      }
    }
    return out;
  },
};
