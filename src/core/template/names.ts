/** Worksheet names: Excel's rules (31 characters, no []:*?/\, no leading or trailing ', not "History"). */

export const MAX_SHEET_NAME = 31;

/** A name Excel accepts, made from any text: forbidden characters become "_", trimmed, cut to 31. */
export function sanitizeSheetName(text: string): string {
  let s = text
    .replace(/[\u0000-\u001f]/g, '')
    .replace(/[[\]:*?/\\]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  s = cut(s, MAX_SHEET_NAME).replace(/'+$/, '').trim();
  return s;
}

/** The first `n` characters (code points, so a surrogate pair is never split). */
function cut(s: string, n: number): string {
  const chars = Array.from(s);
  return chars.length <= n ? s : chars.slice(0, n).join('');
}

function length(s: string): number {
  return Array.from(s).length;
}

/**
 * A sheet name based on `base` that no sheet in `existing` has (compared as Excel does, ignoring case):
 * "供水管网", then "供水管网(2)", "供水管网(3)" …, shortened so the suffix fits in 31 characters.
 */
export function uniqueSheetName(existing: Iterable<string>, base: string): string {
  const taken = new Set<string>();
  for (const n of existing) taken.add(n.toLowerCase());
  let stem = sanitizeSheetName(base) || '绩效目标表';
  // Excel reserves "History" (the change-tracking sheet).
  if (stem.toLowerCase() === 'history') stem = `${stem}_`;
  if (!taken.has(stem.toLowerCase())) return stem;
  for (let i = 2; ; i++) {
    const suffix = `(${i})`;
    const name = `${cut(stem, MAX_SHEET_NAME - length(suffix)).trim()}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** The sheet name as a formula writes it: always quoted, inner quotes doubled ('供水管网'!B3). */
export function formulaSheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
