/**
 * The evaluation as assertions: generated workbooks in every layout variant (test/support/generate),
 * correct ones must be read fully and raise no error-severity finding, and each mutated one must be
 * reported by its rule id on its sheet. scripts/eval.ts prints the same as a scorecard.
 *
 * This directory is in jest.config.js testPathIgnorePatterns while the recognizer and the rules are
 * being completed; run it explicitly with:
 *   npx jest --testPathIgnorePatterns=/node_modules/ test/eval
 */
import { DEFAULT_SEED, VARIANTS, correctCase, mutationCases } from '../support/generate';
import { scoreCorrect, scoreMutation } from '../support/generate/score';

const CORRECT_PER_VARIANT = 3;

describe.each(VARIANTS.map((v) => [v.id, v] as const))('correct workbooks, %s', (_id, variant) => {
  const cases = Array.from({ length: CORRECT_PER_VARIANT }, (_, i) => correctCase(variant, i, DEFAULT_SEED));

  it.each(cases.map((c) => [c.id, c] as const))('%s: every sheet recognised, no error finding', (_cid, c) => {
    const s = scoreCorrect(c);
    expect(s.run.error).toBeNull();
    expect(s.misread).toEqual([]);
    expect(s.errors.map((f) => `${f.rule} ${f.sheet}!${f.cell}: ${f.message}`)).toEqual([]);
  });
});

describe('mutated workbooks: each mistake found by its rule id on its sheet', () => {
  const cases = mutationCases(VARIANTS, DEFAULT_SEED);

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_cid, c) => {
    const s = scoreMutation(c);
    // On failure the diff shows what was changed and what the checker reported instead.
    expect({ status: s.status, rule: c.expected.rule, sheets: c.expected.sheets, detail: c.detail, instead: s.status === 'found' ? [] : s.instead }).toEqual({
      status: 'found',
      rule: c.expected.rule,
      sheets: c.expected.sheets,
      detail: c.detail,
      instead: [],
    });
    expect(c.expected.sheets).toContain(s.match?.sheet);
  });
});
