import type { Issue, WorkbookRule } from '../../rule';
import { formatAmount } from '../../text';
import type { SummaryTable } from '../../model';
import { matchSummaryRows } from './match';

type Pair = ReturnType<typeof matchSummaryRows>['pairs'][number];

/**
 * Summaries whose unit no heading states and whose compared amounts (two or more, two in three of them)
 * are 10,000 times their tables' 年度预算资金总额: written in 元, not the 万元 assumed.
 */
function unstatedYuan(pairs: readonly Pair[]): Set<SummaryTable> {
  const bySummary = new Map<SummaryTable, number[]>();
  for (const p of pairs) {
    const a = p.row.amount?.amount;
    const b = p.table.funds?.total?.amount;
    if (!p.summary.moneyUnitAssumed || a === null || a === undefined || b === null || b === undefined || b <= 0) continue;
    const ratios = bySummary.get(p.summary) ?? [];
    ratios.push(a / b);
    bySummary.set(p.summary, ratios);
  }
  const out = new Set<SummaryTable>();
  for (const [s, ratios] of bySummary) {
    const yuan = ratios.filter((r) => Math.abs(r / 10000 - 1) < 0.001).length;
    if (yuan >= 2 && yuan * 3 >= ratios.length * 2) out.add(s);
  }
  return out;
}

/** summary/amount-mismatch: the summary's amount ≠ the project's 年度预算资金总额. */
export const amountMismatch: WorkbookRule = {
  id: 'summary/amount-mismatch',
  defaultSeverity: 'error',
  title: '申报表金额与项目表年度预算资金总额不一致',
  description:
    '申报表（汇总表）每一行的项目金额应等于该项目绩效目标表的年度预算资金总额。' +
    '申报表的行按项目名称相似度（忽略空格和“2022年”之类的前缀）与工作簿中的项目表配对，金额均换算为万元后比较，容差为配置中的 funds。' +
    '申报表没有注明金额单位、而多数金额恰是项目表万元数的 10,000 倍时，按“元”核对，并提示一次（警告）请注明单位。' +
    '请以批复的预算为准，修改申报表金额或项目表的资金数。',
  scope: 'workbook',
  check(model, ctx) {
    const tol = ctx.profile.tolerances.funds;
    const out: Issue[] = [];
    const pairs = matchSummaryRows(model, tol).pairs;
    const inYuan = unstatedYuan(pairs);
    for (const s of inYuan) {
      const first = pairs.find((p) => p.summary === s && p.row.amount)!;
      out.push({
        sheet: s.sheet,
        cell: { row: s.headerRow, col: first.row.amount!.cell.col },
        severity: 'warning',
        message:
          '申报表的金额没有注明单位；这些数是项目表年度预算资金总额（万元）的 10,000 倍，应是以“元”填写的：' +
          '请在表头注明“金额（元）”，或改为万元。已按元核对各项目金额',
      });
    }
    for (const p of pairs) {
      const raw = p.row.amount?.amount;
      const a = raw !== null && raw !== undefined && inYuan.has(p.summary) ? raw / 10000 : raw;
      const b = p.table.funds?.total?.amount;
      if (a === null || a === undefined || b === null || b === undefined || !p.row.amount) continue;
      if (Math.abs(a - b) <= tol + 1e-9) continue;
      out.push({
        sheet: p.summary.sheet,
        cell: p.row.amount.cell,
        message:
          `申报表中“${p.row.name?.text ?? ''}”的金额 ${formatAmount(a)} 万元 ≠ 项目表“${p.table.sheet}”的年度预算资金总额 ${formatAmount(b)} 万元` +
          `（相差 ${formatAmount(Math.abs(a - b))} 万元），请按批复预算统一两处金额`,
      });
    }
    return out;
  },
};
