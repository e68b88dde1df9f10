/**
 * Every preset (both frameworks), a template filled with the longest seed table, and a 申报表 over the 15
 * seed projects, written to .xlsx and rendered by LibreOffice headless: each opens, prints on one A4
 * portrait page, nothing past the right margin, the title centred. Runs only where soffice, pdfinfo and
 * pdftotext exist; elsewhere it is skipped with a message saying what is missing.
 */
import { seedTemplate } from '../support/seed-templates';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PRESETS, buildSummarySpec, buildTemplate, fillTemplate, guessPreset, type SheetSpec } from '../../src/core/template';
import { writeTemplateFile } from '../../src/node/template-xlsx';
import { parseSeedProjects } from '../support/table-builder';
import { canRender, convertToPdf, pdfInfo, pdfWords } from './render';

const A4 = { width: 595.3, height: 841.9 };
const can = canRender();
if (!can.ok) {
  console.warn(`[test/template/libreoffice] skipped: ${can.missing.join(', ')} not installed (apt-get install libreoffice-calc poppler-utils)`);
}
const describeIfLibreOffice = can.ok ? describe : describe.skip;

interface Case {
  file: string;
  specs: SheetSpec[];
  /** Pages expected (one per sheet here: every sheet fits on one page). */
  pages: number;
  /** Text that must be on page 1. */
  texts: string[];
}

function cases(dir: string): Case[] {
  const out: Case[] = [];
  for (const fw of ['2024', 'classic'] as const) {
    for (const p of PRESETS) {
      const spec = buildTemplate({ preset: p.id, framework: fw, year: 2024 });
      out.push({ file: path.join(dir, `${p.id}-${fw}.xlsx`), specs: [spec], pages: 1, texts: ['项目支出绩效目标表', '（2024年度）', spec.content.indicators[0].name] });
    }
  }
  const seeds = parseSeedProjects();
  const longest = seeds.reduce((a, b) => (b.spec.indicators.length > a.spec.indicators.length ? b : a));
  const filled = seedTemplate(longest);
  out.push({ file: path.join(dir, 'filled-longest.xlsx'), specs: [filled], pages: 1, texts: [longest.spec.indicators[longest.spec.indicators.length - 1][2]] });
  const projects = seeds.map((s) =>
    fillTemplate(buildTemplate({ preset: guessPreset(s.nameSummary).id, year: 2024, sheetName: s.nameSummary }), {
      projectName: s.nameSummary,
      department: s.deptSummary,
      total: s.spec.total as string,
    }),
  );
  out.push({ file: path.join(dir, 'summary.xlsx'), specs: [buildSummarySpec(projects), ...projects], pages: 16, texts: ['项目金额（万元）', '合计', '20,350.67'] });
  return out;
}

describeIfLibreOffice('templates rendered by LibreOffice', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-template-pdf-'));
  let all: Case[] = [];
  let pdfs: string[] = [];

  beforeAll(async () => {
    all = cases(dir);
    for (const c of all) await writeTemplateFile(c.specs, c.file);
    pdfs = convertToPdf(
      all.map((c) => c.file),
      dir,
    );
  }, 300_000);

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('renders every workbook to A4 portrait pages, one page per sheet (so one page wide)', () => {
    for (let i = 0; i < all.length; i++) {
      const c = all[i];
      expect(fs.existsSync(pdfs[i])).toBe(true);
      const info = pdfInfo(pdfs[i]);
      expect({ file: path.basename(c.file), pages: info.pages }).toEqual({ file: path.basename(c.file), pages: c.pages });
      expect(info.width).toBeCloseTo(A4.width, 0);
      expect(info.height).toBeCloseTo(A4.height, 0);
    }
  });

  it('keeps everything inside the page and the title centred', () => {
    for (let i = 0; i < all.length; i++) {
      const words = pdfWords(pdfs[i]);
      const page1 = words.filter((w) => w.page === 1);
      const text = page1.map((w) => w.text).join('');
      for (const t of all[i].texts) expect({ file: path.basename(all[i].file), has: text.includes(t.replace(/\s+/g, '')) || text.includes(t) }).toEqual({ file: path.basename(all[i].file), has: true });
      // Nothing in the left or right margin (0.6 in = 43 pt, less LibreOffice's cell padding).
      for (const w of words) {
        expect(w.xMin).toBeGreaterThan(30);
        expect(w.xMax).toBeLessThan(A4.width - 30);
      }
      // The table is not shrunk to a stamp: page 1 text spans most of the printable width.
      const left = Math.min(...page1.map((w) => w.xMin));
      const right = Math.max(...page1.map((w) => w.xMax));
      expect(right - left).toBeGreaterThan(380);
      const title = page1.reduce((a, b) => (b.yMin < a.yMin ? b : a));
      expect(Math.abs((title.xMin + title.xMax) / 2 - A4.width / 2)).toBeLessThan(25);
    }
  });
});
