/* The browser test's one build: `webpack --mode production` into dist/ (skipped with E2E_SKIP_BUILD=1); first, that there is a chromium at all. */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

module.exports = async function globalSetup() {
  const root = path.resolve(__dirname, '..', '..');
  // No browser, no browser test: say so in one line and stop before building anything.
  const { chromiumPath, NO_CHROMIUM } = require('../../scripts/chromium');
  if (!chromiumPath()) {
    const e = new Error(NO_CHROMIUM);
    e.stack = NO_CHROMIUM;
    throw e;
  }
  if (process.env.E2E_SKIP_BUILD === '1' && fs.existsSync(path.join(root, 'dist', 'playground.html'))) {
    console.log('\ne2e: E2E_SKIP_BUILD=1, using the existing dist/');
    return;
  }
  console.log('\ne2e: building the add-in (webpack --mode production) …');
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ADDIN_ORIGIN: '' },
  });
  if (r.status !== 0) {
    throw new Error(`e2e: the build failed (exit ${r.status})\n${(r.stdout || '').slice(-4000)}\n${(r.stderr || '').slice(-4000)}`);
  }
  console.log(`e2e: built in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
};
