/**
 * Normalisation of a 指标值 before parsing: full-width to half-width (１００ → 100, ％ → %, ＞＝ → >=),
 * symbol variants (≧ → ≥, ═ → =, dashes → -), no spaces anywhere ("≥ 95 %" → "≥95%"), no thousand
 * separators (1,000.00 → 1000.00), no "(含)" notes, no trailing 。 . ; , 、.
 */
import { normalizeText } from '../text';

const SYMBOL_MAP: Record<string, string> = {
  '≧': '≥',
  '≦': '≤',
  '⩾': '≥',
  '⩽': '≤',
  '═': '=',
  '﹦': '=',
  '﹥': '>',
  '﹤': '<',
  '〉': '>',
  '〈': '<',
  '—': '-',
  '–': '-',
  '‐': '-',
  '‑': '-',
  '−': '-',
  '〜': '~',
  '∶': ':',
  '﹪': '%',
  '％': '%',
};
const SYMBOL_RE = new RegExp(`[${Object.keys(SYMBOL_MAP).join('')}]`, 'g');
const SPACES = /[\s\u200b\ufeff]+/g;
const THOUSANDS = /(\d),(?=\d{3}(?:\D|$))/g;
const INCLUSIVE_NOTE = /\((?:含|含本数|包含|包括)\)/g;
const TRAILING_PUNCT = /[。.,;；、!！]+$/;
/** Two-character operator spellings after full-width folding: ">=" "=>" "<=" "=<" "≥=" "≤=". */
const GE_SPELLINGS = />=|=>|≥=|≥≥/g;
const LE_SPELLINGS = /<=|=<|≤=|≤≤/g;
const EQ_SPELLINGS = /==/g;

/**
 * Length-preserving folding: full-width to half-width and symbol variants (≧ → ≥, — → -), nothing
 * removed, so an index into the result is an index into the input. Used on free text (goal texts).
 */
export function foldText(s: string): string {
  return normalizeText(s).replace(SYMBOL_RE, (c) => SYMBOL_MAP[c] ?? c);
}

/** Normalises a value text for parsing (see the file comment). Pure and allocation-light. */
export function normalizeValueText(s: string): string {
  let t = normalizeText(s);
  t = t.replace(SYMBOL_RE, (c) => SYMBOL_MAP[c] ?? c);
  t = t.replace(SPACES, '');
  if (t.indexOf(',') >= 0) t = t.replace(THOUSANDS, '$1');
  if (t.indexOf('(') >= 0) t = t.replace(INCLUSIVE_NOTE, '');
  t = t.replace(GE_SPELLINGS, '≥').replace(LE_SPELLINGS, '≤').replace(EQ_SPELLINGS, '=');
  t = t.replace(TRAILING_PUNCT, '');
  // "±3%以内": a deviation within 3%, an upper bound on its size.
  if (t.charCodeAt(0) === 0xb1 /* ± */) t = `≤${t.slice(1)}`;
  // A doubled dash between two dates or figures ("2020年1月--2020年11月") is one dash.
  if (t.indexOf('--') > 0) t = t.replace(/(?<=[\d年月日])-{2,}(?=\d)/g, '-');
  return t;
}
