#!/usr/bin/env node
'use strict';
// The command line runs the compiled TypeScript (built by `npm run build:cli`, which `npm ci` runs as `prepare`).
require('../build/cli/cli/main.js').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error('jixiao: 内部错误 (internal error):', err && err.stack ? err.stack : err); process.exitCode = 2; }
);
