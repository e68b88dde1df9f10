// Builds the clerk's workbook of each real-table transcription that carries a grid block
// (see grid.ts for the format) and verifies it by reading it back.
//
//   npx tsx scripts/real-corpus/build.ts                 # every test/fixtures/real/tables/*.txt with a grid
//   npx tsx scripts/real-corpus/build.ts path/18_x.txt   # only these
//
// Output: test/fixtures/real/workbooks/<same name>.xlsx, one sheet.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { GridSheet, GridValue, parseGrid } from './grid';

const ROOT = path.resolve(__dirname, '../..');
const TABLES = path.join(ROOT, 'test/fixtures/real/tables');
const WORKBOOKS = path.join(ROOT, 'test/fixtures/real/workbooks');

function width(v: GridValue): number {
  if (v === null) return 0;
  const s = String(v);
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) > 0xff ? 2 : 1;
  return w;
}

async function write(grid: GridSheet, out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao real-corpus builder';
  // fixed document dates (the zip entries still carry the build time: compare workbooks by content, as verify() does)
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet(grid.sheetName);
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    }),
  );
  for (const m of grid.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  const merged = new Set<string>();
  for (const m of grid.merges) if (m.right > m.left) merged.add(`${m.top},${m.left}`);
  for (let c = 0; c < grid.columnCount; c += 1) {
    let w = 8;
    grid.values.forEach((row, r) => {
      if (!merged.has(`${r},${c}`)) w = Math.max(w, Math.min(40, width(row[c]) + 2));
    });
    ws.getColumn(c + 1).width = w;
  }
  ws.eachRow((row) => row.eachCell((cell) => (cell.alignment = { wrapText: true, vertical: 'middle' })));
  await wb.xlsx.writeFile(out);
}

async function verify(grid: GridSheet, out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet(grid.sheetName);
  if (!ws) throw new Error(`${out}: sheet ${grid.sheetName} missing`);
  const master = new Map<string, [number, number]>();
  for (const m of grid.merges) {
    for (let r = m.top; r <= m.bottom; r += 1) for (let c = m.left; c <= m.right; c += 1) master.set(`${r},${c}`, [m.top, m.left]);
  }
  grid.values.forEach((row, r) =>
    row.forEach((_v, c) => {
      const [mr, mc] = master.get(`${r},${c}`) ?? [r, c];
      const want = grid.values[mr][mc];
      const got = ws.getCell(r + 1, c + 1).value;
      const norm = got === undefined || got === '' ? null : got;
      if (norm !== want) throw new Error(`${out}: ${ws.getCell(r + 1, c + 1).address} reads ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
    }),
  );
  const mergesBack = (ws.model as { merges?: string[] }).merges ?? [];
  if (mergesBack.length !== grid.merges.length) throw new Error(`${out}: ${mergesBack.length} merges read back, ${grid.merges.length} written`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const files = args.length > 0 ? args : fs.readdirSync(TABLES).filter((f) => f.endsWith('.txt')).map((f) => path.join(TABLES, f));
  let built = 0;
  for (const file of files) {
    const grid = parseGrid(fs.readFileSync(file, 'utf8'), path.basename(file));
    if (!grid) continue;
    const out = path.join(WORKBOOKS, path.basename(file, '.txt') + '.xlsx');
    await write(grid, out);
    await verify(grid, out);
    built += 1;
    console.log(`ok ${path.relative(ROOT, out)}  ${grid.values.length} rows × ${grid.columnCount} cols, ${grid.merges.length} merges`);
  }
  console.log(`${built} workbook(s) built and verified`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
