/**
 * @jest-environment jsdom
 */
import { readOutcome, renderOutcome } from '../../src/commands/dialog';
import { DIALOG_OUTCOME_KEY, QUERY_SUMMARY_CHARS, dialogUrl } from '../../src/commands/notify';
import { partitionedStore, type SettingsStore } from '../../src/taskpane/storage';

function memoryStore(data: Record<string, string> = {}): SettingsStore & { data: Record<string, string> } {
  return { data, getItem: (k) => (k in data ? data[k] : null), setItem: (k, v) => void (data[k] = v) };
}

const cleared = { command: 'clearMarks' as const, at: '', ok: true, summary: '已清除 52 个单元格的标记，原来的填充颜色和批注已恢复', notices: ['提示一'] };

describe('the outcome dialog page', () => {
  it('finds the outcome in storage by the id in the query, shows summary and notices, closes on 关闭', () => {
    const store = memoryStore();
    store.setItem(DIALOG_OUTCOME_KEY, JSON.stringify({ id: 'abc', ...cleared }));
    const url = new URL(dialogUrl('https://x/dialog.html', cleared, 'abc'));
    expect(url.hash).toBe('');
    const outcome = readOutcome(url.search, store);
    let closed = 0;
    renderOutcome(document, outcome, () => closed++);
    expect(document.querySelector('h1')?.textContent).toBe('清除标记');
    expect(document.body.textContent).toContain('已清除 52 个单元格的标记');
    expect(document.querySelector('li')?.textContent).toBe('提示一');
    (document.querySelector('button') as HTMLButtonElement).click();
    expect(closed).toBe(1);
  });

  it('without shared storage (or an older outcome in it) it shows the query’s short copy', () => {
    const long = { ...cleared, command: 'checkWorkbook' as const, ok: false, summary: `检查失败：${'很长的说明'.repeat(60)}` };
    const url = new URL(dialogUrl('https://x/dialog.html?_host_Info=Excel$Win32', long, 'new'));
    const stale = memoryStore({ [DIALOG_OUTCOME_KEY]: JSON.stringify({ id: 'old', ...cleared }) });
    for (const store of [null, stale]) {
      const o = readOutcome(url.search, store);
      expect(o).toMatchObject({ command: 'checkWorkbook', ok: false, notices: [] });
      expect(o!.summary.startsWith('检查失败：很长的说明')).toBe(true);
      expect(o!.summary.length).toBe(QUERY_SUMMARY_CHARS);
    }
    // Office's own query parameters stay where they are.
    expect(url.searchParams.get('_host_Info')).toBe('Excel$Win32');
  });

  it('reads through the partition prefix, as the command wrote it', () => {
    const raw = memoryStore();
    let partition: string | undefined = 'p1:';
    const store = partitionedStore(raw, () => partition);
    store.setItem(DIALOG_OUTCOME_KEY, JSON.stringify({ id: 'x', ...cleared }));
    expect(Object.keys(raw.data)).toEqual([`p1:${DIALOG_OUTCOME_KEY}`]);
    expect(readOutcome('?id=x&s=short', store)?.notices).toEqual(['提示一']);
    partition = 'p2:';
    expect(readOutcome('?id=x&s=short', store)?.notices).toEqual([]);
  });

  it('says so in words when there is nothing to show', () => {
    expect(readOutcome('', null)).toBeNull();
    renderOutcome(document, null, () => undefined);
    expect(document.body.textContent).toContain('没有可显示的结果');
    expect(document.querySelector('button')?.textContent).toBe('关闭');
  });
});
