/** The ribbon commands' outcome dialog: when it opens, what it shows, and that the event waits for it. */
import { createCommands, type CommandEvent } from '../../src/commands/commands';
import { DIALOG_OUTCOME_KEY, FUNCTION_COMMAND_LIMIT_MS, PANE_HEARTBEAT_KEY, dialogBudgetMs, dialogUrl, notifyOutcome, paneIsOpen, type DialogLike, type DialogOffice } from '../../src/commands/notify';
import type { LastCommand } from '../../src/commands/last-command';
import { createGateway } from '../../src/excel/gateway';
import type { SettingsStore } from '../../src/taskpane/settings';
import { seedHost } from './helpers';

function memoryStore(init: Record<string, string> = {}): SettingsStore {
  const data = { ...init };
  return { getItem: (k) => (k in data ? data[k] : null), setItem: (k, v) => void (data[k] = v) };
}

/** An Office with DialogApi whose dialog the test closes by sending a message or with its ✕. */
function fakeOffice(dialogApi = true) {
  const handlers = new Map<string, (arg: unknown) => void>();
  const opened: string[] = [];
  let closed = 0;
  const dialog: DialogLike = { addEventHandler: (t, h) => void handlers.set(t, h), close: () => void closed++ };
  const office: DialogOffice = {
    context: {
      requirements: { isSetSupported: (name) => name === 'DialogApi' && dialogApi },
      ui: { displayDialogAsync: (url, _o, cb) => { opened.push(url); cb({ status: 'succeeded', value: dialog }); } },
    },
    EventType: { DialogMessageReceived: 'message', DialogEventReceived: 'event' },
  };
  return { office, opened, closedCount: () => closed, send: (t: string) => handlers.get(t)?.({}) };
}

const outcome: LastCommand = { command: 'checkWorkbook', at: '2026-11-26T00:00:00Z', ok: true, summary: '检查了 15 张绩效目标表：0 个错误，9 个警告，43 个提示，已标记 52 个单元格', notices: ['此版本 Excel 不支持批注'] };

describe('notifyOutcome', () => {
  it('leaves the outcome in storage, opens the dialog with its id and a short copy in the query (no fragment), resolves on 关闭', async () => {
    const f = fakeOffice();
    const store = memoryStore();
    const p = notifyOutcome(f.office, store, outcome, 'https://localhost:3000/dialog.html');
    expect(f.opened).toHaveLength(1);
    const url = new URL(f.opened[0]);
    expect(url.pathname).toBe('/dialog.html');
    expect(url.hash).toBe('');
    const kept = JSON.parse(store.getItem(DIALOG_OUTCOME_KEY) ?? '{}');
    expect(kept).toMatchObject({ id: url.searchParams.get('id'), summary: outcome.summary, notices: outcome.notices, ok: true });
    expect(url.searchParams.get('s')).toBe(outcome.summary);
    f.send('message');
    await expect(p).resolves.toBe('shown');
    expect(f.closedCount()).toBe(1);
  });

  it('resolves when the user closes the dialog with its ✕', async () => {
    const f = fakeOffice();
    const p = notifyOutcome(f.office, memoryStore(), outcome, 'https://x/dialog.html');
    f.send('event');
    await expect(p).resolves.toBe('shown');
  });

  it('opens nothing while the task pane is open, or without DialogApi', async () => {
    const open = memoryStore({ [PANE_HEARTBEAT_KEY]: String(Date.now()) });
    expect(paneIsOpen(open)).toBe(true);
    const f = fakeOffice();
    await expect(notifyOutcome(f.office, open, outcome, 'https://x/dialog.html')).resolves.toBe('skipped');
    const g = fakeOffice(false);
    await expect(notifyOutcome(g.office, memoryStore(), outcome, 'https://x/dialog.html')).resolves.toBe('skipped');
    expect([...f.opened, ...g.opened]).toEqual([]);
    // A heartbeat from a pane closed a minute ago does not count.
    expect(paneIsOpen(memoryStore({ [PANE_HEARTBEAT_KEY]: String(Date.now() - 60000) }))).toBe(false);
  });

  it('lets go of an unattended dialog after the timeout', async () => {
    const f = fakeOffice();
    await expect(notifyOutcome(f.office, memoryStore(), outcome, 'https://x/dialog.html', { timeoutMs: 20 })).resolves.toBe('shown');
  });

  it('the dialog’s time fits in the 5 minutes Office gives a function command, counted from its start', async () => {
    const start = 1_000_000;
    expect(dialogBudgetMs(start, start)).toBeLessThan(FUNCTION_COMMAND_LIMIT_MS);
    expect(dialogBudgetMs(start, start)).toBeGreaterThan(4 * 60 * 1000);
    // A check that took 3 minutes leaves the dialog less than 2.
    expect(start + 3 * 60_000 + dialogBudgetMs(start, start + 3 * 60_000)).toBeLessThan(start + FUNCTION_COMMAND_LIMIT_MS);
    // A command that already used its 5 minutes opens no dialog at all.
    const f = fakeOffice();
    const late = notifyOutcome(f.office, memoryStore(), outcome, 'https://x/dialog.html', { startedAt: start, now: () => start + FUNCTION_COMMAND_LIMIT_MS - 1000 });
    await expect(late).resolves.toBe('skipped');
    expect(f.opened).toEqual([]);
  });

  it('builds a URL with the query encoded (no raw Chinese), appended to one Office already has', () => {
    const u = dialogUrl('https://x/dialog.html', outcome, 'id1');
    expect(u.startsWith('https://x/dialog.html?')).toBe(true);
    expect(u).not.toMatch(/[检查#]/);
    expect(dialogUrl('https://x/dialog.html?a=1', outcome)).toMatch(/^https:\/\/x\/dialog\.html\?a=1&c=/);
  });
});

describe('ribbon commands with the dialog', () => {
  it('complete the event only after the dialog is closed', async () => {
    const host = await seedHost();
    const f = fakeOffice();
    const store = memoryStore();
    const cmds = createCommands({
      gateway: () => createGateway(host.Excel, host.Office),
      store,
      notify: (o) => notifyOutcome(f.office, store, o, 'https://localhost:3000/dialog.html'),
    });
    const event: CommandEvent & { calls: number } = { calls: 0, completed: () => void event.calls++ };
    const run = cmds.checkWorkbookCommand(event);
    for (let i = 0; i < 50 && f.opened.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(f.opened).toHaveLength(1);
    expect(event.calls).toBe(0);
    f.send('message');
    const r = await run;
    expect(event.calls).toBe(1);
    expect(new URL(f.opened[0]).searchParams.get('s')).toBe(r.summary);
  });
});
