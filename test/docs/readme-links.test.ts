/** The README points only at files in the repository: every link and every docs/… path it names exists here. */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

it('names no file outside the repository', () => {
  expect(readme).not.toMatch(/\.\.\/shared/);
});

it('every relative link and docs/ path exists', () => {
  const links = [...readme.matchAll(/\]\(([^)#\s]+)\)/g)].map((m) => m[1]).filter((l) => !/^https?:/.test(l));
  const paths = [...readme.matchAll(/\b(docs\/[\w./-]+\.(?:md|png))/g)].map((m) => m[1]);
  const all = [...new Set([...links, ...paths])];
  expect(all).toEqual(expect.arrayContaining(['docs/RULES.md', 'docs/support.md']));
  for (const p of all) expect({ p, exists: fs.existsSync(path.join(ROOT, p)) }).toEqual({ p, exists: true });
});

it('docs/RULES.md, the report contract, is in the repository', () => {
  const rules = fs.readFileSync(path.join(ROOT, 'docs', 'RULES.md'), 'utf8');
  expect(rules).toMatch(/cost\/items-sum-mismatch/);
});
