/**
 * The real-table corpus as assertions: on every published table of test/fixtures/real, every finding a
 * careful reviewer is certain of is found, and no rule of its must_not list fires (a false alarm costs
 * more than a miss). Known misses are listed with their reason and run as test.failing, so a fix that
 * finds one asks for its entry to be removed.
 */
import { loadKey, scoreEntry } from '../support/real-corpus';

/** `file › rule` → why the checker does not find it yet. */
const KNOWN_MISSES: Record<string, string> = {};

const entries = loadKey();

describe('real published tables', () => {
  it('has a corpus to score', () => {
    expect(entries.length).toBeGreaterThanOrEqual(16);
  });

  describe.each(entries.map((e) => [e.file, e] as const))('%s', (_file, entry) => {
    it('raises no false alarm', async () => {
      const s = await scoreEntry(entry);
      expect(s.error).toBeNull();
      expect(s.falseAlarms.map((f) => `${f.rule} ${f.cell}: ${f.message}`)).toEqual([]);
    });

    const known = entry.expect.filter((e) => KNOWN_MISSES[`${entry.file} › ${e.rule}`]);
    const rest = entry.expect.filter((e) => !KNOWN_MISSES[`${entry.file} › ${e.rule}`]);
    if (rest.length) {
      it('finds every finding a reviewer is certain of', async () => {
        const s = await scoreEntry({ ...entry, expect: rest });
        expect(s.missed).toEqual([]);
        expect(s.wrongCell).toEqual([]);
      });
    }
    for (const e of known) {
      it.failing(`known miss: ${e.rule} (${KNOWN_MISSES[`${entry.file} › ${e.rule}`]})`, async () => {
        const s = await scoreEntry({ ...entry, expect: [e] });
        expect(s.missed).toEqual([]);
      });
    }
  });
});
