/**
 * What works where: the one source of the support statement. docs/support.md is generated from it
 * (`npm run docs:support`, checked by test/docs/support-doc.test.ts) and the pane's 设置 → 关于 shows it.
 * Pure data, no Office: the facts are Microsoft's published tables (cited in SOURCES), not a probe.
 */

export type FeatureId = 'pane' | 'patterns' | 'merges' | 'changeSource' | 'notes' | 'undo';

export interface SupportFeature {
  id: FeatureId;
  /** What the user gets, in Chinese. */
  label: string;
  /** What it needs from Excel. */
  needs: string;
  /** Without it. */
  without: string;
}

export const FEATURES: readonly SupportFeature[] = [
  {
    id: 'pane',
    label: '任务窗格、功能区按钮、检查和标色',
    needs: 'ExcelApi 1.7，且加载项运行在 WebView2（Chromium 84 及以上）、Safari 14.1 及以上或 Firefox 78 及以上中',
    without: '任务窗格显示“此版本的 Excel 无法运行绩效目标表助手”，说明需要的版本；命令行和演示页照常可用',
  },
  {
    id: 'patterns',
    label: '同色标记一次写入，清除时恢复填充图案',
    needs: 'ExcelApi 1.9',
    without: '逐个单元格标色；清除标记只恢复原有填充颜色，不恢复图案',
  },
  {
    id: 'merges',
    label: '读取合并单元格（一级/二级指标的合并格）',
    needs: 'ExcelApi 1.13',
    without: '看不到合并，表格识别可能不完整（检查时有提示）',
  },
  {
    id: 'changeSource',
    label: '实时检查只响应本人的修改',
    needs: 'ExcelApi 1.14',
    without: '实时检查也会被他人（共同编辑）或本助手的写入触发，只是多查一次',
  },
  {
    id: 'notes',
    label: '在标记的单元格上写批注',
    needs: 'ExcelApi 1.18',
    without: '只标色，问题说明在任务窗格中',
  },
  {
    id: 'undo',
    label: '用 Ctrl+Z 撤消加载项所做的修改',
    needs: 'ExcelApi 1.20（Excel 的撤消支持）',
    without: '加载项修改工作簿（插入模板、标记）后，Excel 的撤消记录被清空',
  },
];

export interface HostSupport {
  id: string;
  /** The Office, in Chinese. */
  label: string;
  /** The webview add-ins run in there. */
  webview: string;
  /** The ExcelApi sets it has (as Microsoft's requirement-set table lists them). */
  excelApi: string;
  /** Per feature: true, false, or a Chinese condition. */
  features: Record<FeatureId, boolean | string>;
}

const ALL: Record<FeatureId, boolean> = { pane: true, patterns: true, merges: true, changeSource: true, notes: true, undo: true };
const NONE: Record<FeatureId, boolean> = { pane: false, patterns: false, merges: false, changeSource: false, notes: false, undo: false };

export const HOSTS: readonly HostSupport[] = [
  {
    id: 'm365-windows',
    label: 'Microsoft 365 版 Excel（Windows）',
    webview: 'WebView2（Microsoft Edge，Chromium）；版本 2101 之前或未装 WebView2 时为旧版 Edge (EdgeHTML)，不支持',
    excelApi: '随版本更新：1.13 自版本 2102，1.14 自 2108，1.18 自 2501，1.20 自 2509',
    features: { ...ALL, merges: '版本 2102 及以上', changeSource: '版本 2108 及以上', notes: '版本 2501 及以上', undo: '版本 2509 及以上' },
  },
  {
    id: 'm365-mac',
    label: 'Microsoft 365 版 Excel（Mac）',
    webview: 'Safari WKWebView',
    excelApi: '随版本更新：1.13 自 16.50，1.14 自 16.52，1.18 自 16.93，1.20 自 16.100',
    features: { ...ALL, merges: '16.50 及以上', changeSource: '16.52 及以上', notes: '16.93 及以上', undo: '16.100 及以上' },
  },
  {
    id: 'web',
    label: 'Excel 网页版',
    webview: '打开它的浏览器：Edge、Chrome 84 及以上，Firefox 78 及以上，Safari 14.1 及以上',
    excelApi: '全部（始终为最新）',
    features: { ...ALL },
  },
  {
    id: 'office2024',
    label: 'Office 2024（Windows，一次性购买）',
    webview: 'WebView2',
    excelApi: '1.1–1.17',
    features: { ...ALL, notes: false, undo: false },
  },
  {
    id: 'office2021',
    label: 'Office 2021（Windows，一次性购买）',
    webview: 'WebView2',
    excelApi: '1.1–1.14',
    features: { ...ALL, notes: false, undo: false },
  },
  {
    id: 'office2019-retail',
    label: 'Office 2019 零售版（Windows）',
    webview: '装有 WebView2 运行时时为 WebView2；否则为旧版 Edge (EdgeHTML)，不支持',
    excelApi: '1.1–1.7 起，随所装版本（与 Microsoft 365 同一版本表）',
    features: { ...NONE, pane: '需安装 WebView2 运行时', patterns: '版本 1903 及以上', merges: '版本 2102 及以上', changeSource: '版本 2108 及以上' },
  },
  {
    id: 'office2019-volume',
    label: 'Office 2019 批量许可版（Windows）',
    webview: 'Internet Explorer 11 (Trident)，不支持',
    excelApi: '1.1–1.7',
    features: { ...NONE },
  },
  {
    id: 'office2016',
    label: 'Office 2016（Windows，批量许可版）',
    webview: 'Internet Explorer 11 (Trident)，不支持',
    excelApi: '1.1',
    features: { ...NONE },
  },
];

/** The short statement the pane, the notices and the README use. */
export const SUPPORTED_SUMMARY =
  '需要 Microsoft 365 版 Excel（Windows 或 Mac）、Office 2021 或 2024、装有 WebView2 运行时的 Office 2019 零售版，或 Excel 网页版；Office 2016 和 Office 2019 批量许可版不能使用。';

/** Where the facts come from (docs/support.md lists them). */
export const SOURCES: readonly { title: string; url: string }[] = [
  { title: 'Browsers and webview controls used by Office Add-ins', url: 'https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins' },
  { title: 'Support older Microsoft webviews and Office versions', url: 'https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11' },
  { title: 'Excel JavaScript API requirement sets', url: 'https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets' },
  { title: 'Undo support with the Excel JavaScript API', url: 'https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities' },
  { title: 'Fluent UI React v9 browser support matrix', url: 'https://react.fluentui.dev/?path=/docs/concepts-developer-browser-support-matrix--docs' },
  { title: 'Dialog API: pass information to the dialog box', url: 'https://learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins' },
  { title: 'Add-in commands (function commands)', url: 'https://learn.microsoft.com/office/dev/add-ins/design/add-in-commands' },
  { title: 'Persist add-in state and settings (partitionKey)', url: 'https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings' },
];

/** Chinese cell text for a feature on a host. */
export function cellText(v: boolean | string): string {
  return v === true ? '支持' : v === false ? '不支持' : v;
}

/** The Markdown of docs/support.md. */
export function supportMarkdown(): string {
  const out: string[] = [];
  out.push('# 支持的 Excel 版本 (supported Excel)', '');
  out.push('<!-- Generated from src/excel/support.ts by `npm run docs:support`; edit that file, not this one. -->', '');
  out.push(SUPPORTED_SUMMARY, '');
  out.push('任务窗格用 React 19 和 Fluent UI v9，它们不支持 Internet Explorer 11 和旧版 Edge (EdgeHTML)；在这些网页组件中，');
  out.push('任务窗格和功能区按钮显示一段说明（ES5 编写，`src/unsupported/unsupported.js`），告诉用户需要什么版本，命令行');
  out.push('`jixiao check` 和演示页 `playground.html` 照常可用。脚本按 package.json 的 `browserslist` 编译，`npm test` 检查每个');
  out.push('发布的脚本都能按 ES2020 解析。', '');
  out.push('## 各版本 (per Office)', '');
  out.push(`| Office | 网页组件 (webview) | ExcelApi | ${FEATURES.map((f) => f.label).join(' | ')} |`);
  out.push(`|${'---|'.repeat(3 + FEATURES.length)}`);
  for (const h of HOSTS) out.push(`| ${h.label} | ${h.webview} | ${h.excelApi} | ${FEATURES.map((f) => cellText(h.features[f.id])).join(' | ')} |`);
  out.push('', '## 各功能需要什么 (what each feature needs)', '');
  out.push('| 功能 | 需要 | 没有时 |', '|---|---|---|');
  for (const f of FEATURES) out.push(`| ${f.label} | ${f.needs} | ${f.without} |`);
  out.push('', '插入模板在 Windows 和 Mac 的 Excel 中会移动新工作表的位置（`Worksheet.position`），按微软的说明这一步不支持撤消，');
  out.push('所以即使 Excel 支持撤消加载项的修改，插入模板后的撤消记录也会被清空（Excel 网页版除外）；助手在插入后会说明。', '');
  out.push('## 与 Office 的约定 (how the add-in follows Microsoft\'s guidance)', '');
  out.push('- 功能区“检查工作簿”“清除标记”的结果对话框：结果放在本地存储中，查询字符串只带编号和简短摘要，不用 URL 片段（`#`）；');
  out.push('  Office 在 5 分钟后结束功能命令，对话框的计时从命令开始算起，在此之前释放（`src/commands/notify.ts`）。');
  out.push('- 本地存储的每个键都以 `Office.context.partitionKey` 为前缀（Excel 网页版有分区时），见 `src/taskpane/storage.ts`。');
  out.push('- “插入模板”在已打开的任务窗格中切换到“模板”页，不重新加载窗格（检查结果保留）。');
  out.push('- office.js 默认来自微软 CDN；`--env officeJsCdn=21vianet` 使用世纪互联运营的 Office 365 的 CDN，`--env selfHostOfficeJs` 由自己的服务器提供。', '');
  out.push('## 来源 (sources)', '');
  for (const s of SOURCES) out.push(`- [${s.title}](${s.url})`);
  out.push('');
  return out.join('\n');
}
