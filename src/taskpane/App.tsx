/**
 * The task pane's root: 绩效目标表助手 with the views 检查 | 模板 | 设置. It receives the Excel side as a
 * WorkbookGateway (and optionally a TemplateGateway) and never touches `Excel` or `Office` itself.
 * Mounted by src/taskpane/mount.tsx (the Office entry and the playground page both call mountTaskPane).
 */
import * as React from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { WorkbookGateway } from '../host/contract';
import { CheckView } from './CheckView';
import { defaultStore, loadSettingsWithProblem, saveSettings, type Settings, type SettingsStore } from './settings';
import { storageKey } from './storage';
import { LAST_COMMAND_KEY, readLastCommand, type LastCommand } from '../commands/last-command';
import { PANE_HEARTBEAT_KEY, PANE_HEARTBEAT_MS } from '../commands/notify';
import { VIEW_REQUEST_KEY, takeViewRequest } from '../commands/view-request';
import type { TemplateGateway } from './template-api';

export type ViewId = 'check' | 'template' | 'settings';

// 设置 and 模板 load on first visit: the initial bundle carries only what the 检查 view needs.
const SettingsView = React.lazy(() => import(/* webpackChunkName: "settings-view" */ './SettingsView').then((m) => ({ default: m.SettingsView })));
const TemplateView = React.lazy(() => import(/* webpackChunkName: "template-view" */ './TemplateView').then((m) => ({ default: m.TemplateView })));

/** A view that failed to load (e.g. its script could not be fetched) says so instead of leaving a blank panel. */
class ViewBoundary extends React.Component<{ children: React.ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    const detail = this.state.error instanceof Error ? this.state.error.message : String(this.state.error);
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>无法加载此页</MessageBarTitle>
          <div>{detail}</div>
          <div>请检查网络连接，然后关闭并重新打开任务窗格。</div>
        </MessageBarBody>
      </MessageBar>
    );
  }
}

function Lazy(props: { children: React.ReactNode }) {
  return (
    <ViewBoundary>
      <React.Suspense fallback={<Spinner size="tiny" labelPosition="after" label="正在加载…" />}>{props.children}</React.Suspense>
    </ViewBoundary>
  );
}

export interface HostInfo {
  /** "excel": inside Office; "wps": inside WPS 表格; "playground": the demo page over a fake host. */
  kind: 'excel' | 'wps' | 'playground';
  /** A short Chinese line for the footer, e.g. "演示模式：工作簿来自 examples/，未连接 Excel". */
  label?: string;
}

export interface AppProps {
  gateway: WorkbookGateway;
  host?: HostInfo;
  /** When given, the 模板 view is shown. */
  templates?: TemplateGateway;
  /** The view shown first (the ribbon's 插入模板 opens the pane on "template"). */
  initialView?: ViewId;
  /** A later request to show a view (e.g. 插入模板 pressed while the pane is open); a new object each time. */
  viewRequest?: { view: ViewId };
  /** Where settings live; defaults to localStorage. null: nowhere (settings last for this session). */
  settingsStore?: SettingsStore | null;
}

const useStyles = makeStyles({
  provider: { height: '100%', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground1 },
  header: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400, margin: 0 },
  main: { flexGrow: 1, overflowY: 'auto', padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}` },
  footer: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground3,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function App(props: AppProps) {
  const s = useStyles();
  const store = props.settingsStore === undefined ? defaultStore() : props.settingsStore;
  const [{ settings: initial, problem }] = React.useState(() => loadSettingsWithProblem(store));
  const [settings, setSettings] = React.useState<Settings>(initial);
  // The ribbon's 插入模板 leaves a view request (src/commands/view-request.ts) when the pane was closed.
  const [view, setView] = React.useState<ViewId>(() => {
    const first = props.initialView ?? takeViewRequest(store) ?? 'check';
    return first === 'template' && !props.templates ? 'check' : first;
  });

  // Views are mounted on first visit and then kept (hidden), so their state survives a tab switch.
  const [visited, setVisited] = React.useState<ReadonlySet<ViewId>>(() => new Set([view]));
  React.useEffect(() => {
    setVisited((v) => (v.has(view) ? v : new Set([...v, view])));
  }, [view]);

  React.useEffect(() => {
    const v = props.viewRequest?.view;
    if (!v) return;
    setView(v === 'template' && !props.templates ? 'check' : v);
  }, [props.viewRequest, props.templates]);

  // While the pane is open it keeps a heartbeat, so the ribbon's 检查工作簿 / 清除标记 report here (below)
  // instead of opening their own dialog (src/commands/notify.ts).
  React.useEffect(() => {
    if (!store) return;
    const beat = () => {
      try {
        store.setItem(PANE_HEARTBEAT_KEY, String(Date.now()));
      } catch {
        // Storage blocked: the commands then show their dialog.
      }
    };
    beat();
    const id = setInterval(beat, PANE_HEARTBEAT_MS);
    return () => {
      clearInterval(id);
      try {
        store.setItem(PANE_HEARTBEAT_KEY, '0');
      } catch {
        // as above
      }
    };
  }, [store]);

  // A ribbon command finished while the pane is open (another document of the add-in wrote its outcome).
  const [ribbon, setRibbon] = React.useState<LastCommand | null>(null);
  const templatesRef = React.useRef(props.templates);
  templatesRef.current = props.templates;
  React.useEffect(() => {
    if (typeof window === 'undefined') return;
    const onStorage = (e: StorageEvent) => {
      // The key as stored: with Office's partition prefix on the web (./storage.ts).
      if (e.key === storageKey(LAST_COMMAND_KEY)) setRibbon(readLastCommand(store));
      // 插入模板 pressed while the pane is open: switch in place, the check results stay.
      if (e.key === storageKey(VIEW_REQUEST_KEY)) {
        const v = takeViewRequest(store);
        if (v) setView(v === 'template' && !templatesRef.current ? 'check' : v);
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);

  const capabilities = React.useMemo(() => {
    try {
      return props.gateway.capabilities();
    } catch {
      return undefined;
    }
  }, [props.gateway]);
  const notesSupported = capabilities?.notes;

  const onSettings = (next: Settings) => {
    setSettings(next);
    return saveSettings(next, store);
  };

  const tabs: Array<{ id: ViewId; label: string }> = [
    { id: 'check', label: '检查' },
    ...(props.templates ? [{ id: 'template' as const, label: '模板' }] : []),
    { id: 'settings', label: '设置' },
  ];

  return (
    // No layout class on FluentProvider: it copies its className onto every portal (tooltip, popover) it
    // mounts, which would lay a full-height white page over the pane. An inline style is not copied.
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }} lang="zh-CN">
      <div className={s.provider}>
      <header className={s.header}>
        <h1 className={s.title}>绩效目标表助手</h1>
        <TabList
          size="small"
          selectedValue={view}
          onTabSelect={(_, data) => setView(data.value as ViewId)}
          aria-label="视图"
        >
          {tabs.map((t) => (
            <Tab key={t.id} value={t.id} id={`jixiao-tab-${t.id}`} aria-controls={`jixiao-panel-${t.id}`}>
              {t.label}
            </Tab>
          ))}
        </TabList>
      </header>
      <main className={s.main}>
        {problem && (
          <MessageBar intent="info" layout="multiline" style={{ marginBottom: tokens.spacingVerticalM }}>
            <MessageBarBody>{problem}</MessageBarBody>
          </MessageBar>
        )}
        {ribbon && (
          <MessageBar
            intent={ribbon.ok ? 'info' : 'error'}
            layout="multiline"
            style={{ marginBottom: tokens.spacingVerticalM }}
            aria-live="polite"
          >
            <MessageBarBody>
              <MessageBarTitle>功能区“{ribbon.command === 'clearMarks' ? '清除标记' : '检查工作簿'}”</MessageBarTitle>
              {ribbon.summary}
              {ribbon.command === 'checkWorkbook' && ribbon.ok ? '。点击“重新检查”可在此列出全部问题。' : ''}
            </MessageBarBody>
            <MessageBarActions
              containerAction={<Button appearance="transparent" aria-label="关闭" size="small" onClick={() => setRibbon(null)}>关闭</Button>}
            />
          </MessageBar>
        )}
        {/* Views stay mounted while hidden: the check results and the live subscription survive a tab switch. */}
        <div role="tabpanel" id="jixiao-panel-check" aria-labelledby="jixiao-tab-check" hidden={view !== 'check'}>
          <CheckView gateway={props.gateway} settings={settings} />
        </div>
        {props.templates && (
          <div role="tabpanel" id="jixiao-panel-template" aria-labelledby="jixiao-tab-template" hidden={view !== 'template'}>
            {visited.has('template') && (
              <Lazy>
                <TemplateView templates={props.templates} framework={settings.framework} />
              </Lazy>
            )}
          </div>
        )}
        <div role="tabpanel" id="jixiao-panel-settings" aria-labelledby="jixiao-tab-settings" hidden={view !== 'settings'}>
          {visited.has('settings') && (
            <Lazy>
              <SettingsView settings={settings} onChange={onSettings} notesSupported={notesSupported} capabilities={capabilities} />
            </Lazy>
          )}
        </div>
      </main>
      {props.host?.label && (
        <footer className={s.footer}>
          <Text size={100}>{props.host.label}</Text>
        </footer>
      )}
      </div>
    </FluentProvider>
  );
}

export default App;
