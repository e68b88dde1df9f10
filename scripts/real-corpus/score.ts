// Scores `jixiao check` against an answer key of real tables (same rules as ../shared/real-tables/score.js).
//   npx tsx scripts/real-corpus/score.ts [--key test/fixtures/real/key-hunt.json] [--only NAME] [--json]
// Each workbook is checked with the framework its key names. Prints every miss, wrong cell and false
// alarm, then one line of totals; exit 1 unless everything expected is found and nothing false is raised.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

interface Expect { rule: string; any?: string[]; cells?: string[]; why: string }
interface Book { file: string; framework: string; expect: Expect[]; must_not: string[] }
interface Finding { rule: string; cell?: string; message: string }
interface FileReport { file: string; error?: string; sheets?: { findings?: Finding[] }[] }

const ROOT = path.resolve(__dirname, '../..');
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const keyPath = path.resolve(ROOT, opt('--key') ?? 'test/fixtures/real/key-hunt.json');
const only = opt('--only');
const key = JSON.parse(fs.readFileSync(keyPath, 'utf8')) as { workbooks: Book[] };
const workbooksDir = path.join(path.dirname(keyPath), 'workbooks');

function check(framework: string, files: string[]): Map<string, FileReport> {
  let out: Buffer;
  try {
    out = execFileSync('node', [path.join(ROOT, 'bin/jixiao.js'), 'check', '--format', 'json', '--framework', framework, ...files], {
      maxBuffer: 1 << 28,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (e) {
    const err = e as { status?: number; stdout?: Buffer };
    if (err.status !== 1 || !err.stdout) throw e;
    out = err.stdout;
  }
  const report = JSON.parse(out.toString('utf8')) as { files: FileReport[] };
  return new Map(report.files.map((f) => [path.basename(f.file), f]));
}

const books = key.workbooks.filter((w) => !only || w.file.includes(only));
const results = new Map<string, FileReport>();
for (const fw of new Set(books.map((b) => b.framework))) {
  const files = books.filter((b) => b.framework === fw).map((b) => path.join(workbooksDir, b.file));
  for (const [k, v] of check(fw, files)) results.set(k, v);
}

let want = 0, hit = 0, cellWant = 0, cellHit = 0, bad = 0, badRules = 0, unreadable = 0;
const rows: { file: string; kind: string; rule?: string; detail: string }[] = [];
for (const w of books) {
  const f = results.get(w.file);
  if (!f || f.error) {
    unreadable += 1;
    rows.push({ file: w.file, kind: 'unreadable', detail: f?.error ?? 'not in report' });
    continue;
  }
  const findings = (f.sheets ?? []).flatMap((s) => s.findings ?? []);
  const rules = new Set(findings.map((x) => x.rule));
  for (const e of w.expect) {
    want += 1;
    const ok = [e.rule, ...(e.any ?? [])].filter((r) => rules.has(r));
    if (!ok.length) {
      rows.push({ file: w.file, kind: 'missed', rule: e.rule, detail: e.why });
      continue;
    }
    hit += 1;
    if (e.cells) {
      cellWant += 1;
      if (findings.some((x) => ok.includes(x.rule) && x.cell !== undefined && e.cells?.includes(x.cell))) cellHit += 1;
      else rows.push({ file: w.file, kind: 'wrong cell', rule: e.rule, detail: `expected one of ${e.cells.join(', ')}` });
    }
  }
  for (const r of w.must_not) {
    const wrong = findings.filter((y) => y.rule === r);
    if (wrong.length) badRules += 1;
    for (const x of wrong) {
      bad += 1;
      rows.push({ file: w.file, kind: 'false alarm', rule: r, detail: `${x.cell}: ${x.message}` });
    }
  }
}
const total = { workbooks: books.length, expected: want, found: hit, cellsExpected: cellWant, cellsRight: cellHit, falseAlarms: bad, falseAlarmRules: badRules, unreadable };
if (args.includes('--json')) console.log(JSON.stringify({ total, rows }, null, 1));
else {
  for (const r of rows) console.log(`${r.file}: ${r.kind}${r.rule ? ' ' + r.rule : ''}: ${r.detail}`);
  console.log(`real tables (${path.basename(keyPath)}): found ${hit}/${want} expected findings, at the right cell ${cellHit}/${cellWant}; false alarms ${bad} (${badRules} rule×workbook); unreadable ${unreadable}`);
}
process.exit(hit === want && bad === 0 && unreadable === 0 ? 0 : 1);
