/**
 * One row of the indicator block: which cell is the 一级, the 二级, the 三级 name, the value and the weight,
 * by the header's columns where the row fits them, and by content where a PDF paste shifted it.
 */
import { cellText, type CellRef, type CellValue } from '../grid';
import type { Level1, TargetValue } from '../model';
import { parseSplitValue, parseTargetValue } from '../value/parse';
import { normalizeText } from '../text';
import { isPassiveRole, labelInfo, type ColumnRole, type LabelInfo } from './labels';
import type { IndicatorHeader } from './header';
import type { SheetView } from './view';

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
  hasLevel1Before: boolean,
  /** Whether a 二级 stands right of `col` on the row (see the caller): asked only of 成本指标. */
  hasLevel2After: () => boolean,
  currentLevel1: Level1 | null,
  level1Continues: boolean,
): 'level1' | 'level2' | null {
  // Under a merged 一级 that carries on through this row, a 一级 name in the 二级 column ("满意度" under
  // 效益指标) is that block's 二级 as written, not a new block.
  if (info.l1 && !info.l2 && level1Continues && header?.colOf.level2 === col && header.colOf.level1 !== col) return 'level2';
  if (info.l1 && info.l2) {
    if (hasLevel1Before) return 'level2';
    if (hasLevel2After()) return 'level1';
    // Inside the 产出 block a lone 成本指标 is the classic 二级, even where a paste shifted it left.
    if (currentLevel1 === '产出指标') return 'level2';
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

/** A row number as a 序号 column writes it: 1, 12, "3.", "（二）", "一、". */
const SERIAL = /^\s*[(（]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）.、．]?\s*$/;

/** Words 三级指标 names end with; qualitative values (明显提高, 有效改善, 健全) do not. */
const NAME_ENDINGS =
  /(率|人数|次数|数量|个数|户数|面积|长度|里程|规模|成本|费用|经费|资金|金额|标准|时间|时限|时长|年限|期限|满意度|覆盖面|周期|批次|体系|机制|制度|水平|能力|意识|效率|秩序)$/;

function looksLikeIndicatorName(text: string): boolean {
  const t = text.trim();
  return parseTargetValue(t).kind === 'qualitative' && NAME_ENDINGS.test(t);
}

export function looksLikeValue(parsed: TargetValue): boolean {
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

interface HeaderFacts {
  /** The roles of the header's data columns (name, value, weight, passive ones), left to right. */
  dataRoles: ColumnRole[];
  /** A header that names every column (绩效标准, 分值, 实际完成值 …) belongs to a form, not a PDF paste. */
  formHeader: boolean;
}

const NO_HEADER: HeaderFacts = { dataRoles: [], formHeader: false };
const headerFacts = new WeakMap<IndicatorHeader, HeaderFacts>();

/** What every row read under `header` asks of it, worked out once per header (a header is not changed once found). */
function factsOf(header: IndicatorHeader): HeaderFacts {
  let facts = headerFacts.get(header);
  if (!facts) {
    const dataRoles = [...header.roles.entries()]
      .filter(([, r]) => r === 'name' || r === 'value' || r === 'weight' || isPassiveRole(r))
      .sort((a, b) => a[0] - b[0])
      .map(([, r]) => r);
    facts = { dataRoles, formHeader: [...header.roles.values()].some(isPassiveRole) };
    headerFacts.set(header, facts);
  }
  return facts;
}

export interface RowParse {
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
export function parseIndicatorRow(
  view: SheetView,
  r: number,
  header: IndicatorHeader | null,
  split: boolean,
  prevShift = 0,
  currentLevel1: Level1 | null = null,
): RowParse | null {
  const all: RowCell[] = [];
  for (const { col, text, info } of view.textCells(r)) {
    // The template's "指标2" is no name: a row of it alone is an unused template row.
    if (info.block || info.filler) continue;
    // The row's number in a 序号 column ("1", "3.", "（二）") is no label, name or value.
    if (header?.roles.get(col) === 'serial' && SERIAL.test(text)) continue;
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

  // Once per row: whether a merged 一级 from an earlier row covers this one.
  const continues = level1Continues(view, r, header);
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
        : labelKind(
            c.info,
            c.col,
            header,
            !!out.level1,
            // A 二级 to the right; or, before the names, a second label that may be one (成本指标 | 成本值: the
            // left one is the 一级).
            () =>
              all.some(
                (o) =>
                  o.col > c.col &&
                  o.info.l2 !== null &&
                  (o.info.l1 === null || (!!c.info.l2 && header?.colOf.name !== undefined && o.col < header.colOf.name)),
              ),
            currentLevel1,
            continues,
          );
    if (kind === 'level1' && !out.level1 && !out.level2) out.level1 = c;
    else if (kind === 'level2' && !out.level2) out.level2 = c;
    else rest.push(c);
  }

  if (split) {
    // One 值 merged down over several indicators: this row's is the one written above (where it is pointed at).
    let sharedFrom: CellRef | null = null;
    if (!splitValueCell && header?.colOf.value !== undefined) {
      const owner = view.mergeOwner(r, header.colOf.value);
      const text = owner && owner.row < r && owner.col === header.colOf.value ? cellText(view.value(owner.row, owner.col)) : '';
      if (owner && text.trim()) {
        sharedFrom = owner;
        splitValueCell = { col: owner.col, text, value: view.value(owner.row, owner.col), info: labelInfo(text) };
      }
    }
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
        cell: sharedFrom ?? { row: r, col: splitValueCell?.col ?? valueCol },
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

  const { dataRoles, formHeader } = header ? factsOf(header) : NO_HEADER;
  let positional: Assignment | null = null;
  if (!fromLabels && prevShift !== 0) {
    // The previous row's shift, trusted only when it gives the row a name.
    const carried = assignByColumns(rest, (col) => roleAt(col + prevShift));
    if (carried?.name && !carried.labels.length) {
      positional = carried;
      shift = prevShift;
    }
  }
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
    if (formHeader && !fromLabels) out.uncertain = true;
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
