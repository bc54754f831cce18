/**
 * A finding's excerpt as shown to a reader: "…" where the paragraph goes on. The excerpt itself
 * stays a plain substring of the paragraph (hosts search for it), so the ellipsis is added here.
 */
import type { FindingLocation } from "../findings";

export function excerptText(location: FindingLocation): string {
  const text = location.excerpt ?? "";
  if (!text) return "";
  const cut = location.excerptCut;
  return `${cut === "start" || cut === "both" ? "…" : ""}${text}${cut === "end" || cut === "both" ? "…" : ""}`;
}
