/*
 * Runs before the task pane's bundle, in ES5 on purpose: WPS 11.x (2019 generation, still common on
 * 信创 desks) may show add-ins in a Chromium too old for the pane. Instead of a blank pane, say so.
 */
(function () {
  "use strict";
  var MESSAGE =
    "<h1>年报校对无法在此版本的 WPS 中运行</h1>" +
    "<p>此 WPS 的网页组件过旧，无法显示任务窗格。请升级到 WPS Office 2019 的较新版本或 WPS 12 及以上版本；" +
    "也可以用浏览器预览或命令行工具 <code>nianbao check</code> 检查 .docx 文件。</p>" +
    '<p lang="en">The 年报校对 task pane cannot run in this version of WPS: its web view is too old. ' +
    "Update WPS, or check .docx files with the browser preview or the <code>nianbao</code> command line.</p>";

  function show() {
    var container = document.getElementById("container");
    if (!container || container.getAttribute("data-webview-gate")) return;
    container.setAttribute("data-webview-gate", "shown");
    container.setAttribute("role", "alert");
    container.innerHTML = MESSAGE;
  }

  window.addEventListener("error", function (event) {
    var container = document.getElementById("container");
    var isSyntax = event && event.error && event.error.name === "SyntaxError";
    if (isSyntax && container && !container.hasChildNodes()) show();
  });
})();
