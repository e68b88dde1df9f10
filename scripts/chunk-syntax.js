'use strict';
/**
 * Does every shipped script parse in the oldest webview the add-in supports? Parses each .js under a build
 * directory with acorn at the ECMAScript level the build promises (webpack.config.js SHIPPED_ECMA_VERSION;
 * ES5 for the unsupported-webview notice, which must run in Internet Explorer 11).
 *
 *   node scripts/chunk-syntax.js [dist]        prints one line per file that does not parse; exit 1 if any
 *
 * office.js and its files (a selfHostOfficeJs build's office-js/) are Microsoft's and are left out.
 */
const fs = require('fs');
const path = require('path');
const acorn = require('acorn');

/** Scripts that must parse as ES5: they run first, in any webview, to say when the pane cannot. */
const ES5_SCRIPTS = /^unsupported(\.[0-9a-f]+)?\.js$/;

function shippedScripts(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'office-js') walk(p);
      } else if (/\.m?js$/.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** The level a file must parse at. */
function levelFor(file, ecmaVersion) {
  return ES5_SCRIPTS.test(path.basename(file)) ? 5 : ecmaVersion;
}

/**
 * @param {string} source
 * @param {number} ecmaVersion
 * @returns {string | null} acorn's message with line:column, or null when it parses
 */
function parseError(source, ecmaVersion) {
  try {
    acorn.parse(source, { ecmaVersion, sourceType: 'script', allowHashBang: true });
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/**
 * @param {string} dir
 * @param {number} ecmaVersion
 * @returns {{checked: Array<{file: string, ecmaVersion: number}>, failures: Array<{file: string, ecmaVersion: number, error: string, excerpt: string}>}}
 */
function checkShippedSyntax(dir, ecmaVersion) {
  const checked = [];
  const failures = [];
  for (const file of shippedScripts(dir)) {
    const level = levelFor(file, ecmaVersion);
    const source = fs.readFileSync(file, 'utf8');
    const rel = path.relative(dir, file);
    checked.push({ file: rel, ecmaVersion: level });
    const error = parseError(source, level);
    if (error) {
      const m = /\((\d+):(\d+)\)/.exec(error);
      const lines = source.split('\n');
      const excerpt = m ? (lines[Number(m[1]) - 1] || '').slice(Math.max(0, Number(m[2]) - 40), Number(m[2]) + 40) : '';
      failures.push({ file: rel, ecmaVersion: level, error, excerpt });
    }
  }
  return { checked, failures };
}

module.exports = { checkShippedSyntax, parseError, shippedScripts, ES5_SCRIPTS };

if (require.main === module) {
  const dir = path.resolve(process.argv[2] || 'dist');
  const { SHIPPED_ECMA_VERSION } = require('../webpack.config.js');
  const r = checkShippedSyntax(dir, SHIPPED_ECMA_VERSION);
  for (const f of r.failures) console.log(`${f.file}: not ES${f.ecmaVersion === 5 ? 5 : f.ecmaVersion}: ${f.error}  …${f.excerpt}…`);
  console.log(`${r.checked.length} scripts checked, ${r.failures.length} do not parse at their level (ES${SHIPPED_ECMA_VERSION}; the notice ES5)`);
  process.exitCode = r.failures.length ? 1 : 0;
}
