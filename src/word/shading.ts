/**
 * The mark fills, and how a cell's original shading is written back through
 * `TableCell.shadingColor` (WordApi 1.3).
 *
 * Marks are painted in the one palette every host uses (`src/report/view/markPalette`): the look
 * of a cell (suspect, involved, blank) and its severity choose the fill. Documents marked by the
 * previous release carry its two fills (`LEGACY_MARK_FILLS`); they are still recognised.
 *
 * ASSUMPTION (undocumented in Word's API): how "no fill" is spelt through `shadingColor`. The
 * empty string is tried first (some builds report "" for an unshaded cell); where Word refuses it,
 * or reads back a fill after it (e.g. white), "None" and then null are tried (null is how
 * `Font.highlightColor` is removed). The adapter learns which one works and remembers it in the
 * mark record; the diagnostics view (./diagnostics) reports what Word did with each.
 */
import { ALL_MARK_FILLS, markFill, type MarkLook } from "../report/view";

/** The previous release's fills (errors, warnings): lost marks of its documents are recognised too. */
export const LEGACY_MARK_FILLS: readonly string[] = ["FFC7CE", "FFEB9C"];

/** A way of saying "no fill" through `shadingColor`. */
export type NoFill = "" | "None" | null;

/** The spellings of "no fill", the assumed one first. */
export const NO_FILL_SPELLINGS: readonly NoFill[] = ["", "None", null];

/** The `shadingColor` that paints a mark. */
export function markColour(look: MarkLook, severity: "error" | "warning"): string {
  return `#${markFill(look, severity)}`;
}

/** A `w:shd/@w:fill` (or a "#RRGGBB" colour) → six upper-case hex digits, or null for none ("auto", absent). */
export function normalFill(fill: string | null | undefined): string | null {
  if (fill === null || fill === undefined) return null;
  const hex = fill.trim().replace(/^#/, "");
  return /^[0-9a-f]{6}$/i.test(hex) ? hex.toUpperCase() : null;
}

/** The `shadingColor` that gives a cell the fill back; null when it is "no fill" (see `NO_FILL_SPELLINGS`). */
export function colourFor(fill: string | null): string | null {
  const hex = normalFill(fill);
  return hex === null ? null : `#${hex}`;
}

/** A fill a mark of this release or of the previous one leaves. */
export function isMarkFill(fill: string | null | undefined): boolean {
  const hex = normalFill(fill);
  return hex !== null && (ALL_MARK_FILLS.includes(hex) || LEGACY_MARK_FILLS.includes(hex));
}

/**
 * The fill to record as a cell's original, from its `w:shd/@w:fill`. A fill that is exactly one
 * of the mark fills is a mark whose record was lost (a document saved without its settings, say):
 * its original is taken to be "no fill", so that clearing removes it rather than keeping it forever.
 */
export function originalFill(fill: string | undefined): string | null {
  return isMarkFill(fill) ? null : normalFill(fill);
}
