/**
 * Random workbooks written by exceljs, for comparing the streaming reader with the exceljs oracle:
 * several sheets (some hidden), CJK and ASCII strings (markup characters, spaces, line breaks), numbers,
 * booleans, errors, dates, rich text, formulas with and without results, shared formulas, merges.
 */
import ExcelJS from 'exceljs';
import type { Rng } from '../generate/prng';

const CJK = '项目支出绩效目标表年度预算资金总额一级二级三级指标值产出效益满意度成本数量质量时效万元人次％≥≤';
const ASCII = 'abcXYZ 019<>&"\'.,;:-_=+()[]{}#@!?%';
const ERRORS = ['#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!'];

function text(rng: Rng): string {
  const n = rng.int(1, 24);
  let s = '';
  for (let i = 0; i < n; i++) s += rng.chance(0.6) ? rng.pick([...CJK]) : rng.pick([...ASCII]);
  if (rng.chance(0.1)) s = ` ${s} `;
  if (rng.chance(0.1)) s = `${s}\n${s}`;
  return s;
}

function value(rng: Rng, row: number, col: number): ExcelJS.CellValue {
  const ref = `${String.fromCharCode(65 + Math.max(0, col - 1))}${row}`;
  switch (rng.weighted([
    ['text', 30],
    ['int', 12],
    ['float', 10],
    ['bool', 4],
    ['error', 3],
    ['date', 6],
    ['rich', 4],
    ['formula', 6],
    ['formulaText', 3],
    ['uncalculated', 3],
  ] as const)) {
    case 'text':
      return text(rng);
    case 'int':
      return rng.int(-100000, 10000000);
    case 'float':
      return Math.round(rng.float(-1e6, 1e7) * 1000) / 1000;
    case 'bool':
      return rng.chance(0.5);
    case 'error':
      return { error: rng.pick(ERRORS) } as ExcelJS.CellErrorValue;
    case 'date':
      // From 1905: a 1904-system workbook cannot hold earlier dates (Excel shows ####; exceljs converts anyway).
      return new Date(Date.UTC(rng.int(1905, 2099), rng.int(0, 11), rng.int(1, 28)));
    case 'rich':
      return { richText: [{ text: text(rng), font: { bold: true } }, { text: text(rng) }] };
    case 'formula':
      // exceljs reads a cached result of 0 as no result: results here are never 0.
      return { formula: `${ref}*2+1`, result: rng.int(1, 5000) } as ExcelJS.CellFormulaValue;
    case 'formulaText':
      return { formula: `"x"&${ref}`, result: text(rng) } as ExcelJS.CellFormulaValue;
    default:
      return { formula: `SUM(${ref}:${ref})` } as ExcelJS.CellFormulaValue;
  }
}

/** One random workbook. */
export async function randomWorkbook(rng: Rng): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (rng.chance(0.15)) wb.properties.date1904 = true;
  const sheets = rng.int(1, 4);
  const used = new Set<string>();
  for (let s = 0; s < sheets; s++) {
    let name = text(rng).replace(/[\\/?*[\]:'\n]/g, '').trim().slice(0, 28) || `表${s}`;
    while (used.has(name.toLowerCase())) name = `${name.slice(0, 26)}${s}`;
    used.add(name.toLowerCase());
    const ws = wb.addWorksheet(name);
    if (s > 0 && rng.chance(0.2)) ws.state = rng.chance(0.5) ? 'hidden' : 'veryHidden';
    const rows = rng.int(1, 30);
    const cols = rng.int(1, 10);
    const busy = new Set<string>();
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= cols; c++) {
        if (busy.has(`${r},${c}`) || rng.chance(0.3)) continue;
        const cell = ws.getCell(r, c);
        const v = value(rng, r, c);
        cell.value = v;
        if (v instanceof Date) cell.numFmt = rng.pick(['yyyy-mm-dd', 'yyyy"年"m"月"d"日"', 'm/d/yy', 'yyyy/mm/dd hh:mm']);
        else if (typeof v === 'number' && rng.chance(0.3)) cell.numFmt = rng.pick(['#,##0.00', '0%', '0.00"万元"', '[Red]0.0']);
        // A merge starting here, over cells not yet written.
        if (rng.chance(0.08)) {
          const down = rng.int(0, 2);
          const across = rng.int(0, 2);
          // Only cells after this one are covered, so none of them is written yet unless another merge took it.
          let free = down + across > 0;
          for (let i = r; i <= r + down; i++) for (let j = c; j <= c + across; j++) if (busy.has(`${i},${j}`)) free = false;
          if (free) {
            ws.mergeCells(r, c, r + down, c + across);
            for (let i = r; i <= r + down; i++) for (let j = c; j <= c + across; j++) busy.add(`${i},${j}`);
          }
        }
      }
    }
    // A shared formula down a spare column (past any merge, which reaches at most two columns past the data).
    if (rng.chance(0.3)) {
      const col = cols + 4;
      const n = rng.int(2, 5);
      ws.getCell(1, col).value = { formula: 'ROW()*3', result: 3, shareType: 'shared', ref: `${String.fromCharCode(64 + col)}1:${String.fromCharCode(64 + col)}${n}` } as ExcelJS.CellFormulaValue;
      for (let i = 2; i <= n; i++) {
        ws.getCell(i, col).value = (rng.chance(0.5) ? { sharedFormula: `${String.fromCharCode(64 + col)}1`, result: i * 3 } : { sharedFormula: `${String.fromCharCode(64 + col)}1` }) as unknown as ExcelJS.CellSharedFormulaValue;
      }
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
