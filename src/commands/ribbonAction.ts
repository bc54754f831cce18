/**
 * Which ribbon button opened the task pane. Both buttons of the manifest open the same pane
 * (TaskpaneId NianbaoPane) at `taskpane.html?action=check` or `taskpane.html?action=template`; the
 * pane calls this with `window.location.href` on load. Office may add its own query parameters
 * (e.g. `_host_Info`), so only `action` is read.
 */
export type RibbonAction = "check" | "template";

const ACTIONS: readonly RibbonAction[] = ["check", "template"];

export function ribbonAction(url: string): RibbonAction | null {
  let params: URLSearchParams;
  try {
    // A base makes relative URLs ("taskpane.html?action=check", "?action=check") parse too.
    params = new URL(url, "https://localhost/").searchParams;
  } catch {
    return null;
  }
  const value = (params.get("action") ?? "").trim().toLowerCase();
  return (ACTIONS as readonly string[]).includes(value) ? (value as RibbonAction) : null;
}
