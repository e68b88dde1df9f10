/**
 * The 检查 view: run a check, see counts per sheet, step through the findings grouped by sheet and rule,
 * click one to select its cell in Excel, filter by severity, clear the marks, re-check live.
 */
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  CounterBadge,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Switch,
  Text,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { WorkbookResult } from '../core/check';
import { SEVERITY_LABEL, type Severity } from '../core/finding';
import type { Capabilities, WorkbookGateway } from '../host/contract';
import { describeError, type ErrorText } from './errors';
import { ErrorBar } from './ErrorBar';
import {
  SEVERITIES,
  checkedSheets,
  flattenGroups,
  formatCounts,
  groupFindings,
  mergeResults,
  totalCounts,
  type Counts,
  type RuleGroup,
  type ShownFinding,
} from './findings';
import {
  ArrowDown16Regular,
  ArrowSync20Regular,
  ArrowUp16Regular,
  CheckmarkCircle48Regular,
  ChevronDown16Regular,
  ChevronRight16Regular,
  DocumentSearch20Regular,
  DocumentSearch32Regular,
  Eraser20Regular,
} from './icons';
import { checkSettingsFrom, type Settings } from './settings';
import { SeverityIcon } from './SeverityIcon';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  live: { display: 'flex', flexDirection: 'column' },
  liveHint: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalXXL },
  progress: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  status: { color: tokens.colorNeutralForeground2 },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground2,
  },
  emptyIcon: { color: tokens.colorNeutralForeground3, fontSize: '32px' },
  successIcon: { color: tokens.colorStatusSuccessForeground1, fontSize: '48px' },
  summary: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    '& th': { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, textAlign: 'right' },
    '& th:first-child, & td:first-child': { textAlign: 'left' },
    '& td': { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  },
  sheetCell: { maxWidth: '150px', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  totalRow: { '& td': { fontWeight: tokens.fontWeightSemibold, borderBottom: 'none' } },
  nonZeroError: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
  zero: { color: tokens.colorNeutralForeground4 },
  tableToggle: { alignSelf: 'flex-start', paddingLeft: 0, minWidth: 0 },
  sticky: {
    position: 'sticky',
    top: `calc(-1 * ${tokens.spacingVerticalM})`,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  filters: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS },
  nav: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  navPos: { marginLeft: 'auto', color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
  sheetHeader: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  sheetName: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold },
  ruleGroup: { marginBottom: tokens.spacingVerticalS },
  ruleHeader: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} 0`,
  },
  ruleTitle: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200, flexGrow: 1, minWidth: 0 },
  ruleDoc: {
    margin: `0 0 ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXL}`,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  ruleId: { display: 'block', marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  finding: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  cell: {
    flexShrink: 0,
    minWidth: '36px',
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  message: { flexGrow: 1, minWidth: 0, wordBreak: 'break-word' },
  srOnly: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

export interface CheckViewProps {
  gateway: WorkbookGateway;
  settings: Settings;
}

type Busy = null | { kind: 'check' } | { kind: 'recheck'; sheet: string } | { kind: 'clear' };

const ALL_SEVERITIES: ReadonlySet<Severity> = new Set(SEVERITIES);

function safeCapabilities(gateway: WorkbookGateway): { caps: Capabilities | null; error: ErrorText | null } {
  try {
    return { caps: gateway.capabilities(), error: null };
  } catch (e) {
    return {
      caps: null,
      error: describeError(e, '读取 Excel 的功能信息', '请关闭并重新打开任务窗格；如果仍然出错，请确认使用 Excel 2016 或更高版本，或 Excel 网页版。'),
    };
  }
}

function sameFinding(a: ShownFinding, b: ShownFinding): boolean {
  return a.sheet === b.sheet && a.rule === b.rule && a.cell === b.cell && a.message === b.message;
}

function CountCell(props: { n: number; error?: boolean }) {
  const s = useStyles();
  return <td className={props.n === 0 ? s.zero : props.error ? s.nonZeroError : undefined}>{props.n}</td>;
}

/** Workbooks with many sheets start with the table folded: the counts are on each sheet's header too. */
const TABLE_OPEN_UP_TO = 6;

function SummaryTable(props: { result: WorkbookResult; total: Counts }) {
  const s = useStyles();
  const sheets = checkedSheets(props.result);
  return (
    <table className={s.summary} aria-label="各工作表的问题数">
      <thead>
        <tr>
          <th scope="col">工作表</th>
          <th scope="col">错误</th>
          <th scope="col">警告</th>
          <th scope="col">提示</th>
        </tr>
      </thead>
      <tbody>
        {sheets.map((sh) => {
          const c = {
            errors: sh.findings.filter((f) => f.severity === 'error').length,
            warnings: sh.findings.filter((f) => f.severity === 'warning').length,
            infos: sh.findings.filter((f) => f.severity === 'info').length,
          };
          return (
            <tr key={sh.name}>
              <td className={s.sheetCell} title={sh.name}>
                {sh.name}
                {sh.kind === 'summary' ? '（申报表）' : ''}
              </td>
              <CountCell n={c.errors} error />
              <CountCell n={c.warnings} />
              <CountCell n={c.infos} />
            </tr>
          );
        })}
        {sheets.length > 1 && (
          <tr className={s.totalRow}>
            <td>合计</td>
            <CountCell n={props.total.errors} error />
            <CountCell n={props.total.warnings} />
            <CountCell n={props.total.infos} />
          </tr>
        )}
      </tbody>
    </table>
  );
}

/** Memoised: stepping through findings re-renders only the groups the current finding leaves or enters. */
const RuleGroupView = React.memo(function RuleGroupView(props: {
  group: RuleGroup;
  sheet: string;
  /** The current finding's id when it is in this group, else null. */
  currentId: string | null;
  onSelect: (f: ShownFinding) => void;
  onKeyNav: (e: React.KeyboardEvent<HTMLButtonElement>) => void;
}) {
  const s = useStyles();
  const { group } = props;
  const [docOpen, setDocOpen] = React.useState(false);
  const docId = React.useId();
  const doc = group.description || '（此规则没有说明）';
  return (
    <div className={s.ruleGroup} data-rule={group.rule}>
      <div className={s.ruleHeader}>
        <SeverityIcon severity={group.severity} />
        {/* The doc on hover (a native tooltip: no positioning library in the initial bundle) and on 说明. */}
        <span className={s.ruleTitle} title={doc}>
          {group.title}
        </span>
        <CounterBadge count={group.findings.length} size="small" appearance="ghost" color="informative" aria-label={`${group.findings.length} 处`} />
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={docOpen}
          aria-controls={docId}
          aria-label={`${docOpen ? '收起' : '展开'}规则说明：${group.title}`}
          onClick={() => setDocOpen((o) => !o)}
        >
          {docOpen ? '收起' : '说明'}
        </Button>
      </div>
      {docOpen && (
        <div id={docId} className={s.ruleDoc} role="note">
          {doc}
          <span className={s.ruleId}>规则 {group.rule}</span>
        </div>
      )}
      <ul className={s.list} aria-label={`${props.sheet}：${group.title}`}>
        {group.findings.map((f) => {
          const isCurrent = props.currentId === f.id;
          return (
            <li key={f.id}>
              <button
                type="button"
                className={mergeClasses(s.finding, isCurrent && s.current)}
                data-finding-id={f.id}
                aria-current={isCurrent ? 'true' : undefined}
                aria-label={`${SEVERITY_LABEL[f.severity]}，${f.sheet}!${f.cell}：${f.message}`}
                title={`${f.sheet}!${f.cell}`}
                onClick={() => props.onSelect(f)}
                onKeyDown={props.onKeyNav}
              >
                <SeverityIcon severity={f.severity} />
                <span className={s.cell}>{f.cell}</span>
                <span className={s.message}>{f.message}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
});

export function CheckView(props: CheckViewProps) {
  const s = useStyles();
  const { gateway } = props;
  const [{ caps, error: capsError }] = React.useState(() => safeCapabilities(gateway));
  const supported = !!caps && caps.excelApi17;

  const [result, setResult] = React.useState<WorkbookResult | null>(null);
  const [notices, setNotices] = React.useState<string[]>([]);
  const [busy, setBusy] = React.useState<Busy>(null);
  const [error, setError] = React.useState<ErrorText | null>(null);
  const [cleared, setCleared] = React.useState<string | null>(null);
  const [announcement, setAnnouncement] = React.useState('');
  const [filter, setFilter] = React.useState<ReadonlySet<Severity>>(ALL_SEVERITIES);
  const [current, setCurrent] = React.useState<ShownFinding | null>(null);
  const [openSheets, setOpenSheets] = React.useState<string[]>([]);
  const [live, setLive] = React.useState(false);
  const [tableOpen, setTableOpen] = React.useState<boolean | null>(null);

  // The latest values for callbacks that outlive a render (live re-check listener, queued operations).
  const settingsRef = React.useRef(props.settings);
  settingsRef.current = props.settings;
  const resultRef = React.useRef(result);
  resultRef.current = result;
  const queue = React.useRef<Promise<void>>(Promise.resolve());
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const listRef = React.useRef<HTMLDivElement>(null);

  /** Runs gateway operations one at a time, in order: a live re-check never overlaps a full check. */
  const enqueue = React.useCallback((op: () => Promise<void>) => {
    const next = queue.current.then(op, op);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const groups = React.useMemo(() => (result ? groupFindings(result, filter) : []), [result, filter]);
  const flat = React.useMemo(() => flattenGroups(groups), [groups]);
  const total = React.useMemo(() => (result ? totalCounts(result) : { errors: 0, warnings: 0, infos: 0 }), [result]);
  const recognised = result ? checkedSheets(result) : [];
  const currentIndex = current ? flat.findIndex((f) => f.id === current.id) : -1;

  const adoptResult = React.useCallback((next: WorkbookResult, prevCurrent: ShownFinding | null) => {
    setResult(next);
    setOpenSheets(next.sheets.filter((sh) => sh.findings.length > 0).map((sh) => sh.name));
    if (prevCurrent) {
      // Keep the current finding when the re-check still reports it.
      const again = flattenGroups(groupFindings(next, ALL_SEVERITIES)).find((f) => sameFinding(f, prevCurrent));
      setCurrent(again ?? null);
    } else {
      setCurrent(null);
    }
  }, []);

  const currentRef = React.useRef(current);
  currentRef.current = current;

  /** One full check (not queued: callers run it inside `enqueue`). */
  const doCheck = React.useCallback(async () => {
    setBusy({ kind: 'check' });
    setError(null);
    setCleared(null);
    setAnnouncement('正在检查工作簿…');
    try {
      const outcome = await gateway.checkWorkbook(checkSettingsFrom(settingsRef.current));
      if (!mounted.current) return;
      resultRef.current = outcome.result;
      adoptResult(outcome.result, null);
      setNotices(outcome.notices);
      const checked = checkedSheets(outcome.result);
      const c = totalCounts(outcome.result);
      setAnnouncement(
        checked.length === 0
          ? '检查完成：此工作簿中没有识别到绩效目标表'
          : c.errors + c.warnings + c.infos === 0
            ? `检查完成：已检查 ${checked.length} 张表，未发现问题`
            : `检查完成：已检查 ${checked.length} 张表，${formatCounts(c)}`,
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
  }, [gateway, adoptResult]);

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
          resultRef.current = merged;
          adoptResult(merged, currentRef.current);
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
    [enqueue, gateway, adoptResult, doCheck],
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
  }, [enqueue, gateway]);

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

  const select = React.useCallback(
    (f: ShownFinding) => {
      setCurrent(f);
      setOpenSheets((open) => (open.includes(f.sheet) ? open : [...open, f.sheet]));
      gateway.selectCell(f.sheet, f.cell).catch((e: unknown) => {
        if (!mounted.current) return;
        setError(describeError(e, `选中 ${f.sheet}!${f.cell}`, '该工作表可能已被重命名或删除：请点击“重新检查”。'));
      });
    },
    [gateway],
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

  /** Arrow keys, Home and End move focus through all finding rows, across rules and sheets. */
  const onKeyNav = React.useCallback((e: React.KeyboardEvent<HTMLButtonElement>) => {
    const root = listRef.current;
    if (!root) return;
    const rows = Array.from(root.querySelectorAll<HTMLButtonElement>('button[data-finding-id]'));
    const i = rows.indexOf(e.currentTarget);
    let target: HTMLButtonElement | undefined;
    if (e.key === 'ArrowDown') target = rows[i + 1];
    else if (e.key === 'ArrowUp') target = rows[i - 1];
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

  const checking = busy?.kind === 'check';
  const countFor: Record<Severity, number> = { error: total.errors, warning: total.warnings, info: total.infos };

  return (
    <section className={s.root} aria-label="检查">
      {capsError && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{capsError.title}</MessageBarTitle>
            {capsError.detail}。{capsError.action}
          </MessageBarBody>
        </MessageBar>
      )}
      {caps && !caps.excelApi17 && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>此版本的 Excel 不受支持</MessageBarTitle>
            绩效目标表助手需要 Excel 2016 或更高版本（ExcelApi 1.7），或 Excel 网页版。请升级 Office，或在浏览器中用 Excel 网页版打开此工作簿。
          </MessageBarBody>
        </MessageBar>
      )}

      <div className={s.actions}>
        <Button
          appearance="primary"
          icon={result ? <ArrowSync20Regular /> : <DocumentSearch20Regular />}
          disabled={!supported || busy !== null}
          onClick={() => void runCheck()}
        >
          {result ? '重新检查' : '检查工作簿'}
        </Button>
        <Button icon={<Eraser20Regular />} disabled={!supported || busy !== null} onClick={() => void runClear()}>
          清除标记
        </Button>
      </div>

      <div className={s.live}>
        <Switch
          label="实时检查"
          checked={live}
          disabled={!supported}
          onChange={(_, data) => setLive(data.checked)}
        />
        <Text size={200} className={s.liveHint}>
          修改单元格后，自动重新检查该工作表
        </Text>
      </div>

      {busy && (
        <div className={s.progress}>
          <Spinner
            size="tiny"
            labelPosition="after"
            label={
              busy.kind === 'check'
                ? '正在读取并检查工作簿…（工作表多时需要几秒钟）'
                : busy.kind === 'recheck'
                  ? `正在重新检查“${busy.sheet}”…`
                  : '正在清除标记…'
            }
          />
          {checking && <ProgressBar thickness="medium" aria-label="正在检查工作簿" />}
        </div>
      )}

      {error && <ErrorBar error={error} />}
      {notices.map((n) => (
        <MessageBar key={n} intent="info" layout="multiline">
          <MessageBarBody>{n}</MessageBarBody>
        </MessageBar>
      ))}
      {cleared && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {cleared}
            {result ? ' 问题列表仍保留，点击“重新检查”可重新标记。' : ''}
          </MessageBarBody>
        </MessageBar>
      )}

      <div role="status" aria-live="polite" className={s.srOnly}>
        {announcement}
      </div>

      {!result && !checking && supported && (
        <div className={s.empty}>
          <DocumentSearch32Regular className={s.emptyIcon} aria-hidden />
          <Text weight="semibold">点击“检查工作簿”开始</Text>
          <Text size={200}>助手会读取所有工作表，找出绩效目标表中的错误并在单元格上标记；不会修改任何单元格的内容。</Text>
        </div>
      )}

      {result && recognised.length === 0 && (
        <div className={s.empty}>
          <DocumentSearch32Regular className={s.emptyIcon} aria-hidden />
          <Text weight="semibold">此工作簿中没有识别到绩效目标表</Text>
          <Text size={200}>
            请打开包含“项目支出绩效目标表”或绩效目标申报表的工作簿后再检查；也可以在“模板”中插入一张标准表。
          </Text>
        </div>
      )}

      {result && recognised.length > 0 && total.errors + total.warnings + total.infos === 0 && (
        <div className={s.empty}>
          <CheckmarkCircle48Regular className={s.successIcon} aria-hidden />
          <Text weight="semibold">未发现问题</Text>
          <Text size={200}>已检查 {recognised.length} 张表，全部通过。</Text>
        </div>
      )}

      {result && recognised.length > 0 && total.errors + total.warnings + total.infos > 0 && (
        <>
          <Text size={200} className={s.status}>
            已检查 {recognised.length} 张表：{formatCounts(total)}
          </Text>
          {recognised.length > TABLE_OPEN_UP_TO && (
            <Button
              size="small"
              appearance="transparent"
              className={s.tableToggle}
              icon={(tableOpen ?? false) ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
              aria-expanded={tableOpen ?? false}
              onClick={() => setTableOpen(!(tableOpen ?? false))}
            >
              各工作表的问题数（{recognised.length} 张表）
            </Button>
          )}
          {(recognised.length <= TABLE_OPEN_UP_TO || tableOpen) && <SummaryTable result={result} total={total} />}

          <div className={s.sticky}>
            <div className={s.filters} role="group" aria-label="按严重程度筛选">
              {SEVERITIES.map((sev) => (
                <ToggleButton
                  key={sev}
                  size="small"
                  checked={filter.has(sev)}
                  aria-pressed={filter.has(sev)}
                  icon={<SeverityIcon severity={sev} />}
                  onClick={() => toggleSeverity(sev)}
                >
                  {SEVERITY_LABEL[sev]} {countFor[sev]}
                </ToggleButton>
              ))}
            </div>

            <div className={s.nav}>
              <Button size="small" icon={<ArrowUp16Regular />} disabled={flat.length === 0} onClick={() => step(-1)}>
                上一个
              </Button>
              <Button size="small" icon={<ArrowDown16Regular />} disabled={flat.length === 0} onClick={() => step(1)}>
                下一个
              </Button>
              <Text size={200} className={s.navPos} aria-label="当前位置">
                {currentIndex >= 0 ? `${currentIndex + 1} / ${flat.length}` : `共 ${flat.length} 个`}
              </Text>
            </div>
          </div>

          {flat.length === 0 ? (
            <Text size={200} className={s.status}>
              所有问题都被筛选隐藏了：请打开上方的“错误”“警告”或“提示”按钮。
            </Text>
          ) : (
            <div ref={listRef} aria-label="问题列表">
              <Accordion
                multiple
                collapsible
                openItems={openSheets}
                onToggle={(_, data) => setOpenSheets(data.openItems as string[])}
              >
                {groups
                  .filter((g) => g.rules.length > 0)
                  .map((g) => (
                    <AccordionItem key={g.sheet} value={g.sheet}>
                      <AccordionHeader size="small">
                        <span className={s.sheetHeader}>
                          <span className={s.sheetName}>{g.sheet}</span>
                          {g.counts.errors > 0 && (
                            <CounterBadge count={g.counts.errors} size="small" color="danger" aria-label={`${g.counts.errors} 个错误`} />
                          )}
                          {g.counts.warnings > 0 && (
                            <CounterBadge count={g.counts.warnings} size="small" color="important" appearance="ghost" aria-label={`${g.counts.warnings} 个警告`} />
                          )}
                          {g.counts.infos > 0 && (
                            <CounterBadge count={g.counts.infos} size="small" color="informative" appearance="ghost" aria-label={`${g.counts.infos} 个提示`} />
                          )}
                        </span>
                      </AccordionHeader>
                      <AccordionPanel>
                        {g.rules.map((r) => (
                          <RuleGroupView
                            key={r.rule}
                            group={r}
                            sheet={g.sheet}
                            currentId={current && r.findings.some((f) => f.id === current.id) ? current.id : null}
                            onSelect={select}
                            onKeyNav={onKeyNav}
                          />
                        ))}
                      </AccordionPanel>
                    </AccordionItem>
                  ))}
              </Accordion>
            </div>
          )}
        </>
      )}
    </section>
  );
}
