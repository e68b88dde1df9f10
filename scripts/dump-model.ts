/**
 * Prints what recognition makes of a workbook: each sheet's kind, header fields, funds and indicator rows.
 * Usage: npx tsx scripts/dump-model.ts FILE.xlsx [SHEET]
 */
import { readXlsxFile } from '../src/node/xlsx';
import { recognizeSheet } from '../src/core/recognize';
import { toA1, type CellRef } from '../src/core/grid';

const at = (c: CellRef | null | undefined) => (c ? toA1(c) : '-');

async function main(): Promise<void> {
  const [file, only] = process.argv.slice(2);
  for (const grid of await readXlsxFile(file)) {
    if (only && grid.name !== only) continue;
    const m = recognizeSheet(grid);
    console.log(`=== ${grid.name}: ${m.kind}`);
    if (m.kind === 'summary') {
      for (const r of m.rows) console.log(`  ${r.index} | ${r.department?.text} | ${r.name?.text} | ${r.amount?.amount} @${at(r.amount?.cell)}`);
      if (m.totalRow) console.log(`  合计 ${m.totalRow.amount?.amount}`);
    }
    if (m.kind !== 'target-table') continue;
    console.log(`  title=${m.title?.text} year=${m.year} unit=${m.moneyUnit} header@${m.indicatorHeaderRow} split=${m.layout.splitValue} weights=${m.layout.hasWeights}`);
    for (const k of ['projectName', 'category', 'department', 'implementingUnit', 'goal'] as const) {
      const f = m[k];
      console.log(`  ${k}: ${f ? `${JSON.stringify(f.text.slice(0, 40))} @${at(f.cell)}` : 'ABSENT'}`);
    }
    for (const k of ['total', 'fiscal', 'carryover', 'other'] as const) {
      const f = m.funds[k];
      console.log(`  funds.${k}: ${f ? `${f.amount} (${JSON.stringify(f.text)}) @${at(f.cell)}${f.invalid ? ' INVALID' : ''}` : 'ABSENT'}`);
    }
    for (const i of m.indicators) {
      const p = i.value.parsed;
      const pv = p.kind === 'quantity' ? `${p.operator}${p.number}${p.unit ? p.unit.text : ''}` : p.kind;
      console.log(
        `  r${i.row + 1} ${i.level1?.canonical ?? `?${i.level1?.text ?? ''}`}@${at(i.level1?.cell)} / ${i.level2?.canonical ?? `?${i.level2?.text ?? ''}`}@${at(i.level2?.cell)} / ${i.name?.text ?? 'NONAME'}@${at(i.name?.cell)} = ${JSON.stringify(i.value.text)}@${at(i.value.cell)} → ${pv}${i.weight ? ` w=${i.weight.value}` : ''}`,
      );
    }
  }
}
void main();
