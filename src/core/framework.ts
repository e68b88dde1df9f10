/**
 * The indicator framework: 一级/二级指标 (level1/level2), their aliases, and which 二级 belongs under
 * which 一级 in each framework ("2024": 成本 a 一级; "classic": 成本 a 二级 under 产出).
 */
import { LEVEL1, LEVEL2 } from './levels';
import type { Level1, Level2 } from './model';
import type { Framework } from './profile';
import { normalizeText } from './text';
import { memoString } from './memo';

/**
 * A score or weight annotation on a label, as approval and self-evaluation forms write them:
 * "产出指标(50分)", "成本指标(0-20)分", "效益指标（30分）", "满意度指标(权重10%)", "指标(10)".
 */
const SCORE_ANNOTATION = /\((?:权重|分值|满分)?[:：]?\d+(?:\.\d+)?(?:\s*[-~—–至]\s*\d+(?:\.\d+)?)?\s*(?:分|%)?\)\s*(?:分)?$|(?:\s|[,，])*\d+(?:\.\d+)?分$/;

const STARS = new Set(['★', '☆', '*', '＊']);

/** Every match of SCORE_ANNOTATION and /等$/ ends in ')', '分', '等' or a space. */
function mayEndInAnnotation(s: string): boolean {
  const last = s.charAt(s.length - 1);
  return last === ')' || last === '分' || last === '等' || /\s/.test(last);
}

/** Strips score annotations, a trailing 等 ("服务对象满意度指标等") and leading stars (★ marks core indicators). */
export function stripAnnotations(text: string): string {
  // Stars mark core indicators (★数量指标) or required columns (一级指标*). The regexes run only when the
  // first/last character can start a match: most labels have none, and long cell texts are costly to scan.
  let s = STARS.has(text.charAt(0)) ? text.replace(/^[★☆*＊]+/, '') : text;
  if (STARS.has(s.charAt(s.length - 1))) s = s.replace(/[★☆*＊]+$/, '');
  for (let i = 0; i < 2 && mayEndInAnnotation(s); i++) {
    const before = s;
    s = s.replace(SCORE_ANNOTATION, '').replace(/等$/, '');
    if (s === before) break;
  }
  return s;
}

/** Label text as compared: half-width, no spaces, no trailing colon, numbering or score annotations. */
export const normalizeLabel = memoString(function normalizeLabel(text: string): string {
  return stripAnnotations(
    normalizeText(text)
      .replace(/\s+/g, '')
      .replace(/[:：]+$/, '')
      // Numbering: "1.", "2、", "一、", "（一）", "(1)".
      .replace(/^(?:\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])/, ''),
  );
});

const LEVEL1_ALIASES: Record<string, Level1> = {
  项目完成指标: '产出指标',
  完成指标: '产出指标',
  项目效益指标: '效益指标',
  满意度: '满意度指标',
  成本: '成本指标',
  产出: '产出指标',
  效益: '效益指标',
};

const LEVEL2_ALIASES: Record<string, Level2> = {
  可持续发展影响指标: '可持续影响指标',
  可持续发展指标: '可持续影响指标',
  可持续影响: '可持续影响指标',
  可持续发展影响: '可持续影响指标',
  环境效益指标: '生态效益指标',
  生态环境效益指标: '生态效益指标',
  社会公众或服务对象满意度指标: '服务对象满意度指标',
  服务对象满意度: '服务对象满意度指标',
  社会公众满意度指标: '服务对象满意度指标',
  进度指标: '时效指标',
  时效性指标: '时效指标',
  时间指标: '时效指标',
  可持续性影响指标: '可持续影响指标',
  生态成本指标: '生态环境成本指标',
  环境成本指标: '生态环境成本指标',
};

function withSuffix(s: string): string {
  return s.endsWith('指标') ? s : `${s}指标`;
}

/** The canonical 一级指标 for a label, after alias normalisation; null when it is none. */
export const canonicalLevel1 = memoString(function canonicalLevel1(text: string): Level1 | null {
  const s = normalizeLabel(text);
  if (!s) return null;
  if ((LEVEL1 as readonly string[]).includes(s)) return s as Level1;
  if (LEVEL1_ALIASES[s]) return LEVEL1_ALIASES[s];
  const w = withSuffix(s);
  if ((LEVEL1 as readonly string[]).includes(w)) return w as Level1;
  if (LEVEL1_ALIASES[w]) return LEVEL1_ALIASES[w];
  // A note after the label ("产出指标(必填)", "效益指标（核心指标）") does not change it.
  if (/\)$/.test(s) && s.indexOf('(') > 1) return canonicalLevel1(s.slice(0, s.lastIndexOf('(')));
  // "项目产出指标", "产出类指标": a 项目 before or a 类 inside the level's name says the same level.
  const plain = s.replace(/^项目(?=.{2,}指标$)/, '').replace(/类指标$/, '指标');
  if (plain !== s) return canonicalLevel1(plain);
  // "产出值", "效益值": a form that names its levels by their values means the same levels.
  return /值$/.test(s) && s.length > 2 ? canonicalLevel1(s.slice(0, -1)) : null;
});

/** The canonical 二级指标 for a label, after alias normalisation; null when it is none. */
export const canonicalLevel2 = memoString(function canonicalLevel2(text: string): Level2 | null {
  const s = normalizeLabel(text);
  if (!s) return null;
  if ((LEVEL2 as readonly string[]).includes(s)) return s as Level2;
  if (LEVEL2_ALIASES[s]) return LEVEL2_ALIASES[s];
  const w = withSuffix(s);
  if ((LEVEL2 as readonly string[]).includes(w)) return w as Level2;
  if (LEVEL2_ALIASES[w]) return LEVEL2_ALIASES[w];
  // "数量指标 (必填硬性指标)", "社会效益 指标 (必填)" (see canonicalLevel1).
  if (/\)$/.test(s) && s.indexOf('(') > 1) return canonicalLevel2(s.slice(0, s.lastIndexOf('(')));
  // "产出数量", "产出时效", "产出成本": the 一级 written before its 二级.
  const prefixed = /^(产出|效益)(.{2,})$/.exec(s);
  if (prefixed && !/^指标/.test(prefixed[2])) {
    const inner = canonicalLevel2(prefixed[2]);
    if (inner) return inner;
  }
  // "数量类指标", "质量类指标" (see canonicalLevel1).
  if (/类指标$/.test(s)) return canonicalLevel2(s.replace(/类指标$/, '指标'));
  // "数量值", "经济效益值", "可持续影响值" (see canonicalLevel1).
  return /值$/.test(s) && s.length > 2 ? canonicalLevel2(s.slice(0, -1)) : null;
});

/** Why a table follows a framework: where its 成本指标 stands, or a year before the cost reform. */
export type FrameworkEvidence = { framework: Framework; why: 'cost-under-output' | 'cost-level1' | 'year-before-reform' };

/** The first budget year of the 2024 framework (成本预算改革): a table of an earlier year without cost lines is classic. */
export const REFORM_YEAR = 2024;

/**
 * The framework a table plainly follows, and why, or null when it does not say: 成本指标 written as a 二级
 * under 产出指标 is the classic framework's place for it; 成本指标 as a 一级 of its own (or its 2024 二级
 * 经济/社会/生态环境成本指标) the 2024 framework's. A table with both says nothing; one without cost lines of a
 * year before the cost reform (≤ 2023) follows the classic framework, the only one then.
 */
export function frameworkEvidence(
  indicators: readonly { level1: { canonical: Level1 | null } | null; level2: { canonical: Level2 | null } | null }[],
  year: number | null = null,
): FrameworkEvidence | null {
  let classic = false;
  let reform = false;
  for (const i of indicators) {
    const l1 = i.level1?.canonical ?? null;
    const l2 = i.level2?.canonical ?? null;
    const cost2024 = l2 === '经济成本指标' || l2 === '社会成本指标' || l2 === '生态环境成本指标';
    // Cost lines under 产出指标 (成本指标, or a 2024 cost 二级 put there) are where the classic form has them.
    if (l1 === '产出指标' && (l2 === '成本指标' || cost2024)) classic = true;
    else if (l1 === '成本指标' || cost2024) reform = true;
  }
  if (classic !== reform) return classic ? { framework: 'classic', why: 'cost-under-output' } : { framework: '2024', why: 'cost-level1' };
  if (!classic && year !== null && year > 1990 && year < REFORM_YEAR) return { framework: 'classic', why: 'year-before-reform' };
  return null;
}

/** The 一级指标 every table must have in this framework. */
export function requiredLevel1(framework: Framework): Level1[] {
  return framework === '2024' ? ['成本指标', '产出指标', '效益指标', '满意度指标'] : ['产出指标', '效益指标', '满意度指标'];
}

/** Under which 一级 each 二级 belongs, in this framework. */
export function parentsOf(level2: Level2, framework: Framework): Level1[] {
  switch (level2) {
    case '经济成本指标':
    case '社会成本指标':
    case '生态环境成本指标':
      return framework === '2024' ? ['成本指标'] : ['产出指标'];
    case '成本指标':
      // 成本指标 as a 二级 exists only in the classic framework, under 产出.
      return framework === '2024' ? [] : ['产出指标'];
    case '数量指标':
    case '质量指标':
    case '时效指标':
      return ['产出指标'];
    case '经济效益指标':
    case '社会效益指标':
    case '生态效益指标':
    case '可持续影响指标':
      return ['效益指标'];
    case '服务对象满意度指标':
      return ['满意度指标'];
  }
}

/** The 二级指标 a reviewer expects under each 一级 (indicator/missing-level2). */
export function expectedLevel2(level1: Level1, framework: Framework): Level2[] {
  switch (level1) {
    case '产出指标':
      return framework === '2024' ? ['数量指标', '质量指标', '时效指标'] : ['数量指标', '质量指标', '时效指标'];
    case '成本指标':
      return ['经济成本指标'];
    case '满意度指标':
      return ['服务对象满意度指标'];
    case '效益指标':
      return [];
  }
}

/** The 二级指标 that belong under a 一级 in this framework (for messages and data validation lists). */
export function level2Under(level1: Level1, framework: Framework): Level2[] {
  return (LEVEL2 as readonly Level2[]).filter((l2) => parentsOf(l2, framework).includes(level1));
}

/** Is this indicator a cost one: under 成本指标 (2024) or under the 成本 二级 of 产出 (classic)? */
export function isCostIndicator(level1: Level1 | null, level2: Level2 | null): boolean {
  if (level1 === '成本指标') return true;
  return level2 === '经济成本指标' || level2 === '社会成本指标' || level2 === '生态环境成本指标' || level2 === '成本指标';
}

/** Known 项目类别 (with or without a trailing 项目). */
export const CATEGORIES = ['人员类', '运转类', '公用经费', '其他运转类', '特定目标类'] as const;

/** A tick in a checkbox list: ☑ ■ √ ✓ ✔ ☒. */
const TICK = /[☑■√✓✔☒▣]/;

export function isKnownCategory(text: string): boolean {
  // A checkbox list ("人员类□ 运转类☑ 特定目标类□"): the ticked option is the category.
  if (TICK.test(text)) {
    const parts = normalizeText(text).split(/(?=[□☐☑■√✓✔☒▣])|(?<=[□☐☑■√✓✔☒▣])/);
    for (let i = 0; i < parts.length; i++) {
      if (!TICK.test(parts[i])) continue;
      for (const near of [parts[i + 1], parts[i - 1]]) {
        const option = near?.trim().split(/\s+/)[0];
        if (option && !/[□☐]/.test(option) && isKnownCategory(option)) return true;
      }
    }
    return false;
  }
  const s = normalizeLabel(text).replace(/项目$/, '');
  if ((CATEGORIES as readonly string[]).includes(s)) return true;
  // A category and its sub-type: "运转类（公用经费）", "运转类-公用经费", "特定目标类(发展建设类)". A sub-type
  // alone ("发展建设类", "基本建设类") is not the category the system files the project under.
  const m = /^(.+?类)[-—－:：(]/.exec(s);
  return !!m && (CATEGORIES as readonly string[]).includes(m[1]);
}
