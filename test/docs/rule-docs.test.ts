/**
 * The rule docs cannot fall out of step with the registry: every registered rule has its page under
 * docs/rules/, the page names the rule's id, severity and title, and the index links it. Regenerate with
 * `npm run docs:rules`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../src/core/rules';
import { SEVERITY_LABEL } from '../../src/core/finding';
import { DOCS_DIR, renderAll, renderRulePage, rulePagePath } from '../../scripts/gen-rule-docs';

const read = (rel: string) => fs.readFileSync(path.join(DOCS_DIR, rel), 'utf8');

describe('docs/rules', () => {
  const index = read('README.md');

  it.each(RULES.map((r) => [r.id, r] as const))('%s has its page, listed in the index', (id, rule) => {
    const page = path.join(DOCS_DIR, rulePagePath(id));
    expect(fs.existsSync(page)).toBe(true);
    const text = fs.readFileSync(page, 'utf8');
    expect(text).toContain(`\`${id}\``);
    expect(text).toContain(rule.title);
    expect(text).toContain(SEVERITY_LABEL[rule.defaultSeverity]);
    expect(index).toContain(`](${rulePagePath(id)})`);
  });

  it('lists no page for a rule that is not registered', () => {
    const linked = [...index.matchAll(/\]\(([a-z-]+\/[a-z0-9-]+)\.md\)/g)].map((m) => m[1]);
    expect(linked.sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('shows, for the rules with an example scenario, a finding the rule really reports', () => {
    const files = renderAll();
    const own = RULES.filter((r) => /^(cost|goal|summary|weights)\//.test(r.id));
    for (const rule of own) {
      const page = files.get(rulePagePath(rule.id))!;
      expect(page).toContain('检查结果 (finding)');
      expect(page).toContain(`| ${SEVERITY_LABEL[rule.defaultSeverity]} |`);
    }
  });

  it('renders a page without an example when the rule never fires', () => {
    const rule = RULES[0];
    const page = renderRulePage(rule, undefined);
    expect(page).toContain('暂无示例');
    expect(page).toContain(rule.description);
  });
});
