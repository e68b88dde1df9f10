/** Chinese numerals: 十二, 三千五百, and amounts as finance writes them (壹佰万元, 一千二百三十四万五千六百元). */

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_MULT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The 大写 numerals of financial writing, as their everyday forms (壹 → 一, 拾 → 十, 佰 → 百 …). */
const FINANCIAL: Record<string, string> = {
  壹: '一', 贰: '二', 貳: '二', 叁: '三', 參: '三', 肆: '四', 伍: '五', 陆: '六', 陸: '六', 柒: '七', 捌: '八', 玖: '九',
  拾: '十', 佰: '百', 仟: '千', 萬: '万', 億: '亿',
};

/** "十二" → 12, "三千五百" → 3500, "两" → 2; null when malformed. */
export function chineseNumeral(s: string): number | null {
  if (!s) return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      if (digit !== null && digit !== 0) return null; // "三四" is not a number
      digit = CN_DIGITS[ch];
    } else if (ch in CN_MULT) {
      total += (digit ?? 1) * CN_MULT[ch];
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/**
 * A whole number written in Chinese, 大写 or not, with 万 and 亿 sections: "壹佰" → 100, "一千二百三十四万五千"
 * → 12345000, "叁亿零伍佰万" → 305000000; null when it is not one.
 */
export function chineseWholeNumber(text: string): number | null {
  const s = [...text].map((ch) => FINANCIAL[ch] ?? ch).join('');
  if (!s || !/^[零〇一二两三四五六七八九十百千万亿]+$/.test(s)) return null;
  let total = 0;
  let rest = s;
  for (const [mark, scale] of [['亿', 1e8], ['万', 1e4]] as const) {
    const at = rest.indexOf(mark);
    if (at < 0) continue;
    const head = rest.slice(0, at).replace(/^零+/, '');
    const n = head === '' ? null : chineseNumeral(head);
    if (n === null) return null;
    total += n * scale;
    rest = rest.slice(at + 1);
  }
  if (rest) {
    const n = chineseNumeral(rest.replace(/^零+/, ''));
    if (n === null) return null;
    total += n;
  }
  return total;
}
