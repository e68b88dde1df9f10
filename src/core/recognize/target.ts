/**
 * Reads a 项目支出绩效目标表 from a grid, whatever its layout: the official printed form (merged
 * 一级/二级 cells), a provincial system's export (labels on every row, 指标值 split into 符号 | 值 | 单位,
 * extra 权重 / 说明 columns), or the PDF text pasted into Excel (blank continuation cells, labels landing a
 * column left or right, funds as text).
 */
import { cellText, isBlank, type CellRef, type CellValue } from '../grid';
import type { Field, FundField, Indicator, Level1, Level2, MoneyUnit, TargetTable, TargetValue } from '../model';
import { canonicalLevel1, canonicalLevel2 } from '../framework';
import { parseSplitValue, parseTargetValue } from '../value/parse';
import { parseAmount } from '../value/money';
import { normalizeText } from '../text';
import {
  isPassiveRole,
  moneyUnitIn,
  type ColumnRole,
  type FundKey,
  type LabelInfo,
  type HeaderField,
} from './labels';
import type { SheetView } from './view';

interface IndicatorHeader {
  row: number;
  roles: Map<number, ColumnRole>;
  colOf: Partial<Record<ColumnRole, number>>;
}

/** Finds the 一级指标 | 二级指标 | 三级指标 | 指标值 header row. */
export function findIndicatorHeader(view: SheetView, fromRow = 0): IndicatorHeader | null {
  const limit = Math.min(view.rowCount, fromRow + 400);
  for (let r = fromRow; r < limit; r++) {
    const cells = view.textCells(r);
    if (cells.length < 2) continue;
    const roles = new Map<number, ColumnRole>();
    const colOf: Partial<Record<ColumnRole, number>> = {};
    for (const { col, info } of cells) {
      const role = info.role;
      if (!role) continue;
      roles.set(col, role);
      if (colOf[role] === undefined) colOf[role] = col;
    }
    // "指标类型 | 指标名称 | 指标值" (a 项目库 form without 三级): the type column holds the 一级.
    if (colOf.level1 === undefined && colOf.level2 === undefined && colOf.name !== undefined && colOf.value !== undefined) {
      const typeCell = cells.find((c) => c.col < colOf.name! && /^指标(类型|类别|分类)$/.test(c.text.replace(/\s+/g, '')));
      if (typeCell) {
        roles.set(typeCell.col, 'level1');
        colOf.level1 = typeCell.col;
      } else {
        // Position as the fallback: the two headings left of the names (评价指标 | 评价内容 | 指标名称) are
        // the levels, whatever they are called.
        const left = cells.filter((c) => c.col < colOf.name! && (!c.info.role || c.info.role === 'ignore') && !c.info.block && c.text.trim().length <= 12);
        if (left.length === 2) {
          roles.set(left[0].col, 'level1');
          roles.set(left[1].col, 'level2');
          colOf.level1 = left[0].col;
          colOf.level2 = left[1].col;
        }
      }
    }
    const levels = (colOf.level1 !== undefined ? 1 : 0) + (colOf.level2 !== undefined ? 1 : 0);
    const leaf = (colOf.name !== undefined ? 1 : 0) + (colOf.value !== undefined ? 1 : 0);
    if (levels >= 1 && leaf >= 1 && levels + leaf >= 3) {
      subHeadingRoles(view, r + 1, roles, colOf);
      settleRoles(cells, roles, colOf);
      return { row: r, roles, colOf };
    }
  }
  return null;
}

/**
 * A two-row header: under a merged "指标值" the row below names its parts (符号 | 数值 | 单位, or 中期 |
 * 年度). Those headings give their columns their roles; the first row's roles stay where the second is blank.
 */
function subHeadingRoles(view: SheetView, r: number, roles: Map<number, ColumnRole>, colOf: Partial<Record<ColumnRole, number>>): void {
  if (r >= view.rowCount) return;
  const cells = view.textCells(r);
  if (!cells.length) return;
  const sub = new Map<number, ColumnRole>();
  for (const c of cells) {
    const k = c.text.replace(/\s+/g, '');
    const role: ColumnRole | null = /^(数值|值|数量|目标值|指标值|年度|年度指标值|年度目标值|本年度?)$/.test(k)
      ? 'value'
      : /^(中期|实施期|中期指标值|中期目标值)$/.test(k)
        ? 'ignore'
        : c.info.role;
    if (!role || role === 'level1' || role === 'level2' || role === 'name') return; // not a sub-header row
    sub.set(c.col, role);
  }
  if (![...sub.values()].some((x) => x === 'value' || x === 'sign' || x === 'unit')) return;
  const oldValue = colOf.value;
  for (const [col, role] of sub) roles.set(col, role);
  const valueCols = [...sub.entries()].filter(([, x]) => x === 'value').map(([c]) => c);
  if (valueCols.length) {
    colOf.value = valueCols[valueCols.length - 1];
    if (oldValue !== undefined && !sub.has(oldValue)) roles.set(oldValue, valueCols.includes(oldValue) ? 'value' : 'sign');
  }
  for (const role of ['sign', 'unit', 'weight'] as const) {
    const c = [...sub.entries()].find(([, x]) => x === role);
    if (c) colOf[role] = c[0];
  }
}

/**
 * Once a row is known to be the indicator header, every heading on it says what its column holds: a
 * heading that names no role we read (实施依据, 扣分说明 …) is a column never read as a value. Of several
 * value columns (中期 | 年度, 年度指标值 | 调整后指标值) the year's is the target.
 */
function settleRoles(
  cells: readonly { col: number; text: string; info: LabelInfo }[],
  roles: Map<number, ColumnRole>,
  colOf: Partial<Record<ColumnRole, number>>,
): void {
  // Left of the level columns stand the block's own label (绩效指标) or a 项目名称 column: not data columns.
  const firstLevel = Math.min(colOf.level1 ?? Infinity, colOf.level2 ?? Infinity);
  for (const { col, text, info } of cells) {
    if (!roles.has(col) && !info.block && col > firstLevel && text.trim().length <= 24) roles.set(col, 'ignore');
  }
  // Of two name columns (三级指标 | 指标内容) the 三级 one holds the names; the other describes them.
  const nameCols = [...roles.entries()].filter(([, r]) => r === 'name').map(([c]) => c);
  if (nameCols.length > 1) {
    const byText = new Map(cells.map((c) => [c.col, c.text] as const));
    // 三级指标(长期) | 三级指标(年度): the year's; else the 三级 one (三级指标 | 指标内容).
    const third =
      nameCols.find((c) => /年度|当年|本年/.test(byText.get(c) ?? '')) ?? nameCols.find((c) => /三级/.test(byText.get(c) ?? '')) ?? nameCols[0];
    for (const c of nameCols) if (c !== third) roles.set(c, 'ignore');
    colOf.name = third;
  }
  const valueCols = [...roles.entries()].filter(([, r]) => r === 'value').map(([c]) => c);
  if (valueCols.length > 1) {
    const byText = new Map(cells.map((c) => [c.col, c.text] as const));
    const yearly = valueCols.find((c) => /年度|当年|本年/.test(byText.get(c) ?? '')) ?? valueCols[0];
    for (const c of valueCols) if (c !== yearly) roles.set(c, 'ignore');
    colOf.value = yearly;
  }
}

/** Rows read below the indicator header, at most. */
export const MAX_INDICATOR_ROWS = 1000;

interface RowCell {
  col: number;
  text: string;
  value: CellValue;
  info: LabelInfo;
}

/** What a row's label cell says it is. */
/**
 * Whether a label cell is a 一级 or a 二级. 成本指标 is both (a 一级 in the 2024 framework, a 二级 under
 * 产出指标 in the classic one): its neighbours decide — a 一级 to its left makes it a 二级, a 二级 to its
 * right a 一级 — else the block it stands in (under 产出指标 it is the classic 二级), else its column.
 */
function labelKind(
  info: LabelInfo,
  col: number,
  header: IndicatorHeader | null,
  row: { hasLevel1Before: boolean; hasLevel2After: boolean; currentLevel1: Level1 | null; level1Continues?: boolean },
): 'level1' | 'level2' | null {
  // Under a merged 一级 that carries on through this row, a 一级 name in the 二级 column ("满意度" under
  // 效益指标) is that block's 二级 as written, not a new block.
  if (info.l1 && !info.l2 && row.level1Continues && header?.colOf.level2 === col && header.colOf.level1 !== col) return 'level2';
  if (info.l1 && info.l2) {
    if (row.hasLevel1Before) return 'level2';
    if (row.hasLevel2After) return 'level1';
    // Inside the 产出 block a lone 成本指标 is the classic 二级, even where a paste shifted it left.
    if (row.currentLevel1 === '产出指标') return 'level2';
    if (header?.colOf.level2 !== undefined && col === header.colOf.level2) return 'level2';
    return 'level1';
  }
  if (info.l1) return 'level1';
  if (info.l2) return 'level2';
  return null;
}

/** Whether the 一级 column of this row is covered by a merged cell that starts on an earlier row. */
function level1Continues(view: SheetView, r: number, header: IndicatorHeader | null): boolean {
  if (header?.colOf.level1 === undefined) return false;
  const owner = view.mergeOwner(r, header.colOf.level1);
  return !!owner && owner.row < r;
}

/** Words 三级指标 names end with; qualitative values (明显提高, 有效改善, 健全) do not. */
const NAME_ENDINGS =
  /(率|人数|次数|数量|个数|户数|面积|长度|里程|规模|成本|费用|经费|资金|金额|标准|时间|时限|时长|年限|期限|满意度|覆盖面|周期|批次|体系|机制|制度|水平|能力|意识|效率|秩序)$/;

function looksLikeIndicatorName(text: string): boolean {
  const t = text.trim();
  return parseTargetValue(t).kind === 'qualitative' && NAME_ENDINGS.test(t);
}

function looksLikeValue(parsed: TargetValue): boolean {
  if (parsed.kind === 'quantity' || parsed.kind === 'date') return !startsWithFigureButNamesSomething(parsed.text);
  return parsed.kind === 'placeholder';
}

/**
 * A 三级 name that opens with a figure: "60岁以上补助人数", "80-89 周岁老人人数", "65岁及以上老年人健康管理率",
 * "12345热线办结率", "2023年度完成率". After the figure and its unit come words ending as names end.
 */
function startsWithFigureButNamesSomething(text: string): boolean {
  const t = normalizeText(text).replace(/\s+/g, '');
  const m = /^[≥≤=<>]?\d+(?:\.\d+)?(?:[-~至]\d+(?:\.\d+)?)?(.*)$/u.exec(t);
  if (!m) return false;
  const words = m[1].replace(/^[^\p{Script=Han}]+/u, '');
  return (words.match(/\p{Script=Han}/gu) ?? []).length >= 4 && NAME_ENDINGS.test(words);
}

interface Assignment {
  name: RowCell | null;
  value: RowCell | null;
  weight: RowCell | null;
  labels: RowCell[];
}

/**
 * Reads a row's non-label cells by the header's columns. Null when they do not fit: a cell beyond the
 * header, two cells in one role, or no value and no name.
 */
/**
 * @param trusted the header names every column (a form, not a PDF paste) and the row sits on it: the
 *   guesses that undo a paste's shift do not apply.
 */
function assignByColumns(cells: RowCell[], roleOf: (col: number) => ColumnRole | undefined, trusted = false): Assignment | null {
  const out: Assignment = { name: null, value: null, weight: null, labels: [] };
  for (const c of cells) {
    const role = roleOf(c.col);
    if (role === 'name') {
      if (out.name) return null;
      out.name = c;
    } else if (role === 'value') {
      if (out.value) return null;
      out.value = c;
    } else if (role === 'weight') {
      if (out.weight) return null;
      out.weight = c;
    } else if (role === 'level1' || role === 'level2') {
      out.labels.push(c);
    } else if (isPassiveRole(role)) {
      continue;
    } else {
      return null;
    }
  }
  // On a form's header, a row of labels and scores only (生态效益指标 | … | 得分 0) holds no indicator.
  if (!out.value && !out.name) return trusted ? out : null;
  // A lone cell in the value column that reads as an indicator's name (…及时率, …人数, …费用), not as a
  // qualitative value (明显提高): the name of a row whose value is missing, shifted by its label.
  if (out.value && !out.name && cells.length === 1 && looksLikeIndicatorName(out.value.text)) {
    out.name = out.value;
    out.value = null;
  }
  // A "name" that reads as a value (≤153 万元) means the row is shifted: let the caller read it in order.
  if (out.name && out.value && !trusted && looksLikeValue(parseTargetValue(out.name.text))) return null;
  // Labels must stand left of the name; a lone "label" with a value but no name is a shifted name.
  if (out.labels.length && !out.name) return null;
  // Two or more cells and no value: more likely a name and its value shifted left than a name alone.
  if (!out.value && out.labels.length > 0 && !trusted) return null;
  if (!out.value && out.name && !trusted) {
    // A name with no value: believable only when the name does not read as a value.
    if (looksLikeValue(parseTargetValue(out.name.text))) return null;
  }
  return out;
}

interface RowParse {
  /** The shift the row was read with (0 when aligned with the header). */
  shift: number;
  level1: RowCell | null;
  level2: RowCell | null;
  name: RowCell | null;
  value: { text: string; cell: CellRef; parsed: TargetValue } | null;
  weight: RowCell | null;
  /** The row's cells did not fit the header's columns, whose headings are explicit: its reading is a guess. */
  uncertain?: boolean;
}

/** Assigns a row's cells to 一级 / 二级 / 三级 / 指标值 by content, using the header's columns as hints. */
/**
 * @param prevShift how far the previous indicator row sat from the header's columns: a PDF paste shifts
 *   runs of rows, so a row without labels is first read with its predecessor's shift.
 */
function parseIndicatorRow(
  view: SheetView,
  r: number,
  header: IndicatorHeader | null,
  split: boolean,
  prevShift = 0,
  currentLevel1: Level1 | null = null,
): RowParse | null {
  const all: RowCell[] = [];
  for (const { col, text, info } of view.textCells(r)) {
    if (info.block) continue;
    all.push({ col, text, value: view.value(r, col), info });
  }
  if (!all.length) return null;
  if (view.textCells(r).every((c) => c.info.junk || c.info.block)) return null;

  const roleAt = (col: number): ColumnRole | undefined => header?.roles.get(col);
  const out: RowParse = { shift: 0, level1: null, level2: null, name: null, value: null, weight: null };
  const rest: RowCell[] = [];
  let signCell: RowCell | null = null;
  let unitCell: RowCell | null = null;
  let splitValueCell: RowCell | null = null;

  for (const c of all) {
    const role = roleAt(c.col);
    // In a split layout (a system export) columns are reliable; elsewhere the shift decides below.
    if (split && isPassiveRole(role)) continue;
    if (split && role === 'weight') {
      out.weight = c;
      continue;
    }
    if (split && role === 'sign') {
      signCell = c;
      continue;
    }
    if (split && role === 'unit') {
      unitCell = c;
      continue;
    }
    if (split && role === 'value') {
      splitValueCell = c;
      continue;
    }
    // A label's full form ("数量指标") is a label wherever it lands; a short form ("服务对象满意度") in
    // the name or value column is a 三级 name or a value.
    const kind =
      (role === 'name' || role === 'value') && !c.info.fullLabel
        ? null
        : labelKind(c.info, c.col, header, {
            hasLevel1Before: !!out.level1,
            hasLevel2After: all.some((o) => o.col > c.col && o.info.l2 !== null && o.info.l1 === null),
            currentLevel1,
            level1Continues: level1Continues(view, r, header),
          });
    if (kind === 'level1' && !out.level1 && !out.level2) out.level1 = c;
    else if (kind === 'level2' && !out.level2) out.level2 = c;
    else rest.push(c);
  }

  if (split) {
    // 符号 | 值 | 单位: the value's cell is the 值 column (or the first of the three that is filled).
    // A sign column's kind mark (定性/定量) or a dash in the unit column alone is form filler, no value.
    const filler = (c: RowCell | null) => !c || /^(定性|定量|[-—–－/／\\]+)$/.test(c.text.trim());
    const hasValue = splitValueCell || !filler(signCell) || !filler(unitCell);
    const valueCol = header?.colOf.value ?? 0;
    // Unknown labels in label columns; the name in the name column or the last remaining cell.
    // Columns left of the level columns belong to the export's other fields (单位名称, 项目名称, 预算数 …).
    const firstLevel = Math.min(header?.colOf.level1 ?? Infinity, header?.colOf.level2 ?? Infinity);
    for (const c of rest) {
      const role = roleAt(c.col);
      if (role === 'level1' && !out.level1) out.level1 = c;
      else if (role === 'level2' && !out.level2) out.level2 = c;
      else if (!out.name && !(c.col < firstLevel && role === undefined)) out.name = c;
    }
    if (hasValue) {
      const sign = signCell?.text.trim() ?? '';
      const num = splitValueCell?.text.trim() ?? '';
      const unitText = /^[-—–－/／\\]+$/.test(unitCell?.text.trim() ?? '') ? '' : (unitCell?.text.trim() ?? '');
      // As one cell would show it: "≥1000 万元", "≥95%", "明显增加" (a 定性 sign is not part of the value).
      const text = /^定性/.test(sign)
        ? num
        : `${/^定量|正向|反向/.test(sign) ? '' : sign}${num}${unitText && unitText !== '%' ? ` ${unitText}` : unitText}`.trim();
      out.value = {
        text,
        cell: { row: r, col: splitValueCell?.col ?? valueCol },
        parsed: parseSplitValue(signCell?.value ?? null, splitValueCell?.value ?? null, unitCell?.value ?? null),
      };
    } else if (out.name) {
      out.value = { text: '', cell: { row: r, col: valueCol }, parsed: { kind: 'empty' } };
    }
    return out;
  }

  if (!rest.length) return out; // labels only: they carry down to the rows below.

  // How far this row sits from the header's columns (a PDF paste shifts rows left or right): the label
  // nearest the data tells.
  let shift = 0;
  let fromLabels = false;
  if (header) {
    if (out.level2 && header.colOf.level2 !== undefined) {
      shift = header.colOf.level2 - out.level2.col;
      fromLabels = true;
    } else if (out.level1 && header.colOf.level1 !== undefined) {
      shift = header.colOf.level1 - out.level1.col;
      fromLabels = true;
    }
  }
  const nameCol = header?.colOf.name;
  const valueCol = header?.colOf.value;

  let nameCell: RowCell | null = null;
  let valueCell: RowCell | null = null;
  const unknownLabels: RowCell[] = [];

  const dataRoles: ColumnRole[] = header
    ? [...header.roles.entries()]
        .filter(([, r]) => r === 'name' || r === 'value' || r === 'weight' || isPassiveRole(r))
        .sort((a, b) => a[0] - b[0])
        .map(([, r]) => r)
    : [];
  let positional: Assignment | null = null;
  if (!fromLabels && prevShift !== 0) {
    // The previous row's shift, trusted only when it gives the row a name.
    const carried = assignByColumns(rest, (col) => roleAt(col + prevShift));
    if (carried?.name && !carried.labels.length) {
      positional = carried;
      shift = prevShift;
    }
  }
  // A header that names every column (绩效标准, 分值, 实际完成值 …) belongs to a form, not a PDF paste.
  const formHeader = !!header && [...header.roles.values()].some(isPassiveRole);
  if (!positional) positional = assignByColumns(rest, (col) => roleAt(col + shift), formHeader && shift === 0);
  // A reading that needs an unknown label, when the cells fit the header's data columns exactly without
  // one, is a row shifted left: read it in order instead.
  if (positional && positional.labels.length && !out.level1 && !out.level2 && rest.length === dataRoles.length && dataRoles.length > 2 && !(formHeader && shift === 0)) {
    positional = null;
  }
  if (positional) {
    nameCell = positional.name;
    valueCell = positional.value;
    if (positional.weight) out.weight = positional.weight;
    unknownLabels.push(...positional.labels);
  } else if (rest.length === 1) {
    const only = rest[0];
    const parsed = parseTargetValue(only.text);
    if (looksLikeValue({ ...parsed, text: only.text } as TargetValue)) valueCell = only;
    else nameCell = only;
  } else {
    // A form whose header names every column (绩效标准, 实际完成值 …) is not a PDF paste: a row that does not
    // fit it is read in order, but the reading is a guess the checker must not build errors on.
    if (header && !fromLabels && [...header.roles.values()].some(isPassiveRole)) out.uncertain = true;
    // Not aligned with the header: read the cells in the header's order, from the right.
    const tail = dataRoles.length > 2 && rest.length >= dataRoles.length ? dataRoles : (['name', 'value'] as ColumnRole[]);
    const data = rest.slice(-tail.length);
    unknownLabels.push(...rest.slice(0, rest.length - data.length));
    const offset = tail.length - data.length;
    data.forEach((c, i) => {
      const role = tail[i + offset];
      if (role === 'name') nameCell = c;
      else if (role === 'value') valueCell = c;
      else if (role === 'weight') out.weight = c;
    });
    // Without a known label the data tell the shift: where the value landed against the 指标值 column.
    const v = valueCell as RowCell | null;
    if (!fromLabels && v && valueCol !== undefined) shift = valueCol - v.col;
  }

  // A cell before the name that is not a known label: an unknown (mistyped) 一级 or 二级 label.
  // A lone unknown label on a shifted row with no known label: a 二级 (a row opening a 一级 block also
  // names its 二级, which the rule above catches); in its own 一级 column of an aligned row, a 一级.
  const lone = unknownLabels.length === 1 && !out.level1 && !out.level2 && shift !== 0;
  for (const c of unknownLabels) {
    const role = lone ? 'level2' : roleAt(c.col + shift);
    // Left of the row's known 二级, an unknown label can only be its 一级, whatever column it landed in.
    const leftOfLevel2 = !!out.level2 && c.col < out.level2.col;
    if (!out.level1 && ((role === 'level1' && (!out.level2 || leftOfLevel2)) || leftOfLevel2)) out.level1 = c;
    else if (role === 'level2' && !out.level2) out.level2 = c;
    else if (!out.level2 && out.level1) out.level2 = c;
    else if (!out.level1 && !out.level2 && unknownLabels.length >= 2) out.level1 = c;
    else if (!out.level2) out.level2 = c;
  }

  out.name = nameCell;
  out.shift = shift;
  if (valueCell) {
    const v: RowCell = valueCell;
    out.value = { text: v.text.trim(), cell: { row: r, col: v.col }, parsed: parseTargetValue(v.text) };
  } else if (nameCell) {
    const n: RowCell = nameCell;
    const col = valueCol !== undefined && nameCol !== undefined ? n.col + (valueCol - nameCol) : n.col + 1;
    out.value = { text: '', cell: { row: r, col: Math.min(Math.max(col, n.col + 1), Math.max(view.width - 1, n.col)) }, parsed: { kind: 'empty' } };
  }
  return out;
}


/**
 * A second header row under the first: short headings (新罗区 | 永定区 …, 符号 | 值 | 单位) in the columns
 * right of the names, nothing in the level and name columns, nothing that reads as a value.
 */
function isSubHeader(view: SheetView, r: number, header: IndicatorHeader | null): boolean {
  if (!header || header.colOf.name === undefined) return false;
  const cells = view.textCells(r);
  if (cells.length < 2) return false;
  return cells.every((c) => {
    if (c.col <= header.colOf.name! || c.text.trim().length > 12 || c.info.level1 || c.info.l2) return false;
    const v = view.value(r, c.col);
    if (typeof v === 'number') return false;
    if (c.info.role) return true; // a heading ("预期2022年实现值", "2021年实际实现值")
    const p = parseTargetValue(c.text);
    return p.kind !== 'quantity' && p.kind !== 'date';
  });
}

/**
 * A note under the table: one long text in a cell merged across the indicator columns (a table's
 * 注/说明 paragraph, however it starts). Never an indicator row.
 */
function isNoteRow(view: SheetView, r: number, header: IndicatorHeader | null): boolean {
  const cells = view.textCells(r);
  if (cells.length !== 1 || cells[0].text.trim().length <= 40 || cells[0].info.level1 || cells[0].info.l2) return false;
  const valueCol = header?.colOf.value;
  if (valueCol === undefined) return false;
  let right = cells[0].col;
  while (right + 1 < view.width) {
    const o = view.mergeOwner(r, right + 1);
    if (!o || o.row !== r || o.col !== cells[0].col) break;
    right++;
  }
  return cells[0].col < valueCol && right >= valueCol;
}

/** The 一级 a 二级 can only stand under, in either framework (cost 二级 differ between them: not listed). */
const IMPLIED_LEVEL1: Partial<Record<Level2, Level1>> = {
  服务对象满意度指标: '满意度指标',
  数量指标: '产出指标',
  质量指标: '产出指标',
  时效指标: '产出指标',
  经济效益指标: '效益指标',
  社会效益指标: '效益指标',
  生态效益指标: '效益指标',
  可持续影响指标: '效益指标',
};

function readIndicators(
  view: SheetView,
  header: IndicatorHeader | null,
  startRow: number,
  split: boolean,
  uncertainRows: number[] = [],
): Indicator[] {
  const indicators: Indicator[] = [];
  let level1: Indicator['level1'] = null;
  let level2: Indicator['level2'] = null;
  let prevShift = 0;
  // A real table has tens of indicators; a sheet of label-like noise must not yield tens of thousands.
  const endRow = Math.min(view.rowCount, startRow + MAX_INDICATOR_ROWS);
  for (let r = startRow; r < endRow; r++) {
    const first = view.textCells(r)[0];
    if (first && first.info.stop && !first.info.level1 && !first.info.l2 && view.textCells(r).length <= 3) break;
    if (isNoteRow(view, r, header)) break;
    if (first && first.info.title) break; // the next table on the same sheet
    const cells = view.textCells(r);
    if (cells.some((c) => c.info.role === 'name' || c.info.role === 'level1')) {
      // The header repeated after a page break.
      if (cells.filter((c) => c.info.role).length >= 2) continue;
    }
    if (r <= startRow + 1 && isSubHeader(view, r, header)) continue;
    const row = parseIndicatorRow(view, r, header, split, prevShift, level1?.canonical ?? null);
    if (!row) continue;
    prevShift = row.shift;
    if (row.level1) {
      level1 = { text: row.level1.text.trim(), canonical: canonicalLevel1(row.level1.text), cell: { row: r, col: row.level1.col } };
      level2 = null;
    } else if (header?.colOf.level1 !== undefined) {
      // A merged 一级 cell covering this row carries its owner's label.
      const owner = view.mergeOwner(r, header.colOf.level1);
      if (owner && owner.row !== r) {
        const text = cellText(view.value(owner.row, owner.col)).trim();
        if (text && (!level1 || level1.cell.row !== owner.row || level1.cell.col !== owner.col)) {
          level1 = { text, canonical: canonicalLevel1(text), cell: owner };
        }
      }
    }
    if (row.level2) {
      const text = row.level2.text.trim();
      const canon = canonicalLevel2(text);
      level2 = { text, canonical: canon, cell: { row: r, col: row.level2.col } };
      // A 二级 written across the 一级 column (服务对象满意度指标 spanning both) opens its own 一级's block.
      const implied = !row.level1 && canon && header?.colOf.level1 === row.level2.col ? IMPLIED_LEVEL1[canon] : undefined;
      if (implied && level1?.canonical !== implied) level1 = { text, canonical: implied, cell: { row: r, col: row.level2.col } };
    }
    if (!row.name && !row.value) continue;
    if (row.uncertain) uncertainRows.push(r);
    const weightText = row.weight?.text.trim() ?? '';
    indicators.push({
      row: r,
      level1,
      level2,
      name: row.name ? { text: row.name.text.trim(), cell: { row: r, col: row.name.col } } : null,
      value: row.value ?? { text: '', cell: { row: r, col: header?.colOf.value ?? 0 }, parsed: { kind: 'empty' } },
      weight: row.weight
        ? {
            text: weightText,
            value: parseAmount(normalizeText(weightText).replace(/%$/, '')),
            cell: { row: r, col: row.weight.col },
          }
        : null,
    });
  }
  return indicators;
}

/** Whether a text cell is followed, on its row, by an amount: then the text labels a part of the source. */
function subLabelBeforeAmount(view: SheetView, row: number, col: number, unit: MoneyUnit): boolean {
  const text = cellText(view.value(row, col)).trim();
  if (text.length > 12) return false;
  return view.textCells(row).some((c) => c.col > col && parseAmount(view.value(row, c.col), unit) !== null);
}

/**
 * The funds block's 分值 (the score for budget execution on self-evaluation and approval forms): a 分值
 * heading above the indicator header with a number under it, or a 分值 label with the number to its right.
 */
function findBudgetScore(view: SheetView, headerRow: number): TargetTable['budgetScore'] {
  for (let r = 0; r < headerRow; r++) {
    for (const c of view.textCells(r)) {
      if (c.info.role !== 'weight') continue;
      for (const [rr, cc] of [
        [r + 1, c.col],
        [r, view.nextColumn(r, c.col)],
      ] as const) {
        const v = view.value(rr, cc);
        const n = typeof v === 'number' ? v : typeof v === 'string' ? parseAmount(v.replace(/分$/, '')) : null;
        if (n !== null && n > 0 && n <= 100 && rr < headerRow) return { value: n, cell: { row: rr, col: cc } };
      }
    }
  }
  return null;
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

interface LabelHit {
  row: number;
  col: number;
  text: string;
}

/** "金额(万元)", "金额", "单位：万元": a heading of an amount column, never an amount. */
function isAmountHeading(text: string): boolean {
  const t = normalizeText(text).replace(/\s+/g, '');
  return !/\d/.test(t) && /^(金额|数额|资金|预算数|预算金额)?\(?(单位[:：]?)?(元|千元|万元|亿元)?\)?$/.test(t) && t.length >= 2;
}

/** The value belonging to a label: the next filled cell to its right that is not another label. */
function valueRightOf(view: SheetView, hit: LabelHit): { cell: CellRef; value: CellValue; text: string } {
  const cells = view.textCells(hit.row);
  const firstRight = view.nextColumn(hit.row, hit.col);
  for (const c of cells) {
    if (c.col <= hit.col) continue;
    if (c.info.field || c.info.fund) break;
    // A column heading standing where the amount would ("年度资金总额 | 金额(万元)") is no value.
    if (isAmountHeading(c.text)) continue;
    return { cell: { row: hit.row, col: c.col }, value: view.value(hit.row, c.col), text: c.text };
  }
  // No value: point at the empty cell to fill in, or at the label when that cell is past the sheet's edge.
  const col = firstRight < view.width ? firstRight : hit.col;
  return { cell: { row: hit.row, col }, value: null, text: '' };
}

export function readTargetTable(view: SheetView, header: IndicatorHeader | null = findIndicatorHeader(view)): TargetTable {
  const headerRow = header?.row ?? null;
  const scanEnd = headerRow ?? Math.min(view.rowCount, 60);

  let title: TargetTable['title'] = null;
  let year: number | null = null;
  let moneyUnit: MoneyUnit | null = null;
  const fields: Partial<Record<HeaderField, LabelHit>> = {};
  const funds: Partial<Record<FundKey, LabelHit>> = {};

  for (let r = 0; r < scanEnd; r++) {
    for (const { col, text, info } of view.textCells(r)) {
      if (!title && info.title) title = { text: text.trim(), cell: { row: r, col } };
      if (year === null && /年度/.test(text) && r <= (title?.cell.row ?? 0) + 2) {
        const m = /((?:19|20)\d\d)\s*年度/.exec(normalizeText(text));
        if (m) year = Number(m[1]);
      }
      const unit = /资金|金额|\(|（/.test(text) ? moneyUnitIn(text) : null;
      if (unit && !moneyUnit) moneyUnit = unit;
      const f = info.field;
      // The year's goal outranks the 实施期 (multi-year) one when a form carries both.
      const yearlyOverMultiYear = f === 'goal' && !!fields.goal && /实施期|中期|总体目标$/.test(fields.goal.text) && /年度|当年/.test(text);
      if (f && (!fields[f] || yearlyOverMultiYear)) {
        fields[f] = { row: r, col, text };
        continue;
      }
      const k = info.fund;
      if (k && !funds[k]) funds[k] = { row: r, col, text };
    }
  }
  const unit: MoneyUnit = moneyUnit ?? '万元';

  const field = (key: HeaderField): Field | null => {
    const hit = fields[key];
    if (!hit) return null;
    const v = valueRightOf(view, hit);
    return { text: v.text.trim(), cell: v.cell, labelCell: { row: hit.row, col: hit.col } };
  };
  const fund = (key: FundKey): FundField | null => {
    const hit = funds[key];
    if (!hit) return null;
    const v = valueRightOf(view, hit);
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

  // Without a header row, the indicators start at the first row that carries a 一级 label.
  let start = headerRow !== null ? headerRow + 1 : view.rowCount;
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
  const indicators = readIndicators(view, header, start, split, uncertainRows);
  // A header with names but no value column (one column per village or town, say): which cell is a
  // name's target cannot be known, so no row of the block is checked for its structure or values.
  let uncertainWhy: TargetTable['uncertainWhy'];
  if (header && header.colOf.value === undefined && header.colOf.name !== undefined && indicators.length) {
    uncertainRows.splice(0, uncertainRows.length, ...indicators.map((i) => i.row));
    uncertainWhy = 'no-value-column';
  } else if (uncertainRows.length) uncertainWhy = 'misfit';

  const budgetScore = header?.colOf.weight !== undefined ? findBudgetScore(view, headerRow ?? 0) : null;
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
    funds: { total: fund('total'), fiscal: fund('fiscal'), carryover: fund('carryover'), other: fund('other') },
    goal: field('goal'),
    indicatorHeaderRow: headerRow,
    layout: { splitValue: split, hasWeights: header?.colOf.weight !== undefined },
    indicators,
    budgetScore,
    ...(uncertainRows.length ? { uncertainRows, uncertainWhy } : {}),
    anchor: anchorHit ?? view.firstCell(),
  };
}

export type { IndicatorHeader };
