#!/usr/bin/env node
/* eslint-disable */
'use strict';
/**
 * The second half of `npm run build:wps`: from the add-in folder webpack wrote (dist-wps/online/), the
 * files an administrator deploys WPS 加载项 with, in both of WPS's ways.
 *
 *   npm run build:wps                                     placeholders for the server address
 *   WPS_ADDIN_ORIGIN=https://host/jixiao npm run build:wps  (or: node scripts/package-wps.js --origin=…)
 *
 * dist-wps/
 *   online/                      在线: serve this folder at the origin (ribbon.xml must be reachable at <origin>/ribbon.xml)
 *     jsplugins.xml              for all machines: oem.ini [Server] JSPluginsServer=<origin>/jsplugins.xml
 *     publish.xml                for one machine: %APPDATA%\kingsoft\wps\jsaddons\publish.xml (or merge its line)
 *   offline/                     离线: no server
 *     jixiao_<version>/          the add-in folder, copied into the jsaddons folder
 *     publish.xml                the line that registers it
 *     install-windows.bat, install-linux.sh
 *   jixiao-wps-offline-<version>.zip   offline/ in one file, to carry to the machines
 *   部署说明.txt
 */
const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');

const ROOT = path.join(__dirname, '..');
/** JIXIAO_WPS_DIST: another output folder (the build test packages into a temporary one). */
const DIST = process.env.JIXIAO_WPS_DIST ? path.resolve(process.env.JIXIAO_WPS_DIST) : path.join(ROOT, 'dist-wps');
const ONLINE = path.join(DIST, 'online');
const OFFLINE = path.join(DIST, 'offline');
const NAME = 'jixiao';
const VERSION = require('../package.json').version;
const FOLDER = `${NAME}_${VERSION}`;
const PLACEHOLDER = 'https://你的服务器/jixiao';

function originFrom(argv, env) {
  const arg = argv.find((a) => a.startsWith('--origin='));
  const raw = arg ? arg.slice('--origin='.length) : env.WPS_ADDIN_ORIGIN;
  if (!raw) return null;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`origin "${raw}" is not a URL; expected e.g. https://jixiao.example.gov.cn/wps`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`origin "${raw}" must be http(s)`);
  if (url.search || url.hash) throw new Error(`origin "${raw}" must not carry a query or a fragment`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** 在线 entry: WPS fetches <url>ribbon.xml and <url>index.html (the url ends with "/"). */
function onlineEntry(origin) {
  return `<jspluginonline name="${NAME}" type="et" url="${esc(origin)}/" enable="enable" install="null"/>`;
}

/** 离线 entry: the folder next to publish.xml in the jsaddons folder. */
function offlineEntry() {
  return `<jsplugin name="${NAME}" type="et" url="${FOLDER}" version="${VERSION}" enable="enable" install="null"/>`;
}

function xmlList(lines) {
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<jsplugins>', ...lines.map((l) => `  ${l}`), '</jsplugins>', ''].join('\n');
}

function copyDir(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const a = path.join(from, e.name);
    const b = path.join(to, e.name);
    if (e.isDirectory()) copyDir(a, b);
    else if (!/\.map$/.test(e.name) && e.name !== 'jsplugins.xml' && e.name !== 'publish.xml') fs.copyFileSync(a, b);
  }
}

const INSTALL_BAT = `@echo off
rem 绩效目标表助手 · WPS 表格加载项（离线）安装：复制到当前用户的 WPS 加载项目录并登记。
chcp 65001 >nul
set "TARGET=%APPDATA%\\kingsoft\\wps\\jsaddons"
if not exist "%TARGET%" mkdir "%TARGET%"
xcopy /E /I /Y "%~dp0${FOLDER}" "%TARGET%\\${FOLDER}" >nul
if not exist "%TARGET%\\publish.xml" (
  copy /Y "%~dp0publish.xml" "%TARGET%\\publish.xml" >nul
  echo 已安装。请重新启动 WPS，在“绩效目标”选项卡中使用。
) else (
  findstr /C:"name=\\"${NAME}\\"" "%TARGET%\\publish.xml" >nul && (
    echo 已更新加载项文件。请重新启动 WPS。
  ) || (
    echo 已复制加载项文件。%TARGET%\\publish.xml 已存在：请把本目录 publish.xml 中 jsplugin 那一行加到它的 jsplugins 元素里，然后重新启动 WPS。
  )
)
pause
`;

const INSTALL_SH = `#!/bin/sh
# 绩效目标表助手 · WPS 表格加载项（离线）安装，统信 UOS / 麒麟等 Linux：复制到当前用户的 WPS 加载项目录并登记。
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TARGET="$HOME/.local/share/Kingsoft/wps/jsaddons"
mkdir -p "$TARGET"
rm -rf "$TARGET/${FOLDER}"
cp -R "$HERE/${FOLDER}" "$TARGET/${FOLDER}"
if [ ! -f "$TARGET/publish.xml" ]; then
  cp "$HERE/publish.xml" "$TARGET/publish.xml"
  echo "已安装。请重新启动 WPS（必要时先运行 quickstartoffice restart），在“绩效目标”选项卡中使用。"
elif grep -q 'name="${NAME}"' "$TARGET/publish.xml"; then
  echo "已更新加载项文件。请重新启动 WPS。"
else
  echo "已复制加载项文件。$TARGET/publish.xml 已存在：请把本目录 publish.xml 中 jsplugin 那一行加到它的 jsplugins 元素里，然后重新启动 WPS。"
fi
`;

async function main() {
  if (!fs.existsSync(path.join(ONLINE, 'ribbon.xml')) || !fs.existsSync(path.join(ONLINE, 'main.js'))) {
    throw new Error('dist-wps/online/ is missing ribbon.xml or main.js: run webpack --config webpack.wps.config.js first (npm run build:wps does both)');
  }
  const origin = originFrom(process.argv.slice(2), process.env);
  const base = origin || PLACEHOLDER;
  if (!origin) {
    console.warn(`[jixiao] build:wps without an origin: the 在线 entries say ${PLACEHOLDER}/. Pass WPS_ADDIN_ORIGIN=https://your.server/path for deployable ones.`);
  }
  fs.writeFileSync(path.join(ONLINE, 'jsplugins.xml'), xmlList([onlineEntry(base)]));
  fs.writeFileSync(path.join(ONLINE, 'publish.xml'), xmlList([onlineEntry(base)]));

  fs.rmSync(OFFLINE, { recursive: true, force: true });
  copyDir(ONLINE, path.join(OFFLINE, FOLDER));
  fs.writeFileSync(path.join(OFFLINE, 'publish.xml'), xmlList([offlineEntry()]));
  fs.writeFileSync(path.join(OFFLINE, 'install-windows.bat'), INSTALL_BAT.replace(/\n/g, '\r\n'));
  fs.writeFileSync(path.join(OFFLINE, 'install-linux.sh'), INSTALL_SH, { mode: 0o755 });

  const zip = new JSZip();
  const add = (dir, prefix) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) add(p, `${prefix}${e.name}/`);
      else zip.file(`${prefix}${e.name}`, fs.readFileSync(p), e.name.endsWith('.sh') ? { unixPermissions: 0o755 } : {});
    }
  };
  add(OFFLINE, `jixiao-wps-offline-${VERSION}/`);
  const zipName = `jixiao-wps-offline-${VERSION}.zip`;
  const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
  fs.writeFileSync(path.join(DIST, zipName), buf);

  fs.writeFileSync(
    path.join(DIST, '部署说明.txt'),
    [
      `绩效目标表助手 · WPS 表格加载项 ${VERSION}`,
      '',
      `在线：把 online/ 目录部署到 ${base}/（${base}/ribbon.xml 必须能直接访问）。`,
      `  全部电脑：在 WPS 的 oem.ini 的 [Server] 节写 JSPluginsServer=${base}/jsplugins.xml`,
      '  一台电脑：把 online/publish.xml 中那一行加入 %APPDATA%\\kingsoft\\wps\\jsaddons\\publish.xml',
      `离线：把 ${zipName} 解压，运行 install-windows.bat（Windows）或 install-linux.sh（统信 UOS / 麒麟）。`,
      '详见 docs/wps.md。',
      '',
    ].join('\r\n'),
  );
  console.log(`[jixiao] WPS add-in: ${ONLINE} (在线), ${OFFLINE} (离线), ${path.join(DIST, zipName)}`);
}

module.exports = { originFrom, onlineEntry, offlineEntry, xmlList };

if (require.main === module) {
  main().catch((e) => {
    console.error(`[jixiao] build:wps failed: ${e.message}`);
    process.exit(1);
  });
}
