/** styles.xml → what a paragraph inherits from its style: outline level and list numbering. */
import {
  W_BASED_ON,
  W_ILVL,
  W_NAME,
  W_NUM_ID,
  W_NUM_PR,
  W_OUTLINE_LVL,
  W_P_PR,
  W_STYLE,
  W_STYLES,
} from "./names";
import { parseIntValue, scanPart, TreeConsumer, wAttr } from "./xmlPart";
import type { XmlScanner } from "./xmlScanner";

export interface StyleDef {
  id: string;
  /** `w:name`, e.g. "heading 1" (Word) or "Heading 1" (LibreOffice). */
  name?: string;
  basedOn?: string;
  /** `w:pPr/w:outlineLvl`, 0–9 (9 = body text). */
  outlineLvl?: number;
  numId?: number;
  ilvl?: number;
}

export interface StyleSheet {
  styles: Map<string, StyleDef>;
  /** The paragraph style with `w:default="1"`: used by paragraphs without `w:pStyle`. */
  defaultParagraphStyle?: string;
}

class StylesConsumer extends TreeConsumer {
  readonly sheet: StyleSheet = { styles: new Map() };
  private current: StyleDef | undefined;

  protected element(sc: XmlScanner, id: number, parent: number, grandparent: number): void {
    if (id === W_STYLE && parent === W_STYLES) {
      const styleId = wAttr(sc, "styleId");
      this.current = undefined;
      if (styleId === undefined) return;
      const type = wAttr(sc, "type") ?? "paragraph";
      // Character, table and numbering styles share the id space; only paragraph styles matter here,
      // but numbering styles are kept for `w:numStyleLink`.
      if (type !== "paragraph" && type !== "numbering") return;
      const style: StyleDef = { id: styleId };
      // First definition wins, as in Word.
      if (!this.sheet.styles.has(styleId)) this.sheet.styles.set(styleId, style);
      if (type === "paragraph" && isOn(wAttr(sc, "default"))) this.sheet.defaultParagraphStyle ??= styleId;
      this.current = style;
      return;
    }
    const style = this.current;
    if (style === undefined) return;
    if (parent === W_STYLE) {
      if (id === W_NAME) style.name = wAttr(sc, "val");
      else if (id === W_BASED_ON) style.basedOn = wAttr(sc, "val");
    } else if (parent === W_P_PR && grandparent === W_STYLE) {
      if (id === W_OUTLINE_LVL) style.outlineLvl = parseIntValue(wAttr(sc, "val"));
    } else if (parent === W_NUM_PR && grandparent === W_P_PR) {
      if (id === W_NUM_ID) style.numId = parseIntValue(wAttr(sc, "val"));
      else if (id === W_ILVL) style.ilvl = parseIntValue(wAttr(sc, "val"));
    }
  }

  protected override end(id: number): void {
    if (id === W_STYLE) this.current = undefined;
  }
}

function isOn(value: string | undefined): boolean {
  return value === "1" || value === "true" || value === "on";
}

export function parseStylesXml(xml: string, part = "word/styles.xml"): StyleSheet {
  const consumer = new StylesConsumer();
  scanPart(xml, part, consumer);
  return consumer.sheet;
}

/** For the flat-OPC reader, which feeds tokens itself. */
export function createStylesConsumer(): { consumer: TreeConsumer; sheet: StyleSheet } {
  const consumer = new StylesConsumer();
  return { consumer, sheet: consumer.sheet };
}

const HEADING_NAME = /^heading\s*([1-9])$/i;

/**
 * Looks a style property up through the `w:basedOn` chain (cycle-safe: at most as many steps as
 * there are styles).
 */
function inherited<T>(
  sheet: StyleSheet,
  styleId: string,
  pick: (style: StyleDef) => T | undefined,
): T | undefined {
  let id: string | undefined = styleId;
  for (let steps = 0; id !== undefined && steps <= sheet.styles.size; steps++) {
    const style = sheet.styles.get(id);
    if (style === undefined) return undefined;
    const value = pick(style);
    if (value !== undefined) return value;
    id = style.basedOn;
  }
  return undefined;
}

/**
 * Outline level (0–8) a style gives its paragraphs: its own or an ancestor's `w:outlineLvl`, or
 * the built-in `heading N` name (level N-1). 9 means body text and yields undefined.
 */
export function styleOutlineLevel(sheet: StyleSheet, styleId: string): number | undefined {
  const level = inherited(sheet, styleId, (style) => {
    if (style.outlineLvl !== undefined) return style.outlineLvl;
    const heading = style.name === undefined ? null : HEADING_NAME.exec(style.name.trim());
    return heading ? Number(heading[1]) - 1 : undefined;
  });
  return level !== undefined && level >= 0 && level <= 8 ? level : undefined;
}

/** Numbering a style gives its paragraphs (`w:numPr`, inherited field by field). */
export function styleNumbering(sheet: StyleSheet, styleId: string): { numId?: number; ilvl?: number } {
  return {
    numId: inherited(sheet, styleId, (style) => style.numId),
    ilvl: inherited(sheet, styleId, (style) => style.ilvl),
  };
}

/**
 * Without a styles part (a bare document.xml), a style id written like a built-in heading
 * ("Heading1", "heading 2") is the best evidence of an outline level there is.
 */
export function headingLevelFromId(styleId: string): number | undefined {
  const heading = HEADING_NAME.exec(styleId);
  return heading ? Number(heading[1]) - 1 : undefined;
}
