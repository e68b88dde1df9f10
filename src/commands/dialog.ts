/**
 * The outcome dialog of the ribbon commands (./notify.ts opens it): finds the outcome in local storage by the
 * id in the query string (partition-prefixed key, ../taskpane/storage.ts), or else shows the short copy the
 * query carries; 关闭 asks the add-in to close the dialog. Plain DOM, no React: it must open at once.
 */
import { DIALOG_OUTCOME_KEY } from './notify';
import { defaultStore, type SettingsStore } from '../taskpane/storage';

export interface DialogOutcome {
  command: 'checkWorkbook' | 'clearMarks' | 'showTemplates';
  ok: boolean;
  summary: string;
  notices: string[];
}

function clean(v: Partial<DialogOutcome>): DialogOutcome | null {
  if (typeof v.summary !== 'string' || v.summary === '') return null;
  return {
    command: v.command === 'clearMarks' || v.command === 'showTemplates' ? v.command : 'checkWorkbook',
    ok: v.ok !== false,
    summary: v.summary,
    notices: Array.isArray(v.notices) ? v.notices.filter((n): n is string => typeof n === 'string') : [],
  };
}

/** The outcome for this dialog: from storage when its id matches, else the query's copy; null when neither. */
export function readOutcome(search: string, store: SettingsStore | null): DialogOutcome | null {
  const q = new URLSearchParams(search);
  const id = q.get('id');
  if (id && store) {
    try {
      const v = JSON.parse(store.getItem(DIALOG_OUTCOME_KEY) ?? 'null') as (Partial<DialogOutcome> & { id?: unknown }) | null;
      if (v && v.id === id) {
        const full = clean(v);
        if (full) return full;
      }
    } catch {
      // Unreadable: fall back to the query.
    }
  }
  const c = q.get('c');
  return clean({ command: c === 'clearMarks' || c === 'showTemplates' ? c : 'checkWorkbook', ok: q.get('ok') !== '0', summary: q.get('s') ?? '', notices: [] });
}

/** Fills the page; `onClose` runs when 关闭 is clicked. */
export function renderOutcome(doc: Document, outcome: DialogOutcome | null, onClose: () => void): void {
  const body = doc.body;
  body.textContent = '';
  const h = doc.createElement('h1');
  h.textContent = outcome?.command === 'clearMarks' ? '清除标记' : outcome?.command === 'showTemplates' ? '插入模板' : '检查工作簿';
  const p = doc.createElement('p');
  p.className = outcome && !outcome.ok ? 'summary failed' : 'summary';
  p.textContent = outcome ? outcome.summary : '没有可显示的结果。请打开“绩效目标表助手”任务窗格查看。';
  body.append(h, p);
  if (outcome?.notices.length) {
    const ul = doc.createElement('ul');
    for (const n of outcome.notices) {
      const li = doc.createElement('li');
      li.textContent = n;
      ul.append(li);
    }
    body.append(ul);
  }
  if (outcome?.command === 'checkWorkbook' && outcome.ok) {
    const hint = doc.createElement('p');
    hint.className = 'hint';
    hint.textContent = '有问题的单元格已在工作表中标色；打开“开始 → 绩效目标 → 打开助手”可逐条查看和定位。';
    body.append(hint);
  }
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = '关闭';
  button.addEventListener('click', onClose);
  body.append(button);
  button.focus();
}

interface OfficeDialogSide {
  onReady(cb: () => void): unknown;
  context: { ui: { messageParent(message: string): void } };
}

const office = (globalThis as { Office?: OfficeDialogSide }).Office;
if (office && typeof document !== 'undefined') {
  office.onReady(() => {
    renderOutcome(document, readOutcome(location.search, defaultStore()), () => office.context.ui.messageParent('close'));
  });
}
