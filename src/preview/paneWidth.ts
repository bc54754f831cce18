/** The task pane's width in the preview: `?pane=320` (px), within what a Word task pane can be. */

export const DEFAULT_PANE_WIDTH = 380;
export const MIN_PANE_WIDTH = 280;
export const MAX_PANE_WIDTH = 900;

export function paneWidthFrom(search: string): number {
  const raw = new URLSearchParams(search).get("pane");
  const n = raw === null ? NaN : Number.parseInt(raw, 10);
  if (!Number.isFinite(n)) return DEFAULT_PANE_WIDTH;
  return Math.min(MAX_PANE_WIDTH, Math.max(MIN_PANE_WIDTH, n));
}
