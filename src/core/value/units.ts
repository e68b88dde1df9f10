/**
 * Units of 指标值 (target values): the table of known units, and `parseUnit` for compound "per" units
 * such as 元/月/人, 万元/年/人, 17元/人.每天, 万吨/每天.
 *
 * Every known unit has a kind, a canonical unit of that kind and a scale: one of it is `scale` canonical
 * units (万平方米 → 10000 平方米, 公里 → 1000 米, 万元 → 10000 元, ‰ → 0.1 %). Counts are canonical in
 * themselves (人 is 人, 个 is 个); a 万/千/亿 prefix scales them (万人 → 10000 人). Time is canonical in
 * 天 with calendar approximations (月 = 30 天, 年 = 365 天, 季度 = 91 天); 工作日 stays its own unit.
 */
import type { Unit, UnitKind } from '../model';
import { normalizeText } from '../text';

export interface UnitDef {
  kind: UnitKind;
  canonical: string;
  scale: number;
}

const UNITS = new Map<string, UnitDef>();

function def(kind: UnitKind, canonical: string, scale: number, ...names: string[]): void {
  for (const n of names) UNITS.set(n, { kind, canonical, scale });
}

// money (canonical 元)
def('money', '元', 1, '元', '元人民币', '人民币元');
def('money', '元', 100, '百元');
def('money', '元', 1000, '千元');
def('money', '元', 1e4, '万元', '万元人民币');
def('money', '元', 1e5, '十万元');
def('money', '元', 1e6, '百万元');
def('money', '元', 1e7, '千万元');
def('money', '元', 1e8, '亿元');
// rates
def('percent', '%', 1, '%', '﹪', '百分比');
def('percent', '%', 0.1, '‰');
def('percent', '百分点', 1, '百分点', '个百分点');
// length (canonical 米)
def('length', '米', 1, '米', 'm', 'M', '延米', '延长米', '线米');
def('length', '米', 1000, '公里', '千米', 'km', 'KM', 'Km');
def('length', '米', 0.01, '厘米', 'cm');
def('length', '米', 0.001, '毫米', 'mm');
// area (canonical 平方米)
def('area', '平方米', 1, '平方米', '平米', '平方', '㎡', 'm²', 'm2', '平方米建筑面积');
def('area', '平方米', 1e4, '万平方米', '万平米', '万㎡', '万m²', '公顷', 'hm²', 'hm2', 'ha');
def('area', '平方米', 1e6, '平方公里', '平方千米', 'km²', 'km2', '㎢');
def('area', '平方米', 10000 / 15, '亩');
def('area', '平方米', 1e8 / 15, '万亩');
// volume (canonical 立方米)
def('volume', '立方米', 1, '立方米', '立方', '方', '㎥', 'm³', 'm3');
def('volume', '立方米', 1e4, '万立方米', '万立方', '万方', '万m³');
def('volume', '立方米', 1e8, '亿立方米', '亿方');
def('volume', '立方米', 0.001, '升', 'L');
def('volume', '立方米', 1e-6, '毫升', 'ml', 'mL');
// weight (canonical 吨)
def('weight', '吨', 1, '吨', 't', 'T');
def('weight', '吨', 1e4, '万吨');
def('weight', '吨', 0.001, '千克', '公斤', 'kg', 'KG', 'Kg');
def('weight', '吨', 0.0005, '斤');
def('weight', '吨', 1e-6, '克', 'g');
// time (canonical 天, calendar approximations)
def('time', '天', 1 / 86400, '秒', '秒钟');
def('time', '天', 1 / 1440, '分钟', 'min');
def('time', '天', 1 / 24, '小时', '个小时', 'h', 'H', '时');
def('time', '天', 1, '天', '日', '日历天', '个日历天');
def('time', '工作日', 1, '工作日', '个工作日');
def('time', '天', 7, '周', '个周', '星期', '个星期');
def('time', '天', 15, '半月', '个半月');
def('time', '天', 30, '月', '个月');
def('time', '天', 91, '季度', '个季度', '季');
def('time', '天', 182, '半年', '个半年');
def('time', '天', 365, '年', '周年', '周岁', '岁', '年度', '学年');
def('time', '学时', 1, '学时', '课时');
// counts (canonical: themselves)
const COUNT_UNITS = [
  '人', '人次', '名', '位', '个', '项', '次', '座', '村', '户', '台', '套', '家', '所', '条', '件', '辆', '批',
  '期', '场', '棵', '株', '处', '间', '张', '本', '册', '份', '篇', '部', '宗', '块', '只', '头', '匹', '架',
  '艘', '根', '盏', '把', '支', '组', '队', '类', '种', '门', '栋', '幢', '层', '床', '例', '起', '单',
  '笔', '页', '校', '镇', '乡', '街道', '镇街', '乡镇', '社区', '村居', '站', '网点', '点', '台次',
  '车次', '班次', '架次', '场次', '期次', '批次', '户次', '家次', '人日', '工日', '轮', '节', '堂', '课',
  '孔', '眼', '口', '片', '段', '道', '面', '幅', '首', '集', '档', '杆', '盒', '箱', '袋', '瓶', '包', '对',
  '双', '副', '枚', '颗', '粒', '尾', '羽', '窝', '亩次', '车', '趟',
];
for (const u of COUNT_UNITS) if (!UNITS.has(u)) def('count', u, 1, u);
// other measures
def('other', '分', 1, '分', '分值');
def('other', '级', 1, '级', '星', '星级', '档次');
def('other', '倍', 1, '倍');
def('other', '千瓦时', 1, '千瓦时', 'kWh', 'kwh', '度');
def('other', '千瓦', 1, '千瓦', 'kW', 'kw', 'KW');
def('other', '千瓦', 1000, '兆瓦', 'MW', 'mw');

/**
 * Classifiers that usually carry the counted thing after them: "94个村", "1座加压站", "3套系统".
 * After these (and only these) a trailing noun is split off as `noun`.
 */
const CLASSIFIERS = new Set([
  '个', '座', '项', '套', '台', '家', '所', '条', '件', '辆', '批', '处', '间', '张', '本', '册', '份', '部',
  '宗', '块', '只', '头', '架', '艘', '根', '盏', '把', '支', '组', '队', '类', '种', '门', '栋', '幢', '名',
  '位', '户', '期', '场', '次', '孔', '眼', '口', '片', '段', '道', '面', '幅', '首', '集', '档', '杆', '棵',
  '株', '例', '起', '笔', '节', '堂', '轮', '趟',
]);

/** Magnitude prefixes that scale a count or other non-money unit (万人, 千人次, 亿人次). */
const MAGNITUDE: ReadonlyArray<[string, number]> = [
  ['十万', 1e5],
  ['百万', 1e6],
  ['千万', 1e7],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
  ['亿', 1e8],
];

let maxUnitLen = 0;
for (const k of UNITS.keys()) if (k.length > maxUnitLen) maxUnitLen = k.length;

/** The definition of an exactly spelled unit (after normalisation), or null. */
export function unitDef(text: string): UnitDef | null {
  const d = UNITS.get(text);
  if (d) return d;
  // 万人, 千人次 …: a magnitude prefix on a known non-money unit.
  for (const [p, f] of MAGNITUDE) {
    if (text.length > p.length && text.startsWith(p)) {
      const rest = UNITS.get(text.slice(p.length));
      if (rest && rest.kind !== 'money' && rest.kind !== 'percent') return { kind: rest.kind, canonical: rest.canonical, scale: rest.scale * f };
    }
  }
  return null;
}

/** true when `text` is a known unit spelling (万元, 个, 平方米, 万人, %, h …). */
export function isKnownUnit(text: string): boolean {
  return unitDef(text) !== null;
}

/**
 * The longest known unit at the start of `text` (from position `from`), or null. Used by the goal-figure
 * extractor and by the value parser to split "个村" into 个 + 村.
 */
export function longestUnitPrefix(text: string, from = 0): string | null {
  const max = Math.min(maxUnitLen + 2, text.length - from);
  for (let n = max; n >= 1; n--) {
    const cand = text.slice(from, from + n);
    if (unitDef(cand)) return cand;
  }
  return null;
}

const HAN = /\p{Script=Han}/u;
const UNIT_SPACES = /[\s\u200b]+/g;
const WRAPPING_PARENS = /^[(（\[【](.*)[)）\]】]$/;
const PER_SPLIT = /[/／.·•・*×]|每/;

/** Splits a denominator like "人月" into known units ["人", "月"] when it is fully covered, else [it]. */
function segmentPer(seg: string): string[] {
  if (!seg) return [];
  if (unitDef(seg)) return [seg];
  const out: string[] = [];
  let i = 0;
  while (i < seg.length) {
    const u = longestUnitPrefix(seg, i);
    if (!u) return [seg];
    out.push(u);
    i += u.length;
  }
  return out;
}

/** Cleans one denominator: parentheses and a leading 每 go ("(人·月)" → 人·月, "每天" → 天). */
function cleanPer(p: string): string {
  let s = p.replace(/^[(（]+|[)）]+$/g, '');
  while (s.startsWith('每')) s = s.slice(1);
  return s;
}

/**
 * Parses a unit: "万元/年/人" → {base 万元, per [年, 人], kind money}; "个村" → {base 个, noun 村, kind count};
 * "元/人.每天" → {base 元, per [人, 天]}; "万吨/每天" → {base 万吨, per [天], kind weight};
 * "元每人每月" → {base 元, per [人, 月]}. Unknown text → kind 'other' (it is still a unit). null for ''.
 * `text` is the unit as written (trimmed); base, per and noun are normalised (half-width, no spaces).
 */
export function parseUnit(text: string): Unit | null {
  const raw = text.trim();
  if (!raw) return null;
  let t = normalizeText(raw).replace(UNIT_SPACES, '');
  const wrapped = WRAPPING_PARENS.exec(t);
  if (wrapped) t = wrapped[1];
  if (!t) return null;
  const exact = unitDef(t);
  if (exact) return { text: raw, base: t, per: [], kind: exact.kind, canonical: exact.canonical, scale: exact.scale };

  // Split base from the denominators: at the first "/" (or 每 / a dot after a known base).
  let base: string;
  let rest: string;
  const slash = t.search(/[/／]/);
  if (slash >= 0) {
    base = t.slice(0, slash);
    rest = t.slice(slash + 1);
  } else {
    const mei = t.indexOf('每');
    if (mei > 0) {
      base = t.slice(0, mei);
      rest = t.slice(mei);
    } else {
      base = t;
      rest = '';
    }
  }
  const per: string[] = [];
  if (rest) {
    for (const p of rest.split(PER_SPLIT)) {
      const c = cleanPer(p);
      if (c) per.push(...segmentPer(c));
    }
  }
  let noun: string | undefined;
  let d = unitDef(base);
  if (!d) {
    // "个村", "座加压站", "%完成": a known unit followed by words.
    const head = longestUnitPrefix(base);
    if (head && head.length < base.length && HAN.test(base.slice(head.length))) {
      const hd = unitDef(head);
      if (hd && (CLASSIFIERS.has(head) || !per.length)) {
        noun = base.slice(head.length);
        base = head;
        d = hd;
      }
    }
  }
  const u: Unit = d
    ? { text: raw, base, per, kind: d.kind, canonical: d.canonical, scale: d.scale }
    : { text: raw, base, per, kind: 'other', canonical: base, scale: 1 };
  if (noun) u.noun = noun;
  return u;
}

/**
 * The thing a count unit counts: "94个村" → 村, "94村" → 村, "1300人" → 人, "3套系统" → 系统; for any
 * other unit its base. Used to match a per-unit standard (万元/村) with its quantity.
 */
export function countedThing(unit: Unit): string {
  return unit.noun ?? unit.base;
}

/**
 * Whether a quantity in `unit` counts what `per` names: 村 matches "94村", "94个村" and "94个行政村";
 * 人 matches 人 and 人次; 月 matches 月 and 个月. Per names are compared after normalisation.
 */
export function unitCountsPer(unit: Unit, per: string): boolean {
  const p = normalizeText(per).replace(UNIT_SPACES, '');
  if (!p) return false;
  const thing = countedThing(unit);
  if (thing === p || unit.base === p) return true;
  if (thing.endsWith(p)) return true;
  if (p === '人' && (unit.base === '人次' || unit.base === '名' || unit.base === '位')) return true;
  const pd = unitDef(p);
  const ud = unitDef(unit.base);
  // Same time unit in another spelling (月 / 个月, 年 / 周年, 天 / 日).
  if (pd && ud && pd.kind === 'time' && ud.kind === 'time' && pd.canonical === ud.canonical && pd.scale === ud.scale) return true;
  return false;
}

/** Scale of a unit relative to its canonical unit (万平方米 → 10000); 1 for unknown units. */
export function unitScale(unit: Unit): number {
  if (unit.scale !== undefined) return unit.scale;
  return unitDef(unit.base)?.scale ?? 1;
}

/** Canonical unit of a unit's base (万平方米 → 平方米, 公里 → 米, 个月 → 天, 人 → 人). */
export function unitCanonical(unit: Unit): string {
  if (unit.canonical !== undefined) return unit.canonical;
  return unitDef(unit.base)?.canonical ?? unit.base;
}

/**
 * Converts `n` from unit `from` to unit `to` when both measure the same thing with the same
 * denominators (107 万平方米 → 1070000 平方米; 1 公里 → 1000 米); null when they are not comparable.
 * Counts convert only to the same counted thing (人 ↔ 万人; not 人 ↔ 个).
 */
export function convertQuantity(n: number, from: Unit, to: Unit): number | null {
  if (from.kind !== to.kind) return null;
  if (from.per.length !== to.per.length) return null;
  for (let i = 0; i < from.per.length; i++) if (from.per[i] !== to.per[i]) return null;
  if (unitCanonical(from) !== unitCanonical(to)) return null;
  if (from.kind === 'count' || from.kind === 'other') {
    if ((from.noun ?? '') !== (to.noun ?? '') && from.noun && to.noun) return null;
  }
  return (n * unitScale(from)) / unitScale(to);
}
