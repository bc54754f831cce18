/**
 * The lite task pane's entry (lite.html, Internet Explorer 11 in Office 2016 and 2019): once Office
 * is ready, choose the Word adapter for this Word's API (WordApi 1.3 or only 1.1) and draw the pane.
 * Compiled to ES5 with the core-js polyfills it uses (webpack.lite.config.js).
 */
// webpack's runtime loads import() chunks with promises: they must exist before anything else.
import "core-js/es/promise";
import { readPickedDocx } from "../taskpane/pickedFile";
import { readPriorReport, type PriorReport } from "../taskpane/priorReport";
import { chooseWordHost } from "../word/api11";
import { LiteController, type TemplateFormat } from "./controller";
import { initialAction } from "./initialAction";
import stylesheet from "./lite.css";
import { renderPane } from "./render";
import { LITE_STRINGS, langFor } from "./strings";
import { installTextDecoder } from "./textDecoder";

const LANG_KEY = "nianbao.lite.lang";

function insertStylesheet(): void {
  const style = document.createElement("style");
  style.setAttribute("type", "text/css");
  style.appendChild(document.createTextNode(stylesheet));
  document.getElementsByTagName("head")[0].appendChild(style);
}

function savedLang(): "zh" | "en" | null {
  try {
    const value = window.localStorage.getItem(LANG_KEY);
    return value === "zh" || value === "en" ? value : null;
  } catch {
    return null; // storage can be off in the webview
  }
}

function saveLang(lang: "zh" | "en"): void {
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // not kept: the pane starts in Office's language next time
  }
}

const buildTemplate = (format: TemplateFormat): Promise<Uint8Array> =>
  import(/* webpackChunkName: "template" */ "./templateBytes").then((m) => m.templateBytes(format));

/** Last year's report, read in the pane (the .docx reader is a chunk readPriorReport loads on use). */
const readPrior = (file: File): Promise<PriorReport> => readPickedDocx(file).then(readPriorReport);

function start(root: HTMLElement): void {
  const { host, api } = chooseWordHost();
  const lang = savedLang() ?? langFor(Office.context.displayLanguage);
  const controller = new LiteController(host, api, lang, buildTemplate, readPrior);
  let shownLang = lang;
  controller.onChange((state) => {
    if (state.lang !== shownLang) {
      shownLang = state.lang;
      saveLang(state.lang);
    }
    renderPane(root, controller);
  });
  renderPane(root, controller);
  const action = initialAction(window.location.search);
  if (action === "check") void controller.check();
  else if (action === "template") controller.toggleTemplate(true);
}

/** office.js did not load, or the page is not in Word: say so instead of a pane that cannot work. */
function noWord(root: HTMLElement): void {
  root.innerHTML = "";
  const p = document.createElement("p");
  p.className = "lite-notice lite-notice-error";
  p.setAttribute("role", "alert");
  p.appendChild(document.createTextNode(`${LITE_STRINGS.zh.noOffice} ${LITE_STRINGS.en.noOffice}`));
  root.appendChild(p);
}

function main(): void {
  // The .docx reader of 选择上年报告 decodes with it; IE11 has none (a small polyfill, like core-js's).
  installTextDecoder(window as unknown as { TextDecoder?: unknown });
  insertStylesheet();
  const root = document.getElementById("lite");
  if (!root) return;
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    noWord(root);
    return;
  }
  void Office.onReady((info) => {
    // Outside Office (the page opened in a browser) office.js reports no host.
    if (info && String(info.host) !== "Word")
      noWord(root); // Office.HostType.Word is "Word"
    else start(root);
  });
}

main();
