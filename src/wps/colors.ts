/**
 * WPS (like Excel's VBA model) gives colours as BGR integers (0xBBGGRR: red is 255, blue 16711680) and
 * patterns as XlPattern numbers; the shared marks code speaks "#RRGGBB" and Office.js pattern names.
 * These convert, both ways, exactly.
 */

export function bgrFromHex(hex: string): number {
  const m = /^#?([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})$/.exec(hex.trim());
  if (!m) throw new Error(`not a colour: ${hex}`);
  return parseInt(m[1], 16) + parseInt(m[2], 16) * 0x100 + parseInt(m[3], 16) * 0x10000;
}

/** null for anything that is not a BGR integer (a mixed range gives null). */
export function hexFromBgr(bgr: unknown): string | null {
  if (typeof bgr !== 'number' || !Number.isInteger(bgr) || bgr < 0 || bgr > 0xffffff) return null;
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  const h = (n: number) => n.toString(16).toUpperCase().padStart(2, '0');
  return `#${h(r)}${h(g)}${h(b)}`;
}

/** XlPattern numbers by Office.js FillPattern name. */
export const XL_PATTERN: Record<string, number> = {
  None: -4142,
  Solid: 1,
  Gray75: -4126,
  Gray50: -4125,
  Gray25: -4124,
  Gray16: 17,
  Gray8: 18,
  Horizontal: -4128,
  Vertical: -4166,
  Down: -4121,
  Up: -4162,
  Checker: 9,
  SemiGray75: 10,
  LightHorizontal: 11,
  LightVertical: 12,
  LightDown: 13,
  LightUp: 14,
  Grid: 15,
  CrissCross: 16,
  LinearGradient: 4000,
  RectangularGradient: 4001,
};

const PATTERN_NAME = new Map(Object.entries(XL_PATTERN).map(([k, v]) => [v, k]));

/** The Office name of an XlPattern number; xlPatternAutomatic (-4105) is a solid fill; null when unknown or mixed. */
export function patternName(n: unknown): string | null {
  if (typeof n !== 'number') return null;
  if (n === -4105) return 'Solid';
  return PATTERN_NAME.get(n) ?? null;
}

export function patternNumber(name: string): number {
  const n = XL_PATTERN[name];
  if (n === undefined) throw new Error(`unknown fill pattern: ${name}`);
  return n;
}
