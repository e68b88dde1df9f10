#!/usr/bin/env node
'use strict';
// The command line is one bundled file (build/cli/jixiao.js, built by `npm run build:cli`, which `npm ci`
// runs as `prepare`). Node's compile cache (Node ≥ 22.1) keeps its parsed code between runs.
const nodeModule = require('module');
if (typeof nodeModule.enableCompileCache === 'function') {
  try {
    nodeModule.enableCompileCache();
  } catch {
    // no writable cache folder: run without it
  }
}
require('../build/cli/jixiao.js').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error('jixiao: 内部错误 (internal error):', err && err.stack ? err.stack : err); process.exitCode = 2; }
);
