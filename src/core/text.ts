import { memoString } from './memo';

/** Text normalisation shared by recognition, the 指标值 parser and the rules. */

const WIDE = /[\uff01-\uff5e\u3000\u00a0\u2002\u2003\u2009]/;
const WIDE_ALL = /[\uff01-\uff5e\u3000\u00a0\u2002\u2003\u2009]/g;

function narrow(ch: string): string {
  const c = ch.charCodeAt(0);
  return c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : ' ';
}

/** Full-width ASCII (Ａ１％，) to half-width, ideographic and no-break spaces to spaces, CR/LF kept. */
export function normalizeText(s: string): string {
  // Most text has nothing to convert: test once, and replace only when needed.
  return WIDE.test(s) ? s.replace(WIDE_ALL, narrow) : s;
}

/** For comparing names: half-width, no whitespace, no punctuation, lower case. */
export const compactKey = memoString(function compactKey(s: string): string {
  return normalizeText(s)
    .toLowerCase()
    .replace(/[\s\u200b]+/g, '')
    .replace(/[()（）\[\]【】《》<>"'“”‘’、,，.。:：;；!！?？·\-—_]/g, '');
});

/** Formats an amount in 万元 the way the messages show figures: "1,012.50". */
export function formatAmount(n: number, digits = 2): string {
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  const fixed = abs.toFixed(digits);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + (frac !== undefined ? `${grouped}.${frac}` : grouped);
}

/** Formats a plain number without trailing zeros: 21.27, 94, 0.12. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const r = Math.round(n * 1e6) / 1e6;
  return String(r);
}

/** A string's character bigrams with their counts, for Sørensen–Dice similarity. */
export interface Bigrams {
  grams: Map<string, number>;
  count: number;
}

export function bigrams(key: string): Bigrams {
  const grams = new Map<string, number>();
  for (let i = 0; i < key.length - 1; i++) {
    const g = key.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return { grams, count: Math.max(0, key.length - 1) };
}

/** Sørensen–Dice coefficient of two bigram profiles, in [0, 1]. */
export function dice(a: Bigrams, b: Bigrams): number {
  if (!a.count || !b.count) return 0;
  const [small, large] = a.grams.size <= b.grams.size ? [a, b] : [b, a];
  let common = 0;
  for (const [g, n] of small.grams) {
    const m = large.grams.get(g);
    if (m) common += Math.min(n, m);
  }
  return (2 * common) / (a.count + b.count);
}

/**
 * Similarity of two names in [0, 1]: Sørensen–Dice over character bigrams of their compact keys.
 * Used to match summary rows with project tables.
 */
export function similarity(a: string, b: string): number {
  const x = compactKey(a);
  const y = compactKey(b);
  if (!x.length || !y.length) return 0;
  if (x === y) return 1;
  return dice(bigrams(x), bigrams(y));
}
