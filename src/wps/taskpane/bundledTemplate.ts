/**
 * Where the add-in's own copies of the blank templates are on disk: `templates/` next to the task
 * pane's page, whose file URL becomes a native path (`file:///C:/Users/…` → `C:\Users\…`,
 * `file:///home/…` → `/home/…`).
 */
import type { FormatId } from "../../report/formats/types";

export function nativePathOf(fileUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(fileUrl);
  } catch {
    return null;
  }
  if (url.protocol !== "file:") return null;
  const path = decodeURIComponent(url.pathname);
  if (/^\/[A-Za-z]:\//.test(path)) return path.slice(1).replace(/\//g, "\\");
  return url.host ? `\\\\${url.host}${path.replace(/\//g, "\\")}` : path;
}

export function bundledTemplatePath(pageUrl: string, format: FormatId): string | null {
  return nativePathOf(new URL(`templates/template-${format}.docx`, pageUrl).href);
}
