/**
 * The two mark colours, and how a cell's original shading is written back through
 * `TableCell.shadingColor` (WordApi 1.3).
 *
 * Colours: Excel's "light red fill" and "yellow fill" (the conditional-formatting presets office
 * users already read as "wrong" and "check this"). Both are pale, so black or dark text keeps a
 * contrast above 14:1 on them (WCAG AA needs 4.5:1), and they differ in lightness as well as hue
 * (relative luminance 0.67 vs 0.83), which keeps them apart for red–green colour blindness. In
 * Word's dark mode, which darkens the page, Word remaps light fills to dark ones with light text;
 * without it the page stays white. They also stay clear of the blue-grey and grey fills that
 * report templates use for header cells.
 */

export const MARK_COLOURS = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
} as const satisfies Record<"error" | "warning", string>;

/**
 * ASSUMPTION (undocumented in Word's API): setting `shadingColor` to "" removes the cell's fill
 * ("no colour", `w:shd w:fill="auto"`). Some builds report "" for an unshaded cell, so "" is
 * the value that reads back as "none". If real Word wants something else ("None", "#FFFFFF"
 * would paint white on a dark page), change it here and only here.
 */
export const NO_SHADING = "";

/**
 * The `shadingColor` value that gives a cell back the fill it had: `fill` is the cell's
 * `w:tcPr/w:shd/@w:fill` as read from the table's OOXML (null when there was none).
 */
export function shadingColorFor(fill: string | null): string {
  if (fill === null) return NO_SHADING;
  const hex = fill.trim();
  return /^[0-9a-f]{6}$/i.test(hex) ? `#${hex.toUpperCase()}` : NO_SHADING; // "auto" and the like
}

/**
 * The fill to record as a cell's original. A fill that is exactly one of our mark colours is a
 * mark whose record was lost (a document saved without its settings, say): its original is
 * taken to be "no fill", so that clearing removes it rather than keeping it forever.
 */
export function originalFill(fill: string | undefined): string | null {
  if (fill === undefined) return null;
  const colour = shadingColorFor(fill);
  if (colour === NO_SHADING) return null;
  return colour === MARK_COLOURS.error || colour === MARK_COLOURS.warning ? null : fill.toUpperCase();
}
