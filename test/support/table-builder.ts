/**
 * Builds model objects (TargetTable, SummaryTable) directly from a compact description, for rule tests.
 * The cells follow the official layout (see ../fixtures/pingyin-2024-official.xlsx): indicators from
 * row 11 (0-based 10), 一级 in column B, 二级 C, 三级 D, 指标值 E, 权重 F.
 * `parseSeedProjects` reads ../fixtures/seed-projects.txt into specs: the 15 real tables.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { CellRef } from '../../src/core/grid';
import type { Indicator, MoneyUnit, SummaryRow, SummaryTable, TargetTable, WorkbookModel } from '../../src/core/model';
import { canonicalLevel1, canonicalLevel2 } from '../../src/core/framework';
import { parseTargetValue } from '../../src/core/value/parse';
import { parseAmount } from '../../src/core/value/money';

export type IndicatorRow = [level1: string, level2: string, name: string, value: string, weight?: number | string];

export interface TableSpec {
  sheet?: string;
  /** null: the label is absent; '' the label is there but its value cell is empty. */
  name?: string | null;
  category?: string | null;
  department?: string | null;
  unit?: string | null;
  total?: number | string | null;
  fiscal?: number | string | null;
  carryover?: number | string | null;
  other?: number | string | null;
  moneyUnit?: MoneyUnit;
  goal?: string | null;
  indicators: IndicatorRow[];
  /** The table has a 权重 column (weights from the 5th element of each row). */
  weights?: boolean;
}

const FIRST_INDICATOR_ROW = 10;

function field(text: string | null | undefined, row: number, labelCol: number, valueCol: number) {
  if (text === null) return null;
  return { text: text ?? '', cell: { row, col: valueCol }, labelCell: { row, col: labelCol } };
}

function fund(v: number | string | null | undefined, row: number, unit: MoneyUnit) {
  if (v === null) return null;
  const text = v === undefined ? '' : String(v);
  const amount = v === undefined || text.trim() === '' ? null : parseAmount(v, unit);
  return { text, amount, invalid: text.trim() !== '' && amount === null, cell: { row, col: 2 }, labelCell: { row, col: 1 } };
}

export function buildTable(spec: TableSpec): TargetTable {
  const moneyUnit = spec.moneyUnit ?? '万元';
  let l1Cell: CellRef | null = null;
  let l1Text = '';
  let l2Cell: CellRef | null = null;
  let l2Text = '';
  const indicators: Indicator[] = spec.indicators.map(([l1, l2, name, value, weight], i) => {
    const row = FIRST_INDICATOR_ROW + i;
    // A label equal to the row above's stands for a merged cell: it keeps the first row's cell.
    if (l1 !== l1Text || !l1Cell) {
      l1Cell = { row, col: 1 };
      l1Text = l1;
      l2Cell = null;
    }
    if (l2 !== l2Text || !l2Cell) {
      l2Cell = { row, col: 2 };
      l2Text = l2;
    }
    return {
      row,
      level1: l1 ? { text: l1, canonical: canonicalLevel1(l1), cell: l1Cell } : null,
      level2: l2 ? { text: l2, canonical: canonicalLevel2(l2), cell: l2Cell } : null,
      name: name ? { text: name, cell: { row, col: 3 } } : null,
      value: { text: value, cell: { row, col: 4 }, parsed: parseTargetValue(value) },
      weight:
        spec.weights && weight !== undefined
          ? { text: String(weight), value: typeof weight === 'number' ? weight : Number(weight) || null, cell: { row, col: 5 } }
          : null,
    };
  });
  return {
    kind: 'target-table',
    sheet: spec.sheet ?? '表1',
    title: { text: '项目支出绩效目标表', cell: { row: 0, col: 0 } },
    year: 2024,
    moneyUnit,
    projectName: field(spec.name === undefined ? '测试项目' : spec.name, 2, 0, 1),
    category: field(spec.category === undefined ? '特定目标类' : spec.category, 2, 3, 4),
    department: field(spec.department === undefined ? '平阴县测试局' : spec.department, 3, 0, 1),
    implementingUnit: field(spec.unit === undefined ? '平阴县测试局' : spec.unit, 3, 3, 4),
    funds: {
      total: fund(spec.total === undefined ? 1000 : spec.total, 4, moneyUnit),
      fiscal: fund(spec.fiscal === undefined ? (spec.total === undefined ? 1000 : spec.total) : spec.fiscal, 5, moneyUnit),
      carryover: fund(spec.carryover === undefined ? 0 : spec.carryover, 6, moneyUnit),
      other: fund(spec.other === undefined ? 0 : spec.other, 7, moneyUnit),
    },
    goal: field(spec.goal === undefined ? '完成项目建设，提高服务水平。' : spec.goal, 8, 0, 1),
    indicatorHeaderRow: 9,
    layout: { splitValue: false, hasWeights: !!spec.weights },
    indicators,
    anchor: { row: 0, col: 0 },
  };
}

export interface SummarySpec {
  sheet?: string;
  rows: Array<[department: string, name: string, amount: number | string]>;
  /** A 合计 row with this amount (or the rows' sum when true). */
  total?: number | true;
  /** No heading states the amounts' unit (万元 assumed). */
  unitAssumed?: boolean;
}

export function buildSummary(spec: SummarySpec): SummaryTable {
  const rows: SummaryRow[] = spec.rows.map(([dept, name, amount], i) => {
    const row = 2 + i;
    return {
      row,
      index: String(i + 1),
      department: { text: dept, cell: { row, col: 1 } },
      name: { text: name, cell: { row, col: 2 } },
      amount: { text: String(amount), amount: parseAmount(amount), cell: { row, col: 3 } },
    };
  });
  let totalRow: SummaryRow | null = null;
  if (spec.total !== undefined) {
    const row = 2 + rows.length;
    const sum = rows.reduce((s, r) => s + (r.amount?.amount ?? 0), 0);
    const amount = spec.total === true ? sum : spec.total;
    totalRow = { row, index: '合计', department: null, name: null, amount: { text: String(amount), amount, cell: { row, col: 3 } } };
  }
  return {
    kind: 'summary',
    sheet: spec.sheet ?? '绩效目标申报表',
    title: { text: '部分县直部门2024年绩效目标申报表', cell: { row: 0, col: 0 } },
    headerRow: 1,
    moneyUnit: '万元',
    ...(spec.unitAssumed ? { moneyUnitAssumed: true } : {}),
    rows,
    totalRow,
  };
}

export function buildWorkbook(...sheets: Array<TargetTable | SummaryTable>): WorkbookModel {
  return { sheets };
}

export interface SeedProject {
  spec: TableSpec;
  nameSummary: string;
  deptSummary: string;
}

/** The 15 real tables of the seed (test/fixtures/seed-projects.txt), as specs. */
export function parseSeedProjects(file = path.join(__dirname, '../fixtures/seed-projects.txt')): SeedProject[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: SeedProject[] = [];
  for (const block of text.split('@project').slice(1)) {
    const kv: Record<string, string> = {};
    const indicators: IndicatorRow[] = [];
    for (const line of block.split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const parts = line.split('|');
      if (parts.length === 4) {
        indicators.push([parts[0], parts[1], parts[2], parts[3]]);
        continue;
      }
      const m = /^([a-z-]+):\s?(.*)$/.exec(line);
      if (m) kv[m[1]] = m[2];
    }
    out.push({
      nameSummary: kv['name-summary'],
      deptSummary: kv['dept-summary'],
      spec: {
        sheet: `表${out.length + 1}`,
        name: kv.name,
        category: kv.category,
        department: kv.dept,
        unit: kv.unit,
        total: kv.total,
        fiscal: kv.fiscal,
        carryover: kv.carry,
        other: kv.other,
        goal: kv.goal,
        indicators,
      },
    });
  }
  return out;
}
