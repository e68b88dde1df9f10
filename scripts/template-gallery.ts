/**
 * Writes every template preset (both frameworks), the 15 seed projects filled into templates with their
 * 申报表, and a protected variant to .xlsx; renders them with LibreOffice headless to PDF and to PNG pages
 * (70 dpi) for looking at; prints each file's pages and page size.
 *
 *   npx tsx scripts/template-gallery.ts [OUT_DIR]      (default test-artifacts/templates)
 */
import { seedTemplate } from '../test/support/seed-templates';
import * as fs from 'fs';
import * as path from 'path';
import { PRESETS, buildSummarySpec, buildTemplate, type SheetSpec } from '../src/core/template';
import { writeTemplateFile } from '../src/node/template-xlsx';
import { parseSeedProjects } from '../test/support/table-builder';
import { canRender, convertToPdf, pdfInfo, pdfToPng } from '../test/template/render';

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? 'test-artifacts/templates');
  fs.mkdirSync(out, { recursive: true });
  const books: Array<{ file: string; specs: SheetSpec[] }> = [];
  for (const fw of ['2024', 'classic'] as const) {
    for (const p of PRESETS) books.push({ file: `${p.id}-${fw}.xlsx`, specs: [buildTemplate({ preset: p.id, framework: fw })] });
  }
  books.push({ file: 'general-protected.xlsx', specs: [buildTemplate({ protect: true })] });
  const seeds = parseSeedProjects();
  const filled = seeds.map((s, i) => seedTemplate(s, `${String(i + 1).padStart(2, '0')}${s.nameSummary}`));
  books.push({ file: 'seed-filled.xlsx', specs: [buildSummarySpec(filled, { title: '部分县直部门2024年绩效目标申报表' }), ...filled] });
  for (const b of books) await writeTemplateFile(b.specs, path.join(out, b.file));
  console.log(`${books.length} 个工作簿已写入 ${out}`);

  const can = canRender();
  if (!can.ok) {
    console.log(`未渲染：缺少 ${can.missing.join('、')}`);
    return;
  }
  const pdfs = convertToPdf(
    books.map((b) => path.join(out, b.file)),
    out,
  );
  for (let i = 0; i < books.length; i++) {
    const info = pdfInfo(pdfs[i]);
    const pngs = pdfToPng(pdfs[i], 70);
    console.log(
      `${books[i].file.padEnd(28)} ${String(books[i].specs.length).padStart(2)} 张表  ${String(info.pages).padStart(2)} 页  ${info.width.toFixed(1)}×${info.height.toFixed(1)} pt  ${pngs.length} 张 PNG`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
