/**
 * Where the reader is in the findings: the severity filter, the groups it lets through, the current
 * finding, the open sheet sections; selecting a finding's cell, 上一个 / 下一个, arrow keys between rows.
 */
import * as React from 'react';
import type { Severity } from '../../core/finding';
import type { WorkbookGateway } from '../../host/contract';
import { describeError, type ErrorText } from '../errors';
import { SEVERITIES, flattenGroups, groupFindings, type SheetGroup, type ShownFinding } from '../findings';
import { useMounted, type Checked } from './useCheckSession';

const ALL_SEVERITIES: ReadonlySet<Severity> = new Set(SEVERITIES);

function sameFinding(a: ShownFinding, b: ShownFinding): boolean {
  return a.sheet === b.sheet && a.rule === b.rule && a.cell === b.cell && a.message === b.message;
}

export interface FindingNavigation {
  filter: ReadonlySet<Severity>;
  toggleSeverity: (sev: Severity) => void;
  /** The sheets and rules the filter lets through, in display order. */
  groups: SheetGroup[];
  /** Every finding the filter lets through, in the order 上一个 / 下一个 walk. */
  flat: ShownFinding[];
  current: ShownFinding | null;
  /** The current finding's place in `flat`, -1 when none. */
  currentIndex: number;
  openSheets: string[];
  setOpenSheets: (sheets: string[]) => void;
  /** Makes a finding current and selects its cell in the workbook. */
  select: (f: ShownFinding) => void;
  step: (delta: 1 | -1) => void;
  /**
   * Arrow keys (↓ → next, ↑ ← previous), Home and End on a finding's button (a row or a cell chip) move
   * focus through every finding button of the list, across rules and sheets.
   */
  onKeyNav: (e: React.KeyboardEvent<HTMLButtonElement>) => void;
  /** The element holding the finding buttons (for focus moves and scrolling the current one into view). */
  listRef: React.RefObject<HTMLDivElement | null>;
}

export function useFindingNavigation(
  gateway: WorkbookGateway,
  checked: Checked | null,
  reportError: (e: ErrorText) => void,
): FindingNavigation {
  const [filter, setFilter] = React.useState<ReadonlySet<Severity>>(ALL_SEVERITIES);
  const [current, setCurrent] = React.useState<ShownFinding | null>(null);
  const [openSheets, setOpenSheets] = React.useState<string[]>([]);
  const listRef = React.useRef<HTMLDivElement>(null);
  const mounted = useMounted();

  // A new result: open every sheet with findings; keep the current finding only across a re-check that
  // still reports it (adjusting state while rendering, as React recommends for state derived from props).
  const [adopted, setAdopted] = React.useState<Checked | null>(null);
  if (checked !== adopted) {
    setAdopted(checked);
    if (checked) {
      setOpenSheets(checked.result.sheets.filter((sh) => sh.findings.length > 0).map((sh) => sh.name));
      const again =
        !checked.fresh && current
          ? flattenGroups(groupFindings(checked.result, ALL_SEVERITIES)).find((f) => sameFinding(f, current))
          : undefined;
      setCurrent(again ?? null);
    }
  }

  const result = checked?.result ?? null;
  const groups = React.useMemo(() => (result ? groupFindings(result, filter) : []), [result, filter]);
  const flat = React.useMemo(() => flattenGroups(groups), [groups]);
  const currentIndex = current ? flat.findIndex((f) => f.id === current.id) : -1;

  const select = React.useCallback(
    (f: ShownFinding) => {
      setCurrent(f);
      setOpenSheets((open) => (open.includes(f.sheet) ? open : [...open, f.sheet]));
      gateway.selectCell(f.sheet, f.cell).catch((e: unknown) => {
        if (!mounted.current) return;
        reportError(describeError(e, `选中 ${f.sheet}!${f.cell}`, '该工作表可能已被重命名或删除：请点击“重新检查”。'));
      });
    },
    [gateway, reportError, mounted],
  );

  // Keep the current finding visible after previous / next.
  React.useEffect(() => {
    if (!current || !listRef.current) return;
    const el = listRef.current.querySelector<HTMLElement>(`[data-finding-id="${current.id}"]`);
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [current, openSheets]);

  const step = (delta: 1 | -1) => {
    if (flat.length === 0) return;
    let i: number;
    if (currentIndex < 0) i = delta === 1 ? 0 : flat.length - 1;
    else i = (currentIndex + delta + flat.length) % flat.length;
    select(flat[i]);
  };

  const onKeyNav = React.useCallback((e: React.KeyboardEvent<HTMLButtonElement>) => {
    const root = listRef.current;
    if (!root) return;
    const rows = Array.from(root.querySelectorAll<HTMLButtonElement>('button[data-finding-id]'));
    const i = rows.indexOf(e.currentTarget);
    let target: HTMLButtonElement | undefined;
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') target = rows[i + 1];
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') target = rows[i - 1];
    else if (e.key === 'Home') target = rows[0];
    else if (e.key === 'End') target = rows[rows.length - 1];
    else return;
    e.preventDefault();
    target?.focus();
  }, []);

  const toggleSeverity = (sev: Severity) => {
    setFilter((prev) => {
      const next = new Set(prev);
      if (next.has(sev)) next.delete(sev);
      else next.add(sev);
      return next;
    });
  };

  return { filter, toggleSeverity, groups, flat, current, currentIndex, openSheets, setOpenSheets, select, step, onKeyNav, listRef };
}
