/**
 * Dates in number cells: which number formats are dates, and a serial number as yyyy-mm-dd text
 * (the checker reads 指标值 dates as text, as the add-in sees them).
 */

/** Built-in formats that are dates or times: 14–22, 45–47, and the East-Asian 27–36, 50–58. */
function builtinIsDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/**
 * True when a format code shows a date or time: a y/m/d/h/s outside quoted text, [brackets] (colours,
 * conditions, locales, elapsed time aside) and escaped or padding characters.
 */
export function isDateCode(code: string): boolean {
  const plain = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*]/g, '')
    .replace(/[\\_*]./g, '');
  return /[ymdhs]/i.test(plain);
}

/** Whether number format `id` (with its custom code, when the file defines one) is a date format. */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code !== undefined) return isDateCode(code);
  return builtinIsDate(id);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * An Excel serial date as yyyy-mm-dd. The 1900 system keeps Excel's leap-year bug (serial 60 is
 * 1900-02-29; serials before it are one day later than a plain count); `date1904` counts from 1904-01-01.
 * Returns null for serials that are no date.
 */
export function serialToDateText(serial: number, date1904: boolean): string | null {
  let days = serial;
  if (!date1904 && serial < 61) {
    if (serial >= 60) return '1900-02-29';
    days = serial + 1;
  }
  const ms = Math.round((days - 25569 + (date1904 ? 1462 : 0)) * 86400000);
  const d = new Date(ms);
  if (!Number.isFinite(d.getTime()) || serial < 0) return null;
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
