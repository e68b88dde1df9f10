/**
 * The indicator block's header row (一级指标 | 二级指标 | 三级指标 | 指标值 | …): where it is, and what each
 * column holds, decided by the headings' words (labels.ts), a second heading row under it, and position
 * only as the fallback.
 */
import { labelKey, type ColumnRole, type LabelInfo } from './labels';
import type { SheetView, TextCell } from './view';

export interface IndicatorHeader {
  row: number;
  roles: Map<number, ColumnRole>;
  colOf: Partial<Record<ColumnRole, number>>;
  /** A tree form: 一级/二级 labels stand on rows of their own in the name column (项目 | 指标值). */
  tree?: boolean;
}

/**
 * A form laid out as a tree (批复表): a heading row "项目 | 指标值 | …" and, under it, the 一级 and 二级
 * labels on rows of their own in the first column, each followed by its 三级 names with their values.
 */
export function findTreeHeader(view: SheetView): IndicatorHeader | null {
  const limit = Math.min(view.rowCount, 60);
  for (let r = 0; r < limit; r++) {
    const cells = view.textCells(r);
    const value = cells.find((c) => c.info.role === 'value');
    if (!value || cells.length > 6 || cells.some((c) => c.info.role === 'level1' || c.info.role === 'level2')) continue;
    const first = cells.find((c) => c.info.role !== 'serial') ?? cells[0];
    if (first.col >= value.col) continue;
    let labels = 0;
    for (let rr = r + 1; rr < Math.min(view.rowCount, r + 80); rr++) {
      const row = view.textCells(rr);
      if (row.length === 1 && row[0].col === first.col && row[0].info.level1) labels++;
    }
    if (labels < 2) continue;
    const roles = new Map<number, ColumnRole>([[first.col, 'name'], [value.col, 'value']]);
    for (const c of cells) if (!roles.has(c.col)) roles.set(c.col, c.info.role === 'serial' ? 'serial' : 'ignore');
    return { row: r, roles, colOf: { name: first.col, value: value.col }, tree: true };
  }
  return null;
}

/** Finds the 一级指标 | 二级指标 | 三级指标 | 指标值 header row. */
export function findIndicatorHeader(view: SheetView, fromRow = 0): IndicatorHeader | null {
  const limit = Math.min(view.rowCount, fromRow + 400);
  for (let r = fromRow; r < limit; r++) {
    let cells = view.textCells(r);
    if (cells.length < 2) continue;
    // Headings merged down from the row above (绩效指标 over 一级 | 二级 | 三级, beside 指标值 | 绩效标准
    // spanning both rows) head this row's columns too.
    if (cells.some((c) => c.info.role === 'level1' || c.info.role === 'level2' || c.info.role === 'name')) cells = withHeadingsFromAbove(view, r, cells);
    const roles = new Map<number, ColumnRole>();
    const colOf: Partial<Record<ColumnRole, number>> = {};
    for (const { col, info } of cells) {
      const role = info.role;
      if (!role) continue;
      roles.set(col, role);
      if (colOf[role] === undefined) colOf[role] = col;
    }
    // "指标类型 | 指标名称 | 指标值" (a 项目库 form without 三级): the type column holds the 一级.
    if (colOf.level1 === undefined && colOf.level2 === undefined && colOf.name !== undefined && colOf.value !== undefined) {
      const typeCell = cells.find((c) => c.col < colOf.name! && /^指标(类型|类别|分类)$/.test(labelKey(c.text)));
      if (typeCell) {
        roles.set(typeCell.col, 'level1');
        colOf.level1 = typeCell.col;
      } else {
        // Position as the fallback: the two headings left of the names (评价指标 | 评价内容 | 指标名称) are
        // the levels, whatever they are called.
        const left = cells.filter((c) => c.col < colOf.name! && (!c.info.role || c.info.role === 'ignore') && !c.info.block && c.text.trim().length <= 12);
        if (left.length === 2) {
          roles.set(left[0].col, 'level1');
          roles.set(left[1].col, 'level2');
          colOf.level1 = left[0].col;
          colOf.level2 = left[1].col;
        }
      }
    }
    const levels = (colOf.level1 !== undefined ? 1 : 0) + (colOf.level2 !== undefined ? 1 : 0);
    const leaf = (colOf.name !== undefined ? 1 : 0) + (colOf.value !== undefined ? 1 : 0);
    if (levels >= 1 && leaf >= 1 && levels + leaf >= 3) {
      subHeadingRoles(view, r + 1, roles, colOf);
      settleRoles(cells, roles, colOf);
      return { row: r, roles, colOf };
    }
    const graded = gradedHeader(view, r, cells);
    if (graded) return graded;
  }
  return null;
}

/** The grades of a graded standard, best first: 优 | 良 | 中 | 差 (优秀 | 良好 | 合格 | 不合格 …). */
const GRADE = /^(优|优秀|良|良好|中|中等|合格|及格|差|较差|不合格)$/;

/**
 * A graded-standard form (河北 2019 转移支付 绩效目标表): "绩效指标分类 | 绩效指标 | 绩效指标描述 | 绩效指标评价标准",
 * the standard split on the row below into 优 | 良 | 中 | 差. Each indicator carries one threshold per grade
 * instead of one target; the 优 threshold is what the table promises, the lower grades are not targets.
 * Read only with all three signs: a type column naming the 一级 (指标分类 / 类型 / 类别), a name column right
 * of it, and a row under the header holding grades and nothing else, 优 first.
 */
function gradedHeader(view: SheetView, r: number, cells: readonly { col: number; text: string; info: LabelInfo }[]): IndicatorHeader | null {
  if (r + 1 >= view.rowCount) return null;
  const bare = (t: string) => t.replace(/[\s*＊★]+/g, '');
  const sub = view.textCells(r + 1);
  if (sub.length < 3 || !sub.every((c) => GRADE.test(bare(c.text))) || !/^优/.test(bare(sub[0].text))) return null;
  const best = sub[0].col;
  const type = cells.find((c) => c.col < best && /^(绩效)?指标(类型|类别|分类)$/.test(bare(c.text)));
  if (!type) return null;
  const name = cells.find((c) => c.col > type.col && c.col < best && (c.info.role === 'name' || /^(绩效)?指标(名称)?$/.test(bare(c.text))));
  if (!name) return null;
  const roles = new Map<number, ColumnRole>([
    [type.col, 'level1'],
    [name.col, 'name'],
    [best, 'value'],
  ]);
  for (const c of [...sub.slice(1), ...cells]) if (!roles.has(c.col)) roles.set(c.col, 'ignore');
  return { row: r, roles, colOf: { level1: type.col, name: name.col, value: best } };
}

/** A row's text cells plus, in its empty columns, the text of a heading merged down into it from above. */
function withHeadingsFromAbove(view: SheetView, r: number, cells: readonly TextCell[]): TextCell[] {
  const own = new Set(cells.map((c) => c.col));
  const added: TextCell[] = [];
  for (let c = 0; c < view.width; c++) {
    if (own.has(c)) continue;
    const owner = view.mergeOwner(r, c);
    if (!owner || owner.row >= r || owner.col !== c) continue;
    const above = view.textCells(owner.row).find((t) => t.col === c);
    if (above && above.text.trim().length <= 24) added.push(above);
  }
  return added.length ? [...cells, ...added].sort((a, b) => a.col - b.col) : [...cells];
}

/**
 * A two-row header: under a merged "指标值" the row below names its parts (符号 | 数值 | 单位, or 中期 |
 * 年度). Those headings give their columns their roles; the first row's roles stay where the second is blank.
 */
function subHeadingRoles(view: SheetView, r: number, roles: Map<number, ColumnRole>, colOf: Partial<Record<ColumnRole, number>>): void {
  if (r >= view.rowCount) return;
  const cells = view.textCells(r);
  if (!cells.length) return;
  const sub = new Map<number, ColumnRole>();
  for (const c of cells) {
    const k = c.text.replace(/[\s*★]+/g, '');
    const role: ColumnRole | null = /^(数值|值|数量|目标值|指标值|年度|年度指标值|年度目标值|本年度?)$/.test(k)
      ? 'value'
      : /^(中期|实施期|中期指标值|中期目标值)$/.test(k)
        ? 'ignore'
        : c.info.role;
    if (!role || role === 'level1' || role === 'level2' || role === 'name') return; // not a sub-header row
    sub.set(c.col, role);
  }
  if (![...sub.values()].some((x) => x === 'value' || x === 'sign' || x === 'unit')) return;
  const oldValue = colOf.value;
  for (const [col, role] of sub) roles.set(col, role);
  const valueCols = [...sub.entries()].filter(([, x]) => x === 'value').map(([c]) => c);
  // "符号 | (blank) | 单位" under a merged "预期指标值": the one part left unnamed holds the figure.
  if (!valueCols.length && oldValue !== undefined) {
    const end = view.nextColumn(r - 1, oldValue);
    const unnamed: number[] = [];
    // (a part the first row already named — a column inserted under the merge — is not unnamed)
    // (nor is a cell merged into the part left of it: "符号 | (blank, two columns wide) | 单位")
    const mergedAway = (c: number) => {
      const o = view.mergeOwner(r, c);
      return !!o && o.col !== c;
    };
    for (let c = oldValue; c < end; c++) if (!sub.has(c) && (c === oldValue || !roles.has(c)) && !mergedAway(c)) unnamed.push(c);
    if (end - oldValue >= 3 && unnamed.length === 1) {
      roles.set(unnamed[0], 'value');
      valueCols.push(unnamed[0]);
    }
  }
  // A weight named under a merged heading (自评得分: 单项指标得分 | 权重占比 | 折算得分) is the weight; a
  // first-row heading that also reads as one ("指标分值" over the indicators' explanations) is not.
  if ([...sub.values()].includes('weight')) {
    for (const [col, role] of roles) if (role === 'weight' && sub.get(col) !== 'weight') roles.set(col, 'ignore');
  }
  if (valueCols.length) {
    colOf.value = valueCols[valueCols.length - 1];
    if (oldValue !== undefined && !sub.has(oldValue)) roles.set(oldValue, valueCols.includes(oldValue) ? 'value' : 'sign');
  }
  for (const role of ['sign', 'unit', 'weight'] as const) {
    const c = [...sub.entries()].find(([, x]) => x === role);
    if (c) colOf[role] = c[0];
  }
}

/**
 * Once a row is known to be the indicator header, every heading on it says what its column holds: a
 * heading that names no role we read (实施依据, 扣分说明 …) is a column never read as a value. Of several
 * value columns (中期 | 年度, 年度指标值 | 调整后指标值) the year's is the target.
 */
function settleRoles(
  cells: readonly { col: number; text: string; info: LabelInfo }[],
  roles: Map<number, ColumnRole>,
  colOf: Partial<Record<ColumnRole, number>>,
): void {
  // Left of the level columns stand the block's own label (绩效指标) or a 项目名称 column: not data columns.
  const firstLevel = Math.min(colOf.level1 ?? Infinity, colOf.level2 ?? Infinity);
  for (const { col, text, info } of cells) {
    if (!roles.has(col) && !info.block && col > firstLevel && text.trim().length <= 24) roles.set(col, 'ignore');
  }
  const byText = new Map(cells.map((c) => [c.col, c.text] as const));
  const valueCols = [...roles.entries()].filter(([, r]) => r === 'value').map(([c]) => c);
  if (valueCols.length > 1) {
    const yearly = valueCols.find((c) => /年度|当年|本年/.test(byText.get(c) ?? '')) ?? valueCols[0];
    for (const c of valueCols) if (c !== yearly) roles.set(c, 'ignore');
    colOf.value = yearly;
  }
  // Of two name columns: the year's (三级指标(长期) | 三级指标(年度)); else, where two blocks stand side by
  // side (实施周期 | 年度), the one nearest left of the value column; else the 三级 one (三级指标 | 指标内容).
  const nameCols = [...roles.entries()].filter(([, r]) => r === 'name').map(([c]) => c);
  if (nameCols.length > 1) {
    const v = colOf.value;
    const leftOfValue = v !== undefined ? nameCols.filter((c) => c < v) : [];
    const sameText = nameCols.every((c) => byText.get(c) === byText.get(nameCols[0]));
    const third =
      nameCols.find((c) => /年度|当年|本年/.test(byText.get(c) ?? '')) ??
      (sameText && leftOfValue.length ? Math.max(...leftOfValue) : undefined) ??
      nameCols.find((c) => /三级/.test(byText.get(c) ?? '')) ??
      nameCols[0];
    for (const c of nameCols) if (c !== third) roles.set(c, 'ignore');
    colOf.name = third;
  }
}
