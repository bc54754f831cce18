/**
 * A small description of a document — paragraphs and tables with merged cells — that
 * `writeDocx` turns into .docx bytes. It is deliberately plain data so that the template, the
 * test fixtures and the Word add-in can all build documents without touching the docx library.
 */

export type Align = "left" | "center" | "right" | "justify";

/**
 * How a paragraph is formatted: `title` is the centred document title (方正小标宋简体 22pt),
 * `heading` a section heading (黑体 16pt), `body` ordinary text (仿宋_GB2312 16pt).
 */
export type ParagraphKind = "title" | "heading" | "body";

export interface ParagraphSpec {
  /** The paragraph's text; "\n" becomes a line break (`w:br`) inside the paragraph. */
  text: string;
  /** Default `body`. */
  kind?: ParagraphKind;
  /** Overrides the kind's alignment (title: centre; heading and body: justified). */
  align?: Align;
}

export interface CellSpec {
  /** The cell's text; "\n" becomes a line break (`w:br`). */
  text: string;
  /** Grid columns the cell covers (`w:gridSpan`); default 1. */
  colSpan?: number;
  /**
   * Rows the cell covers (`w:vMerge` restart, then continue in the rows below); default 1. The
   * covered positions are absent from the later rows' cell lists: the writer fills them in.
   */
  rowSpan?: number;
  bold?: boolean;
  /** Default centre. */
  align?: Align;
}

export interface TableSpec {
  /** Rows of cells, without the positions covered by a `rowSpan` from above. */
  rows: CellSpec[][];
  /**
   * Relative column widths, one per grid column; the writer scales them to the text width.
   * Default: equal widths.
   */
  columnWidths?: number[];
}

export type BlockSpec = ParagraphSpec | TableSpec;

export interface DocSpec {
  blocks: BlockSpec[];
}

export function isTableSpec(block: BlockSpec): block is TableSpec {
  return "rows" in block;
}

export function isParagraphSpec(block: BlockSpec): block is ParagraphSpec {
  return !isTableSpec(block);
}
