/**
 * Reads a 项目支出绩效目标表 from a grid, whatever its layout: the official printed form (merged
 * 一级/二级 cells), a provincial system's export (labels on every row, 指标值 split into 符号 | 值 | 单位,
 * extra 权重 / 说明 columns), or the PDF text pasted into Excel (blank continuation cells, labels landing a
 * column left or right, funds as text).
 */
import { isBlank, type CellRef } from '../grid';
import type { Field, FundField, MoneyUnit, TargetTable } from '../model';
import { parseAmount } from '../value/money';
import { normalizeText } from '../text';
import { fundKeyOf, headerFieldOf, labelInfo, moneyUnitIn, type FundKey, type HeaderField } from './labels';
import type { SheetView } from './view';
import { findCostTables } from './cost-tables';
import { findIndicatorHeader, type IndicatorHeader } from './header';
import { readIndicators } from './block';
import { findBudgetScore, subLabelBeforeAmount, totalRowAmount, valueRightOf, type LabelHit } from './fields';

export { findIndicatorHeader, type IndicatorHeader } from './header';
export { MAX_INDICATOR_ROWS } from './block';

/** A cell holding a label and its value ("主管部门:省商务厅"), or null. */
function inlineField(text: string): { label: string; value: string; field: HeaderField | null; fund: FundKey | null } | null {
  const m = /^\s*([^:：]{2,14})[:：]\s*(\S.*)$/s.exec(text);
  if (!m) return null;
  const field = headerFieldOf(m[1]);
  const fund = field ? null : fundKeyOf(m[1]);
  return field || fund ? { label: m[1].trim(), value: m[2].trim(), field, fund } : null;
}

/** The form's name as its top rows state it ("项目支出绩效自评表", "绩效目标申报表(基础设施建设类)"). */
function formTitle(view: SheetView, headerRow: number | null): string {
  const end = Math.min(view.rowCount, headerRow ?? 6, 6);
  for (let r = 0; r < end; r++) {
    for (const c of view.textCells(r)) {
      const t = c.text.trim();
      if (t.length <= 60 && /(绩效|目标|预算|项目).*表/.test(t)) return t;
    }
  }
  return '';
}

/** Which form the table is: by its title, else by what its indicator columns record (actuals and scores). */
function formOf(title: string, header: IndicatorHeader | null): NonNullable<TargetTable['form']> {
  const t = normalizeText(title).replace(/\s+/g, '');
  if (/自评|自我评价|绩效评价(指标)?表/.test(t)) return 'self-evaluation';
  if (header && [...header.roles.values()].some((r) => r === 'actual' || r === 'score')) return 'self-evaluation';
  if (/审批表|审核表|批复表/.test(t)) return 'approval';
  if (/申报表/.test(t)) return 'application';
  return 'target';
}


export function readTargetTable(view: SheetView, header: IndicatorHeader | null = findIndicatorHeader(view)): TargetTable {
  const headerRow = header?.row ?? null;
  const scanEnd = headerRow ?? Math.min(view.rowCount, 60);

  let title: TargetTable['title'] = null;
  let year: number | null = null;
  let moneyUnit: MoneyUnit | null = null;
  const fields: Partial<Record<HeaderField, LabelHit>> = {};
  const funds: Partial<Record<FundKey, LabelHit>> = {};
  // Every place a funds label stands: a form may carry two blocks side by side (中期 | 年度).
  const fundHits: Partial<Record<FundKey, LabelHit[]>> = {};

  for (let r = 0; r < scanEnd; r++) {
    for (const { col, text, info } of view.textCells(r)) {
      if (!title && info.title) title = { text: text.trim(), cell: { row: r, col } };
      if (year === null && (/年度/.test(text) || info.title) && r <= (title?.cell.row ?? 0) + 2) {
        // "(2022年度)", or the title's own year ("2020年省级财政水利发展资金绩效目标表").
        const m = (info.title ? /((?:19|20)\d\d)\s*年/ : /((?:19|20)\d\d)\s*年度/).exec(normalizeText(text));
        if (m) year = Number(m[1]);
      }
      const unit = /资金|金额|\(|（/.test(text) ? moneyUnitIn(text) : null;
      if (unit && !moneyUnit) moneyUnit = unit;
      const f = info.field;
      // The year's goal outranks the 实施期 (multi-year) one when a form carries both.
      const yearlyOverMultiYear = f === 'goal' && !!fields.goal && /实施期|中期|总体目标$/.test(fields.goal.text) && /年度|当年/.test(text);
      if (f && (!fields[f] || yearlyOverMultiYear)) {
        fields[f] = { row: r, col, text };
        // "实施(主管)单位", "主管(实施)单位": one field for both roles.
        const other = f === 'implementingUnit' && /主管/.test(text) ? 'department' : f === 'department' && /实施/.test(text) ? 'implementingUnit' : null;
        if (other && !fields[other]) fields[other] = { row: r, col, text };
        continue;
      }
      const k = info.fund;
      if (k) {
        if (!funds[k]) funds[k] = { row: r, col, text };
        (fundHits[k] ??= []).push({ row: r, col, text });
        continue;
      }
      // "主管部门:省商务厅", "资金总额:2430.30": label and value in one cell.
      const inline = !f && !k ? inlineField(text) : null;
      if (inline?.field && !fields[inline.field]) fields[inline.field] = { row: r, col, text: inline.label, inline: inline.value };
      // Of the funds only the total: sources written this way come in sub-lists (其中: 一般公共预算:…) that a
      // partial reading would set against the total.
      else if (inline?.fund === 'total' && !funds.total) funds.total = { row: r, col, text: inline.label, inline: inline.value };
    }
  }
  const unit: MoneyUnit = moneyUnit ?? '万元';
  // Sources from the total's own block: the one nearest its column ("年度资金总额 | 340" beside a 中期 block).
  if (funds.total) {
    const t = funds.total;
    for (const k of ['fiscal', 'carryover', 'other'] as const) {
      const hits = fundHits[k];
      if (hits && hits.length > 1) funds[k] = hits.reduce((best, h) => (Math.abs(h.col - t.col) < Math.abs(best.col - t.col) ? h : best));
    }
  }

  const field = (key: HeaderField): Field | null => {
    const hit = fields[key];
    if (!hit) return null;
    const v = valueRightOf(view, hit);
    // A label heading its column ("年度目标" above the goal's text; "年度预期目标 | 具体完成情况" over the goal
    // and its outcome): the value is the cell below.
    if (key === 'goal' && (!v.text.trim() || labelInfo(v.text).role === 'actual')) {
      const below = view.textCells(hit.row + 1).find((c) => c.col === hit.col);
      const i = below?.info;
      if (below && i && !i.field && !i.fund && !i.role && !i.block && !i.level1 && !i.l2 && below.text.trim().length > 8)
        return { text: below.text.trim(), cell: { row: hit.row + 1, col: below.col }, labelCell: { row: hit.row, col: hit.col } };
    }
    return { text: v.text.trim(), cell: v.cell, labelCell: { row: hit.row, col: hit.col } };
  };
  const fund = (key: FundKey): FundField | null => {
    const hit = funds[key];
    if (!hit) return null;
    const v = totalRowAmount(view, hit) ?? valueRightOf(view, hit);
    const own = moneyUnitIn(hit.text) ?? unit;
    const blank = isBlank(v.value);
    // "财政资金 | 中央 | 0": a sub-label (中央/省级/市级 …) between the label and the amounts. What the source
    // totals is split over several rows: not read, rather than read wrong.
    if (!blank && typeof v.value === 'string' && parseAmount(v.value, own) === null && subLabelBeforeAmount(view, hit.row, v.cell.col, own)) return null;
    // Accounting formats show zero as a dash; clerks type "-" in an empty fund source for the same.
    const dash = typeof v.value === 'string' && /^([-—–－/／\\]|无)$/.test(v.value.trim());
    const amount = blank ? null : dash ? 0 : parseAmount(v.value, own);
    return {
      text: v.text.trim(),
      amount,
      invalid: !blank && amount === null,
      cell: v.cell,
      labelCell: { row: hit.row, col: hit.col },
    };
  };

  // Labelled amounts among the sources that name no known source: rows in the sources' label column, from
  // the first source to the last and on down while rows still carry a label and an amount.
  const unlistedOf = (): { unlisted?: number[] } => {
    const sources = (['fiscal', 'carryover', 'other'] as const).map((k) => funds[k]).filter((h): h is LabelHit => !!h && h.inline === undefined);
    if (!sources.length || !funds.total) return {};
    const col = sources[0].col;
    const known = new Set(sources.filter((h) => h.col === col).map((h) => h.row));
    const first = Math.min(...known);
    const last = Math.max(...known);
    const out: number[] = [];
    for (let r = first; r < Math.min(view.rowCount, first + 12); r++) {
      if (known.has(r)) continue;
      const label = view.textCells(r).find((c) => c.col === col);
      const i = label?.info;
      if (!label || i?.field || i?.fund || i?.level1 || i?.role || i?.block) {
        if (r > last) break;
        continue;
      }
      const v = valueRightOf(view, { row: r, col, text: label.text });
      const amount = isBlank(v.value) ? null : parseAmount(v.value, moneyUnitIn(label.text) ?? unit);
      if (amount === null) {
        if (r > last) break;
        continue;
      }
      out.push(amount);
    }
    return out.length ? { unlisted: out } : {};
  };

  // Without a header row, the indicators start at the first row that carries a 一级 label; in a tree form,
  // at the first 一级 under its heading (the rows between name the unit and the project).
  let start = headerRow !== null ? headerRow + 1 : view.rowCount;
  if (header?.tree) {
    for (let r = header.row + 1; r < view.rowCount; r++) {
      if (view.textCells(r).some((c) => c.info.level1)) {
        start = r;
        break;
      }
    }
  }
  if (headerRow === null) {
    const afterFields = Math.max(0, ...Object.values(fields).map((h) => (h ? h.row + 1 : 0)), ...Object.values(funds).map((h) => (h ? h.row + 1 : 0)));
    for (let r = afterFields; r < view.rowCount; r++) {
      if (view.textCells(r).some((c) => c.info.level1)) {
        start = r;
        break;
      }
    }
  }
  const split =
    !!header && header.colOf.value !== undefined && (header.colOf.sign !== undefined || header.colOf.unit !== undefined);
  const uncertainRows: number[] = [];
  const found: { nextTable?: CellRef } = {};
  const indicators = readIndicators(view, header, start, split, uncertainRows, found);
  // A header with names but no value column (one column per village or town, say): which cell is a
  // name's target cannot be known, so no row of the block is checked for its structure or values.
  let uncertainWhy: TargetTable['uncertainWhy'];
  if (header && header.colOf.value === undefined && header.colOf.name !== undefined && indicators.length) {
    uncertainRows.splice(0, uncertainRows.length, ...indicators.map((i) => i.row));
    uncertainWhy = 'no-value-column';
  } else if (uncertainRows.length) uncertainWhy = 'misfit';

  const budgetScore = header?.colOf.weight !== undefined ? findBudgetScore(view, headerRow ?? 0) : null;
  const costTables = findCostTables(view, 0, headerRow ?? Math.min(view.rowCount, 60));
  const anchorHit = title?.cell ?? (fields.projectName ? { row: fields.projectName.row, col: fields.projectName.col } : null);
  return {
    kind: 'target-table',
    sheet: view.name,
    form: formOf(title?.text ?? formTitle(view, headerRow), header),
    title,
    year,
    moneyUnit: unit,
    projectName: field('projectName'),
    category: field('category'),
    department: field('department'),
    implementingUnit: field('implementingUnit'),
    funds: { total: fund('total'), fiscal: fund('fiscal'), carryover: fund('carryover'), other: fund('other'), ...unlistedOf() },
    goal: field('goal'),
    indicatorHeaderRow: headerRow,
    layout: { splitValue: split, hasWeights: header?.colOf.weight !== undefined },
    indicators,
    budgetScore,
    ...(costTables.length ? { costTables } : {}),
    ...(uncertainRows.length ? { uncertainRows, uncertainWhy } : {}),
    ...(found.nextTable ? { nextTable: found.nextTable } : {}),
    anchor: anchorHit ?? view.firstCell(),
  };
}
