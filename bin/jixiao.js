#!/usr/bin/env node
'use strict';
// The command line is one bundled file (build/cli/jixiao.js, built by `npm run build:cli`, which `npm ci`
// runs as `prepare`). This file loads it, in the main thread and in each worker thread of the pool (the
// bundle starts its workers from this file: globalThis.__jixiaoWorkerEntry), with its compiled code
// cached between runs: Node's compile cache where there is one (Node ≥ 22.1); on Node 20 a V8 code cache
// kept beside the bundle, one per thread role, made after a run and used while the bundle is unchanged.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');
const { isMainThread } = require('worker_threads');

// V8's optimising compiler (TurboFan) is asked for later than by default: a check is one short burst of
// code that runs a few thousand times (per cell, row, sheet), and compiling it optimised cost more CPU
// than it saved, on the shared 2-core machines we measured (a 200-sheet workbook: ≈100 ms less CPU of
// ≈400; 1,000 seed workbooks with --jobs 1: ≈8% less). The hottest loops (XML, inflating) still get
// optimised. Node 20/21 (V8 11) only: the flag's meaning and the tiering differ in later V8 versions.
// Set before the bundle is compiled or loaded, in the main thread (V8 flags are per process).
const INTERRUPT_BUDGET = 450000; // V8 11's default: 67,584
if (isMainThread && /^11\./.test(process.versions.v8)) require('v8').setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);

const BUNDLE = path.join(__dirname, '../build/cli/jixiao.js');

function loadWithCodeCache() {
  const role = isMainThread ? 'main' : 'worker';
  const cacheFile = `${BUNDLE}.${process.version}-${process.arch}-${role}.cache`;
  let st;
  try {
    st = fs.statSync(BUNDLE);
  } catch {
    return require(BUNDLE);
  }
  const source = fs.readFileSync(BUNDLE, 'utf8');
  // The cache is used only for the very bundle it was made from (V8 itself checks the V8 version and flags).
  // The main thread's also says whether it was made by a run that checked a workbook in this thread (the
  // command line checks one small workbook there: run.ts): it then holds the checker's functions too.
  const stamp = `${st.size}:${st.mtimeMs}`;
  const keyOf = (withChecker) => Buffer.from(`${stamp}${withChecker ? ':checker' : ''}\n`);
  let cachedData;
  let cacheHasChecker = false;
  try {
    const buf = fs.readFileSync(cacheFile);
    const line = buf.subarray(0, buf.indexOf(10) + 1).toString('latin1');
    if (line === `${stamp}\n` || line === `${stamp}:checker\n`) {
      cachedData = buf.subarray(line.length);
      cacheHasChecker = line.endsWith(':checker\n');
    }
  } catch {
    // no cache yet
  }
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  const mod = new Module(BUNDLE, module);
  mod.filename = BUNDLE;
  mod.paths = Module._nodeModulePaths(path.dirname(BUNDLE));
  mod.loaded = true;
  const fresh = cachedData === undefined || script.cachedDataRejected === true;
  let saved = false;
  // Called once the thread has done its work (the worker: after its first file), so that the cache holds
  // the functions that ran, not only the top level: when there is none yet, or when this run checked a
  // workbook in the main thread and the cache was made without. Best effort: a read-only install just runs
  // uncached.
  globalThis.__jixiaoSaveCodeCache = () => {
    const checked = globalThis.__jixiaoCheckedInThread === true;
    if (saved || (!fresh && (cacheHasChecker || !checked))) return;
    saved = true;
    try {
      fs.accessSync(path.dirname(cacheFile), fs.constants.W_OK);
      const tmp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      fs.writeFileSync(tmp, Buffer.concat([keyOf(checked), script.createCachedData()]));
      fs.renameSync(tmp, cacheFile);
    } catch {
      // not writable: run without a cache
    }
  };
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(BUNDLE), mod, BUNDLE, path.dirname(BUNDLE));
  return mod.exports;
}

function loadBundle() {
  if (typeof Module.enableCompileCache === 'function') {
    try {
      Module.enableCompileCache();
    } catch {
      // no writable cache folder: run without it
    }
    return require(BUNDLE);
  }
  return loadWithCodeCache();
}

globalThis.__jixiaoWorkerEntry = __filename;
const cli = loadBundle();
if (isMainThread) {
  cli.main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
      // The main thread's cache, once a check has run and written its report (exit 0, 1 or 3).
      const checked = process.argv[2] === 'check' && (code === 0 || code === 1 || code === 3);
      if (checked && globalThis.__jixiaoSaveCodeCache) globalThis.__jixiaoSaveCodeCache();
    },
    (err) => { console.error('jixiao: 内部错误 (internal error):', err && err.stack ? err.stack : err); process.exitCode = 2; }
  );
}
