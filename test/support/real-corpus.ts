/**
 * The real-table corpus (test/fixtures/real): published 项目支出绩效目标表 from many provinces, each laid out
 * as a clerk's workbook, with an answer key per workbook (key.json and any key-*.json beside it):
 * `expect` — findings a careful reviewer is certain of (rule, or any of `any`; `cells` where it may point);
 * `must_not` — rule ids that would be false alarms on that sheet. Scored as the shared scorer does
 * (../shared/real-tables/score.js), on the core directly, so the tests need no build.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../../src/core/check';
import { BUILTIN_PROFILES, type Framework } from '../../src/core/profile';
import type { Finding } from '../../src/core/finding';
import { loadWorkbook } from '../../src/cli/load';

export const REAL_DIR = path.join(__dirname, '..', 'fixtures', 'real');

export interface KeyExpect {
  rule: string;
  any?: string[];
  cells?: string[];
  why?: string;
}

export interface KeyEntry {
  file: string;
  sheet?: string;
  source?: string;
  framework: Framework;
  complete?: boolean;
  expect: KeyExpect[];
  must_not: string[];
  notes?: string;
}

/** Every answer-key entry, from key.json and key-*.json, in file order. */
export function loadKey(dir = REAL_DIR): KeyEntry[] {
  const files = fs.readdirSync(dir).filter((f) => /^key(-[\w-]+)?\.json$/.test(f)).sort();
  const entries: KeyEntry[] = [];
  for (const f of files) {
    const key = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { workbooks: KeyEntry[] };
    entries.push(...key.workbooks);
  }
  return entries.sort((a, b) => a.file.localeCompare(b.file));
}

export interface Miss {
  rule: string;
  why: string;
}

export interface WorkbookScore {
  file: string;
  framework: Framework;
  /** The form each sheet was read as. */
  forms: string[];
  error: string | null;
  expected: number;
  found: number;
  cellsExpected: number;
  cellsRight: number;
  missed: Miss[];
  wrongCell: { rule: string; cells: string[] }[];
  falseAlarms: Finding[];
  findings: Finding[];
}

/** Checks one key entry's workbook with its framework and scores it against the key. */
export async function scoreEntry(entry: KeyEntry, dir = REAL_DIR): Promise<WorkbookScore> {
  const loaded = await loadWorkbook(path.join(dir, 'workbooks', entry.file));
  const base: WorkbookScore = {
    file: entry.file,
    framework: entry.framework,
    forms: [],
    error: null,
    expected: entry.expect.length,
    found: 0,
    cellsExpected: 0,
    cellsRight: 0,
    missed: [],
    wrongCell: [],
    falseAlarms: [],
    findings: [],
  };
  if (!loaded.ok) return { ...base, error: loaded.error };
  const result = checkWorkbook(loaded.grids, { profile: BUILTIN_PROFILES[entry.framework] });
  const findings = result.sheets.flatMap((s) => s.findings);
  const score: WorkbookScore = { ...base, findings, forms: result.sheets.map((s) => s.form ?? s.kind) };
  const rules = new Set(findings.map((f) => f.rule));
  for (const e of entry.expect) {
    const ok = [e.rule, ...(e.any ?? [])].filter((r) => rules.has(r));
    if (!ok.length) {
      score.missed.push({ rule: e.rule, why: e.why ?? '' });
      continue;
    }
    score.found++;
    if (e.cells) {
      score.cellsExpected++;
      if (findings.some((f) => ok.includes(f.rule) && e.cells!.includes(f.cell))) score.cellsRight++;
      else score.wrongCell.push({ rule: e.rule, cells: e.cells });
    }
  }
  const mustNot = new Set(entry.must_not);
  score.falseAlarms = findings.filter((f) => mustNot.has(f.rule));
  return score;
}

export async function scoreCorpus(dir = REAL_DIR): Promise<WorkbookScore[]> {
  const out: WorkbookScore[] = [];
  for (const e of loadKey(dir)) out.push(await scoreEntry(e, dir));
  return out;
}

/** The scorecard as lines: one per workbook, then the totals. */
export function formatScorecard(scores: readonly WorkbookScore[], verbose = false): string[] {
  const lines: string[] = [];
  let want = 0;
  let hit = 0;
  let cw = 0;
  let ch = 0;
  let bad = 0;
  for (const s of scores) {
    want += s.expected;
    hit += s.found;
    cw += s.cellsExpected;
    ch += s.cellsRight;
    bad += s.falseAlarms.length;
    const mark = s.error ? '✗ 无法读取' : s.found === s.expected && s.falseAlarms.length === 0 ? '✓' : '·';
    lines.push(
      `${mark} ${s.file.padEnd(52)} ${s.framework.padEnd(7)} ${[...new Set(s.forms)].join(',').padEnd(16)} found ${s.found}/${s.expected}  false alarms ${s.falseAlarms.length}`,
    );
    if (s.error) lines.push(`    ${s.error}`);
    if (verbose || s.missed.length || s.falseAlarms.length) {
      for (const m of s.missed) lines.push(`    missed ${m.rule}: ${m.why}`);
      for (const f of s.falseAlarms) lines.push(`    false ${f.rule} ${f.cell}: ${f.message}`);
      for (const w of s.wrongCell) lines.push(`    wrong cell ${w.rule}: expected one of ${w.cells.join(', ')}`);
    }
  }
  lines.push(`real tables: ${scores.length} workbooks; found ${hit}/${want} expected findings, at the right cell ${ch}/${cw}; false alarms ${bad}`);
  return lines;
}
