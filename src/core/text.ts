/** Text normalisation shared by recognition, the 指标值 parser and the rules. */

/** Full-width ASCII (Ａ１％，) to half-width, ideographic and no-break spaces to spaces, CR/LF kept. */
export function normalizeText(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0x00a0 || c === 0x2002 || c === 0x2003 || c === 0x2009) out += ' ';
    else out += ch;
  }
  return out;
}

/** For comparing names: half-width, no whitespace, no punctuation, lower case. */
export function compactKey(s: string): string {
  return normalizeText(s)
    .toLowerCase()
    .replace(/[\s\u200b]+/g, '')
    .replace(/[()（）\[\]【】《》<>"'“”‘’、,，.。:：;；!！?？·\-—_]/g, '');
}

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

/**
 * Similarity of two names in [0, 1]: Sørensen–Dice over character bigrams of their compact keys.
 * Used to match summary rows with project tables.
 */
export function similarity(a: string, b: string): number {
  const x = compactKey(a);
  const y = compactKey(b);
  if (!x.length || !y.length) return 0;
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) {
    const g = x.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let common = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const g = y.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      common++;
      grams.set(g, n - 1);
    }
  }
  return (2 * common) / (x.length - 1 + y.length - 1);
}
