/**
 * The playground: the real task pane, wired to the real gateway, over an in-memory fake host — Excel
 * (test/fake-excel/host.ts) or WPS 表格 (test/fake-wps/host.ts), switched in the banner — holding a sample
 * workbook from examples/ or a file the user opens. Beside it, a grid view of the fake workbook shows the
 * fills the gateway writes and the selection it makes. No office.js, no network beyond this origin: it
 * works on a machine without Excel, WPS or internet.
 *
 * URL parameters: host=excel|wps (default excel), workbook=<file in examples/> (default the first
 * example), excelApi=1.8 (to try the fallbacks of an older Excel), view=check|template|settings.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FakeExcelHost, type FakeWorkbookJson } from '../../test/fake-excel/host';
import { FakeWpsHost } from '../../test/fake-wps/host';
import { mountTaskPane, type TaskPaneHandle } from '../taskpane/mount';
import type { ViewId } from '../taskpane/App';
import { GridView, type GridSheet } from './GridView';
import { loadWorkbookFile, type LoadedWorkbook, type SheetLayout } from './load-xlsx';
import { createPlaygroundGateways, createWpsPlaygroundGateways, unexpectedValueWrites } from './wire';
import { parseTyped } from './parse-typed';

declare const __JIXIAO_EXAMPLES__: string[];
const EXAMPLES: string[] = typeof __JIXIAO_EXAMPLES__ === 'undefined' ? [] : __JIXIAO_EXAMPLES__;

type HostKind = 'excel' | 'wps';
type AnyHost = FakeExcelHost | FakeWpsHost;

interface PlaygroundState {
  kind: HostKind;
  host: AnyHost;
  source: string;
  layout: Record<string, SheetLayout>;
}

/** What the e2e test (and a curious developer in the console) can inspect. */
declare global {
  interface Window {
    __jixiaoPlayground?: { host: AnyHost; kind: HostKind; source: string; ready: boolean };
  }
}

const HOST_LABEL: Record<HostKind, string> = { excel: 'Excel', wps: 'WPS 表格' };

function hostKind(): HostKind {
  return params().get('host') === 'wps' ? 'wps' : 'excel';
}

/** The line under the grid: what the gateway asked of the host. */
function activity(host: AnyHost): string {
  const unexpected = unexpectedValueWrites(host) ? `；⚠ 检查试图写入单元格值 ${unexpectedValueWrites(host)} 次` : '';
  if (host instanceof FakeWpsHost) {
    return `WPS 调用：${host.calls} 次跨进程调用（属性读写与方法）；最近读取 ${host.read.size} 张表，写入 ${host.written.size} 张表${unexpected}`;
  }
  const last = host.syncs[host.syncs.length - 1];
  return (
    `Excel 调用：${host.syncCount} 次同步` +
    (last ? `；最近一次 ${last.actions} 个请求，读取 ${last.sheetsRead.length} 张表，写入 ${last.sheetsWritten.length} 张表${last.failed ? `，失败：${last.failed}` : ''}` : '') +
    unexpected
  );
}

/** Changes whenever the host was touched (the grid re-draws). */
function touchMark(host: AnyHost): number {
  return host instanceof FakeWpsHost ? host.calls : host.syncCount * 1000 + host.log.length;
}

function params(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}

function sheetsOf(host: AnyHost, layout: Record<string, SheetLayout>): GridSheet[] {
  return host.workbook.sheets
    .filter((s) => s.visible)
    .map((s) => {
      const area = s.usedArea(false);
      let rows = area ? area.bottom + 1 : 0;
      let cols = area ? area.right + 1 : 0;
      for (const m of s.merges) {
        rows = Math.max(rows, m.bottom + 1);
        cols = Math.max(cols, m.right + 1);
      }
      const l = layout[s.name];
      // Widths and heights the add-in set (a template sheet), in points, over those the file had.
      const pt = (v: number | undefined) => (v === undefined ? undefined : Math.round((v * 4) / 3));
      const colWidths = s.columnWidths.size ? Array.from({ length: cols }, (_, c) => pt(s.columnWidths.get(c)) ?? l?.colWidths[c]) : l?.colWidths;
      const rowHeights = s.rowHeights.size ? Array.from({ length: rows }, (_, r) => pt(s.rowHeights.get(r)) ?? l?.rowHeights[r]) : l?.rowHeights;
      return {
        name: s.name,
        value: (r: number, c: number) => s.value(r, c),
        fill: (r: number, c: number) => s.fills.get(r * 16384 + c)?.color,
        note: (r: number, c: number) => s.notes.get(r * 16384 + c),
        merges: s.merges,
        extent: { rows, cols },
        colWidths,
        rowHeights,
      };
    });
}

/** Mounts the real task pane (its own React root) into the pane column, once per opened workbook. */
function PaneHost(props: { state: PlaygroundState; initialView?: ViewId; onChange(): void }) {
  const ref = React.useRef<HTMLDivElement>(null);
  const { state, initialView, onChange } = props;
  React.useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let pane: TaskPaneHandle | null = null;
    try {
      const { gateway, templates } =
        state.host instanceof FakeWpsHost ? createWpsPlaygroundGateways(state.host, onChange) : createPlaygroundGateways(state.host, onChange);
      const label = HOST_LABEL[state.kind];
      pane = mountTaskPane(el, gateway, {
        host: { kind: 'playground', label: `演示模式：${state.source}（内存中的模拟 ${label}，未连接 ${label}）` },
        templates,
        initialView,
      });
      window.__jixiaoPlayground = { host: state.host, kind: state.kind, source: state.source, ready: true };
    } catch (e) {
      el.textContent = `任务窗格启动失败：${e instanceof Error ? e.message : String(e)}`;
      el.className = 'pg-pane-root pg-status error';
    }
    return () => {
      const p = pane;
      // Not during this root's commit: unmounting another root synchronously here is not allowed.
      setTimeout(() => p?.unmount(), 0);
    };
  }, [state, initialView, onChange]);
  return <div className="pg-pane-root" id="pane-root" ref={ref} />;
}

function Playground(props: {
  state: PlaygroundState;
  version: number;
  error: string | null;
  initialView?: ViewId;
  onChange(): void;
  onOpenFile(file: File): void;
  onExample(name: string): void;
  onHost(kind: HostKind): void;
}) {
  const { host } = props.state;
  const [, force] = React.useReducer((n: number) => n + 1, 0);
  const sheets = sheetsOf(host, props.state.layout);
  return (
    <>
      <div className="pg-banner">
        <img src="assets/icon-32.png" alt="" />
        <h1>绩效目标表助手 · 演示</h1>
        <span className="pg-sub">未连接 {HOST_LABEL[props.state.kind]}：工作簿在浏览器内存中，不会被保存</span>
        <span className="pg-spacer" />
        <label>
          宿主
          <select aria-label="宿主" value={props.state.kind} onChange={(e) => props.onHost(e.target.value === 'wps' ? 'wps' : 'excel')}>
            <option value="excel">Excel（Office.js）</option>
            <option value="wps">WPS 表格（ET 对象模型）</option>
          </select>
        </label>
        <label>
          示例工作簿
          <select
            aria-label="示例工作簿"
            value={EXAMPLES.includes(props.state.source) ? props.state.source : ''}
            onChange={(e) => e.target.value && props.onExample(e.target.value)}
          >
            {!EXAMPLES.includes(props.state.source) && <option value="">{props.state.source}</option>}
            {EXAMPLES.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>打开文件…</span>
          <input
            type="file"
            accept=".xlsx,.xlsm,.xls,.xml,.htm,.html,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,text/xml,text/html"
            aria-label="打开工作簿文件（.xlsx、一体化系统导出的 .xls/.xml、网页表格 .htm）"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) props.onOpenFile(f);
              e.target.value = '';
            }}
          />
        </label>
        <a href="help.html">帮助</a>
      </div>
      {props.error && (
        <div className="pg-status error" role="alert">
          {props.error}
        </div>
      )}
      <div className="pg-main">
        <div className="pg-left">
          <GridView
            sheets={sheets}
            activeSheet={host.activeSheet}
            selection={host.selection}
            onSelectSheet={(name) => {
              host.user.activate(name);
              force();
            }}
            onSelectCell={(sheet, address) => {
              host.selection = { sheet, address };
              force();
            }}
            onEditCell={(sheet, address, text) => {
              const before = host.value(sheet, address);
              const value = parseTyped(text);
              if (before === value) return;
              // As a person typing in Excel: the value changes and onChanged fires (the pane re-checks the sheet).
              host.user.setValue(sheet, address, value);
              force();
            }}
          />
          <div className="pg-log" data-testid="sync-log">
            {activity(host)}
          </div>
        </div>
        <div className="pg-pane">
          <div className="pg-pane-title">任务窗格</div>
          <PaneHost state={props.state} initialView={props.initialView} onChange={props.onChange} />
        </div>
      </div>
    </>
  );
}

async function fetchExample(name: string): Promise<ArrayBuffer> {
  const res = await fetch(`examples/${encodeURIComponent(name)}`);
  if (!res.ok) throw new Error(`无法读取示例工作簿 examples/${name}（HTTP ${res.status}）`);
  return res.arrayBuffer();
}

function hostFor(loaded: LoadedWorkbook, kind: HostKind): AnyHost {
  const json: FakeWorkbookJson = { sheets: loaded.sheets };
  if (kind === 'wps') return new FakeWpsHost(json);
  const excelApi = params().get('excelApi') ?? undefined;
  return new FakeExcelHost(json, { excelApi, platform: 'Playground' });
}

function showStatus(container: HTMLElement, text: string): void {
  container.innerHTML = '';
  const div = document.createElement('div');
  div.className = 'pg-status error';
  div.setAttribute('role', 'alert');
  div.textContent = text;
  container.appendChild(div);
}

async function boot(): Promise<void> {
  const found = document.getElementById('playground');
  if (!found) return;
  const container: HTMLElement = found;
  const v = params().get('view');
  const initialView: ViewId | undefined = v === 'check' || v === 'template' || v === 'settings' ? v : undefined;
  let root: ReturnType<typeof createRoot> | null = null;
  let state: PlaygroundState | null = null;
  let kind = hostKind();
  /** The last opened workbook, to reopen it on the other host. */
  let lastOpen: { source: string; read: () => Promise<ArrayBuffer>; isExample: boolean } | null = null;
  let error: string | null = null;
  let version = 0;

  const render = () => {
    if (!state) return;
    if (!root) {
      container.innerHTML = '';
      root = createRoot(container);
    }
    root.render(
      <Playground
        state={state}
        version={version}
        error={error}
        initialView={initialView}
        onChange={bump}
        onOpenFile={(f) => void open(f.name, () => f.arrayBuffer())}
        onExample={(n) => void open(n, () => fetchExample(n), true)}
        onHost={(k) => {
          if (k === kind || !lastOpen) return;
          kind = k;
          const p = params();
          p.set('host', k);
          window.history.replaceState(null, '', `${window.location.pathname}?${p.toString()}`);
          void open(lastOpen.source, lastOpen.read, lastOpen.isExample);
        }}
      />,
    );
  };
  function bump(): void {
    version++;
    render();
  }

  async function open(source: string, read: () => Promise<ArrayBuffer>, isExample = false): Promise<void> {
    try {
      const bytes = await read();
      const loaded = loadWorkbookFile(bytes.slice(0));
      lastOpen = { source, read: () => Promise.resolve(bytes.slice(0)), isExample };
      state = { kind, host: hostFor(loaded, kind), source, layout: loaded.layout };
      error = null;
      window.__jixiaoPlayground = { host: state.host, kind, source, ready: false };
      if (isExample) {
        const p = params();
        p.set('workbook', source);
        window.history.replaceState(null, '', `${window.location.pathname}?${p.toString()}`);
      }
      render();
    } catch (e) {
      const message = `无法打开 ${source}：${e instanceof Error ? e.message : String(e)}。请选择另一个示例工作簿，或 .xlsx、一体化系统导出的 .xls/.xml、网页表格文件。`;
      if (state) {
        // Keep the workbook that is open; say what went wrong above it.
        error = message;
        render();
      } else {
        showStatus(container, `${message}（刷新页面重试）`);
      }
    }
  }

  // Anything that touched the fake outside the wrapped gateway still reaches the grid.
  let seen = -1;
  window.setInterval(() => {
    if (!state) return;
    const mark = touchMark(state.host);
    if (mark !== seen) {
      seen = mark;
      bump();
    }
  }, 400);

  const requested = params().get('workbook');
  const first = requested ?? EXAMPLES.find((e) => /official/.test(e)) ?? EXAMPLES[0];
  if (!first) {
    showStatus(container, '没有示例工作簿：examples/ 目录为空。');
    return;
  }
  await open(first, () => fetchExample(first), true);
}

void boot();
