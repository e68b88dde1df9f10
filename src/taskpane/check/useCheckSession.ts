/**
 * The 检查 view's conversation with the workbook: run a full check, re-check one sheet (实时检查), clear
 * the marks, one operation at a time, and keep what came back (the result, the gateway's notices, the
 * error to show, the line the screen reader hears). No rendering and no navigation here.
 */
import * as React from 'react';
import type { WorkbookResult } from '../../core/check';
import type { Capabilities, WorkbookGateway } from '../../host/contract';
import { describeError, type ErrorText } from '../errors';
import { checkedSheets, formatCounts, mergeResults, totalCounts } from '../findings';
import { checkSettingsFrom, type Settings } from '../settings';

export type Busy = null | { kind: 'check' } | { kind: 'recheck'; sheet: string } | { kind: 'clear' };

/**
 * A result as it arrived: `fresh` after a full check (the pane forgets the current finding), not fresh
 * after a one-sheet re-check merged into the previous result (the current finding stays if still reported).
 * A new object for every arrival.
 */
export interface Checked {
  result: WorkbookResult;
  fresh: boolean;
}

export interface CheckSession {
  caps: Capabilities | null;
  capsError: ErrorText | null;
  /** The host can run the pane (ExcelApi 1.7). */
  supported: boolean;
  checked: Checked | null;
  notices: string[];
  busy: Busy;
  error: ErrorText | null;
  cleared: string | null;
  announcement: string;
  live: boolean;
  setLive: (on: boolean) => void;
  /** Shows a failure of an operation outside the session (e.g. selecting a cell). */
  reportError: (error: ErrorText) => void;
  runCheck: () => Promise<void>;
  runClear: () => Promise<void>;
}

function safeCapabilities(gateway: WorkbookGateway): { caps: Capabilities | null; error: ErrorText | null } {
  try {
    return { caps: gateway.capabilities(), error: null };
  } catch (e) {
    return {
      caps: null,
      error: describeError(e, '读取 Excel 的功能信息', '请关闭并重新打开任务窗格；如果仍然出错，请确认使用 Microsoft 365、Office 2019 及以上版本，或 Excel 网页版。'),
    };
  }
}

/** False once the component has unmounted: late gateway answers must not set state. */
export function useMounted(): React.RefObject<boolean> {
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return mounted;
}

export function useCheckSession(gateway: WorkbookGateway, settings: Settings): CheckSession {
  const [{ caps, error: capsError }] = React.useState(() => safeCapabilities(gateway));
  const supported = !!caps && caps.excelApi17;

  const [checked, setChecked] = React.useState<Checked | null>(null);
  const [notices, setNotices] = React.useState<string[]>([]);
  const [busy, setBusy] = React.useState<Busy>(null);
  const [error, setError] = React.useState<ErrorText | null>(null);
  const [cleared, setCleared] = React.useState<string | null>(null);
  const [announcement, setAnnouncement] = React.useState('');
  const [live, setLive] = React.useState(false);

  // The latest values for callbacks that outlive a render (live re-check listener, queued operations).
  const settingsRef = React.useRef(settings);
  settingsRef.current = settings;
  const resultRef = React.useRef<WorkbookResult | null>(null);
  const queue = React.useRef<Promise<void>>(Promise.resolve());
  const mounted = useMounted();

  /** Runs gateway operations one at a time, in order: a live re-check never overlaps a full check. */
  const enqueue = React.useCallback((op: () => Promise<void>) => {
    const next = queue.current.then(op, op);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const adopt = React.useCallback((result: WorkbookResult, fresh: boolean) => {
    resultRef.current = result;
    setChecked({ result, fresh });
  }, []);

  /** One full check (not queued: callers run it inside `enqueue`). */
  const doCheck = React.useCallback(async () => {
    setBusy({ kind: 'check' });
    setError(null);
    setCleared(null);
    setAnnouncement('正在检查工作簿…');
    try {
      const outcome = await gateway.checkWorkbook(checkSettingsFrom(settingsRef.current));
      if (!mounted.current) return;
      adopt(outcome.result, true);
      setNotices(outcome.notices);
      const sheets = checkedSheets(outcome.result);
      const c = totalCounts(outcome.result);
      setAnnouncement(
        sheets.length === 0
          ? '检查完成：此工作簿中没有识别到绩效目标表'
          : c.errors + c.warnings + c.infos === 0
            ? `检查完成：已检查 ${sheets.length} 张表，未发现问题`
            : `检查完成：已检查 ${sheets.length} 张表，${formatCounts(c)}`,
      );
    } catch (e) {
      if (!mounted.current) return;
      setError(
        describeError(
          e,
          '检查工作簿',
          '请确认 Excel 没有处于单元格编辑状态，然后点击“检查工作簿”再试一次；如果仍然失败，请保存工作簿并重新打开任务窗格。',
        ),
      );
      setAnnouncement('检查失败');
    } finally {
      if (mounted.current) setBusy(null);
    }
  }, [gateway, adopt, mounted]);

  const runCheck = React.useCallback(() => enqueue(doCheck), [enqueue, doCheck]);

  const runRecheck = React.useCallback(
    (sheet: string) =>
      enqueue(async () => {
        // Before the first check there is nothing to merge into: check everything once.
        if (!resultRef.current) {
          await doCheck();
          return;
        }
        setBusy({ kind: 'recheck', sheet });
        setError(null);
        try {
          const outcome = await gateway.recheckSheet(sheet, checkSettingsFrom(settingsRef.current));
          if (!mounted.current) return;
          const merged = mergeResults(resultRef.current, outcome.result);
          adopt(merged, false);
          setNotices(outcome.notices);
          const sh = merged.sheets.find((x) => x.name === sheet);
          setAnnouncement(
            sh && sh.kind !== 'other'
              ? `已重新检查“${sheet}”：${formatCounts(totalCounts({ model: merged.model, sheets: [sh] }))}`
              : `已重新检查“${sheet}”`,
          );
        } catch (e) {
          if (!mounted.current) return;
          setError(describeError(e, `重新检查“${sheet}”`, '请点击“重新检查”检查整个工作簿；如果仍然失败，请关闭“实时检查”。'));
        } finally {
          if (mounted.current) setBusy(null);
        }
      }),
    [enqueue, gateway, adopt, doCheck, mounted],
  );

  const runClear = React.useCallback(() => {
    return enqueue(async () => {
      setBusy({ kind: 'clear' });
      setError(null);
      setCleared(null);
      try {
        const outcome = await gateway.clearMarks();
        if (!mounted.current) return;
        const text =
          outcome.restored > 0
            ? `已清除 ${outcome.restored} 个单元格的标记，原来的填充颜色和批注已恢复。`
            : '工作簿中没有助手留下的标记。';
        setCleared(text);
        setAnnouncement(text);
      } catch (e) {
        if (!mounted.current) return;
        setError(describeError(e, '清除标记', '请确认 Excel 没有处于单元格编辑状态、工作表未被保护，然后再点击“清除标记”。'));
      } finally {
        if (mounted.current) setBusy(null);
      }
    });
  }, [enqueue, gateway, mounted]);

  // 实时检查: subscribe while the switch is on, unsubscribe when it goes off or the pane unmounts.
  React.useEffect(() => {
    if (!live) return undefined;
    let unsubscribe: (() => void) | undefined;
    try {
      unsubscribe = gateway.onSheetChanged((sheet) => {
        void runRecheck(sheet);
      });
    } catch (e) {
      setError(describeError(e, '开启实时检查', '请关闭“实时检查”，修改后手动点击“重新检查”。'));
      setLive(false);
      return undefined;
    }
    return () => {
      try {
        unsubscribe?.();
      } catch (e) {
        setError(describeError(e, '关闭实时检查', '请关闭并重新打开任务窗格。'));
      }
    };
  }, [live, gateway, runRecheck]);

  const reportError = React.useCallback(
    (e: ErrorText) => {
      if (mounted.current) setError(e);
    },
    [mounted],
  );

  return {
    caps,
    capsError,
    supported,
    checked,
    notices,
    busy,
    error,
    cleared,
    announcement,
    live,
    setLive,
    reportError,
    runCheck,
    runClear,
  };
}
