/**
 * The 指标值 (target value) parser. STUB: the full parser (every spelling in DOMAIN.md) replaces this.
 */
import type { CellValue } from '../grid';
import type { TargetValue, Unit } from '../model';
import { cellText } from '../grid';

/** Parses a 指标值 written in one cell: "≥15826 米", "100%", "明显提高", "≤21.27万元/村", "2023年12月31日". */
export function parseTargetValue(text: string): TargetValue {
  const t = text.trim();
  if (!t) return { kind: 'empty' };
  const m = /^(≥|≤|=|>|<)?\s*(-?\d+(?:\.\d+)?)\s*(.*)$/.exec(t);
  if (!m) return { kind: 'qualitative', text: t };
  const op = (m[1] === '≥' ? '>=' : m[1] === '≤' ? '<=' : m[1] ?? '=') as '>=' | '<=' | '=' | '>' | '<';
  return { kind: 'quantity', text: t, operator: op, operatorExplicit: !!m[1], number: Number(m[2]), unit: parseUnit(m[3]) };
}

/** Parses a 指标值 split over 符号 | 值 | 单位 cells (符号 may be 定性 / 定量 / an operator). */
export function parseSplitValue(sign: CellValue, value: CellValue, unit: CellValue): TargetValue {
  const s = cellText(sign).trim();
  const v = cellText(value).trim();
  const u = cellText(unit).trim();
  if (s === '定性') return v ? { kind: 'qualitative', text: v } : { kind: 'empty' };
  return parseTargetValue(`${s}${v}${u}`);
}

/** Parses a unit: "万元/年/人" → {base 万元, per [年, 人], kind money}. null for ''. */
export function parseUnit(text: string): Unit | null {
  const t = text.trim();
  if (!t) return null;
  const [base, ...per] = t.split('/');
  const kind = /元$/.test(base) ? 'money' : base === '%' ? 'percent' : 'other';
  return { text: t, base, per, kind };
}
