/*
 * Jixiao 绩效目标表助手 — the unsupported-webview notice. Plain ES5, shipped as is (no build step), loaded by
 * taskpane.html and commands.html before the bundles, so it runs where they cannot even be parsed:
 * Internet Explorer 11 (Trident: Office 2016/2019 volume-licensed) and Edge Legacy (EdgeHTML: Office
 * 2016/2019 retail without WebView2). The supported webviews are in docs/support.md (src/excel/support.ts).
 *
 *   taskpane.html: writes the notice into #root and sets window.__jixiaoUnsupported (the bundle then stays out)
 *   commands.html: defines the ribbon's functions so that a button opens unsupported.html in a dialog
 *   unsupported.html (data-always="1"): the notice itself
 *
 * scripts/chunk-syntax.js parses this file as ES5; test/excel/unsupported.test.ts renders it.
 */
(function () {
  'use strict';
  var w = window;
  var doc = document;

  /** The syntax the bundles use (ES2020). A page whose policy forbids eval is judged by its user agent alone. */
  function parsesModernSyntax() {
    try {
      // eslint-disable-next-line no-new-func
      new Function('var o = {}; return o?.a ?? (() => 1)();');
      return true;
    } catch (e) {
      return !(e instanceof SyntaxError);
    }
  }

  /** Why this webview cannot run the pane, or null when it can. */
  function unsupportedWebview() {
    var ua = navigator.userAgent || '';
    if (/Trident\/|MSIE /.test(ua)) return 'Internet Explorer 11（Trident）';
    if (/\bEdge\/\d+/.test(ua)) return '旧版 Microsoft Edge（EdgeHTML）';
    if (!parsesModernSyntax() || typeof w.ResizeObserver !== 'function' || typeof w.Promise !== 'function') return '较旧的浏览器组件';
    return null;
  }

  var scripts = doc.getElementsByTagName('script');
  var self = scripts[scripts.length - 1];
  var always = self && self.getAttribute('data-always') === '1';
  var webview = unsupportedWebview();
  if (!webview && !always) return;
  w.__jixiaoUnsupported = webview || '此浏览器组件';

  var base = (function () {
    var href = String(w.location.href).split('#')[0].split('?')[0];
    return href.slice(0, href.lastIndexOf('/') + 1);
  })();

  var TITLE = '此版本的 Excel 无法运行绩效目标表助手';
  function lines() {
    return [
      '此 Excel 用' + w.__jixiaoUnsupported + '显示加载项，绩效目标表助手的任务窗格无法在其中运行。',
      '需要以下之一：Microsoft 365 版 Excel（Windows 或 Mac）；Office 2021 或 Office 2024；' +
        '装有 Microsoft Edge WebView2 运行时的 Office 2019 零售版；或用 Edge、Chrome、Firefox、Safari 打开的 Excel 网页版。' +
        'Office 2019 批量许可版和 Office 2016 不能使用。',
      '仍然可以使用：命令行检查器 jixiao check（在装有 Node.js 20 的电脑上检查一个文件或整个文件夹），' +
        '以及演示页（在新版浏览器中打开 ' + base + 'playground.html，可检查自己的 .xlsx 文件）。',
    ];
  }

  function render(root) {
    while (root.firstChild) root.removeChild(root.firstChild);
    var box = doc.createElement('div');
    box.id = 'jixiao-unsupported';
    box.setAttribute('role', 'alert');
    box.style.padding = '16px';
    box.style.lineHeight = '1.6';
    var h = doc.createElement('p');
    h.style.fontWeight = '600';
    h.style.color = '#b10e1c';
    h.appendChild(doc.createTextNode(TITLE));
    box.appendChild(h);
    var text = lines();
    for (var i = 0; i < text.length; i++) {
      var p = doc.createElement('p');
      p.appendChild(doc.createTextNode(text[i]));
      box.appendChild(p);
    }
    root.appendChild(box);
  }

  var root = doc.getElementById('root');
  if (root) render(root);

  // The ribbon's function file: its bundle does not parse here, so its buttons would do nothing. Each one
  // opens the notice in a dialog instead (Office ends a function command after 5 minutes: let go before).
  if (self && self.getAttribute('data-commands') === '1') {
    var Office = w.Office;
    var notice = function (event) {
      var done = false;
      var finish = function () {
        if (done) return;
        done = true;
        try {
          event.completed();
        } catch (e) {
          // nothing more to do
        }
      };
      setTimeout(finish, 4 * 60 * 1000);
      try {
        Office.context.ui.displayDialogAsync(base + 'unsupported.html', { height: 45, width: 35 }, function (result) {
          if (result.status !== 'succeeded') return finish();
          result.value.addEventHandler(Office.EventType.DialogEventReceived, finish);
        });
      } catch (e) {
        finish();
      }
    };
    w.checkWorkbook = notice;
    w.clearMarks = notice;
    w.showTemplates = notice;
    if (Office && typeof Office.onReady === 'function') Office.onReady(function () {});
  }
})();
