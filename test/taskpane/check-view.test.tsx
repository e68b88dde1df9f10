/**
 * @jest-environment jsdom
 */
import '../support/jsdom-setup';
import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { checkWorkbook } from '../../src/core/check';
import { countBySeverity, type Finding } from '../../src/core/finding';
import type { Grid } from '../../src/core/grid';
import { ruleById } from '../../src/core/rules';
import { DEFAULT_SETTINGS, checkSettingsFrom } from '../../src/taskpane/settings';
import { MemoryGateway, findLabel, rightOf, seedGrids, setCell } from './memory-gateway';
import { btn, checkPanel, findingButton, findingButtons, queryBtn, renderPane, runCheck, status } from './pane-queries';

// Fluent in jsdom on a shared 2-core machine: a full render of the seed's findings takes a second or two.
jest.setTimeout(30000);
// getByRole's visibility check computes styles of the whole tree on every query (seconds per query on a
// pane with dozens of findings); hidden tab panels hold no names these tests look for.
configure({ defaultHidden: true });

let seed: Grid[];
beforeAll(async () => {
  seed = await seedGrids('official');
});

const TABLE_01 = '012024年度县城供水管网新建及改造项目';
const TABLE_02 = '02平阴县综合养老服务中心建设项目';

/**
 * The seed workbook made deliberately wrong, as a clerk might: 财政拨款 of table 01 typed as 900 (the
 * budget is 1000), 主管部门 of table 02 left empty. The seed's own warnings stay.
 */
function wrongWorkbook(): Grid[] {
  const grids = seed.map((g) => ({ ...g, rows: g.rows.map((r) => [...r]) }));
  const t1 = grids.find((g) => g.name === TABLE_01)!;
  setCell(t1, rightOf(findLabel(t1, '财政拨款')), 900);
  const t2 = grids.find((g) => g.name === TABLE_02)!;
  setCell(t2, rightOf(findLabel(t2, '主管部门')), null);
  return grids;
}

function allFindings(gateway: MemoryGateway, settings = DEFAULT_SETTINGS): Finding[] {
  return gateway.expected(checkSettingsFrom(settings)).sheets.flatMap((s) => s.findings);
}

describe('the 检查 view', () => {
  test('before the first check: the prompt, the two buttons, the tabs', () => {
    renderPane(new MemoryGateway(seed));
    expect(screen.getByRole('heading', { name: '绩效目标表助手' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '检查' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: '设置' })).toBeInTheDocument();
    // No TemplateGateway given: no 模板 tab.
    expect(screen.queryByRole('tab', { name: '模板' })).toBeNull();
    expect(screen.getByText('点击“检查工作簿”开始')).toBeInTheDocument();
    expect(btn('检查工作簿')).toBeEnabled();
    expect(btn('清除标记')).toBeEnabled();
  });

  test('while checking: progress shown, buttons disabled; afterwards the button reads 重新检查', async () => {
    const gw = new MemoryGateway(wrongWorkbook());
    gw.hold();
    renderPane(gw);
    fireEvent.click(btn('检查工作簿'));
    expect(await screen.findByText(/正在读取并检查工作簿/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: '正在检查工作簿' })).toBeInTheDocument();
    expect(btn('检查工作簿')).toBeDisabled();
    expect(btn('清除标记')).toBeDisabled();
    await act(async () => gw.release());
    await waitFor(() => expect(queryBtn('重新检查')).toBeEnabled());
    expect(screen.queryByText(/正在读取并检查工作簿/)).toBeNull();
    expect(gw.calls.check).toHaveLength(1);
  });

  test('results: counts per sheet and overall as the core found them, grouped by sheet then rule', async () => {
    const gw = new MemoryGateway(wrongWorkbook());
    renderPane(gw);
    await runCheck();
    const expected = gw.expected(checkSettingsFrom(DEFAULT_SETTINGS));
    const all = expected.sheets.flatMap((s) => s.findings);
    const total = countBySeverity(all);
    // The deliberate mistakes are found by the core: at least the two errors.
    expect(all.some((f) => f.rule === 'funds/sources-mismatch' && f.sheet === TABLE_01)).toBe(true);
    expect(all.some((f) => f.rule === 'header/missing-field' && f.sheet === TABLE_02)).toBe(true);

    // Overall counts (also on the filter buttons), and the live region announces them.
    const recognised = expected.sheets.filter((s) => s.kind !== 'other');
    expect(screen.getByText(`已检查 ${recognised.length} 张表：${total.errors} 个错误，${total.warnings} 个警告，${total.infos} 个提示`)).toBeInTheDocument();
    expect(btn(`错误 ${total.errors}`)).toHaveAttribute('aria-pressed', 'true');
    expect(btn(`警告 ${total.warnings}`)).toBeInTheDocument();
    expect(btn(`提示 ${total.infos}`)).toBeInTheDocument();
    expect(status()).toHaveTextContent(`${total.errors} 个错误`);

    // The per-sheet table (folded on a 16-sheet workbook): one row per recognised sheet plus 合计.
    expect(checkPanel().querySelector('table')).toBeNull();
    const fold = btn(`各工作表的问题数（${recognised.length} 张表）`);
    expect(fold).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(fold);
    expect(fold).toHaveAttribute('aria-expanded', 'true');
    const table = checkPanel().querySelector<HTMLTableElement>('table[aria-label="各工作表的问题数"]')!;
    const rows = Array.from(table.rows);
    expect(rows).toHaveLength(1 + recognised.length + 1);
    for (const s of recognised) {
      const c = countBySeverity(s.findings);
      const row = rows.find((r) => r.cells[0].textContent?.startsWith(s.name))!;
      expect(row).toBeDefined();
      expect([...row.cells].slice(1).map((td) => Number(td.textContent))).toEqual([c.errors, c.warnings, c.infos]);
    }
    const totalRow = rows[rows.length - 1];
    expect(totalRow.cells[0]).toHaveTextContent('合计');
    expect([...totalRow.cells].slice(1).map((td) => Number(td.textContent))).toEqual([total.errors, total.warnings, total.infos]);

    // Grouping: one section per sheet with findings, in it one group per rule, titled by the rule.
    const withFindings = expected.sheets.filter((s) => s.findings.length > 0);
    expect(checkPanel().querySelectorAll('ul').length).toBeGreaterThanOrEqual(withFindings.length);
    for (const s of withFindings) {
      const ruleIds = [...new Set(s.findings.map((f) => f.rule))];
      for (const id of ruleIds) {
        const title = ruleById(id)?.title ?? id;
        const list = Array.from(checkPanel().querySelectorAll('ul')).find((u) => u.getAttribute('aria-label') === `${s.name}：${title}`)!;
        expect(list).toBeDefined();
        expect(list.querySelectorAll('li > button')).toHaveLength(s.findings.filter((f) => f.rule === id).length);
      }
    }
    expect(findingButtons()).toHaveLength(all.length);

    // The table-01 funds error shows its message and its cell.
    const funds = all.find((f) => f.rule === 'funds/sources-mismatch' && f.sheet === TABLE_01)!;
    const fundsBtn = findingButton(`错误，${TABLE_01}!${funds.cell}：${funds.message}`)!;
    expect(fundsBtn).toHaveTextContent(funds.cell);
    expect(fundsBtn).toHaveTextContent(funds.message);
  });

  test('a rule group expands to the rule’s short doc', async () => {
    const gw = new MemoryGateway(wrongWorkbook());
    renderPane(gw);
    await runCheck();
    const rule = ruleById('funds/sources-mismatch')!;
    // On hover: the title carries the doc; on 说明: the note opens (closed at first).
    const group = document.querySelector(`[data-rule="funds/sources-mismatch"]`)!;
    expect(within(group as HTMLElement).getByText(rule.title)).toHaveAttribute('title', rule.description);
    expect(checkPanel().querySelector('[role="note"]')).toBeNull();
    const toggle = (group as HTMLElement).querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    expect(toggle).toHaveAttribute('aria-label', `展开规则说明：${rule.title}`);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const note = checkPanel().querySelector('[role="note"]')!;
    expect(note).toHaveTextContent(rule.description);
    expect(note).toHaveTextContent('funds/sources-mismatch');
  });

  test('clicking a finding selects its cell on its sheet', async () => {
    const gw = new MemoryGateway(wrongWorkbook());
    renderPane(gw);
    await runCheck();
    const missing = allFindings(gw).find((f) => f.rule === 'header/missing-field' && f.sheet === TABLE_02)!;
    const row = findingButton(`错误，${TABLE_02}!${missing.cell}：${missing.message}`)!;
    fireEvent.click(row);
    expect(gw.calls.select).toEqual([{ sheet: TABLE_02, cell: missing.cell }]);
    expect(row).toHaveAttribute('aria-current', 'true');
  });

  test('下一个 / 上一个 step through the findings in list order, selecting each, and wrap around', async () => {
    const gw = new MemoryGateway(wrongWorkbook());
    renderPane(gw);
    await runCheck();
    const listed = findingButtons().map((b) => b.getAttribute('title'));
    expect(listed.length).toBeGreaterThanOrEqual(3);
    const next = btn('下一个');
    const prev = btn('上一个');
    fireEvent.click(next);
    fireEvent.click(next);
    fireEvent.click(next);
    fireEvent.click(prev);
    const seen = gw.calls.select.map((c) => `${c.sheet}!${c.cell}`);
    expect(seen).toEqual([listed[0], listed[1], listed[2], listed[1]]);
    expect(screen.getByText(`2 / ${listed.length}`)).toBeInTheDocument();
    // From the second, 上一个 twice wraps to the last.
    fireEvent.click(prev);
    fireEvent.click(prev);
    expect(gw.calls.select.at(-1)).toEqual({ sheet: listed.at(-1)!.split('!')[0], cell: listed.at(-1)!.split('!')[1] });
    expect(screen.getByText(`${listed.length} / ${listed.length}`)).toBeInTheDocument();
  });

  test('arrow keys move focus between findings across rule groups', async () => {
    const gw = new MemoryGateway(wrongWorkbook());
    renderPane(gw);
    await runCheck();
    const rows = findingButtons();
    rows[0].focus();
    fireEvent.keyDown(rows[0], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows[1]);
    fireEvent.keyDown(rows[1], { key: 'End' });
    expect(document.activeElement).toBe(rows[rows.length - 1]);
    fireEvent.keyDown(rows[rows.length - 1], { key: 'Home' });
    expect(document.activeElement).toBe(rows[0]);
    fireEvent.keyDown(rows[0], { key: 'Enter' });
    fireEvent.click(rows[0]);
    expect(gw.calls.select).toHaveLength(1);
  });

  test('the severity filter hides a severity, and 下一个 skips it', async () => {
    const gw = new MemoryGateway(wrongWorkbook());
    renderPane(gw);
    await runCheck();
    const all = allFindings(gw);
    const c = countBySeverity(all);
    expect(c.warnings).toBeGreaterThan(0);
    const warnToggle = btn(`警告 ${c.warnings}`);
    fireEvent.click(warnToggle);
    expect(warnToggle).toHaveAttribute('aria-pressed', 'false');
    const shown = findingButtons();
    expect(shown).toHaveLength(c.errors + c.infos);
    expect(shown.every((b) => !b.getAttribute('aria-label')!.startsWith('警告'))).toBe(true);
    const next = btn('下一个');
    for (let i = 0; i < shown.length; i++) fireEvent.click(next);
    // 下一个 visits exactly the listed (non-warning) findings, in order.
    expect(gw.calls.select.map((s) => `${s.sheet}!${s.cell}`)).toEqual(shown.map((b) => b.getAttribute('title')));
    const nonWarnings = new Set(all.filter((f) => f.severity !== 'warning').map((f) => `${f.sheet}!${f.cell}`));
    expect(gw.calls.select.every((s) => nonWarnings.has(`${s.sheet}!${s.cell}`))).toBe(true);
    // Everything off: said in words.
    fireEvent.click(btn(`错误 ${c.errors}`));
    fireEvent.click(btn(`提示 ${c.infos}`));
    expect(findingButtons()).toHaveLength(0);
    expect(screen.getByText(/所有问题都被筛选隐藏了/)).toBeInTheDocument();
    fireEvent.click(warnToggle);
    expect(findingButtons()).toHaveLength(c.warnings);
  });

  test('no findings: 未发现问题 with the success state', async () => {
    // A real seed table the core finds nothing wrong with, alone in its workbook (any of the three layouts).
    const clean: Grid[] = [];
    for (const layout of ['official', 'split', 'pasted'] as const) {
      for (const g of await seedGrids(layout)) {
        const s = checkWorkbook([g]).sheets[0];
        if (s.kind === 'target-table' && s.findings.length === 0) clean.push(g);
      }
    }
    expect(clean.length).toBeGreaterThan(0);
    const gw = new MemoryGateway([clean[0]]);
    renderPane(gw);
    await runCheck();
    expect(screen.getByText('未发现问题')).toBeInTheDocument();
    expect(screen.getByText('已检查 1 张表，全部通过。')).toBeInTheDocument();
    expect(findingButtons()).toHaveLength(0);
    expect(status()).toHaveTextContent('未发现问题');
  });

  test('no target table in the workbook: said in words', async () => {
    const grids: Grid[] = [
      { name: '工资表', rows: [['姓名', '基本工资', '绩效工资'], ['张三', 3200, 800], ['李四', 3500, 900]] },
      { name: 'Sheet2', rows: [] },
    ];
    expect(checkWorkbook(grids).sheets.every((s) => s.kind === 'other')).toBe(true);
    renderPane(new MemoryGateway(grids));
    await runCheck();
    expect(screen.getByText('此工作簿中没有识别到绩效目标表')).toBeInTheDocument();
    expect(screen.queryByText('未发现问题')).toBeNull();
    expect(checkPanel().querySelector('table')).toBeNull();
  });

  test('a failing check: an error MessageBar saying what happened and what to do', async () => {
    const gw = new MemoryGateway(seed);
    gw.failNext = Object.assign(new Error('The operation is not allowed while in cell edit mode.'), { code: 'InvalidOperationInCellEditMode' });
    renderPane(gw);
    fireEvent.click(btn('检查工作簿'));
    expect(await screen.findByText('检查工作簿失败')).toBeInTheDocument();
    expect(screen.getByText(/not allowed while in cell edit mode/)).toBeInTheDocument();
    expect(screen.getByText(/请按 Enter 或 Esc 结束编辑/)).toBeInTheDocument();
    // The pane stays usable: the next check works and the error goes away.
    await runCheck();
    expect(screen.queryByText('检查工作簿失败')).toBeNull();
  });

  test('a failing cell selection is reported, not swallowed', async () => {
    const gw = new MemoryGateway(wrongWorkbook());
    renderPane(gw);
    await runCheck();
    gw.failNext = Object.assign(new Error('Worksheet not found'), { code: 'ItemNotFound' });
    fireEvent.click(findingButtons()[0]);
    expect(await screen.findByText(/^选中 .*失败$/)).toBeInTheDocument();
    expect(screen.getByText(/可能已被重命名或删除/)).toBeInTheDocument();
  });

  test('Excel without ExcelApi 1.7 (Excel 2016) (no ExcelApi 1.7): a clear message, nothing to click', () => {
    const gw = new MemoryGateway(seed);
    gw.caps = { ...gw.caps, excelApi17: false };
    renderPane(gw);
    expect(screen.getByText('此版本的 Excel 不受支持')).toBeInTheDocument();
    expect(screen.getByText(/需要 ExcelApi 1.7：Microsoft 365、Office 2019 及以上版本，或 Excel 网页版/)).toBeInTheDocument();
    expect(btn('检查工作簿')).toBeDisabled();
    expect(btn('清除标记')).toBeDisabled();
    expect(screen.getByRole('switch', { name: '实时检查' })).toBeDisabled();
  });

  test('notices from the gateway are shown as info messages', async () => {
    const gw = new MemoryGateway(wrongWorkbook());
    gw.notices = ['此版本的 Excel 不支持批注，问题说明只显示在任务窗格中'];
    renderPane(gw);
    await runCheck();
    expect(screen.getByText('此版本的 Excel 不支持批注，问题说明只显示在任务窗格中')).toBeInTheDocument();
  });

  test('清除标记 reports how many cells it restored; the list stays', async () => {
    const gw = new MemoryGateway(wrongWorkbook());
    renderPane(gw);
    await runCheck();
    const before = findingButtons().length;
    const cells = new Set(allFindings(gw).map((f) => `${f.sheet}!${f.cell}`)).size;
    fireEvent.click(btn('清除标记'));
    expect(await screen.findByText(/问题列表仍保留/)).toHaveTextContent(`已清除 ${cells} 个单元格的标记`);
    expect(status()).toHaveTextContent(`已清除 ${cells} 个单元格的标记`);
    expect(gw.calls.clear).toBe(1);
    expect(findingButtons()).toHaveLength(before);
  });
});

describe('实时检查', () => {
  test('the switch subscribes; an edit re-checks only that sheet; off unsubscribes', async () => {
    const gw = new MemoryGateway(wrongWorkbook());
    renderPane(gw);
    await runCheck();
    const live = screen.getByLabelText('实时检查');
    expect(live).toHaveAttribute('role', 'switch');
    expect(gw.listenerCount).toBe(0);
    fireEvent.click(live);
    expect(gw.listenerCount).toBe(1);

    // The clerk fixes 财政拨款 on table 01: the funds error of that sheet goes away.
    const funds = allFindings(gw).find((f) => f.rule === 'funds/sources-mismatch' && f.sheet === TABLE_01)!;
    expect(findingButton(`错误，${TABLE_01}!${funds.cell}：${funds.message}`)!).toBeInTheDocument();
    const t1 = gw.sheet(TABLE_01);
    await act(async () => gw.edit(TABLE_01, rightOf(findLabel(t1, '财政拨款')), 1000));
    await waitFor(() => expect(findingButton(`错误，${TABLE_01}!${funds.cell}：${funds.message}`)).toBeUndefined());
    expect(gw.calls.recheck.map((r) => r.sheet)).toEqual([TABLE_01]);
    expect(gw.calls.check).toHaveLength(1);
    // The other sheets' findings are still listed, and the counts follow the core.
    expect(findingButtons()).toHaveLength(allFindings(gw).length);
    expect(status()).toHaveTextContent(`已重新检查“${TABLE_01}”`);

    fireEvent.click(live);
    expect(gw.listenerCount).toBe(0);
    await act(async () => gw.edit(TABLE_01, rightOf(findLabel(t1, '财政拨款')), 5));
    expect(gw.calls.recheck).toHaveLength(1);
  });

  test('closing the pane unsubscribes', async () => {
    const gw = new MemoryGateway(seed);
    const { unmount } = renderPane(gw);
    fireEvent.click(screen.getByRole('switch', { name: '实时检查' }));
    expect(gw.listenerCount).toBe(1);
    unmount();
    expect(gw.listenerCount).toBe(0);
  });

  test('an edit before the first check runs a full check', async () => {
    const gw = new MemoryGateway(wrongWorkbook());
    renderPane(gw);
    fireEvent.click(screen.getByRole('switch', { name: '实时检查' }));
    await act(async () => gw.edit(TABLE_02, 'A1', '项目支出绩效目标表'));
    await waitFor(() => expect(queryBtn('重新检查')).toBeEnabled());
    expect(gw.calls.check).toHaveLength(1);
    expect(gw.calls.recheck).toHaveLength(0);
    await waitFor(() => expect(findingButtons()).toHaveLength(allFindings(gw).length));
  });
});
