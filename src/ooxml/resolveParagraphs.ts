/** Outline levels and list labels of paragraphs, from direct formatting, styles and numbering. */
import type { DocParagraph } from "../report/model";
import { ListNumberer, type Numbering } from "./numbering";
import { headingLevelFromId, styleNumbering, styleOutlineLevel, type StyleSheet } from "./styles";

/** What a paragraph (in the body or in a cell) says about itself in `w:pPr`. */
export interface ParagraphProps {
  /** The body paragraph to complete; undefined for paragraphs in table cells (they only count). */
  block?: DocParagraph;
  style?: string;
  outlineLvl?: number;
  numId?: number;
  ilvl?: number;
}

/**
 * Completes body paragraphs with `outlineLevel` and `listLabel`. Every paragraph, cell paragraphs
 * included, must be passed in document order: they all advance the list counters.
 */
export function resolveParagraphs(
  paragraphs: ParagraphProps[],
  styles?: StyleSheet,
  numbering?: Numbering,
): void {
  const numberer = numbering ? new ListNumberer(numbering, styles) : undefined;
  const outlineByStyle = new Map<string, number | undefined>();
  for (const p of paragraphs) {
    const styleId = p.style ?? styles?.defaultParagraphStyle;
    if (p.block) {
      // A direct w:outlineLvl wins, even 9 ("body text") over a heading style.
      let level = p.outlineLvl;
      if (level === undefined && styleId !== undefined) {
        if (outlineByStyle.has(styleId)) level = outlineByStyle.get(styleId);
        else {
          level = styles ? styleOutlineLevel(styles, styleId) : headingLevelFromId(styleId);
          outlineByStyle.set(styleId, level);
        }
      }
      if (level !== undefined && level >= 0 && level <= 8) p.block.outlineLevel = level;
    }
    if (numberer === undefined) continue;
    let numId = p.numId;
    let ilvl = p.ilvl;
    let numIdFromStyle = false;
    if ((numId === undefined || ilvl === undefined) && styleId !== undefined && styles) {
      const fromStyle = styleNumbering(styles, styleId);
      if (numId === undefined) {
        numId = fromStyle.numId;
        numIdFromStyle = true;
      }
      ilvl ??= fromStyle.ilvl;
    }
    if (numId === undefined) continue;
    if (ilvl === undefined)
      ilvl = numIdFromStyle && styleId !== undefined ? numberer.levelForStyle(numId, styleId) : 0;
    const label = numberer.next(numId, ilvl);
    if (label !== undefined && p.block) p.block.listLabel = label;
  }
}
