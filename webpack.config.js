/* eslint-disable */
'use strict';
/**
 * The add-in build.
 *
 *   npm run build                                   production build into dist/ (manifest keeps https://localhost:3000)
 *   npm run build -- --env origin=https://host/path  … with every manifest URL on that origin (or ADDIN_ORIGIN=…)
 *   npm run build -- --env selfHostOfficeJs          … office.js served from our own origin (no CDN, for intranets)
 *   npm run build -- --env officeJsCdn=21vianet      … office.js from the CDN of Office 365 operated by 21Vianet
 *                                                     (世纪互联, the China cloud; or JIXIAO_OFFICE_JS_CDN=21vianet)
 *   npm run dev-server                              webpack serve on https://localhost:3000 (http fallback)
 *   npm start                                       the same, plus how to sideload (scripts/start.js)
 *
 * Entries: taskpane (the Office task pane), commands (the ribbon's ExecuteFunction file), playground (the
 * pane against the in-memory fake Excel host; no office.js at all, works offline).
 */
const fs = require('fs');
const path = require('path');
const { moduleRules } = require('./webpack.rules');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const ROOT = __dirname;
const DEV_ORIGIN = 'https://localhost:3000';
const DEV_PORT = 3000;
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Office 365 operated by 21Vianet (China): its tenants load office.js from this CDN (Microsoft's "Referencing the Office JavaScript API library"). */
const OFFICE_JS_CDN_21VIANET = 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js';
const OFFICE_JS_CDNS = { microsoft: OFFICE_JS_CDN, '21vianet': OFFICE_JS_CDN_21VIANET };
const OFFICE_JS_DIR = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
/** Where a self-hosted office.js lives in dist/, relative to the pages. */
const OFFICE_JS_LOCAL_DIR = 'office-js';

/** Every page the build writes (URL path relative to the origin) and its source, for the manifest checks. */
const PAGE_SOURCES = {
  'taskpane.html': 'src/taskpane/taskpane.html',
  'commands.html': 'src/commands/commands.html',
  'dialog.html': 'src/commands/dialog.html',
  'playground.html': 'src/playground/playground.html',
  'help.html': 'src/help/help.html',
  'index.html': 'src/help/help.html',
  'unsupported.html': 'src/unsupported/unsupported.html',
};

/** Normalises and checks the production origin: https, no query, no trailing slash; a path prefix is allowed. */
function productionOrigin(raw) {
  if (!raw) return null;
  let url;
  try {
    url = new URL(String(raw));
  } catch {
    throw new Error(`origin "${raw}" is not a URL; expected e.g. https://jixiao.example.gov.cn`);
  }
  if (url.protocol !== 'https:') throw new Error(`origin "${raw}" must use https: Office loads add-ins only over HTTPS`);
  if (url.search || url.hash) throw new Error(`origin "${raw}" must not carry a query or a fragment`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The manifest with every https://localhost:3000 replaced by the production origin. */
function rewriteManifest(xml, origin) {
  if (!origin || origin === DEV_ORIGIN) return xml;
  return xml.split(DEV_ORIGIN).join(origin);
}

/** The examples the playground offers (examples/*.xlsx), in name order. */
function exampleWorkbooks() {
  const dir = path.join(ROOT, 'examples');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /\.xlsx$/i.test(f))
    .sort();
}

/**
 * The files office.js loads at run time, besides itself: the host/platform mapping table, the Excel
 * host scripts for every platform, the locale strings, the Promise polyfill and telemetry. Debug variants
 * are left out (office.js picks them only when the page loads office.debug.js).
 */
function officeJsPatterns() {
  if (!fs.existsSync(path.join(OFFICE_JS_DIR, 'office.js'))) {
    throw new Error('selfHostOfficeJs: node_modules/@microsoft/office-js/dist/office.js is missing (npm install @microsoft/office-js)');
  }
  const to = `${OFFICE_JS_LOCAL_DIR}/[path][name][ext]`;
  const notDebug = { ignore: ['**/*.debug.js'] };
  return [
    { from: 'office.js', context: OFFICE_JS_DIR, to },
    { from: 'o15apptofilemappingtable.js', context: OFFICE_JS_DIR, to },
    { from: 'es6-promise.js', context: OFFICE_JS_DIR, to },
    { from: 'excel*.js', context: OFFICE_JS_DIR, to, globOptions: notDebug },
    { from: '*/office_strings.js', context: OFFICE_JS_DIR, to },
    { from: 'telemetry/*.js', context: OFFICE_JS_DIR, to, globOptions: notDebug },
    { from: 'ariatelemetry/*.js', context: OFFICE_JS_DIR, to, globOptions: notDebug },
    { from: 'LICENSE*', context: path.dirname(OFFICE_JS_DIR), to, noErrorOnMissing: true },
  ];
}

/**
 * The entries whose source exists (a missing one is reported, not fatal, so parts can be built early).
 * `only` (--env only=taskpane,commands) builds a subset, e.g. for the bundle-size bench.
 */
function entries(only) {
  const all = {
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/commands.ts',
    dialog: './src/commands/dialog.ts',
    playground: './src/playground/index.tsx',
  };
  const out = {};
  const wanted = only ? String(only).split(',') : null;
  for (const [name, file] of Object.entries(all)) {
    if (wanted && !wanted.includes(name)) continue;
    if (fs.existsSync(path.join(ROOT, file))) out[name] = file;
    else console.warn(`[jixiao] entry "${name}" skipped: ${file} does not exist yet`);
  }
  return out;
}

/**
 * The webviews the pane supports are package.json's "browserslist" (see docs/support.md): WebView2 and the
 * browsers of Excel on the web from Chromium 84, Safari 14.1 (Mac WKWebView), Firefox 78 — Fluent UI v9's
 * own floor. Babel lowers whatever those lack, and always what is newer than ES2020
 * (SHIPPED_ECMA_VERSION): test/build/chunk-syntax.test.ts parses every shipped script at that level.
 * Trident (IE11) and EdgeHTML are not supported: src/unsupported/unsupported.js (ES5) says so in Chinese.
 */
const SHIPPED_ECMA_VERSION = 2020;
const ABOVE_ES2020 = [
  'transform-logical-assignment-operators',
  'transform-numeric-separator',
  'transform-class-properties',
  'transform-private-methods',
  'transform-private-property-in-object',
  'transform-class-static-block',
  'transform-unicode-sets-regex',
  'transform-duplicate-named-capturing-groups-regex',
  'transform-regexp-modifiers',
];

function babelLoader(extra = {}) {
  return {
    loader: 'babel-loader',
    options: {
      babelrc: false,
      configFile: false,
      cacheDirectory: true,
      compact: false,
      // Targets come from package.json "browserslist"; ES modules stay for webpack's tree shaking.
      presets: [['@babel/preset-env', { modules: false, bugfixes: true, include: ABOVE_ES2020 }]],
      ...extra,
    },
  };
}

/** What the last dev-server configuration chose (for scripts/start.js). */
let lastServe = null;

/**
 * @param {Record<string, string | boolean>} env  webpack --env values (origin, selfHostOfficeJs, WEBPACK_SERVE)
 * @param {{mode?: string}} argv
 */
module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || (env.production ? 'production' : 'development');
  const production = mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const origin = productionOrigin(env.origin || process.env.ADDIN_ORIGIN);
  const selfHostOfficeJs = Boolean(env.selfHostOfficeJs) || process.env.JIXIAO_SELF_HOST_OFFICE_JS === '1';
  const cdnName = String(env.officeJsCdn || process.env.JIXIAO_OFFICE_JS_CDN || 'microsoft').toLowerCase();
  if (!(cdnName in OFFICE_JS_CDNS)) {
    throw new Error(`officeJsCdn "${cdnName}" is not one of: ${Object.keys(OFFICE_JS_CDNS).join(', ')}`);
  }
  if (selfHostOfficeJs && cdnName !== 'microsoft') throw new Error('choose either selfHostOfficeJs or officeJsCdn, not both');
  const officeJs = selfHostOfficeJs ? `${OFFICE_JS_LOCAL_DIR}/office.js` : OFFICE_JS_CDNS[cdnName];
  const entry = entries(env.only);
  const examples = exampleWorkbooks();

  if (production && !serving && !origin) {
    console.warn(
      `[jixiao] production build without an origin: dist/manifest.xml keeps ${DEV_ORIGIN}. ` +
        'Pass --env origin=https://your.server (or ADDIN_ORIGIN) for a deployable manifest.',
    );
  }

  const pages = [
    { name: 'taskpane', template: PAGE_SOURCES['taskpane.html'], title: '绩效目标表助手', officeJs },
    { name: 'commands', template: PAGE_SOURCES['commands.html'], title: '绩效目标表助手 (commands)', officeJs },
    { name: 'dialog', template: PAGE_SOURCES['dialog.html'], title: '绩效目标表助手', officeJs },
    // The playground must work without internet: no office.js, the fake host instead.
    { name: 'playground', template: PAGE_SOURCES['playground.html'], title: '绩效目标表助手 · 演示 (playground)', officeJs: null },
  ].filter((p) => entry[p.name]);

  const config = {
    mode,
    context: ROOT,
    // webpack's own runtime code follows the same browserslist.
    target: 'browserslist',
    entry,
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    output: {
      // --env outDir=… builds elsewhere (the bundle bench), leaving dist/ alone.
      path: env.outDir ? path.resolve(ROOT, String(env.outDir)) : path.join(ROOT, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'],
    },
    module: { rules: moduleRules(babelLoader, ROOT) },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({
        __JIXIAO_EXAMPLES__: JSON.stringify(examples),
        __JIXIAO_VERSION__: JSON.stringify(require('./package.json').version),
      }),
      ...pages.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: `${p.name}.html`,
            template: p.template,
            chunks: [p.name],
            title: p.title,
            officeJs: p.officeJs,
            scriptLoading: 'defer',
            inject: 'body',
            minify: production,
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => Buffer.from(rewriteManifest(content.toString('utf8'), origin), 'utf8'),
          },
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: PAGE_SOURCES['help.html'], to: 'help.html' },
          // The ES5 notice for webviews the pane does not support: shipped as written, never transpiled.
          { from: 'src/unsupported/unsupported.js', to: 'unsupported.js' },
          { from: PAGE_SOURCES['unsupported.html'], to: 'unsupported.html' },
          { from: PAGE_SOURCES['index.html'], to: 'index.html' },
          ...examples.map((f) => ({ from: `examples/${f}`, to: `examples/${f}` })),
          ...(selfHostOfficeJs ? officeJsPatterns() : []),
        ],
      }),
    ],
  };

  if (serving) {
    const { devServerProtocol, httpFallbackExplanation } = require('./scripts/dev-certs');
    const protocol = await devServerProtocol();
    if (protocol.type === 'http') console.log(httpFallbackExplanation(protocol.reason, DEV_PORT));
    config.devServer = {
      port: Number(process.env.PORT || DEV_PORT),
      host: 'localhost',
      server: protocol.type === 'https' ? { type: 'https', options: protocol.options } : { type: 'http' },
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
      devMiddleware: { writeToDisk: false },
      open: false,
    };
    // scripts/start.js reads this to print the right URLs.
    lastServe = { protocol: protocol.type, port: config.devServer.port, reason: protocol.reason };
  }
  return config;
};

module.exports.PAGE_SOURCES = PAGE_SOURCES;
module.exports.serveInfo = () => lastServe;
module.exports.productionOrigin = productionOrigin;
module.exports.rewriteManifest = rewriteManifest;
module.exports.DEV_ORIGIN = DEV_ORIGIN;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
module.exports.OFFICE_JS_CDN_21VIANET = OFFICE_JS_CDN_21VIANET;
module.exports.SHIPPED_ECMA_VERSION = SHIPPED_ECMA_VERSION;
