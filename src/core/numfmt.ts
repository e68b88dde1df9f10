/**
 * What a cell's number format changes about the value a person reads: a clerk who types 95% into a cell
 * gets the number 0.95 shown as "95%". Every reader (the .xlsx and XML 2003 readers, the Excel gateway)
 * hands the checker what is shown, so a percentage stays a percentage.
 */

/** The format's first section without quoted text, [colours / conditions] and escaped characters. */
function plainSection(format: string): string {
  return format
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*]/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '');
}

/** Decimals a percentage format shows ("0%" → 0, "0.00%" → 2), or null when the format is no percentage. */
export function percentDecimals(format: string | null | undefined): number | null {
  if (!format || format === 'General' || format === '@') return null;
  if (/^percent$/i.test(format.trim())) return 2; // XML Spreadsheet 2003's named format
  const plain = plainSection(format);
  if (!plain.includes('%')) return null;
  const m = /\.([0#?]+)%/.exec(plain);
  return m ? m[1].length : 0;
}

/** A number shown through a percentage format, as Excel shows it: 0.95 → "95%", 0.955 with "0.0%" → "95.5%". */
export function percentText(value: number, decimals: number): string {
  const scaled = Math.round(value * 100 * 10 ** decimals) / 10 ** decimals;
  return `${scaled.toFixed(decimals)}%`;
}

/** The value a reader hands the checker for a number with this format: percentages as their text. */
export function shownNumber(value: number, format: string | null | undefined): number | string {
  const d = percentDecimals(format);
  return d === null ? value : percentText(value, d);
}
