/** The ribbon's ExecuteFunction handlers over the real gateway and the fake host. */
import { createCommands, readLastCommand, LAST_COMMAND_KEY, type CommandEvent } from '../../src/commands/commands';
import { createGateway } from '../../src/excel/gateway';
import { SETTINGS_KEY, type SettingsStore } from '../../src/taskpane/settings';
import { allFormats, seedHost } from './helpers';

function memoryStore(init: Record<string, string> = {}): SettingsStore & { data: Record<string, string> } {
  const data = { ...init };
  return { data, getItem: (k) => (k in data ? data[k] : null), setItem: (k, v) => void (data[k] = v) };
}

function event(): CommandEvent & { calls: number } {
  const e = { calls: 0, completed: () => void e.calls++ };
  return e;
}

describe('ribbon commands', () => {
  it('检查工作簿 marks the workbook with the stored settings, keeps a summary, completes the event', async () => {
    const host = await seedHost();
    const store = memoryStore({ [SETTINGS_KEY]: JSON.stringify({ framework: '2024', satisfactionMin: 80, unitCostTolerance: 10, writeNotes: false }) });
    const cmds = createCommands({ gateway: () => createGateway(host.Excel, host.Office), store, now: () => new Date('2024-05-06T07:08:09Z') });
    const e = event();
    const r = await cmds.checkWorkbookCommand(e);
    expect(e.calls).toBe(1);
    expect(r.ok).toBe(true);
    expect(r.summary).toMatch(/^检查了 15 张绩效目标表：\d+ 个错误，\d+ 个警告，\d+ 个提示，已标记 \d+ 个单元格$/);
    // writeNotes: false from the stored settings → colours only.
    expect(host.serialize().sheets.some((s) => Object.keys(s.fills ?? {}).length > 0)).toBe(true);
    expect(host.serialize().sheets.every((s) => Object.keys(s.notes ?? {}).length === 0)).toBe(true);
    expect(readLastCommand(store)).toEqual({ ...r, at: '2024-05-06T07:08:09.000Z' });
  });

  it('清除标记 restores and says how many cells', async () => {
    const host = await seedHost();
    const before = allFormats(host);
    const store = memoryStore();
    const cmds = createCommands({ gateway: () => createGateway(host.Excel, host.Office), store });
    await cmds.checkWorkbookCommand(event());
    const e = event();
    const r = await cmds.clearMarksCommand(e);
    expect(e.calls).toBe(1);
    expect(r.summary).toMatch(/^已清除 \d+ 个单元格的标记，原来的填充颜色和批注已恢复$/);
    expect(allFormats(host)).toEqual(before);
    expect(JSON.parse(store.data[LAST_COMMAND_KEY]).command).toBe('clearMarks');
  });

  it('a failure is reported, and the event still completes', async () => {
    const host = await seedHost(undefined, { excelApi: '1.6' });
    const store = memoryStore();
    const cmds = createCommands({ gateway: () => createGateway(host.Excel, host.Office), store });
    const e = event();
    const r = await cmds.checkWorkbookCommand(e);
    expect(e.calls).toBe(1);
    expect(r.ok).toBe(false);
    expect(r.summary).toContain('Excel 2016 不能使用');
    const e2 = event();
    await cmds.clearMarksCommand(e2);
    expect(e2.calls).toBe(1);
  });

  it('a workbook without target tables says so', async () => {
    const { FakeExcelHost } = await import('../fake-excel/host');
    const host = new FakeExcelHost({ sheets: [{ name: 'Sheet1', rows: [['姓名', '电话'], ['张三', 123]] }] });
    const cmds = createCommands({ gateway: () => createGateway(host.Excel, host.Office), store: null });
    const r = await cmds.checkWorkbookCommand(event());
    expect(r.summary).toBe('此工作簿中没有识别到绩效目标表');
  });
});
