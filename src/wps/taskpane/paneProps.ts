/**
 * What WPS can tell the pane beyond the host interface (the pane's optional props): the active
 * document's name (复制结果 heads the text with it), where 插入空白模板 puts the template when the
 * cursor is in a table, and 环境诊断 in the pane's help, opened as the ribbon opens it (a dialog).
 */
import type { AppProps } from "../../taskpane/App";
import { text, tryRead } from "../access";
import { openDiagnostics } from "../addin/ribbon";
import type { WpsApplication } from "../api";
import type { WpsHost } from "../wpsHost";

export type WpsPaneProps = Pick<AppProps, "documentName" | "insertionPoint" | "links">;

/** `pageUrl` is the pane's own URL (diagnostics.html is beside it). */
export function wpsPaneProps(app: WpsApplication, host: WpsHost, pageUrl: string): WpsPaneProps {
  return {
    documentName: () => {
      const doc = tryRead(app, "ActiveDocument");
      const name = doc ? text(tryRead(doc, "Name")).trim() : "";
      return name === "" ? undefined : name;
    },
    insertionPoint: (lang) => host.insertionPoint(lang),
    links: { diagnostics: { href: "diagnostics.html", open: () => openDiagnostics(app, pageUrl) } },
  };
}
