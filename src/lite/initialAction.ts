/**
 * Which ribbon button opened the pane (`?action=check` or `?action=template`, passed on by
 * webview-gate.js from taskpane.html). Read by hand: IE11 has no URLSearchParams.
 */
export type InitialAction = "check" | "template" | null;

export function initialAction(search: string): InitialAction {
  const query = search.charAt(0) === "?" ? search.slice(1) : search;
  for (const pair of query.split("&")) {
    const at = pair.indexOf("=");
    const name = at < 0 ? pair : pair.slice(0, at);
    if (name !== "action") continue;
    let value = at < 0 ? "" : pair.slice(at + 1);
    try {
      value = decodeURIComponent(value.replace(/\+/g, " "));
    } catch {
      return null;
    }
    value = value.trim().toLowerCase();
    return value === "check" || value === "template" ? value : null;
  }
  return null;
}
