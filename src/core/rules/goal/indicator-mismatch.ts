import type { Indicator, Operator } from '../../model';
import type { Issue, TableRule } from '../../rule';
import { compactKey, formatNumber } from '../../text';
import { extractGoalFigures, type GoalFigure } from '../../value/goal';
import { figureContext, measureOf, nameOverlap, operatorSign, operatorsConflict, valueFigure } from './figures';

interface Candidate {
  indicator: Indicator;
  /** The indicator's figure in the goal figure's unit (2603900 平方米 → 260.39 for 万平方米). */
  number: number;
  share: number;
  common: number;
  operator: Operator;
  explicit: boolean;
}

/** A name link this strong says which indicator a figure describes, even when the figures differ. */
function isStrong(c: Candidate): boolean {
  return c.common >= 2 && c.share >= 0.4;
}

function nounFits(noun: string | null, ind: Indicator, unitNoun: string): boolean {
  if (!noun) return true;
  const name = compactKey(ind.name?.text ?? '') + compactKey(unitNoun);
  return name.includes(noun) || (noun.length >= 2 && name.includes(noun.slice(0, 2)));
}

function candidates(figure: GoalFigure, context: string, indicators: readonly Indicator[]): Candidate[] {
  const m = measureOf(figure.unit);
  const out: Candidate[] = [];
  for (const ind of indicators) {
    const v = valueFigure(ind.value?.parsed);
    if (!v || v.measure.key !== m.key) continue;
    if (!nounFits(figure.noun, ind, v.unit.noun ?? '')) continue;
    const { share, common } = nameOverlap(context, ind.name?.text ?? '');
    out.push({ indicator: ind, number: (v.number * v.measure.scale) / m.scale, share, common, operator: v.operator, explicit: v.explicit });
  }
  return out;
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function better(a: Candidate, b: Candidate): Candidate {
  return b.common > a.common || (b.common === a.common && b.share > a.share) ? b : a;
}

/** Words that put a figure outside the year: cumulative, multi-year, last year's, left over. */
const OTHER_PERIOD = /累计|总计|共计|合计|上年|去年|往年|以前年度|[二两三四五2-5]年(内|来|间|期)|\d{4}年(底|末)?(前|以前)|到\d{4}年|至\d{4}年|遗留|结转|中期|期末|总投资|规划/;

/** goal/indicator-mismatch: a figure in 年度总体绩效目标 contradicts the indicator it describes. */
export const indicatorMismatch: TableRule = {
  id: 'goal/indicator-mismatch',
  defaultSeverity: 'warning',
  title: '年度总体绩效目标中的数字与指标不一致',
  description:
    '年度总体绩效目标里写出的数字（如“15826 米”“20 年以上”“95%以上”）应与描述同一事项的三级指标一致。' +
    '对应指标按计量单位（可换算，如万平方米与平方米）、量词后的对象（“94个村”的村）和名称重合来找：' +
    '名称明确对应而数字不同，或目标写“以上/不低于”而指标写“=”（“以内/不超过”而指标写“≥”）时报告；' +
    '只有一个同单位的数量类指标（百分比除外）且名称有重合时，也按它比较。没有指标描述的数字不报告。请统一目标表述与指标值。',
  scope: 'table',
  check(table) {
    const goal = table.goal;
    if (!goal || !goal.text) return [];
    const indicators = table.indicators ?? [];
    const out: Issue[] = [];
    const found: { figure: GoalFigure; context: string; described: Candidate }[] = [];
    for (const figure of extractGoalFigures(goal.text)) {
      const context = figureContext(goal.text, figure.start, figure.end);
      const cands = candidates(figure, context, indicators);
      if (cands.length === 0) continue;
      const best = cands.reduce(better);
      let described: Candidate | null = null;
      if (isStrong(best)) described = best;
      else {
        const equal = cands.filter((c) => sameNumber(c.number, figure.number));
        if (equal.length > 0) described = equal.reduce(better);
        // The only indicator of a count, area, length … (not a rate: rates differ by their names).
        else if (cands.length === 1 && best.common >= 1 && figure.unit.kind !== 'percent') described = best;
        // Of several, the only one whose name the goal's words touch at all ("107 万平方米绿地养护" and
        // 绿化养护面积, beside 道路保洁面积).
        else if (figure.unit.kind !== 'percent' && best.common >= 1 && cands.filter((c) => c.common > 0).length === 1) described = best;
      }
      if (!described) continue;
      found.push({ figure, context, described });
    }
    // An indicator whose figure the goal states somewhere: the goal's other figures in its unit describe
    // something else (a multi-year total, last year's, a remainder), not a contradiction.
    const stated = new Set(found.filter((f) => sameNumber(f.described.number, f.figure.number)).map((f) => f.described.indicator));
    for (const { figure, context, described } of found) {
      if (!sameNumber(described.number, figure.number) && (stated.has(described.indicator) || OTHER_PERIOD.test(context))) continue;
      const name = described.indicator.name?.text ?? '';
      const valueText = described.indicator.value.text;
      const figText = figure.text.trim();
      if (!sameNumber(described.number, figure.number)) {
        out.push({
          cell: goal.cell,
          message:
            `年度总体绩效目标写“${figText}”，而三级指标“${name}”的指标值为“${valueText}”` +
            `（${formatNumber(figure.number)} ≠ ${formatNumber(described.number)}），请统一目标表述与指标值`,
        });
      } else if (described.explicit && described.share > 0 && operatorsConflict(figure.hint, described.operator)) {
        out.push({
          cell: goal.cell,
          message:
            `年度总体绩效目标写“${figText}”（${operatorSign(figure.operator)} ${formatNumber(figure.number)}），而三级指标“${name}”的指标值为“${valueText}”` +
            `（${operatorSign(described.operator)} ${formatNumber(described.number)}），两处比较符号矛盾，请统一目标表述与指标值的比较符号`,
        });
      }
    }
    return out;
  },
};
