#!/usr/bin/env node
'use strict';
/**
 * Renders the icon sources in assets/src/*.svg into the PNGs the manifest references (assets/NAME-SIZE.png),
 * with headless chromium. `NAME-16.svg`, when present, is the hand-tuned 16-pixel drawing; `NAME.svg` serves
 * every other size. Also writes test-artifacts/icons-preview.png (all icons, enlarged) to look at.
 *
 *   node scripts/render-icons.js
 */
const fs = require('fs');
const path = require('path');
const { launchChromium } = require('./chromium');

const ROOT = path.resolve(__dirname, '..');
const SRC = path.join(ROOT, 'assets', 'src');
const OUT = path.join(ROOT, 'assets');

/** Which sizes each icon needs: the app icon also 64 (HighResolutionIconUrl) and 128 (catalog/store). */
const ICONS = {
  icon: [16, 32, 64, 80, 128],
  pane: [16, 32, 80],
  check: [16, 32, 80],
  template: [16, 32, 80],
  clear: [16, 32, 80],
};

function sourceFor(name, size) {
  const small = path.join(SRC, `${name}-16.svg`);
  if (size <= 20 && fs.existsSync(small)) return small;
  return path.join(SRC, `${name}.svg`);
}

async function main() {
  const { context, close } = await launchChromium({ viewport: { width: 128, height: 128 } });
  try {
    const page = await context.newPage();
    const written = [];
    for (const [name, sizes] of Object.entries(ICONS)) {
      for (const size of sizes) {
        const svg = fs.readFileSync(sourceFor(name, size), 'utf8');
        await page.setViewportSize({ width: size, height: size });
        await page.setContent(
          `<!doctype html><html><body style="margin:0;background:transparent">` +
            `<div style="width:${size}px;height:${size}px">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</div>` +
            `</body></html>`,
        );
        const file = path.join(OUT, `${name}-${size}.png`);
        await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
        written.push({ name, size, file });
      }
    }
    // A preview sheet: every PNG at 1x on white and on the dark ribbon colour, plus 16/32 enlarged 4x.
    const rows = Object.entries(ICONS)
      .map(([name, sizes]) => {
        const cells = sizes
          .map((s) => {
            const uri = `data:image/png;base64,${fs.readFileSync(path.join(OUT, `${name}-${s}.png`)).toString('base64')}`;
            return `<td><img src="${uri}" width="${s}" height="${s}"></td><td class="dark"><img src="${uri}" width="${s}" height="${s}"></td>`;
          })
          .join('');
        const big = [16, 32]
          .map((s) => {
            const uri = `data:image/png;base64,${fs.readFileSync(path.join(OUT, `${name}-${s}.png`)).toString('base64')}`;
            return `<td><img src="${uri}" width="${s * 4}" height="${s * 4}" style="image-rendering:pixelated"></td>`;
          })
          .join('');
        return `<tr><th>${name}</th>${cells}${big}</tr>`;
      })
      .join('');
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.setContent(
      `<!doctype html><html><body style="margin:8px;font:12px sans-serif;background:#fff">` +
        `<style>td{padding:6px;vertical-align:middle;border:1px solid #eee}.dark{background:#2b2b2b}</style>` +
        `<table>${rows}</table></body></html>`,
    );
    const previewDir = path.join(ROOT, 'test-artifacts');
    fs.mkdirSync(previewDir, { recursive: true });
    await page.screenshot({ path: path.join(previewDir, 'icons-preview.png'), fullPage: true });
    for (const w of written) console.log(`${path.relative(ROOT, w.file)} (${w.size}×${w.size})`);
    console.log('preview: test-artifacts/icons-preview.png');
  } finally {
    await close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
