#!/usr/bin/env node
'use strict';
/**
 * npm start: checks a sample workbook with the command line, then builds the add-in in development mode, serves it on https://localhost:3000 (plain http with an
 * explanation where the developer certificate cannot be installed), and prints how to sideload it into
 * Excel and where the playground is. The same text, longer, is docs/sideload.md.
 */
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
const makeConfig = require('../webpack.config');

const ROOT = path.resolve(__dirname, '..');

function sideloadText(origin, protocol) {
  const manifest = path.join(ROOT, 'manifest.xml');
  const lines = [
    '',
    '────────────────────────────────────────────────────────────────────────────',
    ` 绩效目标表助手 开发服务器: ${origin}`,
    '────────────────────────────────────────────────────────────────────────────',
    ` 演示页 (playground, 无需 Excel):   ${origin}/playground.html`,
    ` 任务窗格 (task pane):              ${origin}/taskpane.html`,
    ` 清单 (manifest):                   ${manifest}`,
    '',
    ' 在 Excel 中加载 (sideload):',
    '  · Excel 网页版: 插入 → 加载项 → 我的加载项 → 上传我的加载项 → 选择 manifest.xml',
    '    (Excel on the web: Insert → Add-ins → My Add-ins → Upload My Add-in)',
    '  · Windows: 把 manifest.xml 放进共享文件夹; 文件 → 选项 → 信任中心 → 信任中心设置 →',
    '    受信任的加载项目录, 添加该文件夹的网络路径并勾选“显示在菜单中”; 重启 Excel 后在',
    '    加载项 → 更多加载项 → 共享文件夹 中添加 (shared-folder catalog)',
    '  · Mac: cp manifest.xml ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/',
    '    重启 Excel, 在 我的加载项 → 开发人员加载项 中选择 (the wef folder)',
    '  然后: 开始 → 绩效目标 → 打开助手 / 检查工作簿 / 插入模板 / 清除标记',
    '  详见 docs/sideload.md',
  ];
  if (protocol === 'http') {
    lines.push(
      '',
      ' ⚠ 当前为 http: Excel 不会从 http 加载加载项, 旁加载前请先安装开发证书',
      '   (npx office-addin-dev-certs install), 再重新运行 npm start。演示页不受影响。',
    );
  }
  lines.push(' 按 Ctrl+C 停止。', '────────────────────────────────────────────────────────────────────────────', '');
  return lines.join('\n');
}

/**
 * Before serving: the command-line checker on a sample workbook, so a new user sees what Jixiao finds
 * (the same core the add-in runs). Skipped with a note when the CLI is not built (npm ci builds it).
 */
async function trySample() {
  const cli = path.join(ROOT, 'build', 'cli', 'jixiao.js');
  const sample = path.join('examples', 'pingyin-2024-official.xlsx');
  if (!fs.existsSync(cli)) {
    console.log('（命令行检查器尚未构建，跳过示例检查：npm run build:cli）');
    return;
  }
  console.log(`── 示例：jixiao check ${sample} ──`);
  process.chdir(ROOT);
  await require(cli).main(['check', sample]);
  console.log('');
}

async function main() {
  if (!process.argv.includes('--no-sample')) await trySample();
  const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: 'development' });
  const info = makeConfig.serveInfo();
  const compiler = webpack(config);
  const server = new WebpackDevServer(config.devServer, compiler);
  let printed = false;
  compiler.hooks.done.tap('jixiao-start', (stats) => {
    if (stats.hasErrors()) {
      console.log('构建失败 (build failed): 见上方错误。');
      return;
    }
    if (printed) return;
    printed = true;
    const origin = `${info.protocol}://localhost:${info.port}`;
    console.log(sideloadText(origin, info.protocol));
  });
  await server.start();
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
