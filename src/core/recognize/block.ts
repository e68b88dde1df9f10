/**
 * The indicator block read row by row: where it ends (notes, signatures, 总分), rows that are a second
 * heading, labels carried down merged or blank continuation cells.
 */
import { cellText, type CellRef } from '../grid';
import type { Indicator, Level1, Level2, TargetValue, Unit } from '../model';
import { canonicalLevel1, canonicalLevel2 } from '../framework';
import { parseAmount } from '../value/money';
import { parseTargetValue, parseUnit } from '../value/parse';
import { normalizeText } from '../text';
import type { IndicatorHeader } from './header';
import { parseIndicatorRow } from './rows';
import type { SheetView } from './view';

/** Rows read below the indicator header, at most. */
export const MAX_INDICATOR_ROWS = 1000;

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

export function readIndicators(
  view: SheetView,
  header: IndicatorHeader | null,
  startRow: number,
  split: boolean,
  uncertainRows: number[] = [],
  /** Set to the first cell of another table found below the block (the block ends there). */
  found: { nextTable?: CellRef } = {},
): Indicator[] {
  const indicators: Indicator[] = [];
  let level1: Indicator['level1'] = null;
  let level2: Indicator['level2'] = null;
  let prevShift = 0;
  const headingUnit = unitOfValueHeading(view, header);
  // A real table has tens of indicators; a sheet of label-like noise must not yield tens of thousands.
  const endRow = Math.min(view.rowCount, startRow + MAX_INDICATOR_ROWS);
  for (let r = startRow; r < endRow; r++) {
    const first = view.textCells(r)[0];
    if (first && first.info.stop && !first.info.level1 && !first.info.l2 && view.textCells(r).length <= 3) break;
    if (isNoteRow(view, r, header)) break;
    // The next table on the same sheet: its title, or (without a title of its own) its header fields
    // (项目名称, 主管部门 …) in the 一级 column or left of it, where no indicator row has them.
    const nextTable =
      first &&
      (first.info.title ||
        (first.info.field && !first.info.level1 && !first.info.l2 && first.col <= (header?.colOf.level1 ?? header?.colOf.level2 ?? 0)));
    if (nextTable) {
      if (indicators.length) found.nextTable = { row: r, col: first.col };
      break;
    }
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
      const canon: Level2 | null = canonicalLevel2(text) ?? satisfactionLevel2(text, level1?.canonical ?? null);
      level2 = { text, canonical: canon, cell: { row: r, col: row.level2.col } };
      // A 二级 written across the 一级 column (服务对象满意度指标 spanning both) opens its own 一级's block.
      const implied: Level1 | undefined = !row.level1 && canon && header?.colOf.level1 === row.level2.col ? IMPLIED_LEVEL1[canon] : undefined;
      if (implied && level1?.canonical !== implied) level1 = { text, canonical: implied, cell: { row: r, col: row.level2.col } };
    }
    if (!row.name && !row.value) continue;
    if (row.uncertain) uncertainRows.push(r);
    const weightText = row.weight?.text.trim() ?? '';
    const name = row.name?.text.trim() ?? '';
    const value = (split ? null : sharedValue(view, r, row.value)) ?? row.value ?? { text: '', cell: { row: r, col: header?.colOf.value ?? 0 }, parsed: { kind: 'empty' as const } };
    indicators.push({
      row: r,
      level1,
      level2,
      name: row.name ? { text: name, cell: { row: r, col: row.name.col } } : labelAsName(view, r, header, row.level2),
      value: { ...value, parsed: withUnit(withUnitOfName(value.parsed, name), headingUnit) },
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

/** A unit in brackets at the end of a 三级 name: "验收合格率(%)", "培训人次（人次）", "项目成本(万元)". */
const NAME_UNIT = /[(（]([^()（）]{1,6})[)）]\s*$/;

/**
 * A bare number under a name that states its unit in brackets (验收合格率(%) | 100, 培训人数（人）| 280)
 * has that unit: forms that put the unit in the name leave it out of the value.
 */
function withUnitOfName(parsed: TargetValue, name: string): TargetValue {
  if (parsed.kind !== 'quantity' || parsed.unit) return parsed;
  const m = NAME_UNIT.exec(name);
  const unit = m ? parseUnit(m[1]) : null;
  return unit && unit.kind !== 'other' && !unit.noun ? { ...parsed, unit } : parsed;
}

/**
 * Under 满意度指标, whose one 二级 is 服务对象满意度指标, a 二级 that names whose satisfaction it is
 * (群众满意度指标, 使用者满意度, 学生及家长满意度) or repeats the 一级 (满意度指标) means that 二级.
 */
function satisfactionLevel2(text: string, level1: Level1 | null): Level2 | null {
  if (level1 !== '满意度指标') return null;
  const t = normalizeText(text).replace(/\s+/g, '');
  return t.length <= 16 && /满意度(指标)?$/.test(t) ? '服务对象满意度指标' : null;
}

/** A unit the 指标值 heading states for its column: "指标值（%）", "目标值(万元)", "指标值（单位：%）" (% or money). */
function unitOfValueHeading(view: SheetView, header: IndicatorHeader | null): Unit | null {
  const col = header?.colOf.value;
  if (header === null || col === undefined) return null;
  for (const r of [header.row, header.row + 1]) {
    const text = normalizeText(cellText(view.value(r, col))).replace(/\s+/g, '');
    const m = /[(（](?:计量)?(?:单位[:：]?)?([^()（）]{1,6})[)）]$/.exec(text);
    const unit = m ? parseUnit(m[1]) : null;
    // Only a percent or money heading: "指标值(年度)", "(长期)" name the year, not a unit.
    if (unit && (unit.kind === 'percent' || unit.kind === 'money') && !unit.noun && unit.per.length === 0) return unit;
  }
  return null;
}

/** A bare number takes the unit its column's heading states. */
function withUnit(parsed: TargetValue, unit: Unit | null): TargetValue {
  return unit && parsed.kind === 'quantity' && !parsed.unit ? { ...parsed, unit } : parsed;
}

/**
 * One target for several indicators: an empty value cell covered by a value merged down from an earlier
 * row ("≥95%" over 养护合格率 and 验收合格率) is that value, pointed at where it is written.
 */
function sharedValue(view: SheetView, r: number, value: Indicator['value'] | null): Indicator['value'] | null {
  if (!value || value.parsed.kind !== 'empty') return null;
  const owner = view.mergeOwner(r, value.cell.col);
  if (!owner || owner.row >= r || owner.col !== value.cell.col) return null;
  const text = cellText(view.value(owner.row, owner.col)).trim();
  if (!text) return null;
  return { text, cell: owner, parsed: parseTargetValue(text) };
}

/**
 * A 二级 label merged across the 三级 column ("服务对象满意度" spanning both, then "≥90%"): the form names the
 * indicator by its 二级, which is then its name.
 */
function labelAsName(view: SheetView, r: number, header: IndicatorHeader | null, level2: { col: number; text: string } | null): Indicator['name'] {
  const nameCol = header?.colOf.name;
  if (!level2 || nameCol === undefined || nameCol === level2.col) return null;
  const owner = view.mergeOwner(r, nameCol);
  if (!owner || owner.row !== r || owner.col !== level2.col) return null;
  return { text: level2.text.trim(), cell: { row: r, col: level2.col } };
}
