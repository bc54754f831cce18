/**
 * The task pane in WPS 文字: the same React pane as in Word (src/taskpane/App), over the WPS host.
 * The ribbon button that opened it is in the page's query (`?action=check|template`) or, where
 * WPS drops the query of a file URL, in `PluginStorage`. What WPS knows beyond the host interface
 * goes in as the pane's props (./paneProps).
 */
import { createRoot } from "react-dom/client";
import { ribbonAction } from "../../commands/ribbonAction";
import { App, type InitialAction } from "../../taskpane/App";
import { wpsApplication } from "../access";
import type { WpsApplication } from "../api";
import { ACTION_KEY } from "../addin/ribbon";
import { WpsHost } from "../wpsHost";
import { bundledTemplatePath } from "./bundledTemplate";
import { wpsPaneProps } from "./paneProps";

function initialAction(app: WpsApplication): InitialAction {
  const stored = app.PluginStorage?.getItem(ACTION_KEY);
  try {
    app.PluginStorage?.removeItem(ACTION_KEY);
  } catch {
    // nothing to clean up
  }
  return ribbonAction(location.href) ?? ribbonAction(`?action=${String(stored ?? "")}`);
}

const NOT_IN_WPS =
  "<h1>年报校对</h1><p>此页面是 WPS 文字加载项的任务窗格，请在 WPS 文字中通过“年报校对”选项卡打开。</p>" +
  '<p lang="en">This page is the task pane of a WPS Writer add-in: open it from the 年报校对 tab in WPS Writer.</p>';

function main(): void {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container");
  const app = wpsApplication();
  if (!app) {
    container.setAttribute("role", "alert");
    container.innerHTML = NOT_IN_WPS;
    return;
  }
  const host = new WpsHost(app, { bundledTemplate: (format) => bundledTemplatePath(location.href, format) });
  createRoot(container).render(
    <App
      host={host}
      initialAction={initialAction(app)}
      displayLanguage={navigator.language || "zh-CN"}
      {...wpsPaneProps(app, host, location.href)}
    />,
  );
}

main();
