'use strict';
/**
 * HTTPS for the dev server: Office only loads add-ins over HTTPS. office-addin-dev-certs creates a
 * developer CA and a localhost certificate in ~/.office-addin-dev-certs and installs the CA as trusted
 * (Windows: certificate store; macOS: keychain; Linux: sudo + ca-certificates). Where that cannot be done
 * (no sudo, no GUI prompt, a locked-down machine) the dev server falls back to plain http on localhost,
 * and says what that means: the playground works; Excel will not load the add-in from http.
 *
 * JIXIAO_DEV_HTTP=1 skips the certificates (plain http at once).
 */

const TIMEOUT_MS = Number(process.env.JIXIAO_DEV_CERT_TIMEOUT_MS || (process.stdin.isTTY ? 120000 : 20000));

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not finish within ${Math.round(ms / 1000)} s`)), ms);
      if (timer.unref) timer.unref();
    }),
  ]);
}

/** @returns {Promise<{type: 'https', options: object} | {type: 'http', reason: string}>} */
async function devServerProtocol() {
  if (process.env.JIXIAO_DEV_HTTP === '1') return { type: 'http', reason: 'JIXIAO_DEV_HTTP=1' };
  let devCerts;
  try {
    devCerts = require('office-addin-dev-certs');
  } catch (e) {
    return { type: 'http', reason: `office-addin-dev-certs is not installed (${e.message})` };
  }
  try {
    const options = await withTimeout(devCerts.getHttpsServerOptions(), TIMEOUT_MS, 'office-addin-dev-certs');
    return { type: 'https', options: { ca: options.ca, cert: options.cert, key: options.key } };
  } catch (e) {
    return { type: 'http', reason: String((e && e.message) || e).split('\n')[0] };
  }
}

/** The explanation printed when the dev server runs on plain http. */
function httpFallbackExplanation(reason, port) {
  return [
    '',
    `⚠ 未能安装 HTTPS 开发证书，开发服务器改用 http://localhost:${port}（原因: ${reason}）。`,
    '  · 演示页 (playground) 照常可用：它不需要 Excel。',
    '  · Excel 只从 HTTPS 加载加载项：要在 Excel 中旁加载，请先安装开发证书',
    '    (npx office-addin-dev-certs install；Linux 需要 sudo，Windows/Mac 会弹出信任提示)，再运行 npm start；',
    '    或者用 npm run build -- --env origin=https://你的服务器 构建，把 dist/ 放到 HTTPS 服务器上。',
    `  (Could not install the HTTPS dev certificates; serving plain http on localhost:${port}. The playground works;`,
    '   Excel loads add-ins only over HTTPS: install the certificates or host a production build on HTTPS.)',
    '',
  ].join('\n');
}

module.exports = { devServerProtocol, httpFallbackExplanation };
