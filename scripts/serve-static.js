#!/usr/bin/env node
'use strict';
/**
 * A tiny static file server for dist/ (the browser test, or a quick look at a production build):
 *   node scripts/serve-static.js [dir=dist] [port=0 → random] [host=127.0.0.1]
 * GET/HEAD only, no directory listings, paths confined to the directory, index.html for "/".
 */
const fs = require('fs');
const http = require('http');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * @param {string} dir
 * @param {{port?: number, host?: string, log?: (line: string) => void}} [options]
 * @returns {Promise<{url: string, port: number, close: () => Promise<void>, requests: string[]}>}
 */
function serveStatic(dir, options = {}) {
  const root = path.resolve(dir);
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://localhost');
    requests.push(url.pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let rel;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('bad path');
      return;
    }
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(root, `.${rel}`);
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        if (options.log) options.log(`404 ${url.pathname}`);
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`not found: ${url.pathname}`);
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Length': st.size,
        'Cache-Control': 'no-cache',
      });
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const addr = server.address();
      const host = options.host ?? '127.0.0.1';
      resolve({
        url: `http://${host}:${addr.port}`,
        port: addr.port,
        requests,
        // Keep-alive connections would hold close() open: end them too.
        close: () =>
          new Promise((r) => {
            server.close(() => r());
            if (typeof server.closeAllConnections === 'function') server.closeAllConnections();
          }),
      });
    });
  });
}

module.exports = { serveStatic };

if (require.main === module) {
  const [dir = 'dist', port = '0', host = '127.0.0.1'] = process.argv.slice(2);
  serveStatic(dir, { port: Number(port), host, log: (l) => console.log(l) }).then((s) => {
    console.log(`serving ${path.resolve(dir)} on ${s.url}  (playground: ${s.url}/playground.html)`);
  });
}
