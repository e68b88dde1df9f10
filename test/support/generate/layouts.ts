/**
 * The layouts a generated table can take: three families after the seed workbooks (official printed
 * form, provincial-system export, PDF text pasted into Excel) and the named variants of DOMAIN.md on top
 * of them. A Variant is a set of knobs the renderers (render.ts) obey; the scorecard reports per variant.
 */
import type { MoneyUnit } from '../../../src/core/model';

export type Family = 'official' | 'split' | 'pasted';

/** Extra columns after the 指标值 column(s). 权重 and 分值 carry the weights (total 100). */
export type ExtraColumn = '权重' | '分值' | '指标值说明' | '评(扣)分标准';

/** How the PDF paste garbles rows (probabilities per eligible row or per table). */
export interface PasteNoise {
  /** A row whose first cell is blank loses it: everything lands one column left. */
  leftShift: number;
  /** In a left-shifted continuation row, the 二级 label lands one more column left (in the 一级 slot). */
  labelLeft: number;
  /** An extra blank cell before the 三级 name (or before the 二级): the rest lands one column right. */
  rightShift: number;
  /** The next 一级 label lands on the last row of the previous block (as in the seed's 表1). */
  carryUp: number;
  /** Per table: a funds amount lands two columns right. */
  fundsFar: number;
  /** Per table: 项目名称 | name | 项目类别 … without the blank cell between. */
  headerNoGap: number;
  /** Per table: page-break junk ("--	-------…") and blank rows inside the indicator block. */
  pageBreak: number;
  /** Per table: "项目资金" and "(万元)" on two lines. */
  fundsLabelSplit: number;
}

export interface Variant {
  id: string;
  family: Family;
  /** One line: what this variant exercises (shown in the scorecard). */
  description: string;
  /** merged: 一级/二级 cells merged; repeated: on every row; blank: first row only, blanks below (no merges). */
  labels: 'merged' | 'repeated' | 'blank';
  /** 指标值 split into 符号 | 值 | 单位. */
  splitValue: boolean;
  signHeader: '指标值符号' | '指标性质';
  unitHeader: '计量单位' | '度量单位';
  extraColumns: ExtraColumn[];
  moneyUnit: MoneyUnit;
  fundsAs: 'number' | 'text';
  title: boolean;
  /** separate: a "（2024年度）" row; inline: in the title; either: one or the other per table; none. */
  yearRow: 'separate' | 'inline' | 'either' | 'none';
  /** The table does not start at A1. */
  offset: { rows: number; cols: number };
  /** Alias spellings of 一级/二级 labels (可持续发展影响指标 is always possible, as in the seed). */
  aliases: number;
  paste: PasteNoise | null;
  summary: { present: boolean; total: boolean };
}

const QUIET: PasteNoise = {
  leftShift: 0.12,
  labelLeft: 0.4,
  rightShift: 0.03,
  carryUp: 0,
  fundsFar: 0.05,
  headerNoGap: 0.15,
  pageBreak: 0.35,
  fundsLabelSplit: 0.3,
};

const NOISY: PasteNoise = {
  leftShift: 0.3,
  labelLeft: 0.5,
  rightShift: 0.1,
  // A 一级 label carried up onto the last row of the block before ("效益指标 | 时效指标 | …") is read as
  // what the cells say — 时效指标 filed under 效益指标 — as in the pasted seed's 表1; a correct table
  // therefore never has it (the misplaced-level2 mutation does).
  carryUp: 0,
  fundsFar: 0.3,
  headerNoGap: 0.4,
  pageBreak: 0.9,
  fundsLabelSplit: 0.5,
};

function v(id: string, family: Family, description: string, knobs: Partial<Variant>): Variant {
  const base: Variant = {
    id,
    family,
    description,
    labels: family === 'official' ? 'merged' : family === 'split' ? 'repeated' : 'blank',
    splitValue: family === 'split',
    signHeader: '指标值符号',
    unitHeader: '计量单位',
    extraColumns: [],
    moneyUnit: '万元',
    fundsAs: family === 'pasted' ? 'text' : 'number',
    title: true,
    yearRow: family === 'split' ? 'inline' : family === 'pasted' ? 'either' : 'separate',
    offset: { rows: 0, cols: 0 },
    aliases: 0,
    paste: family === 'pasted' ? QUIET : null,
    summary: { present: true, total: false },
  };
  return { ...base, ...knobs };
}

export const VARIANTS: Variant[] = [
  v('official', 'official', '官方版式：5 列，一级/二级合并单元格，资金为数字 #,##0.00（同种子文件）', {}),
  v('official-weights', 'official', '官方版式 + 权重列（合计 100）+ 合计行', {
    extraColumns: ['权重'],
    summary: { present: true, total: true },
  }),
  v('official-yuan', 'official', '官方版式，金额单位为元：项目资金（元），所有金额均以元填写', { moneyUnit: '元' }),
  v('official-offset', 'official', '官方版式，表格不从 A1 开始（偏移 2 行 1 列），年度写在标题内', {
    offset: { rows: 2, cols: 1 },
    yearRow: 'inline',
  }),
  v('official-notitle', 'official', '官方版式，无标题行、无年度行', { title: false, yearRow: 'none' }),
  v('official-unmerged', 'official', '官方版式去掉合并：续行留空，资金为文本 "1,000.00"', { labels: 'blank', fundsAs: 'text' }),
  v('official-split', 'official', '合并标签 + 指标值拆为 指标值符号|指标值|计量单位 + 分值 + 评(扣)分标准', {
    splitValue: true,
    extraColumns: ['分值', '评(扣)分标准'],
  }),
  v('split', 'split', '省级系统导出：不合并、每行重复标签，指标值拆为 符号|值|单位（同种子文件）', {}),
  v('split-extra', 'split', '系统导出，表头为 指标性质|指标值|度量单位，+ 分值 + 指标值说明，别名标签', {
    signHeader: '指标性质',
    unitHeader: '度量单位',
    extraColumns: ['分值', '指标值说明'],
    aliases: 0.5,
  }),
  v('split-yuan-text', 'split', '系统导出，金额单位为元、资金为文本，偏移 1 行 2 列，带合计行', {
    moneyUnit: '元',
    fundsAs: 'text',
    offset: { rows: 1, cols: 2 },
    yearRow: 'separate',
    summary: { present: true, total: true },
  }),
  v('split-single', 'split', '每行重复标签，但指标值在一个单元格内，+ 权重', {
    splitValue: false,
    extraColumns: ['权重'],
  }),
  v('pasted', 'pasted', 'PDF 文本粘贴：一行一行，续行留空，标签偶尔左右错一列，资金为文本，分页杂行（同种子文件）', {}),
  v('pasted-noisy', 'pasted', 'PDF 粘贴，噪声更多：标签错列、资金错两列、分页杂行、别名', {
    paste: NOISY,
    aliases: 0.3,
  }),
  v('pasted-weights', 'pasted', 'PDF 粘贴 + 权重列（文本）+ 合计行，无标题', {
    extraColumns: ['权重'],
    title: false,
    yearRow: 'none',
    summary: { present: true, total: true },
  }),
];

export function variantById(id: string): Variant {
  const found = VARIANTS.find((x) => x.id === id);
  if (!found) throw new Error(`unknown variant ${id}; known: ${VARIANTS.map((x) => x.id).join(', ')}`);
  return found;
}

export const FAMILIES: Family[] = ['official', 'split', 'pasted'];
