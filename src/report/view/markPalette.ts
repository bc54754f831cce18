/**
 * The colours of the three mark looks (./cellLooks), as six-digit hex fills (`w:shd/@w:fill`;
 * `#` is added where a host wants it, BGR where WPS wants it). One palette for Word, WPS, the
 * preview and the marked copy, so a reviewer learns it once.
 *
 * - suspect: a strong fill — red for an error, orange for a warning — the cell to look at first;
 * - involved: a pale rose, the other cells of a failing sum (the preview adds a light outline);
 * - blank: Excel's "yellow fill", which office users already read as "check this".
 *
 * All are light enough for black text to keep a contrast above 7:1 (WCAG AAA), they differ in
 * lightness as well as hue (for red–green colour blindness), and they avoid the blue-grey and grey
 * fills that report templates use for header cells. Colour is never the only cue: the pane's
 * legend, the preview's outlines and signs, and the comments say the same in words.
 */
import type { MarkLook, MarkSeverity } from "./cellLooks";

export const MARK_FILLS = {
  suspectError: "FF8B8B",
  suspectWarning: "FFC58F",
  involved: "FBE3E3",
  blank: "FFEB9C",
} as const;

export function markFill(look: MarkLook, severity: MarkSeverity): string {
  if (look === "suspect") return severity === "error" ? MARK_FILLS.suspectError : MARK_FILLS.suspectWarning;
  return look === "involved" ? MARK_FILLS.involved : MARK_FILLS.blank;
}

/** Every fill a mark can leave (a cell found in one of these had a mark whose record was lost). */
export const ALL_MARK_FILLS: readonly string[] = Object.values(MARK_FILLS);
