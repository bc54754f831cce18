/**
 * Which ribbon button opened the task pane. Both buttons of the manifest open the same pane
 * (TaskpaneId NianbaoPane) at `taskpane.html?action=check` or `taskpane.html?action=template`; the
 * pane calls this with `window.location.href` on load. Office may add its own query parameters
 * (e.g. `_host_Info`), so only `action` is read.
 */
export type RibbonAction = "check" | "template";

const ACTIONS: readonly RibbonAction[] = ["check", "template"];

export function ribbonAction(url: string): RibbonAction | null {
  // Only the query matters, so it is cut out by hand: relative URLs ("?action=check") work too.
  const start = url.indexOf("?");
  if (start < 0) return null;
  const hash = url.indexOf("#", start);
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(url.slice(start + 1, hash < 0 ? undefined : hash));
  } catch {
    return null;
  }
  const value = (params.get("action") ?? "").trim().toLowerCase();
  return (ACTIONS as readonly string[]).includes(value) ? (value as RibbonAction) : null;
}
