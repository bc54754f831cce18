/**
 * The mark colours on WordApi 1.1, where cells cannot be shaded (no table API): the text of a
 * cell is highlighted instead (`Paragraph.font.highlightColor`, WordApi 1.1). Word highlights only
 * in its fixed highlight palette, so each look of src/report/view/cellLooks gets the palette colour
 * nearest its meaning, given as that colour's exact "#RRGGBB" (documented as accepted; no colour
 * Word would have to approximate):
 *
 * - suspect, error: Red — black text on it keeps a contrast of 5.2:1;
 * - suspect, warning: Turquoise (16:1);
 * - involved: Gray-25% (11:1), subdued like the pale rose of the shading palette;
 * - blank: Yellow (19:1), as in the shading palette — but a blank cell has no text to highlight,
 *   so only placeholder cells ("—", "/") that count as blank take it.
 *
 * Setting `highlightColor` to null removes a highlight (documented), so a cell whose text had no
 * highlight of its own is restored exactly; cells with a highlight of their own are not marked.
 */
import type { MarkLook, MarkSeverity } from "../../report/view";

export const HIGHLIGHTS = {
  suspectError: "#FF0000",
  suspectWarning: "#00FFFF",
  involved: "#C0C0C0",
  blank: "#FFFF00",
} as const;

export function highlightFor(look: MarkLook, severity: MarkSeverity): string {
  if (look === "suspect") return severity === "error" ? HIGHLIGHTS.suspectError : HIGHLIGHTS.suspectWarning;
  return look === "involved" ? HIGHLIGHTS.involved : HIGHLIGHTS.blank;
}
