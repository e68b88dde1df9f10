/**
 * The evaluation scorecard: how the checker does on workbooks it has not seen, in every layout, with
 * every kind of mistake of RULES.md.
 *
 *   npx tsx scripts/eval.ts                 # scorecard on the terminal
 *   npx tsx scripts/eval.ts --json          # the same as JSON (for scripts and CI)
 *   npm run eval                            # the same; ends with the real-table scorecard (test/fixtures/real)
 *   npx tsx scripts/eval.ts --n 10 --seed my-seed --variant pasted,pasted-noisy --rule cost/items-sum-mismatch
 *   npx tsx scripts/eval.ts --verbose       # every miss and every false error, not just the first few
 *   npx tsx scripts/eval.ts --write out/    # also write the workbooks as .xlsx + expected.json, for `jixiao check`
 *
 * It generates N correct workbooks per layout variant (test/support/generate/layouts.ts: a summary sheet
 * and 3–5 project tables, arithmetic consistent) and one mutated workbook per (rule id × variant), each
 * with exactly one mistake (test/support/generate/mutate.ts), runs checkWorkbook (src/core/check.ts) on
 * each, and compares with what a checker must report. Deterministic for a given --seed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../src/core/rules';
import {
  DEFAULT_SEED,
  FAMILIES,
  RULE_IDS,
  VARIANTS,
  correctCase,
  mutationCases,
  variantById,
  type CorrectCase,
  type Family,
  type MutatedCase,
  type Variant,
} from '../test/support/generate';
import { writeXlsx } from '../test/support/generate/write-xlsx';
import { scoreCorrect, scoreMutation, type Status } from '../test/support/generate/score';
import { formatScorecard, scoreCorpus } from '../test/support/real-corpus';

const HEADER = `How to read this scorecard
  1. Recognition — per layout variant, how many generated project tables were recognised as
     'target-table' and summary sheets as 'summary'. Every one should be: a table not recognised is
     checked by no rule at all.
  2. False errors — error-severity findings on CORRECT workbooks (funds add up, items sum to the total,
     unit cost × quantity within 10%, every level present …). Must be 0: each one is a rule or the
     recognizer misreading a correct table. Listed by rule, with an example sheet!cell and message.
     (Warnings and infos on correct tables are counted for information; the seed's own style, e.g.
     "100%" without an operator, legitimately raises value/missing-operator infos.)
  3. Mutations — for every rule id, one workbook per variant with exactly that mistake in one table (or
     the summary). FOUND = the checker reported that rule id on the expected sheet, as a finding the
     unmutated baseline workbook does not have. WRONG-SHEET = the rule fired, on another sheet.
     BASELINE = the rule fired only where it already fires on the correct workbook. MISSED = nothing.
     NOT-READ = the mutated table was not recognised as a target table.
  4. Misses — what was done (the concrete change) and what the checker reported instead on that sheet
     (new findings vs the baseline), so a miss can be traced to the recognizer or the rule.
  A mutation may cause other findings too (dropping the 成本 block also loses the total cost); only the
  expected rule is scored. Re-run one case with --variant V --rule R --verbose.`;

// ------------------------------------------------------------------------------------------------
// Arguments

interface Args {
  n: number;
  seed: string;
  variants: Variant[];
  rules: string[];
  json: boolean;
  verbose: boolean;
  write: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { n: 5, seed: DEFAULT_SEED, variants: VARIANTS, rules: [...RULE_IDS], json: false, verbose: false, write: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--n') args.n = Math.max(0, Number(next()));
    else if (a === '--seed') args.seed = next();
    else if (a === '--variant') args.variants = next().split(',').map(variantById);
    else if (a === '--family') {
      const fams = next().split(',');
      args.variants = VARIANTS.filter((v) => fams.includes(v.family));
    } else if (a === '--rule') {
      const rules = next().split(',');
      for (const r of rules) if (!(RULE_IDS as readonly string[]).includes(r)) throw new Error(`unknown rule ${r}`);
      args.rules = rules;
    } else if (a === '--json') args.json = true;
    else if (a === '--verbose' || a === '-v') args.verbose = true;
    else if (a === '--write') args.write = next();
    else if (a === '--help' || a === '-h') {
      console.log(HEADER);
      console.log('\nOptions: --n N  --seed S  --variant a,b  --family official,split,pasted  --rule r1,r2  --json  --verbose  --write DIR');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return args;
}

// ------------------------------------------------------------------------------------------------
// Correct workbooks

interface FalseFinding {
  case: string;
  variant: string;
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
}

interface VariantStats {
  variant: string;
  family: Family;
  description: string;
  workbooks: number;
  tables: number;
  tablesRecognised: number;
  summaries: number;
  summariesRecognised: number;
  /** Sheets read as the wrong kind: "sheet: expected → got". */
  misread: string[];
  crashes: string[];
  errors: number;
  warnings: number;
  infos: number;
}

function evalCorrect(cases: CorrectCase[], variant: Variant, falses: FalseFinding[]): VariantStats {
  const st: VariantStats = {
    variant: variant.id,
    family: variant.family,
    description: variant.description,
    workbooks: cases.length,
    tables: 0,
    tablesRecognised: 0,
    summaries: 0,
    summariesRecognised: 0,
    misread: [],
    crashes: [],
    errors: 0,
    warnings: 0,
    infos: 0,
  };
  for (const c of cases) {
    const sc = scoreCorrect(c);
    if (sc.run.error) st.crashes.push(`${c.id}: ${sc.run.error}`);
    st.tables += sc.tables;
    st.tablesRecognised += sc.tablesRecognised;
    st.summaries += sc.summaries;
    st.summariesRecognised += sc.summariesRecognised;
    st.misread.push(...sc.misread.map((m) => `${c.id} ${m}`));
    st.errors += sc.errors.length;
    st.warnings += sc.warnings.length;
    st.infos += sc.infos.length;
    for (const f of [...sc.errors, ...sc.warnings]) {
      falses.push({ case: c.id, variant: variant.id, rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message });
    }
  }
  return st;
}

// ------------------------------------------------------------------------------------------------
// Mutated workbooks

interface MutationResult {
  case: string;
  rule: string;
  mutation: string;
  variant: string;
  family: Family;
  detail: string;
  expectedSheet: string;
  acceptedSheets: string[];
  status: Status;
  /** The finding that satisfied the expectation. */
  match: { sheet: string; cell: string; message: string; severity: string } | null;
  /** New findings (vs baseline) on the accepted sheets, as "rule@cell". */
  instead: string[];
  /** Sheets where the expected rule fired instead (wrong sheet). */
  firedOn: string[];
  error: string | null;
}

function evalMutated(c: MutatedCase): MutationResult {
  return {
    case: c.id,
    rule: c.expected.rule,
    mutation: c.mutation.id,
    variant: c.variant.id,
    family: c.variant.family,
    detail: c.detail,
    expectedSheet: c.expected.sheet,
    acceptedSheets: c.expected.sheets,
    ...scoreMutation(c),
  };
}

// ------------------------------------------------------------------------------------------------
// Output

function pad(s: string | number, n: number): string {
  const t = String(s);
  let w = 0;
  for (const ch of t) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return t + ' '.repeat(Math.max(0, n - w));
}

function pct(a: number, b: number): string {
  return b === 0 ? '  —' : `${Math.round((100 * a) / b)}%`;
}

function short(s: string, n = 90): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const registered = new Set(RULES.map((r) => r.id));
  const unregistered = RULE_IDS.filter((id) => !registered.has(id));

  // 1–2. Correct workbooks.
  const falses: FalseFinding[] = [];
  const variantStats: VariantStats[] = [];
  const correctByVariant = new Map<string, CorrectCase[]>();
  for (const v of args.variants) {
    const cases = Array.from({ length: args.n }, (_, i) => correctCase(v, i, args.seed));
    correctByVariant.set(v.id, cases);
    variantStats.push(evalCorrect(cases, v, falses));
  }

  // 3. Mutated workbooks.
  const mcases = mutationCases(args.variants, args.seed, args.rules);
  const results = mcases.map(evalMutated);

  if (args.write) await writeAll(args.write, correctByVariant, mcases);

  // 4. Real published tables (test/fixtures/real), scored against their answer key.
  const real = await scoreCorpus();

  const totals = {
    tables: variantStats.reduce((s, v) => s + v.tables, 0),
    tablesRecognised: variantStats.reduce((s, v) => s + v.tablesRecognised, 0),
    summaries: variantStats.reduce((s, v) => s + v.summaries, 0),
    summariesRecognised: variantStats.reduce((s, v) => s + v.summariesRecognised, 0),
    falseErrors: falses.filter((f) => f.severity === 'error').length,
    falseWarnings: falses.filter((f) => f.severity === 'warning').length,
    mutations: results.length,
    found: results.filter((r) => r.status === 'found').length,
    crashes: results.filter((r) => r.status === 'crash').length + variantStats.reduce((s, v) => s + v.crashes.length, 0),
    seconds: (Date.now() - started) / 1000,
  };

  if (args.json) {
    const out = {
      seed: args.seed,
      n: args.n,
      unregisteredRules: unregistered,
      totals,
      variants: variantStats,
      falseFindings: falses,
      mutations: results,
      real: real.map(({ findings: _f, ...rest }) => rest),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }

  const lines: string[] = [];
  const p = (s = '') => lines.push(s);
  p(`Jixiao evaluation scorecard — seed "${args.seed}", ${args.n} correct workbook(s) per variant, 1 mutated workbook per (rule × variant)`);
  p(`${args.variants.length} variants, ${results.length} mutated workbooks, ${totals.seconds.toFixed(1)} s`);
  p();
  p(HEADER);
  p();
  if (unregistered.length) p(`Rules of RULES.md not registered in src/core/rules yet (${unregistered.length}): ${unregistered.join(', ')}`);
  p();

  p('== 1. Correct workbooks: recognition and findings, per layout variant');
  p(`${pad('variant', 18)} ${pad('tables', 9)} ${pad('summary', 8)} ${pad('errors', 7)} ${pad('warn', 6)} ${pad('info', 6)} top error rules`);
  for (const v of variantStats) {
    const top = topRules(falses.filter((f) => f.variant === v.variant && f.severity === 'error'), 3);
    p(
      `${pad(v.variant, 18)} ${pad(`${v.tablesRecognised}/${v.tables}`, 9)} ${pad(`${v.summariesRecognised}/${v.summaries}`, 8)} ${pad(v.errors, 7)} ${pad(v.warnings, 6)} ${pad(v.infos, 6)} ${top.map(([r, n]) => `${r}×${n}`).join(', ') || '—'}`,
    );
    if (v.crashes.length) p(`   CRASH ${v.crashes[0]}${v.crashes.length > 1 ? ` (+${v.crashes.length - 1})` : ''}`);
    if (v.misread.length) p(`   misread: ${v.misread.slice(0, args.verbose ? 999 : 3).join('; ')}${!args.verbose && v.misread.length > 3 ? ` … (+${v.misread.length - 3})` : ''}`);
  }
  p(`   ${pad('variants:', 16)}`);
  for (const v of variantStats) p(`   ${pad(v.variant, 18)} ${v.description}`);
  p();

  p('== 2. False findings on correct tables, by rule (errors first; example sheet!cell and message)');
  const bySev = (sev: string) => falses.filter((f) => f.severity === sev);
  for (const sev of ['error', 'warning']) {
    const list = bySev(sev);
    if (!list.length) {
      p(`   ${sev}s: none`);
      continue;
    }
    for (const [rule, n] of topRules(list, args.verbose ? 999 : sev === 'error' ? 12 : 6)) {
      const ex = list.filter((f) => f.rule === rule);
      const variants = [...new Set(ex.map((f) => f.variant))];
      p(`   ${sev === 'error' ? 'E' : 'W'} ${pad(rule, 38)} ×${pad(n, 5)} in ${variants.join(', ')}`);
      for (const e of ex.slice(0, args.verbose ? 5 : 1)) p(`       e.g. [${e.case}] ${e.sheet}!${e.cell}: ${short(e.message)}`);
    }
  }
  p();

  p('== 3. Mutations: found / total, per rule and layout family');
  const fams = FAMILIES.filter((f) => args.variants.some((v) => v.family === f));
  p(`${pad('rule', 38)} ${fams.map((f) => pad(f, 10)).join(' ')} ${pad('total', 9)} not found (status@variant)`);
  for (const rule of args.rules) {
    const rs = results.filter((r) => r.rule === rule);
    const cells = fams.map((f) => {
      const x = rs.filter((r) => r.family === f);
      return pad(`${x.filter((r) => r.status === 'found').length}/${x.length}`, 10);
    });
    const notFound = rs.filter((r) => r.status !== 'found');
    const mark = notFound.length === 0 ? '  ' : rs.some((r) => r.status === 'found') ? '~ ' : '✗ ';
    p(
      `${mark}${pad(rule, 36)} ${cells.join(' ')} ${pad(`${rs.length - notFound.length}/${rs.length}`, 9)} ${notFound
        .slice(0, 4)
        .map((r) => `${r.status}@${r.variant}`)
        .join(', ')}${notFound.length > 4 ? ` (+${notFound.length - 4})` : ''}`,
    );
  }
  p();

  p(`== 4. Misses (${args.verbose ? 'all' : 'first 2 per rule; --verbose for all'})`);
  for (const rule of args.rules) {
    const miss = results.filter((r) => r.rule === rule && r.status !== 'found');
    for (const r of miss.slice(0, args.verbose ? 999 : 2)) {
      p(`   ${r.status.toUpperCase()} ${r.case}  sheet ${r.expectedSheet}`);
      p(`       did:     ${short(r.detail, 110)}`);
      if (r.error) p(`       crash:   ${short(r.error, 110)}`);
      if (r.firedOn.length) p(`       fired on: ${r.firedOn.join(', ')}`);
      p(`       instead: ${r.instead.length ? short(r.instead.join(', '), 110) : '(no new finding on that sheet)'}`);
    }
  }
  p();

  p('== Totals');
  p(`   tables recognised   ${totals.tablesRecognised}/${totals.tables} (${pct(totals.tablesRecognised, totals.tables)})   summaries ${totals.summariesRecognised}/${totals.summaries}`);
  p(`   false errors        ${totals.falseErrors} on correct workbooks (must be 0); false warnings ${totals.falseWarnings}`);
  p(`   mutations found     ${totals.found}/${totals.mutations} (${pct(totals.found, totals.mutations)})`);
  const rulesAll = args.rules.filter((rule) => results.filter((r) => r.rule === rule).every((r) => r.status === 'found'));
  p(`   rules found in every variant: ${rulesAll.length}/${args.rules.length}`);
  if (totals.crashes) p(`   CRASHES             ${totals.crashes}`);
  if (args.write) p(`   workbooks written to ${args.write} (expected.json lists each file's expected findings)`);
  p();
  p('== Real published tables (test/fixtures/real, answer key key*.json): found / expected, false alarms');
  for (const line of formatScorecard(real, args.verbose)) p(`   ${line}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

function topRules(list: Array<{ rule: string }>, k: number): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const f of list) m.set(f.rule, (m.get(f.rule) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, k);
}

async function writeAll(dir: string, correct: Map<string, CorrectCase[]>, mutated: MutatedCase[]): Promise<void> {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._@-]+/g, '_');
  fs.mkdirSync(path.join(dir, 'correct'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'mutated'), { recursive: true });
  const manifest: Array<Record<string, unknown>> = [];
  for (const [variant, cases] of correct) {
    for (const c of cases) {
      const file = path.join('correct', `${safe(c.id.replace('#', '-'))}.xlsx`);
      await writeXlsx(path.join(dir, file), c.drafts);
      manifest.push({ file, variant, kind: 'correct', tables: c.tableSheets, summary: c.summarySheet, expect: 'no error-severity finding' });
    }
  }
  for (const c of mutated) {
    const file = path.join('mutated', `${safe(c.id.replace(/\//g, '-'))}.xlsx`);
    await writeXlsx(path.join(dir, file), c.drafts);
    manifest.push({ file, variant: c.variant.id, kind: 'mutated', mutation: c.mutation.id, detail: c.detail, expect: c.expected });
  }
  fs.writeFileSync(path.join(dir, 'expected.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(2);
});
