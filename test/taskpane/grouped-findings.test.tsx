/**
 * @jest-environment jsdom
 */
/**
 * The 检查 view's list as a person reads it: a rule's repeated hints on a sheet are one row of cell chips
 * (each selects its cell), errors stay one row each, 上一个 / 下一个 still walk every cell; each sheet
 * heading names the sheet's form. Expected findings come from the real core over the seed workbook.
 */
import '../support/jsdom-setup';
import { configure, fireEvent, within } from '@testing-library/react';
import { FORM_LABELS, checkWorkbook, type WorkbookResult } from '../../src/core/check';
import { SEVERITY_RANK, type Finding } from '../../src/core/finding';
import { fromA1, type Grid } from '../../src/core/grid';
import { ruleById } from '../../src/core/rules';
import { readXlsxFile } from '../../src/node/xlsx';
import { FIXTURES, MemoryGateway, seedGrids, setCell } from './memory-gateway';
import { btn, checkPanel, findingButtons, renderPane, runCheck } from './pane-queries';

jest.setTimeout(30000);
configure({ defaultHidden: true });

let seed: Grid[];
beforeAll(async () => {
  seed = await seedGrids('official');
});

function byCell(a: Finding, b: Finding): number {
  const pa = fromA1(a.cell)!;
  const pb = fromA1(b.cell)!;
  return pa.row - pb.row || pa.col - pb.col;
}

/** A sheet's rule group in the list (the element holding the rule's header and rows). */
function ruleGroup(sheet: string, rule: string): HTMLElement {
  const title = ruleById(rule)?.title ?? rule;
  const list = Array.from(checkPanel().querySelectorAll('ul')).find((u) => u.getAttribute('aria-label') === `${sheet}：${title}`);
  if (!list) throw new Error(`no list for ${sheet} / ${rule}`);
  return list.closest<HTMLElement>('[data-rule]')!;
}

/** The rows of a rule group: its list's own items. */
function rowsOf(group: HTMLElement): HTMLLIElement[] {
  return Array.from(group.querySelector('ul')!.children) as HTMLLIElement[];
}

function chipsOf(row: Element): HTMLButtonElement[] {
  return Array.from(row.querySelectorAll<HTMLButtonElement>('[data-repeated] button[data-finding-id]'));
}

/** The sheet with the most hints of one rule, and that rule. */
function mostRepeated(result: WorkbookResult): { sheet: string; rule: string; findings: Finding[] } {
  let best = { sheet: '', rule: '', findings: [] as Finding[] };
  for (const s of result.sheets) {
    const byRule = new Map<string, Finding[]>();
    for (const f of s.findings) if (f.severity === 'info') byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
    for (const [rule, fs] of byRule) if (fs.length > best.findings.length) best = { sheet: s.name, rule, findings: [...fs].sort(byCell) };
  }
  return best;
}

describe('repeated hints as one row', () => {
  test('every rule with two or more hints on a sheet is one row of N chips; the counts stay exact', async () => {
    const gw = new MemoryGateway(seed);
    renderPane(gw);
    await runCheck();
    const result = checkWorkbook(seed);
    const all = result.sheets.flatMap((s) => s.findings);
    let rows = 0;
    for (const s of result.sheets) {
      for (const rule of new Set(s.findings.map((f) => f.rule))) {
        const of = s.findings.filter((f) => f.rule === rule);
        const infos = of.filter((f) => f.severity === 'info').sort(byCell);
        const group = ruleGroup(s.name, rule);
        // The header counts every finding of the rule on the sheet.
        expect(within(group).getByLabelText(`${of.length} 处`)).toHaveTextContent(String(of.length));
        const repeated = group.querySelectorAll('[data-repeated]');
        if (infos.length >= 2) {
          expect(repeated).toHaveLength(1);
          const chips = chipsOf(group);
          expect(chips.map((c) => c.textContent)).toEqual(infos.map((f) => f.cell));
          expect(chips.map((c) => c.getAttribute('aria-label'))).toEqual(infos.map((f) => `提示，${s.name}!${f.cell}：${f.message}`));
          // The first message is the example.
          expect(repeated[0]).toHaveTextContent(`例如${infos[0].cell}：${infos[0].message}`);
        } else {
          expect(repeated).toHaveLength(0);
        }
        rows += rowsOf(group).length;
      }
    }
    // Every finding still has its button (a row or a chip), and the seed's 43 hints no longer take 43 rows.
    expect(findingButtons()).toHaveLength(all.length);
    expect(rows).toBeLessThan(all.length / 2);
    // Counts on the filter buttons and sheet headings are the core's, whatever the grouping.
    const infos = all.filter((f) => f.severity === 'info').length;
    expect(btn(`提示 ${infos}`)).toBeInTheDocument();
    const { sheet } = mostRepeated(result);
    const sheetInfos = result.sheets.find((s) => s.name === sheet)!.findings.filter((f) => f.severity === 'info').length;
    expect(checkPanel().querySelectorAll(`[aria-label="${sheetInfos} 个提示"]`).length).toBeGreaterThan(0);
  });

  test('clicking a chip selects its cell, marks it current and shows its message', async () => {
    const gw = new MemoryGateway(seed);
    renderPane(gw);
    await runCheck();
    const { sheet, rule, findings } = mostRepeated(checkWorkbook(seed));
    expect(findings.length).toBeGreaterThanOrEqual(4);
    const group = ruleGroup(sheet, rule);
    const chips = chipsOf(group);
    const target = findings[2];
    fireEvent.click(chips[2]);
    expect(gw.calls.select).toEqual([{ sheet, cell: target.cell }]);
    expect(chips[2]).toHaveAttribute('aria-current', 'true');
    expect(chips.filter((c) => c.hasAttribute('aria-current'))).toHaveLength(1);
    expect(group.querySelector('[data-repeated]')).toHaveTextContent(`当前${target.cell}：${target.message}`);
    // 下一个 goes on to the next chip of the row.
    fireEvent.click(btn('下一个'));
    expect(gw.calls.select.at(-1)).toEqual({ sheet, cell: findings[3].cell });
  });

  test('上一个 / 下一个 walk every cell of every finding, grouped ones included, in the order shown', async () => {
    const gw = new MemoryGateway(seed);
    renderPane(gw);
    await runCheck();
    const all = checkWorkbook(seed).sheets.flatMap((s) => s.findings);
    const shown = findingButtons().map((b) => b.getAttribute('title'));
    const next = btn('下一个');
    for (let i = 0; i < all.length; i++) fireEvent.click(next);
    const visited = gw.calls.select.map((c) => `${c.sheet}!${c.cell}`);
    expect(visited).toEqual(shown);
    expect([...visited].sort()).toEqual(all.map((f) => `${f.sheet}!${f.cell}`).sort());
    expect(checkPanel()).toHaveTextContent(`${all.length} / ${all.length}`);
  });

  test('arrow keys move between chips as between rows', async () => {
    const gw = new MemoryGateway(seed);
    renderPane(gw);
    await runCheck();
    const { sheet, rule } = mostRepeated(checkWorkbook(seed));
    const chips = chipsOf(ruleGroup(sheet, rule));
    chips[0].focus();
    fireEvent.keyDown(chips[0], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(chips[1]);
    fireEvent.keyDown(chips[1], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(chips[2]);
    fireEvent.keyDown(chips[2], { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(chips[1]);
  });

  test('the expander shows every message as its own row, and folds back', async () => {
    const gw = new MemoryGateway(seed);
    renderPane(gw);
    await runCheck();
    const { sheet, rule, findings } = mostRepeated(checkWorkbook(seed));
    const title = ruleById(rule)!.title;
    const group = ruleGroup(sheet, rule);
    const open = btn(`逐条查看全部 ${findings.length} 条说明：${title}`);
    expect(open).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(open);
    const close = btn(`收起为一行：${title}`);
    expect(close).toHaveAttribute('aria-expanded', 'true');
    // The keyboard focus stays on the toggle, though it moved below the rows.
    expect(document.activeElement).toBe(close);
    expect(group.querySelectorAll('[data-repeated]')).toHaveLength(0);
    const rows = Array.from(group.querySelectorAll<HTMLButtonElement>('button[data-finding-id]'));
    expect(rows.map((b) => b.getAttribute('aria-label'))).toEqual(findings.map((f) => `提示，${sheet}!${f.cell}：${f.message}`));
    for (const [i, f] of findings.entries()) expect(rows[i]).toHaveTextContent(f.message);
    fireEvent.click(rows[1]);
    expect(gw.calls.select).toEqual([{ sheet, cell: findings[1].cell }]);
    fireEvent.click(close);
    expect(document.activeElement).toBe(btn(`逐条查看全部 ${findings.length} 条说明：${title}`));
    expect(chipsOf(group)).toHaveLength(findings.length);
    expect(chipsOf(group)[1]).toHaveAttribute('aria-current', 'true');
  });

  test('errors are never grouped: each is its own row, beside the rule groups of hints', async () => {
    // Empty the first three target values that only lacked an operator: each becomes a missing-value error.
    const { sheet, rule: hintRule, findings: hints } = mostRepeated(checkWorkbook(seed));
    const grids = seed.map((g) => ({ ...g, rows: g.rows.map((r) => [...r]) }));
    for (const f of hints.slice(0, 3)) setCell(grids.find((g) => g.name === sheet)!, f.cell, null);
    const after = checkWorkbook(grids).sheets.find((s) => s.name === sheet)!.findings;
    const errorsByRule = new Map<string, Finding[]>();
    for (const f of after) if (f.severity === 'error') errorsByRule.set(f.rule, [...(errorsByRule.get(f.rule) ?? []), f]);
    const [errorRule, errors] = [...errorsByRule].sort((a, b) => b[1].length - a[1].length)[0];
    expect(errors.length).toBeGreaterThanOrEqual(3);

    const gw = new MemoryGateway(grids);
    renderPane(gw);
    await runCheck();
    const group = ruleGroup(sheet, errorRule);
    expect(group.querySelectorAll('[data-repeated]')).toHaveLength(0);
    const rows = rowsOf(group);
    expect(rows).toHaveLength(errors.length);
    expect(rows.map((li) => li.querySelector('button[data-finding-id]')!.getAttribute('aria-label')).sort()).toEqual(
      errors.map((f) => `错误，${sheet}!${f.cell}：${f.message}`).sort(),
    );
    // The hints left on the sheet are still one row, listed after the errors.
    const left = after.filter((f) => f.rule === hintRule && f.severity === 'info');
    if (left.length >= 2) expect(chipsOf(ruleGroup(sheet, hintRule))).toHaveLength(left.length);
    const groups = Array.from(ruleGroup(sheet, errorRule).parentElement!.querySelectorAll('[data-rule]'));
    const ranks = groups.map((g) => Math.min(...after.filter((f) => f.rule === g.getAttribute('data-rule')).map((f) => SEVERITY_RANK[f.severity])));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });
});

/** A published 申报表, 审批表 and 自评表 from the real-table corpus, as sheets of one workbook. */
async function realFormsWorkbook(): Promise<Grid[]> {
  const files = ['01_yueyang_2022_gaobiaozhun_nongtian', '06_fengjie_yunwu_2023_chengben_yiji', '13_chizhou_tangxi_2022_ziping_cunji'];
  const grids: Grid[] = [];
  for (const [i, file] of files.entries()) {
    for (const g of await readXlsxFile(`${FIXTURES}/real/workbooks/${file}.xlsx`)) grids.push({ ...g, name: `${i + 1}-${g.name}` });
  }
  return grids;
}

function sheetHeadings(): Array<{ name: string; form: string | null; label: string | null }> {
  return Array.from(checkPanel().querySelectorAll('[data-form]')).map((badge) => ({
    name: badge.parentElement!.querySelector('[title]')!.getAttribute('title')!,
    form: badge.getAttribute('data-form'),
    label: badge.textContent,
  }));
}

describe('the form beside each sheet heading', () => {
  test('the seed: the form the core reports, in Chinese, on every sheet with findings', async () => {
    renderPane(new MemoryGateway(seed));
    await runCheck();
    const result = checkWorkbook(seed);
    const withFindings = result.sheets.filter((s) => s.findings.length > 0);
    expect(sheetHeadings()).toEqual(withFindings.map((s) => ({ name: s.name, form: s.form!, label: FORM_LABELS[s.form!] })));
    expect(sheetHeadings().map((h) => h.label)).toContain('申报汇总表');
    expect(sheetHeadings().map((h) => h.label)).toContain('绩效目标表');
    // The per-sheet table names the forms other than the target table too.
    fireEvent.click(btn(`各工作表的问题数（${result.sheets.filter((s) => s.kind !== 'other').length} 张表）`));
    const summary = result.sheets.find((s) => s.form === 'summary')!;
    const row = Array.from(checkPanel().querySelectorAll('table tr')).find((r) => r.textContent?.startsWith(summary.name))!;
    expect(row.querySelector('td')).toHaveTextContent(`${summary.name}（申报汇总表）`);
  });

  test('published 申报表, 审批表 and 自评表 beside the seed: each named as the core recognised it', async () => {
    const grids = [...seed, ...(await realFormsWorkbook())];
    renderPane(new MemoryGateway(grids));
    await runCheck();
    const result = checkWorkbook(grids);
    const withFindings = result.sheets.filter((s) => s.findings.length > 0);
    expect(sheetHeadings()).toEqual(withFindings.map((s) => ({ name: s.name, form: s.form!, label: FORM_LABELS[s.form!] })));
    const forms = new Set(sheetHeadings().map((h) => h.form));
    expect(forms.size).toBeGreaterThanOrEqual(4);
    for (const f of forms) expect(Object.keys(FORM_LABELS)).toContain(f);
  });
});
