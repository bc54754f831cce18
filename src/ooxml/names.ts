/**
 * Namespaces and the element ids the readers switch on. The scanner resolves every element name
 * to one of these numbers once per distinct name, so the hot loops compare small integers.
 */

/** WordprocessingML, transitional (what Word, WPS and LibreOffice write) and strict. */
export const NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const NS_W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
export const NS_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
export const NS_PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
export const NS_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const NS_CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";

/** Any element the readers do not single out (read through, as if it were not there). */
export const OTHER = 0;

// WordprocessingML: document structure.
export const W_DOCUMENT = 1;
export const W_BODY = 2;
export const W_P = 3;
export const W_T = 5;
export const W_TAB = 6;
export const W_BR = 7;
export const W_CR = 8;
export const W_NO_BREAK_HYPHEN = 9;
export const W_PTAB = 10;
export const W_TBL = 11;
export const W_TBL_GRID = 12;
export const W_GRID_COL = 13;
export const W_TR = 14;
export const W_TR_PR = 15;
export const W_TC = 16;
export const W_TC_PR = 17;
export const W_GRID_SPAN = 18;
export const W_V_MERGE = 19;
export const W_H_MERGE = 20;
export const W_SHD = 21;
export const W_GRID_BEFORE = 22;
export const W_GRID_AFTER = 23;
export const W_TBL_HEADER = 24;
export const W_P_PR = 25;
export const W_P_STYLE = 26;
export const W_OUTLINE_LVL = 27;
export const W_NUM_PR = 28;
export const W_ILVL = 29;
export const W_NUM_ID = 30;

// styles.xml
export const W_STYLES = 40;
export const W_STYLE = 41;
export const W_NAME = 42;
export const W_BASED_ON = 43;

// numbering.xml
export const W_NUMBERING = 50;
export const W_ABSTRACT_NUM = 51;
export const W_LVL = 52;
export const W_START = 53;
export const W_NUM_FMT = 54;
export const W_LVL_TEXT = 55;
export const W_LVL_RESTART = 56;
export const W_IS_LGL = 57;
export const W_NUM = 58;
export const W_ABSTRACT_NUM_ID = 59;
export const W_LVL_OVERRIDE = 60;
export const W_START_OVERRIDE = 61;
export const W_NUM_STYLE_LINK = 62;

/**
 * Subtrees that are never document text: deleted and moved-away runs, field codes, text boxes and
 * drawings, section and run properties, content-control properties, and every `…Change` element
 * (those hold the *previous* properties of a tracked formatting change).
 */
export const SKIP = 90;

// Markup compatibility.
export const MC_ALTERNATE_CONTENT = 100;
export const MC_CHOICE = 101;
export const MC_FALLBACK = 102;

// Flat OPC package (Word's Range.getOoxml()).
export const PKG_PACKAGE = 110;
export const PKG_PART = 111;
export const PKG_XML_DATA = 112;

// Package relationships and content types.
export const REL_RELATIONSHIP = 120;
export const CT_OVERRIDE = 121;

const W_NAMES = new Map<string, number>([
  ["document", W_DOCUMENT],
  ["body", W_BODY],
  ["p", W_P],
  ["t", W_T],
  ["tab", W_TAB],
  ["br", W_BR],
  ["cr", W_CR],
  ["noBreakHyphen", W_NO_BREAK_HYPHEN],
  ["ptab", W_PTAB],
  ["tbl", W_TBL],
  ["tblGrid", W_TBL_GRID],
  ["gridCol", W_GRID_COL],
  ["tr", W_TR],
  ["trPr", W_TR_PR],
  ["tc", W_TC],
  ["tcPr", W_TC_PR],
  ["gridSpan", W_GRID_SPAN],
  ["vMerge", W_V_MERGE],
  ["hMerge", W_H_MERGE],
  ["shd", W_SHD],
  ["gridBefore", W_GRID_BEFORE],
  ["gridAfter", W_GRID_AFTER],
  ["tblHeader", W_TBL_HEADER],
  ["pPr", W_P_PR],
  ["pStyle", W_P_STYLE],
  ["outlineLvl", W_OUTLINE_LVL],
  ["numPr", W_NUM_PR],
  ["ilvl", W_ILVL],
  ["numId", W_NUM_ID],
  ["styles", W_STYLES],
  ["style", W_STYLE],
  ["name", W_NAME],
  ["basedOn", W_BASED_ON],
  ["numbering", W_NUMBERING],
  ["abstractNum", W_ABSTRACT_NUM],
  ["lvl", W_LVL],
  ["start", W_START],
  ["numFmt", W_NUM_FMT],
  ["lvlText", W_LVL_TEXT],
  ["lvlRestart", W_LVL_RESTART],
  ["isLgl", W_IS_LGL],
  ["num", W_NUM],
  ["abstractNumId", W_ABSTRACT_NUM_ID],
  ["lvlOverride", W_LVL_OVERRIDE],
  ["startOverride", W_START_OVERRIDE],
  ["numStyleLink", W_NUM_STYLE_LINK],
  // Never text (see SKIP).
  ["del", SKIP],
  ["moveFrom", SKIP],
  ["delText", SKIP],
  ["delInstrText", SKIP],
  ["instrText", SKIP],
  ["txbxContent", SKIP],
  ["drawing", SKIP],
  ["pict", SKIP],
  ["object", SKIP],
  ["sectPr", SKIP],
  ["rPr", SKIP],
  ["sdtPr", SKIP],
  ["sdtEndPr", SKIP],
  ["tblPr", SKIP],
  ["tblPrEx", SKIP],
  ["customXmlPr", SKIP],
  ["rt", SKIP], // ruby (phonetic guide) text: the base text is read, the guide is not
  ["fldData", SKIP],
  ["background", SKIP],
  // Property subtrees with many children and nothing we read: skipping them is cheaper.
  ["tcBorders", SKIP],
  ["tcMar", SKIP],
  ["pBdr", SKIP],
  ["tabs", SKIP],
  ["pPrChange", SKIP],
  ["rPrChange", SKIP],
  ["tcPrChange", SKIP],
  ["trPrChange", SKIP],
  ["tblPrChange", SKIP],
  ["tblPrExChange", SKIP],
  ["tblGridChange", SKIP],
  ["sectPrChange", SKIP],
  ["numberingChange", SKIP],
]);

/** The scanner's resolver: namespace URI + local name → element id. */
export function resolveElement(uri: string, local: string): number {
  if (uri === NS_W || uri === NS_W_STRICT) return W_NAMES.get(local) ?? OTHER;
  if (uri === NS_MC) {
    if (local === "AlternateContent") return MC_ALTERNATE_CONTENT;
    if (local === "Choice") return MC_CHOICE;
    if (local === "Fallback") return MC_FALLBACK;
    return OTHER;
  }
  if (uri === NS_PKG) {
    if (local === "package") return PKG_PACKAGE;
    if (local === "part") return PKG_PART;
    if (local === "xmlData") return PKG_XML_DATA;
    return OTHER;
  }
  if (uri === NS_RELS && local === "Relationship") return REL_RELATIONSHIP;
  if (uri === NS_CONTENT_TYPES && local === "Override") return CT_OVERRIDE;
  return OTHER;
}
