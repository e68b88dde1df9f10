/**
 * The outcome dialog of the ribbon commands (./notify.ts opens it): reads the outcome from the URL's
 * fragment and shows it in Chinese; 关闭 asks the add-in to close the dialog. Plain DOM, no React: it
 * must open at once.
 */
export interface DialogOutcome {
  command: 'checkWorkbook' | 'clearMarks';
  ok: boolean;
  summary: string;
  notices: string[];
}

/** The outcome in a fragment written by dialogUrl(), or null when it is missing or unreadable. */
export function parseOutcome(hash: string): DialogOutcome | null {
  try {
    const v = JSON.parse(decodeURIComponent(hash.replace(/^#/, ''))) as Partial<DialogOutcome>;
    if (typeof v.summary !== 'string') return null;
    return {
      command: v.command === 'clearMarks' ? 'clearMarks' : 'checkWorkbook',
      ok: v.ok !== false,
      summary: v.summary,
      notices: Array.isArray(v.notices) ? v.notices.filter((n): n is string => typeof n === 'string') : [],
    };
  } catch {
    return null;
  }
}

/** Fills the page; `onClose` runs when 关闭 is clicked. */
export function renderOutcome(doc: Document, outcome: DialogOutcome | null, onClose: () => void): void {
  const body = doc.body;
  body.textContent = '';
  const h = doc.createElement('h1');
  h.textContent = outcome?.command === 'clearMarks' ? '清除标记' : '检查工作簿';
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
    renderOutcome(document, parseOutcome(location.hash), () => office.context.ui.messageParent('close'));
  });
}
