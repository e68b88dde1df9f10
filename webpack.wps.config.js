/* eslint-disable */
'use strict';
/**
 * The WPS 表格 add-in build (issue 10): `npm run build:wps` (this config, then scripts/package-wps.js).
 *
 * Writes the add-in folder dist-wps/online/: ribbon.xml, index.html + main.js (the ribbon callbacks; WPS
 * loads main.js from index.html), taskpane.html + its script (the same React pane, over the ET gateway),
 * the button images. scripts/package-wps.js then writes the 在线 entries (jsplugins.xml, publish.xml),
 * the 离线 folder jixiao_<version>/ with its publish.xml and install scripts, and a zip of it.
 *
 * Transpiling: the bundle is lowered with Babel to ES2018 syntax for Chromium 62+ (WPS_TARGETS) with
 * core-js polyfills for what those lack, libraries included; test/wps/bundle-syntax.test.ts parses every
 * emitted script at ES2018. Which Chromium a given WPS build embeds was not verifiable here (no WPS on the
 * build machine): see docs/wps.md.
 */
const path = require('path');
const { moduleRules } = require('./webpack.rules');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const ROOT = __dirname;
/**
 * Chromium 62 (2017): the floor the code itself sets — the core's recognisers use RegExp lookbehind,
 * which no transpiler can lower and Chromium has from 62. Everything newer than ES2018 is lowered.
 */
const WPS_TARGETS = 'chrome >= 62';
/** The syntax level every shipped script must parse at (checked by test/wps/bundle-syntax.test.ts). */
const WPS_ECMA_VERSION = 2018;

function babelLoader(extra = {}) {
  return {
    loader: 'babel-loader',
    options: {
      babelrc: false,
      configFile: false,
      cacheDirectory: true,
      compact: false,
      presets: [['@babel/preset-env', { targets: WPS_TARGETS, modules: false, bugfixes: true, useBuiltIns: 'usage', corejs: '3.51' }]],
      ...extra,
    },
  };
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const production = mode === 'production';
  const outDir = env.outDir ? path.resolve(ROOT, String(env.outDir)) : path.join(ROOT, 'dist-wps', 'online');
  return {
    mode,
    context: ROOT,
    target: ['web', 'es2018'],
    entry: {
      main: './src/wps/main.ts',
      taskpane: './src/wps/taskpane.tsx',
    },
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    output: {
      path: outDir,
      // WPS loads main.js by that name; the rest carry a content hash (WPS caches add-in files).
      filename: (pathData) => (pathData.chunk && pathData.chunk.name === 'main' ? 'main.js' : production ? '[name].[contenthash:8].js' : '[name].js'),
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'] },
    module: { rules: moduleRules(babelLoader, ROOT) },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({
        __JIXIAO_EXAMPLES__: JSON.stringify([]),
        __JIXIAO_VERSION__: JSON.stringify(require('./package.json').version),
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: 'src/wps/static/taskpane.html',
        chunks: ['taskpane'],
        title: '绩效目标表助手',
        scriptLoading: 'defer',
        inject: 'body',
        minify: production,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/wps/static/ribbon.xml', to: 'ribbon.xml' },
          { from: 'src/wps/static/index.html', to: 'index.html' },
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
        ],
      }),
    ],
  };
};

module.exports.WPS_TARGETS = WPS_TARGETS;
module.exports.WPS_ECMA_VERSION = WPS_ECMA_VERSION;
