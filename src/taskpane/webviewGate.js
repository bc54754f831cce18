/*
 * Runs before the task pane's bundle, in ES5 on purpose: Office 2016 and 2019 (volume licence) show
 * add-ins in Internet Explorer 11, and some older Microsoft 365 builds in legacy Edge (EdgeHTML);
 * neither can run React 19 / Fluent UI 9. They get the lite pane instead (lite.html: plain DOM,
 * ES5, src/lite), which does the same check; the query (?action=…) goes along. So does a Word
 * without WordApi 1.3 (the lite pane has a WordApi 1.1 adapter). Should even that page not open,
 * the message below says what works instead of leaving the pane blank.
 */
/* global Office -- office.js, loaded before this script */
(function () {
  "use strict";
  var LITE_PANE = "lite.html";
  var MESSAGE =
    "<h1>年报校对无法在此版本的 Office 中运行</h1>" +
    "<p>此 Office 使用的网页组件（Internet Explorer 11 或旧版 Edge）过旧，无法显示任务窗格。" +
    "请使用 Office 2021 及以上版本、Microsoft 365 或 Word 网页版；" +
    "也可以用浏览器预览或命令行工具 <code>nianbao check</code> 检查 .docx 文件。</p>" +
    '<p lang="en">The 年报校对 task pane cannot run in this version of Office: it shows add-ins in ' +
    "Internet Explorer 11 or legacy Edge, which are too old. Use Office 2021 or later, Microsoft 365 " +
    "or Word on the web — or check .docx files with the browser preview or the <code>nianbao</code> " +
    "command line.</p>";

  function isOldWebview(ua) {
    return ua.indexOf("Trident/") >= 0 || ua.indexOf("MSIE ") >= 0 || /\bEdge\/\d+/.test(ua);
  }

  function show() {
    var container = document.getElementById("container");
    if (!container || container.getAttribute("data-webview-gate")) return;
    container.setAttribute("data-webview-gate", "shown");
    container.setAttribute("role", "alert");
    container.innerHTML = MESSAGE;
  }

  function showWhenReady() {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
    else show();
  }

  /** Opens the lite pane in place of this one (same folder, same query); false when it cannot. */
  function toLitePane() {
    try {
      location.replace(LITE_PANE + (location.search || "") + (location.hash || ""));
      return true;
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
    } catch (refused) {
      return false;
    }
  }

  window.nianbaoWebviewGate = { isOldWebview: isOldWebview, litePane: LITE_PANE };
  if (isOldWebview(navigator.userAgent)) {
    if (!toLitePane()) showWhenReady();
    return;
  }
  // A current webview in a Word without WordApi 1.3 (e.g. an old Word 2016 for Mac): the full pane
  // needs the table API; the lite pane has an adapter for WordApi 1.1.
  if (typeof Office !== "undefined" && Office && typeof Office.onReady === "function") {
    Office.onReady(function () {
      var requirements = Office.context && Office.context.requirements;
      if (requirements && !requirements.isSetSupported("WordApi", "1.3")) toLitePane();
    });
  }
  // Any other engine that cannot parse the bundle: a syntax error before the pane ever rendered.
  window.addEventListener("error", function (event) {
    var container = document.getElementById("container");
    var isSyntax = event && event.error && event.error.name === "SyntaxError";
    if (isSyntax && container && !container.hasChildNodes() && !toLitePane()) show();
  });
})();
