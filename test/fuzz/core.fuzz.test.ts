/**
 * Seeded fuzz test of the core: thousands of random grids (strings, numbers, errors, booleans, nulls,
 * merges in and out of bounds, huge and ragged rows, label words sprinkled in) and of seed tables
 * mutated at random (cells deleted, swapped, shifted, replaced by junk, rows dropped or duplicated),
 * thrown at checkWorkbook. Whatever the input: no exception, one result per input sheet, every finding on
 * an input sheet, with a registered rule id and a valid A1 cell inside that sheet (or inside a merge).
 *
 * Deterministic: a failure names its case seed; re-run one with FUZZ_ONLY=<seed> to see its grids.
 */
import { checkWorkbook, type WorkbookResult } from '../../src/core/check';
import { fromA1, gridWidth, toA1, type CellValue, type Grid, type MergeArea } from '../../src/core/grid';
import { RULES } from '../../src/core/rules';
import { parseSeedProjects } from '../support/table-builder';
import { Rng, VARIANTS, correctCase, renderTable, type SheetDraft } from '../support/generate';

const RANDOM_WORKBOOKS = 2000;
const MUTATED_SEED_WORKBOOKS = 700;

const LABELS = [
  '项目支出绩效目标表', '（2024年度）', '项目名称', '项目类别', '主管部门', '实施单位', '项目资金（万元）', '项目资金\n（元）',
  '年度预算资金总额：', '其中：财政拨款', '上年结转资金', '其他资金', '年度总体绩效目标', '绩效指标', '一级指标', '二级指标',
  '三级指标', '指标值', '指标值符号', '计量单位', '指标性质', '度量单位', '权重', '分值', '指标值说明', '评(扣)分标准',
  '成本指标', '产出指标', '效益指标', '满意度指标', '经济成本指标', '数量指标', '质量指标', '时效指标', '社会效益指标',
  '可持续发展影响指标', '服务对象满意度指标', '项目总成本', '总成本', '成本合计', '合计', '总计', '序号',
  '预算部门（单位）名称', '项目金额（万元）', '备注', '定性', '特定目标类', '其他运转类', '申报表',
];
const VALUES = [
  '≥95%', '≤1000 万元', '100%', '=12 个月', '≤21.27万元/村', '≤20 元/月/人', '明显提高', '待定', 'XX', '*', '-', 'null',
  '1,000.00', '０．５', '≥１００％', '>=95', '不低于90%', '95%以上', '2023年12月31日', '≥-5%', '≤0', '=', '≥', '%',
  '万元', '元/人.每天', '≥9.5.1%', '1e308', '-0', '0.00', '  ', '\n', '壹仟万元', '≥999999999999999999999 人',
];
const ERRORS = ['#REF!', '#DIV/0!', '#N/A', '#VALUE!', '#NAME?', '#NULL!', '#NUM!', '#SPILL!', '#CALC!', '#GETTING_DATA'];
const REGISTERED = new Set(RULES.map((r) => r.id));

function randomString(rng: Rng): string {
  const n = rng.int(0, rng.chance(0.05) ? 400 : 12);
  let s = '';
  for (let i = 0; i < n; i++) {
    const kind = rng.int(0, 5);
    if (kind === 0) s += String.fromCharCode(rng.int(0x4e00, 0x9fa5));
    else if (kind === 1) s += String.fromCharCode(rng.int(32, 126));
    else if (kind === 2) s += rng.pick(['≥', '≤', '％', '：', '\u3000', '\t', '\n', '（', '）', '/', '.', ',', '￥', '\u200b']);
    else if (kind === 3) s += String(rng.int(0, 9));
    else if (kind === 4) s += String.fromCharCode(rng.int(0xff01, 0xff5e));
    else s += String.fromCodePoint(rng.int(0x1f300, 0x1f64f));
  }
  return s;
}

function randomValue(rng: Rng): CellValue {
  const k = rng.weighted<string>([
    ['null', 35],
    ['label', 15],
    ['value', 12],
    ['string', 14],
    ['int', 8],
    ['float', 6],
    ['weird-number', 2],
    ['bool', 3],
    ['error', 3],
    ['mixed', 2],
  ]);
  switch (k) {
    case 'null':
      return null;
    case 'label':
      return rng.pick(LABELS);
    case 'value':
      return rng.pick(VALUES);
    case 'string':
      return randomString(rng);
    case 'int':
      return rng.int(-1000, 100000);
    case 'float':
      return Math.round(rng.float(-1e4, 1e7) * 100) / 100;
    case 'weird-number':
      return rng.pick([0, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity]);
    case 'bool':
      return rng.chance(0.5);
    case 'error':
      return { error: rng.pick(ERRORS) };
    default:
      return `${rng.pick(LABELS)}${rng.pick(VALUES)}${randomString(rng)}`;
  }
}

function randomMerges(rng: Rng, rows: number, width: number): MergeArea[] {
  const out: MergeArea[] = [];
  const n = rng.chance(0.5) ? 0 : rng.int(1, 12);
  for (let i = 0; i < n; i++) {
    const kind = rng.int(0, 9);
    if (kind === 0) {
      // Whole rows or columns, far beyond the data.
      out.push({ top: rng.int(0, rows + 3), left: 0, bottom: 1048575, right: rng.int(0, 16383) });
    } else if (kind === 1) {
      // Entirely outside the data.
      const top = rows + rng.int(0, 50);
      const left = width + rng.int(0, 50);
      out.push({ top, left, bottom: top + rng.int(0, 5), right: left + rng.int(0, 5) });
    } else {
      const top = rng.int(0, Math.max(0, rows + 2));
      const left = rng.int(0, Math.max(0, width + 2));
      out.push({ top, left, bottom: top + rng.int(0, 6), right: left + rng.int(0, 4) });
    }
  }
  return out;
}

function randomGrid(rng: Rng, name: string): Grid {
  const nRows = rng.weighted<number>([
    [0, 2],
    [rng.int(1, 5), 20],
    [rng.int(5, 40), 60],
    [rng.int(40, 120), 15],
    [rng.int(200, 800), 1],
  ]);
  const baseWidth = rng.int(0, 12);
  const rows: CellValue[][] = [];
  for (let r = 0; r < nRows; r++) {
    const shape = rng.int(0, 19);
    if (shape === 0) {
      rows.push([]);
      continue;
    }
    const w = shape === 1 && rng.chance(0.05) ? rng.int(300, 2000) : shape < 5 ? rng.int(0, 20) : baseWidth;
    const row: CellValue[] = [];
    for (let c = 0; c < w; c++) row.push(randomValue(rng));
    rows.push(row);
  }
  return { name, rows, merges: rng.chance(0.8) ? randomMerges(rng, rows.length, gridWidth({ name, rows })) : undefined };
}

// ------------------------------------------------------------------------------------------------
// Seed tables, rendered in every layout, then damaged.

const SEED = parseSeedProjects();

function damaged(draft: SheetDraft, rng: Rng): Grid {
  const rows = draft.grid.rows.map((r) => r.slice());
  let merges = (draft.grid.merges ?? []).map((m) => ({ ...m }));
  const ops = rng.int(1, 8);
  for (let k = 0; k < ops; k++) {
    if (!rows.length) break;
    const r = rng.int(0, rows.length - 1);
    const row = rows[r];
    const c = rng.int(0, Math.max(0, row.length - 1));
    switch (rng.int(0, 11)) {
      case 0:
        row[c] = null;
        break;
      case 1: {
        const r2 = rng.int(0, rows.length - 1);
        const c2 = rng.int(0, Math.max(0, rows[r2].length - 1));
        const t = row[c] ?? null;
        row[c] = rows[r2][c2] ?? null;
        rows[r2][c2] = t;
        break;
      }
      case 2:
        row.shift();
        break;
      case 3:
        row.unshift(rng.chance(0.5) ? '' : null);
        break;
      case 4:
        row[c] = randomValue(rng);
        break;
      case 5:
        rows.splice(r, 1);
        break;
      case 6:
        rows.splice(r, 0, row.slice());
        break;
      case 7:
        rows.splice(r, 0, rng.pick([['--', '-------', '-----------'], [], [randomString(rng)]]));
        break;
      case 8:
        merges = rng.chance(0.5) ? [] : merges.map((m) => ({ ...m, top: m.top + 1, bottom: m.bottom + 1 }));
        break;
      case 9:
        rows.length = rng.int(0, rows.length);
        break;
      case 10:
        row[c] = typeof row[c] === 'number' ? String(row[c]) : typeof row[c] === 'string' ? Number(row[c]) : { error: '#REF!' };
        break;
      default:
        row.length = rng.int(0, row.length);
    }
  }
  return { name: draft.grid.name, rows, merges };
}

function seedWorkbook(rng: Rng, i: number): Grid[] {
  if (rng.chance(0.25)) {
    // A whole generated workbook (summary + tables), damaged.
    const c = correctCase(rng.pick(VARIANTS), rng.int(0, 50), `fuzz-${i}`);
    return c.drafts.map((d) => (rng.chance(0.7) ? damaged(d, rng) : d.grid));
  }
  const n = rng.int(1, 3);
  const out: Grid[] = [];
  for (let k = 0; k < n; k++) {
    const s = rng.pick(SEED);
    const variant = rng.pick(VARIANTS);
    const draft = renderTable(s.spec, variant, rng.fork(`r${k}`), { sheetName: `表${k + 1}` });
    out.push(damaged(draft, rng));
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// The invariants

function problems(grids: Grid[]): string[] {
  let result: WorkbookResult;
  try {
    result = checkWorkbook(grids);
  } catch (e) {
    return [`threw ${e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 4).join(' | ') : String(e)}`];
  }
  return resultProblems(grids, result);
}

/** What is wrong with a result for these input grids (empty when all is well). */
function resultProblems(grids: Grid[], result: WorkbookResult): string[] {
  const out: string[] = [];
  const names = grids.map((g) => g.name);
  const got = result.sheets.map((s) => s.name);
  if (JSON.stringify(got) !== JSON.stringify(names)) out.push(`sheets ${JSON.stringify(got)} ≠ input ${JSON.stringify(names)}`);
  for (const s of result.sheets) {
    if (!['target-table', 'summary', 'other'].includes(s.kind)) out.push(`${s.name}: kind ${s.kind}`);
    for (const f of s.findings) {
      const where = `${f.rule} ${f.sheet}!${f.cell}`;
      if (f.sheet !== s.name) out.push(`${where}: listed under sheet ${s.name}`);
      const grid = grids.find((g) => g.name === f.sheet);
      if (!grid) {
        out.push(`${where}: not an input sheet`);
        continue;
      }
      if (!REGISTERED.has(f.rule)) out.push(`${where}: rule not registered`);
      if (!['error', 'warning', 'info'].includes(f.severity)) out.push(`${where}: severity ${f.severity}`);
      if (typeof f.message !== 'string' || !f.message.trim()) out.push(`${where}: empty message`);
      const ref = typeof f.cell === 'string' ? fromA1(f.cell) : null;
      if (!ref || ref.row < 0 || ref.col < 0 || toA1(ref) !== f.cell) {
        out.push(`${where}: not an A1 address`);
        continue;
      }
      const inside = ref.row < grid.rows.length && ref.col < gridWidth(grid);
      const inMerge = (grid.merges ?? []).some((m) => ref.row >= m.top && ref.row <= m.bottom && ref.col >= m.left && ref.col <= m.right);
      if (!inside && !inMerge) out.push(`${where}: outside the sheet (${grid.rows.length} rows × ${gridWidth(grid)} columns)`);
    }
  }
  return out;
}

function run(label: string, count: number, make: (rng: Rng, i: number) => Grid[]): void {
  const failures: string[] = [];
  const only = process.env.FUZZ_ONLY;
  for (let i = 0; i < count; i++) {
    const caseSeed = `${label}/${i}`;
    if (only && only !== caseSeed) continue;
    const grids = make(new Rng(caseSeed), i);
    const p = problems(grids);
    if (only) console.log(JSON.stringify(grids).slice(0, 20000));
    if (p.length) failures.push(`[FUZZ_ONLY=${caseSeed}] ${p.slice(0, 3).join('; ')}`);
    if (failures.length >= 15) break;
  }
  expect(failures).toEqual([]);
}

describe('core fuzz: checkWorkbook never throws and every finding points inside an input sheet', () => {
  it(`${RANDOM_WORKBOOKS} random workbooks`, () => {
    run('random', RANDOM_WORKBOOKS, (rng) => {
      const n = rng.weighted<number>([
        [0, 1],
        [1, 10],
        [rng.int(2, 6), 6],
      ]);
      const used = new Set<string>();
      const grids: Grid[] = [];
      for (let k = 0; k < n; k++) {
        let name = rng.chance(0.5) ? `Sheet${k + 1}` : randomString(rng).replace(/[[\]:*?/\\]/g, '').slice(0, 31) || `S${k}`;
        while (used.has(name)) name = `${name.slice(0, 28)}${k}`;
        used.add(name);
        grids.push(randomGrid(rng, name));
      }
      return grids;
    });
  });

  it(`${MUTATED_SEED_WORKBOOKS} seed tables in every layout, damaged at random`, () => {
    run('seed', MUTATED_SEED_WORKBOOKS, seedWorkbook);
  });

  it('the invariant check itself rejects bad findings (so the fuzz cannot pass vacuously)', () => {
    const grids: Grid[] = [{ name: 'x', rows: [['a', 'b']], merges: [{ top: 3, left: 3, bottom: 4, right: 4 }] }];
    const finding = (rule: string, cell: string, sheet = 'x') => ({ rule, severity: 'error' as const, sheet, cell, message: 'm' });
    const result = (findings: ReturnType<typeof finding>[]): WorkbookResult => ({
      model: { sheets: [{ kind: 'other', sheet: 'x' }] },
      sheets: [{ name: 'x', kind: 'other', findings }],
    });
    const rule = RULES[0]?.id ?? 'header/missing-field';
    expect(resultProblems(grids, result([finding(rule, 'B1'), finding(rule, 'E5')]))).toEqual(REGISTERED.has(rule) ? [] : expect.any(Array));
    expect(resultProblems(grids, result([finding(rule, 'C1')])).join()).toMatch(/outside the sheet/);
    expect(resultProblems(grids, result([finding(rule, 'A0')])).join()).toMatch(/not an A1 address/);
    expect(resultProblems(grids, result([finding('no/such-rule', 'A1')])).join()).toMatch(/not registered/);
    expect(resultProblems(grids, result([finding(rule, 'A1', 'y')])).join()).toMatch(/not an input sheet|listed under/);
  });
});
