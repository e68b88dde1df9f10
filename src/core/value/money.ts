/** Money: amounts in 元 / 千元 / 万元 / 亿元, always compared in 万元. STUB to be completed. */
import type { CellValue } from '../grid';
import type { MoneyUnit } from '../model';

/** How many 万元 one of this unit is: 元 → 0.0001, 万元 → 1, 亿元 → 10000; null if not money. */
export function wanPerUnit(unit: string): number | null {
  switch (unit.trim()) {
    case '元':
      return 0.0001;
    case '千元':
      return 0.1;
    case '万元':
      return 1;
    case '亿元':
      return 10000;
    default:
      return null;
  }
}

/**
 * Reads an amount from a funds or summary cell: a number, or text such as "1,000.00", "１０００", "1000万元".
 * Returns the amount in the given unit (a unit written in the text wins), converted to 万元; null when
 * the cell is empty or holds no amount.
 */
export function parseAmount(v: CellValue, unit: MoneyUnit = '万元'): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v * (wanPerUnit(unit) ?? 1) : null;
  if (typeof v !== 'string') return null;
  const t = v.replace(/[,，\s]/g, '');
  const m = /^(-?\d+(?:\.\d+)?)(元|千元|万元|亿元)?$/.exec(t);
  if (!m) return null;
  return Number(m[1]) * (wanPerUnit(m[2] ?? unit) ?? 1);
}
