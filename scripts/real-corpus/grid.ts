// Parses the grid block of a real-table transcription (test/fixtures/real/tables/NN_*.txt).
//
// A transcription that carries a clerk's-workbook layout has, after its SOURCE/PUBLISHER/CAPTURE
// lines, a `SHEET: <name>` line and a block
//
//   --- grid ---
//   项目名称 | 特困家庭再扶助 | < | <
//   绩效指标 | 一级指标 | 二级指标 | 三级指标
//   ^ | 产出指标 | 数量指标 | …
//   --- end grid ---
//
// one sheet row per line, cells separated by " | ". Cell tokens:
//   <        the cell is part of the merged range of its left neighbour
//   ^        the cell is part of the merged range of the cell above
//   (空)     an empty cell as published (an empty token is empty too)
//   'text    text kept as text even if it looks like a number (Excel's apostrophe)
//   anything else: the value as published; a plain decimal number is stored as a number,
//   as Excel does when a clerk types it.

export type GridValue = string | number | null;

export interface GridSheet {
  sheetName: string;
  /** values[r][c], 0-based; merged-away cells are null. */
  values: GridValue[][];
  /** merged ranges, 0-based inclusive corners. */
  merges: { top: number; left: number; bottom: number; right: number }[];
  columnCount: number;
}

const NUMBER = /^-?\d+(\.\d+)?$/;

function parseToken(token: string): GridValue | '<' | '^' {
  const t = token.trim();
  if (t === '<' || t === '^') return t;
  if (t === '' || t === '(空)') return null;
  if (t.startsWith("'")) return t.slice(1);
  if (NUMBER.test(t)) return Number(t);
  return t;
}

export function parseGrid(text: string, file = 'transcription'): GridSheet | null {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === '--- grid ---');
  if (start < 0) return null;
  const end = lines.findIndex((l, i) => i > start && l.trim() === '--- end grid ---');
  if (end < 0) throw new Error(`${file}: "--- grid ---" without "--- end grid ---"`);
  const sheetLine = lines.slice(0, start).find((l) => l.startsWith('SHEET:'));
  if (!sheetLine) throw new Error(`${file}: grid without a "SHEET:" line`);
  const sheetName = sheetLine.slice('SHEET:'.length).trim();

  const tokens = lines.slice(start + 1, end).map((l) => l.split(' | ').map(parseToken));
  const columnCount = Math.max(...tokens.map((r) => r.length));
  // anchor[r][c] = [row, col] of the top-left cell of the range this cell belongs to
  const anchor: [number, number][][] = [];
  const values: GridValue[][] = [];
  tokens.forEach((row, r) => {
    anchor.push([]);
    values.push([]);
    for (let c = 0; c < columnCount; c += 1) {
      const tok = c < row.length ? row[c] : null;
      if (tok === '<') {
        if (c === 0) throw new Error(`${file}: grid row ${r + 1} starts with "<"`);
        anchor[r].push(anchor[r][c - 1]);
        values[r].push(null);
      } else if (tok === '^') {
        if (r === 0) throw new Error(`${file}: first grid row has "^"`);
        anchor[r].push(anchor[r - 1][c]);
        values[r].push(null);
      } else {
        anchor[r].push([r, c]);
        values[r].push(tok);
      }
    }
  });

  const boxes = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  anchor.forEach((row, r) =>
    row.forEach(([ar, ac], c) => {
      if (ar === r && ac === c) return;
      const key = `${ar},${ac}`;
      const box = boxes.get(key) ?? { top: ar, left: ac, bottom: ar, right: ac };
      box.bottom = Math.max(box.bottom, r);
      box.right = Math.max(box.right, c);
      boxes.set(key, box);
    }),
  );
  for (const [key, b] of boxes) {
    for (let r = b.top; r <= b.bottom; r += 1) {
      for (let c = b.left; c <= b.right; c += 1) {
        const [ar, ac] = anchor[r][c];
        if (`${ar},${ac}` !== key) {
          throw new Error(`${file}: merged range at grid row ${b.top + 1} col ${b.left + 1} is not a rectangle (row ${r + 1} col ${c + 1})`);
        }
      }
    }
  }
  return { sheetName, values, merges: [...boxes.values()], columnCount };
}
