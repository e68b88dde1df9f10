/**
 * Writes the rule docs: docs/rules/<group>/<name>.md for every rule in the registry (src/core/rules),
 * and docs/rules/README.md, the index. Each page has the id, the default severity, the title, the
 * description and an example finding, produced by running the rules over the scenarios of
 * ./rule-examples.ts (real seed tables with one mistake each).
 *
 *   npx tsx scripts/gen-rule-docs.ts [--out DIR] [--check]
 *
 * --check writes nothing and exits 1 when a page on disk differs from what would be written.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../src/core/rules';
import type { Rule } from '../src/core/rule';
import { checkModel } from '../src/core/check';
import { DEFAULT_PROFILE } from '../src/core/profile';
import { SEVERITY_LABEL, type Finding } from '../src/core/finding';
import { ruleScenarios, type Scenario } from './rule-examples';

export const DOCS_DIR = path.join(__dirname, '..', 'docs', 'rules');

/** "cost/items-sum-mismatch" → "cost/items-sum-mismatch.md" (relative to docs/rules). */
export function rulePagePath(id: string): string {
  return `${id}.md`;
}

const GROUP_TITLE: Record<string, string> = {
  header: '表头 (header)',
  funds: '项目资金 (funds)',
  indicator: '指标结构 (indicator)',
  value: '指标值 (value)',
  cost: '成本 (cost)',
  goal: '绩效目标 (goal)',
  summary: '申报表 (summary)',
  weights: '权重 (weights)',
};

interface Example {
  scenario: Scenario;
  finding: Finding;
}

/** Runs every rule over every scenario once; picks, per rule, its own scenario's finding, else the first it reports. */
export function findExamples(rules: readonly Rule[] = RULES): Map<string, Example> {
  const scenarios = ruleScenarios();
  const results = Object.entries(scenarios).map(([id, scenario]) => {
    const result = checkModel(scenario.model, { profile: DEFAULT_PROFILE });
    const findings = result.sheets.flatMap((s) => s.findings);
    return { id, scenario, findings };
  });
  const out = new Map<string, Example>();
  for (const rule of rules) {
    const own = results.find((r) => r.id === rule.id);
    const hit = own?.findings.find((f) => f.rule === rule.id);
    if (own && hit) {
      out.set(rule.id, { scenario: own.scenario, finding: hit });
      continue;
    }
    for (const r of results) {
      const f = r.findings.find((x) => x.rule === rule.id);
      if (f) {
        out.set(rule.id, { scenario: r.scenario, finding: f });
        break;
      }
    }
  }
  return out;
}

function severityText(rule: Rule): string {
  return `${SEVERITY_LABEL[rule.defaultSeverity]} (${rule.defaultSeverity})`;
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function renderRulePage(rule: Rule, example: Example | undefined): string {
  const group = rule.id.split('/')[0];
  const lines: string[] = [];
  lines.push(`# \`${rule.id}\``, '');
  lines.push(`**${rule.title}**`, '');
  lines.push('| 项目 | 内容 |', '|---|---|');
  lines.push(`| 规则 (rule) | \`${rule.id}\` |`);
  lines.push(`| 默认级别 (default severity) | ${severityText(rule)} |`);
  lines.push(`| 分组 (group) | ${GROUP_TITLE[group] ?? group} |`);
  lines.push(`| 检查范围 (scope) | ${rule.scope === 'table' ? '每张项目支出绩效目标表 (table)' : '整个工作簿，跨工作表 (workbook)'} |`);
  lines.push('');
  lines.push('## 说明 (description)', '', rule.description, '');
  lines.push('## 示例 (example)', '');
  if (example) {
    const f = example.finding;
    lines.push(`情形：${example.scenario.change}。`, '');
    if (example.scenario.excerpt.length) {
      lines.push('```text', ...example.scenario.excerpt, '```', '');
    }
    lines.push('检查结果 (finding)：', '');
    lines.push('| 工作表 (sheet) | 单元格 (cell) | 级别 (severity) | 信息 (message) |', '|---|---|---|---|');
    lines.push(`| ${escapeCell(f.sheet)} | ${f.cell} | ${SEVERITY_LABEL[f.severity]} | ${escapeCell(f.message)} |`);
    lines.push('');
  } else {
    lines.push('（暂无示例：示例情形中没有触发此规则。）', '');
  }
  lines.push('## 配置 (profile)', '');
  lines.push('在配置文件 (`--profile FILE`) 中可以改变此规则的级别或关闭它，规则的含义不变：', '');
  lines.push('```json', JSON.stringify({ severities: { [rule.id]: rule.defaultSeverity === 'error' ? 'warning' : 'off' } }, null, 2), '```', '');
  lines.push('[← 全部规则 (all rules)](../README.md)', '');
  return lines.join('\n');
}

export function renderIndex(rules: readonly Rule[] = RULES): string {
  const lines: string[] = [];
  lines.push('# 检查规则 (rules)', '');
  lines.push(
    '绩效目标表助手按规则编号报告问题，编号和默认级别是约定（见 RULES.md），配置文件只能改变级别、阈值和容差。',
    '级别：错误 (error) = 表有错、会被退回；警告 (warning) = 很可能有错、审核人会问；提示 (info) = 完整性或格式建议。',
    '',
    '本目录由 `npm run docs:rules`（`npx tsx scripts/gen-rule-docs.ts`）从规则代码生成，请勿手工修改。',
    '',
  );
  let group = '';
  for (const rule of rules) {
    const g = rule.id.split('/')[0];
    if (g !== group) {
      group = g;
      lines.push(`## ${GROUP_TITLE[g] ?? g}`, '', '| 规则 (rule) | 默认级别 (severity) | 检查内容 (what) |', '|---|---|---|');
    }
    lines.push(`| [\`${rule.id}\`](${rulePagePath(rule.id)}) | ${severityText(rule)} | ${escapeCell(rule.title)} |`);
    const next = rules[rules.indexOf(rule) + 1];
    if (!next || next.id.split('/')[0] !== g) lines.push('');
  }
  lines.push(`共 ${rules.length} 条规则。`, '');
  return lines.join('\n');
}

/** Every file the docs consist of: relative path → content. */
export function renderAll(rules: readonly Rule[] = RULES): Map<string, string> {
  const examples = findExamples(rules);
  const files = new Map<string, string>();
  files.set('README.md', renderIndex(rules));
  for (const rule of rules) files.set(rulePagePath(rule.id), renderRulePage(rule, examples.get(rule.id)));
  return files;
}

function main(argv: string[]): number {
  const outIdx = argv.indexOf('--out');
  const out = outIdx >= 0 && argv[outIdx + 1] ? path.resolve(argv[outIdx + 1]) : DOCS_DIR;
  const check = argv.includes('--check');
  const files = renderAll();
  let stale = 0;
  for (const [rel, content] of files) {
    const file = path.join(out, rel);
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (current === content) continue;
    stale++;
    if (check) {
      process.stderr.write(`过期 (stale): ${path.relative(process.cwd(), file)}\n`);
      continue;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  const missingExamples = RULES.filter((r) => !(files.get(rulePagePath(r.id)) ?? '').includes('检查结果 (finding)'));
  process.stdout.write(
    `${check ? '检查' : '生成'} ${files.size} 个文件 (${RULES.length} 条规则) 于 ${path.relative(process.cwd(), out) || '.'}` +
      `${check ? `，过期 ${stale} 个` : `，更新 ${stale} 个`}` +
      (missingExamples.length ? `；无示例: ${missingExamples.map((r) => r.id).join(', ')}` : '') +
      '\n',
  );
  return check && stale > 0 ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
