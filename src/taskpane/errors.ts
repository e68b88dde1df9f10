/**
 * Turns whatever a gateway call threw into Chinese sentences: what happened and what to do. Office.js
 * errors carry a `code` (OfficeExtension.Error); the common ones get a specific hint.
 */
export interface ErrorText {
  /** What happened, one line. */
  title: string;
  /** The underlying message (as Excel or the code said it), possibly English. */
  detail: string;
  /** What the user can do. */
  action: string;
}

const HINTS: Record<string, string> = {
  InvalidOperationInCellEditMode: 'Excel 正在编辑单元格：请按 Enter 或 Esc 结束编辑，然后再试一次。',
  RequestPayloadSizeLimitExceeded: '工作簿太大，Excel 无法一次传送：请删除不需要的工作表或空白行列后再试。',
  ResponsePayloadSizeLimitExceeded: '工作簿太大，Excel 无法一次传送：请删除不需要的工作表或空白行列后再试。',
  ItemNotFound: '找不到该工作表或单元格，可能已被重命名或删除：请点击“重新检查”。',
  SheetHidden: '右键任一工作表标签 → 取消隐藏，显示该工作表后再点此问题。',
  AccessDenied: '工作簿处于只读或受保护状态：请取消保护工作表，或另存一份副本后再试。',
  InsertDeleteConflict: '工作表结构刚被修改：请点击“重新检查”。',
  ApiNotFound: '此版本的 Excel 不支持所需的功能：请使用 Microsoft 365、Office 2019 及以上版本，或 Excel 网页版。',
  GeneralException: 'Excel 内部出错：请保存工作簿，关闭并重新打开任务窗格后再试。',
};

function codeOf(e: unknown): string | undefined {
  if (typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string') {
    return (e as { code: string }).code;
  }
  return undefined;
}

function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  if (typeof e === 'string') return e;
  if (typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string') {
    return (e as { message: string }).message;
  }
  try {
    return JSON.stringify(e) ?? String(e);
  } catch {
    return String(e);
  }
}

/** `doing`: what the pane was doing, e.g. "检查工作簿", "清除标记". */
export function describeError(e: unknown, doing: string, fallbackAction: string): ErrorText {
  const code = codeOf(e);
  const msg = messageOf(e);
  return {
    title: `${doing}失败`,
    detail: code && !msg.includes(code) ? `${msg}（${code}）` : msg || '未知错误',
    action: (code && HINTS[code]) || fallbackAction,
  };
}
