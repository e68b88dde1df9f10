/**
 * The real corpus, perturbed the way other counties' copies of the same form differ: a 备注 column, a
 * note and a signature line under the table, score annotations and numbering on the 一级 labels, a 序号
 * column, full-width typing, labels spread with spaces or broken over two lines, required-field stars on
 * the headings, numbers stored as text. None of these changes what a reviewer finds, so none may add a
 * false alarm or lose an expected finding.
 */
import * as path from 'path';
import { checkWorkbook } from '../../src/core/check';
import { canonicalLevel1 } from '../../src/core/framework';
import { cellText, gridWidth, type CellValue, type Grid } from '../../src/core/grid';
import { BUILTIN_PROFILES } from '../../src/core/profile';
import { recognizeSheet } from '../../src/core/recognize';
import { loadWorkbook } from '../../src/cli/load';
import { loadKey, REAL_DIR, type KeyEntry } from '../support/real-corpus';

type Perturb = (g: Grid) => Grid;

const copy = (g: Grid): Grid => ({ ...g, rows: g.rows.map((r) => [...(r ?? [])]), merges: [...(g.merges ?? [])] });

/** Every text cell through `f`. */
const mapText = (g0: Grid, f: (s: string) => string): Grid => {
  const g = copy(g0);
  g.rows = g.rows.map((row) => row.map((v) => (typeof v === 'string' ? f(v) : v)));
  return g;
};

/** The 一级 and 二级 label cells of a recognised table, each once. */
function levelCells(g: Grid): { row: number; col: number }[] {
  const model = recognizeSheet(g);
  if (model.kind !== 'target-table') return [];
  const seen = new Map<string, { row: number; col: number }>();
  for (const ind of model.indicators) {
    for (const l of [ind.level1, ind.level2]) if (l) seen.set(`${l.cell.row}:${l.cell.col}`, l.cell);
  }
  return [...seen.values()];
}

/** Each label cell of 4+ characters through `f` (as a clerk retypes them). */
const mapLabels = (g0: Grid, f: (s: string) => string, minLength = 4): Grid => {
  const g = copy(g0);
  for (const { row, col } of levelCells(g0)) {
    const v = g.rows[row]?.[col];
    if (typeof v === 'string' && v.length >= minLength && v.length <= 8) g.rows[row][col] = f(v);
  }
  return g;
};

/**
 * A column inserted right of `col` in rows from..to (merges inside shifted, merges across the edge
 * dropped); with `widen`, each row's cell at `col` is merged over the new column (a wider name or value).
 */
function insertColumn(g0: Grid, col: number, from: number, to: number, widen: boolean): Grid {
  const g = copy(g0);
  g.rows = g.rows.map((r, i) => {
    if (i < from || i > to || r.length <= col + 1) return r;
    const row = [...r];
    row.splice(col + 1, 0, null);
    return row;
  });
  g.merges = (g.merges ?? []).flatMap((m) => {
    if (m.bottom < from || m.top > to) return [m];
    if (m.top < from || m.bottom > to) return [];
    return [{ ...m, left: m.left > col ? m.left + 1 : m.left, right: m.right >= col ? m.right + 1 : m.right }];
  });
  if (widen) {
    for (let r = from; r <= to; r++) {
      if (!g.merges.some((m) => m.top <= r && r <= m.bottom && m.left <= col && col <= m.right)) g.merges.push({ top: r, left: col, bottom: r, right: col + 1 });
    }
  }
  return g;
}

/** The indicator block's header row, its last indicator row, and its first indicator's columns. */
function block(g: Grid) {
  const model = recognizeSheet(g);
  if (model.kind !== 'target-table' || model.indicatorHeaderRow === null || !model.indicators.length) return null;
  const first = model.indicators[0];
  const named = model.indicators.find((i) => i.name);
  return {
    header: model.indicatorHeaderRow,
    last: Math.max(...model.indicators.map((i) => i.row)),
    level1: first.level1?.cell.col,
    name: named?.name?.cell.col,
    value: first.value.cell.col,
    indicators: model.indicators,
  };
}

const FULL_WIDTH: Record<string, string> = { '%': '％', '>': '＞', '<': '＜', '=': '＝', '(': '（', ')': '）', ':': '：' };

const PERTURBATIONS: Record<string, Perturb> = {
  'a note and a signature line under the table': (g0) => {
    const g = copy(g0);
    const w = Math.max(gridWidth(g), 2);
    const top = g.rows.length;
    g.rows.push(['注：1.本表由项目单位填报，主管部门审核；2.指标值应当量化，不能量化的用定性描述，并与年度预算资金相匹配。']);
    g.merges!.push({ top, left: 0, bottom: top, right: w - 1 });
    g.rows.push(['填报人：', '李明', '联系电话：', '0731-1234567']);
    return g;
  },
  'the table moved one column right and two rows down (a margin the clerk left)': (g0) => {
    const g = copy(g0);
    g.rows = [[], [], ...g.rows.map((r) => [null, ...r])];
    g.merges = (g.merges ?? []).map((m) => ({ top: m.top + 2, bottom: m.bottom + 2, left: m.left + 1, right: m.right + 1 }));
    return g;
  },
  'a 实际完成值 column inserted after the value (a self-evaluation made from the target table)': (g0) => {
    const model = recognizeSheet(g0);
    if (model.kind !== 'target-table' || model.indicatorHeaderRow === null || !model.indicators.length) return copy(g0);
    const vc = model.indicators[0].value.cell.col;
    const g = copy(g0);
    g.rows = g.rows.map((r, i) => {
      const row = [...r];
      if (row.length > vc + 1) row.splice(vc + 1, 0, null);
      if (i === model.indicatorHeaderRow) {
        while (row.length <= vc + 1) row.push(null);
        row[vc + 1] = '实际完成值';
      }
      return row;
    });
    for (const ind of model.indicators) {
      if (ind.value.cell.col !== vc || !ind.value.text) continue;
      const row = g.rows[ind.row];
      while (row.length <= vc + 1) row.push(null);
      row[vc + 1] = ind.value.text;
    }
    g.merges = (g.merges ?? []).map((m) => ({ ...m, left: m.left > vc ? m.left + 1 : m.left, right: m.right > vc ? m.right + 1 : m.right }));
    return g;
  },
  'a 备注 column after the indicator block': (g0) => {
    const g = copy(g0);
    const model = recognizeSheet(g0);
    if (model.kind !== 'target-table' || model.indicatorHeaderRow === null) return g;
    const col = gridWidth(g);
    const header = g.rows[model.indicatorHeaderRow];
    header[col] = '备注';
    for (const ind of model.indicators) {
      const row = g.rows[ind.row];
      row[col] = '详见项目实施方案';
    }
    return g;
  },
  '一级 and 二级 written on every row instead of merged (as system exports do)': (g0) => {
    const g = copy(g0);
    const model = recognizeSheet(g0);
    if (model.kind !== 'target-table') return g;
    for (const ind of model.indicators) {
      const row = g.rows[ind.row];
      for (const label of [ind.level1, ind.level2]) {
        if (!label || label.cell.row === ind.row) continue;
        // Only where the row's own cell in that column is empty (never over a value or a name).
        if (row[label.cell.col] === null || row[label.cell.col] === undefined || row[label.cell.col] === '') {
          while (row.length < label.cell.col) row.push(null);
          row[label.cell.col] = label.text;
        }
      }
    }
    // The merges that carried the labels down are gone.
    g.merges = (g.merges ?? []).filter((m) => !model.indicators.some((i) => m.top <= i.row && i.row <= m.bottom && (m.left === i.level1?.cell.col || m.left === i.level2?.cell.col)));
    return g;
  },
  'a 序号 column numbering the indicator rows, left of the levels': (g0) => {
    const model = recognizeSheet(g0);
    if (model.kind !== 'target-table' || model.indicatorHeaderRow === null || !model.indicators.length) return copy(g0);
    const head = model.indicatorHeaderRow;
    const rows = new Set(model.indicators.map((i) => i.row));
    const last = Math.max(...rows);
    const left = Math.min(...model.indicators.map((i) => Math.min(i.level1?.cell.col ?? Infinity, i.level2?.cell.col ?? Infinity, i.name?.cell.col ?? Infinity)));
    if (!Number.isFinite(left)) return copy(g0);
    const g = copy(g0);
    let n = 0;
    g.rows = g.rows.map((r, i) => {
      if (i < head || i > last) return r;
      const row = [...r];
      while (row.length < left) row.push(null);
      row.splice(left, 0, i === head ? '序号' : rows.has(i) ? ++n : null);
      return row;
    });
    g.merges = (g.merges ?? []).flatMap((m) => {
      if (m.bottom < head || m.top > last) return [m];
      if (m.top < head || m.bottom > last) return []; // a merge across the block's edge: dropped
      return [{ ...m, left: m.left >= left ? m.left + 1 : m.left, right: m.right >= left ? m.right + 1 : m.right }];
    });
    return g;
  },
  'typed in full-width (９５％, ＞＝, （）)': (g) =>
    mapText(g, (s) => s.replace(/[%><=():]/g, (ch) => FULL_WIDTH[ch]).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))),
  'labels spread with spaces (产 出 指 标), as Word tables centre them': (g) => mapLabels(g, (s) => [...s].join(' '), 2),
  'labels and headings broken over two lines (Alt+Enter in a narrow column)': (g0) => {
    const g = mapLabels(g0, (s) => `${s.slice(0, 2)}\n${s.slice(2)}`);
    const model = recognizeSheet(g0);
    if (model.kind === 'target-table' && model.indicatorHeaderRow !== null) {
      g.rows[model.indicatorHeaderRow] = g.rows[model.indicatorHeaderRow].map((v) => (typeof v === 'string' && v.length >= 4 ? `${v.slice(0, 2)}\r\n${v.slice(2)}` : v));
    }
    return g;
  },
  'ideographic and no-break spaces around every text': (g) => mapText(g, (s) => `\u3000${s}\u00a0 `),
  'required-field stars on every heading (*三级指标)': (g0) => {
    const model = recognizeSheet(g0);
    if (model.kind !== 'target-table' || model.indicatorHeaderRow === null) return copy(g0);
    const g = copy(g0);
    g.rows[model.indicatorHeaderRow] = g.rows[model.indicatorHeaderRow].map((v) => (typeof v === 'string' && v.trim() ? `*${v}` : v));
    return g;
  },
  'numbers stored as text (an export)': (g0) => {
    const g = copy(g0);
    g.rows = g.rows.map((row) => row.map((v) => (typeof v === 'number' ? String(v) : v)));
    return g;
  },
  'an 附件 line and a blank row above the title': (g0) => {
    const g = copy(g0);
    g.rows = [['附件3'], [], ...g.rows];
    g.merges = (g.merges ?? []).map((m) => ({ ...m, top: m.top + 2, bottom: m.bottom + 2 }));
    return g;
  },
  'operators in words (不低于95%) and spaced (≥ 95 %)': (g) =>
    mapText(g, (s) => s.replace(/^≥\s*(?=\d)/, '不低于').replace(/^≤\s*(?=\d)/, '不高于').replace(/^([><=]+)(\d+(?:\.\d+)?)(%?)$/, '$1 $2 $3')),
  'the 三级 names merged over two columns (a wider name cell)': (g0) => {
    const b = block(g0);
    return b && b.name !== undefined ? insertColumn(g0, b.name, b.header, b.last, true) : copy(g0);
  },
  'the values merged over two columns': (g0) => {
    const b = block(g0);
    return b ? insertColumn(g0, b.value, b.header, b.last, true) : copy(g0);
  },
  'an empty column between the names and the values': (g0) => {
    const b = block(g0);
    return b && b.name !== undefined ? insertColumn(g0, b.name, b.header, b.last, false) : copy(g0);
  },
  'a bracketed note on a second line under each figure value (（以实际为准）)': (g0) => {
    const b = block(g0);
    if (!b) return copy(g0);
    const g = copy(g0);
    for (const i of b.indicators) {
      const { row, col } = i.value.cell;
      const v = g.rows[row]?.[col];
      if (typeof v === 'string' && /\d/.test(v) && v.length < 12) g.rows[row][col] = `${v}\n（以实际为准）`;
    }
    return g;
  },
  'a two-row header: 绩效指标 over 一级 | 二级 | 三级, the other headings merged down both rows': (g0) => {
    const b = block(g0);
    if (!b || b.level1 === undefined || b.name === undefined || !(b.level1 < b.name && b.name < b.value)) return copy(g0);
    const h = b.header;
    const head = g0.rows[h] ?? [];
    const texts = head.filter((v) => typeof v === 'string' && v.trim()).map((v) => String(v).replace(/\s+/g, ''));
    // Only a one-block, one-row header (not side-by-side blocks or a header that is already two rows).
    if (new Set(texts).size !== texts.length) return copy(g0);
    if ((g0.merges ?? []).some((m) => m.top <= h && h <= m.bottom && m.bottom > m.top && m.left > b.level1!)) return copy(g0);
    const g = copy(g0);
    const top: CellValue[] = head.map((v, c) => (c === b.level1 ? '绩效指标' : c > b.name! ? v : null));
    g.rows.splice(h, 0, top);
    g.merges = (g.merges ?? []).map((m) => (m.top >= h ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m.bottom >= h ? { ...m, bottom: m.bottom + 1 } : m));
    g.merges.push({ top: h, left: b.level1, bottom: h, right: b.name });
    for (let c = b.name + 1; c < head.length; c++) {
      if (head[c] === null || head[c] === undefined || head[c] === '') continue;
      g.merges.push({ top: h, left: c, bottom: h + 1, right: c });
      g.rows[h + 1][c] = null;
    }
    return g;
  },
  'the unit moved from the value into the name (验收合格率(%) | 100)': (g0) => {
    const model = recognizeSheet(g0);
    // A split layout has its own 计量单位 column: not how such forms are written.
    if (model.kind !== 'target-table' || model.layout.splitValue) return copy(g0);
    const g = copy(g0);
    for (const i of model.indicators) {
      const { row, col } = i.value.cell;
      const v = g.rows[row]?.[col];
      const m = typeof v === 'string' ? /^([≥≤><=]?)(\d+(?:\.\d+)?)(%|人次|人|个|万元|元|天|次|亩|公里|辆)$/.exec(v.trim()) : null;
      if (!m || !i.name) continue;
      const name = g.rows[i.name.cell.row][i.name.cell.col];
      if (typeof name !== 'string') continue;
      g.rows[i.name.cell.row][i.name.cell.col] = `${name}(${m[3]})`;
      g.rows[row][col] = `${m[1]}${m[2]}`;
    }
    return g;
  },
  'operators after the figure (95%以上, 100万元以内) or in ASCII (>=, <=)': (g) =>
    mapText(g, (s) =>
      s
        .replace(/^≥\s*(\d+(?:\.\d+)?%?)$/, '$1以上')
        .replace(/^≤\s*(\d+(?:\.\d+)?(?:%|万元|元)?)$/, '$1以内')
        .replace(/^≥/, '>=')
        .replace(/^≤/, '<='),
    ),
  'the 一级 labels written one character a line (产\\n出\\n指\\n标) in a narrow column': (g) => mapLabels(g, (s) => [...s].join('\n'), 2),
  'header field labels spread with spaces (项 目 名 称) or closed with a colon (主管部门：)': (g0) => {
    const model = recognizeSheet(g0);
    if (model.kind !== 'target-table') return copy(g0);
    const above = model.indicatorHeaderRow ?? Math.min(g0.rows.length, ...model.indicators.map((i) => i.row));
    const g = copy(g0);
    for (let r = 0; r < above; r++) {
      const row = g.rows[r];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v !== 'string' || !/^[\u4e00-\u9fa5]{2,6}$/.test(v)) continue;
        row[c] = (r + c) % 2 ? [...v].join(' ') : typeof row[c + 1] === 'string' ? `${v}：` : v;
      }
    }
    return g;
  },
  'the sheet renamed Sheet1 (a copy saved by another program)': (g) => ({ ...copy(g), name: 'Sheet1' }),
  'equal values of neighbouring indicators merged into one cell (≥95% over two rows)': (g0) => {
    const model = recognizeSheet(g0);
    if (model.kind !== 'target-table') return copy(g0);
    const g = copy(g0);
    const inds = model.indicators;
    for (let i = 0; i + 1 < inds.length; i++) {
      const a = inds[i].value;
      const b = inds[i + 1].value;
      if (!a.text || a.text !== b.text || a.cell.col !== b.cell.col || b.cell.row !== a.cell.row + 1) continue;
      const covered = (g.merges ?? []).some((m) => m.top <= b.cell.row && b.cell.row <= m.bottom && m.left <= b.cell.col && b.cell.col <= m.right);
      if (covered || (g.merges ?? []).some((m) => m.top <= a.cell.row && a.cell.row <= m.bottom && m.left <= a.cell.col && a.cell.col <= m.right)) continue;
      g.rows[b.cell.row][b.cell.col] = null;
      g.merges!.push({ top: a.cell.row, left: a.cell.col, bottom: b.cell.row, right: a.cell.col });
      i++;
    }
    return g;
  },
  'score annotations and numbering on the 一级 labels': (g0) => {
    const g = copy(g0);
    const model = recognizeSheet(g0);
    if (model.kind !== 'target-table') return g;
    const seen = new Set<string>();
    const numerals = ['一', '二', '三', '四', '五'];
    // A label repeated on every row gets the same number and score each time.
    const order: string[] = [];
    for (const ind of model.indicators) {
      const l1 = ind.level1;
      if (!l1?.canonical) continue;
      const key = `${l1.cell.row}:${l1.cell.col}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const v: CellValue = g.rows[l1.cell.row]?.[l1.cell.col] ?? null;
      const text = cellText(v);
      if (canonicalLevel1(text) !== l1.canonical) continue;
      if (!order.includes(l1.canonical)) order.push(l1.canonical);
      const n = order.indexOf(l1.canonical);
      g.rows[l1.cell.row][l1.cell.col] = `${numerals[n]}、${text}（${10 * (n + 1)}分）`;
    }
    return g;
  },
};

const workbooks = new Map<string, Promise<Grid[]>>();

/** A corpus workbook's grids, read once for all perturbations. */
function gridsOf(file: string): Promise<Grid[]> {
  let p = workbooks.get(file);
  if (!p) {
    p = loadWorkbook(path.join(REAL_DIR, 'workbooks', file)).then((loaded) => {
      if (!loaded.ok) throw new Error(loaded.error);
      return loaded.grids;
    });
    workbooks.set(file, p);
  }
  return p;
}

async function findings(entry: KeyEntry, perturb: Perturb | null) {
  const loaded = await gridsOf(entry.file);
  const grids = perturb ? loaded.map(perturb) : loaded;
  return checkWorkbook(grids, { profile: BUILTIN_PROFILES[entry.framework] }).sheets.flatMap((s) => s.findings);
}

const entries = loadKey().filter((e) => e.expect.length || e.must_not.length);

describe.each(Object.entries(PERTURBATIONS))('real tables with %s', (_name, perturb) => {
  it.each(entries.map((e) => [e.file, e] as const))('%s: no new false alarm, no expected finding lost', async (_file, entry) => {
    const before = await findings(entry, null);
    const after = await findings(entry, perturb);
    const mustNot = new Set(entry.must_not);
    expect(after.filter((f) => mustNot.has(f.rule)).map((f) => `${f.rule} ${f.cell}: ${f.message}`)).toEqual(
      before.filter((f) => mustNot.has(f.rule)).map((f) => `${f.rule} ${f.cell}: ${f.message}`),
    );
    const rulesBefore = new Set(before.map((f) => f.rule));
    const rulesAfter = new Set(after.map((f) => f.rule));
    const expected = entry.expect.flatMap((e) => [e.rule, ...(e.any ?? [])]).filter((r) => rulesBefore.has(r));
    expect(expected.filter((r) => !rulesAfter.has(r))).toEqual([]);
  });
});

/**
 * A classic table rewritten in the 2024 framework: its 成本指标 rows under 产出指标 (a run at the block's
 * end) become a 一级 成本指标 block whose 二级 is 经济成本指标, merged or written on every row as the table has
 * its 一级.
 */
function to2024(g0: Grid): Grid | null {
  const model = recognizeSheet(g0);
  if (model.kind !== 'target-table') return null;
  const cost = model.indicators.filter((i) => i.level1?.canonical === '产出指标' && i.level2?.canonical === '成本指标');
  const l1 = cost[0]?.level1?.cell;
  const l2 = cost[0]?.level2?.cell;
  if (!cost.length || !l1 || !l2 || l1.col === l2.col) return null;
  const rows = cost.map((i) => i.row);
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  if (last - first + 1 !== rows.length) return null;
  const c1 = l1.col;
  const g = copy(g0);
  g.merges = (g.merges ?? []).flatMap((m) => {
    if (!(m.left <= c1 && c1 <= m.right && m.top <= last && m.bottom >= first)) return [m];
    return m.top < first ? [{ ...m, bottom: first - 1 }] : [];
  });
  while (g.rows[first].length <= c1) g.rows[first].push(null);
  g.rows[first][c1] = '成本指标';
  for (const r of rows) if (r !== first && typeof g.rows[r][c1] === 'string' && g.rows[r][c1]) g.rows[r][c1] = '成本指标';
  if (last > first) g.merges.push({ top: first, left: c1, bottom: last, right: c1 });
  const done = new Set<string>();
  for (const i of cost) {
    const c = i.level2!.cell;
    const key = `${c.row}:${c.col}`;
    const v = g.rows[c.row][c.col];
    if (done.has(key) || typeof v !== 'string') continue;
    done.add(key);
    g.rows[c.row][c.col] = v.replace(/成本(指标|值)?/, '经济成本指标');
  }
  return g;
}

const classic = entries.filter((e) => e.framework === 'classic');

describe('real classic tables rewritten in the 2024 framework and checked under it', () => {
  it.each(classic.map((e) => [e.file, e] as const))('%s: no false alarm the classic check of the original did not raise', async (_file, entry) => {
    const grids = await gridsOf(entry.file);
    const converted = grids.map((g) => to2024(g));
    if (converted.every((g) => g === null)) return; // no cost run under 产出指标 to move
    const keys = (gs: Grid[], framework: 'classic' | '2024') =>
      checkWorkbook(gs, { profile: BUILTIN_PROFILES[framework] }).sheets.flatMap((s) => s.findings.map((f) => `${f.rule} ${f.cell}`));
    const before = new Set(keys(grids, 'classic'));
    const mustNot = new Set(entry.must_not);
    const after = keys(converted.map((g, i) => g ?? grids[i]), '2024');
    expect(after.filter((k) => mustNot.has(k.split(' ')[0]) && !before.has(k))).toEqual([]);
  });
});
