/**
 * A small formula evaluator for the fake host, so a formula written through `range.formulas` shows a value
 * as Excel would calculate it: numbers, "text", cell and range references (A1, $A$1, B2:C3, '供水管网'!B3,
 * Sheet1!C5), + - * / &, unary minus, parentheses and SUM(…). Anything else evaluates to #NAME?.
 * No Node and no DOM imports.
 */
import type { CellValue } from '../../src/core/grid';
import { fromA1, isCellError } from '../../src/core/grid';

/** What the evaluator needs of a workbook: a sheet's cell values by name (null: no such sheet). */
export interface FormulaWorkbook {
  cell(sheet: string, row: number, col: number): CellValue | undefined;
  hasSheet(sheet: string): boolean;
}

type Value = number | string | boolean | null | { error: string };

interface RefNode {
  kind: 'ref';
  sheet: string | null;
  from: { row: number; col: number };
  to: { row: number; col: number };
}

type Node =
  | { kind: 'num'; value: number }
  | { kind: 'str'; value: string }
  | RefNode
  | { kind: 'neg'; arg: Node }
  | { kind: 'bin'; op: string; left: Node; right: Node }
  | { kind: 'call'; name: string; args: Node[] };

class ParseError extends Error {}

function parse(formula: string): Node {
  const s = formula.replace(/^=/, '');
  let i = 0;
  const ws = () => {
    while (i < s.length && /\s/.test(s[i])) i++;
  };
  const peek = () => {
    ws();
    return s[i];
  };
  const cellRef = (): { row: number; col: number } | null => {
    const m = /^\$?[A-Za-z]{1,3}\$?\d{1,7}/.exec(s.slice(i));
    if (!m) return null;
    i += m[0].length;
    return fromA1(m[0]);
  };
  const primary = (): Node => {
    const ch = peek();
    if (ch === '(') {
      i++;
      const e = concat();
      if (peek() !== ')') throw new ParseError('missing )');
      i++;
      return e;
    }
    if (ch === '"') {
      i++;
      let out = '';
      for (;;) {
        if (i >= s.length) throw new ParseError('unterminated string');
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            out += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        out += s[i++];
      }
      return { kind: 'str', value: out };
    }
    const num = /^\d+(\.\d+)?([eE][-+]?\d+)?/.exec(s.slice(i));
    if (num && !/^[A-Za-z]/.test(s.slice(i + num[0].length))) {
      i += num[0].length;
      return { kind: 'num', value: Number(num[0]) };
    }
    let sheet: string | null = null;
    if (ch === "'") {
      i++;
      let name = '';
      for (;;) {
        if (i >= s.length) throw new ParseError('unterminated sheet name');
        if (s[i] === "'") {
          if (s[i + 1] === "'") {
            name += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        name += s[i++];
      }
      if (s[i] !== '!') throw new ParseError('expected !');
      i++;
      sheet = name;
    } else {
      const bare = /^([^\s!()+\-*/&,"':]+)!/.exec(s.slice(i));
      if (bare) {
        sheet = bare[1];
        i += bare[0].length;
      }
    }
    if (sheet === null) {
      const fn = /^([A-Za-z][A-Za-z0-9.]*)\s*\(/.exec(s.slice(i));
      if (fn) {
        i += fn[0].length;
        const args: Node[] = [];
        if (peek() !== ')') {
          for (;;) {
            args.push(concat());
            if (peek() === ',') {
              i++;
              continue;
            }
            break;
          }
        }
        if (peek() !== ')') throw new ParseError('missing ) after arguments');
        i++;
        return { kind: 'call', name: fn[1].toUpperCase(), args };
      }
    }
    ws();
    const from = cellRef();
    if (!from) throw new ParseError(`unexpected ${s.slice(i, i + 10)}`);
    let to = from;
    if (s[i] === ':') {
      i++;
      const t = cellRef();
      if (!t) throw new ParseError('bad range');
      to = t;
    }
    return {
      kind: 'ref',
      sheet,
      from: { row: Math.min(from.row, to.row), col: Math.min(from.col, to.col) },
      to: { row: Math.max(from.row, to.row), col: Math.max(from.col, to.col) },
    };
  };
  const unary = (): Node => {
    if (peek() === '-') {
      i++;
      return { kind: 'neg', arg: unary() };
    }
    if (peek() === '+') {
      i++;
      return unary();
    }
    return primary();
  };
  const term = (): Node => {
    let left = unary();
    while (peek() === '*' || peek() === '/') {
      const op = s[i++];
      left = { kind: 'bin', op, left, right: unary() };
    }
    return left;
  };
  const additive = (): Node => {
    let left = term();
    while (peek() === '+' || peek() === '-') {
      const op = s[i++];
      left = { kind: 'bin', op, left, right: term() };
    }
    return left;
  };
  const concat = (): Node => {
    let left = additive();
    while (peek() === '&') {
      i++;
      left = { kind: 'bin', op: '&', left, right: additive() };
    }
    return left;
  };
  const node = concat();
  ws();
  if (i < s.length) throw new ParseError(`unexpected ${s.slice(i)}`);
  return node;
}

function isError(v: Value): v is { error: string } {
  return typeof v === 'object' && v !== null;
}

function toNumber(v: Value): number | { error: string } {
  if (isError(v)) return v;
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const t = v.trim();
  if (t === '') return { error: '#VALUE!' };
  const n = Number(t.replace(/,/g, ''));
  return Number.isFinite(n) ? n : { error: '#VALUE!' };
}

function toText(v: Value): string | { error: string } {
  if (isError(v)) return v;
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** Evaluates a formula on `sheet` of the workbook. An empty single reference gives 0, as in Excel. */
export function evaluateFormula(formula: string, sheet: string, wb: FormulaWorkbook): CellValue {
  let node: Node;
  try {
    node = parse(formula);
  } catch {
    return { error: '#NAME?' };
  }
  const cellOf = (ref: RefNode, row: number, col: number): Value | 'noSheet' => {
    const name = ref.sheet ?? sheet;
    if (!wb.hasSheet(name)) return 'noSheet';
    const v = wb.cell(name, row, col);
    return v === undefined ? null : (v as Value);
  };
  const ev = (n: Node): Value => {
    switch (n.kind) {
      case 'num':
        return n.value;
      case 'str':
        return n.value;
      case 'ref': {
        if (n.from.row !== n.to.row || n.from.col !== n.to.col) return { error: '#VALUE!' };
        const v = cellOf(n, n.from.row, n.from.col);
        return v === 'noSheet' ? { error: '#REF!' } : v;
      }
      case 'neg': {
        const x = toNumber(ev(n.arg));
        return isError(x) ? x : -x;
      }
      case 'bin': {
        const l = ev(n.left);
        const r = ev(n.right);
        if (n.op === '&') {
          const a = toText(l);
          const b = toText(r);
          if (isError(a)) return a;
          if (isError(b)) return b;
          return a + b;
        }
        const a = toNumber(l);
        const b = toNumber(r);
        if (isError(a)) return a;
        if (isError(b)) return b;
        if (n.op === '+') return a + b;
        if (n.op === '-') return a - b;
        if (n.op === '*') return a * b;
        return b === 0 ? { error: '#DIV/0!' } : a / b;
      }
      case 'call': {
        if (n.name !== 'SUM') return { error: '#NAME?' };
        let sum = 0;
        for (const a of n.args) {
          if (a.kind === 'ref') {
            for (let r = a.from.row; r <= a.to.row; r++) {
              for (let c = a.from.col; c <= a.to.col; c++) {
                const v = cellOf(a, r, c);
                if (v === 'noSheet') return { error: '#REF!' };
                if (isError(v)) return v;
                if (typeof v === 'number') sum += v; // SUM skips text and blanks in ranges
              }
            }
          } else {
            const x = toNumber(ev(a));
            if (isError(x)) return x;
            sum += x;
          }
        }
        return sum;
      }
    }
  };
  const node0 = node;
  const v = ev(node0);
  if (v === null) return node0.kind === 'ref' ? 0 : null;
  if (typeof v === 'number') return Number.isFinite(v) ? Math.round(v * 1e9) / 1e9 : { error: '#NUM!' };
  if (isCellError(v as CellValue)) return v as CellValue;
  return v as CellValue;
}
