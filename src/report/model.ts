/**
 * The neutral document model that the checker reads. The .docx reader and the Word adapter
 * (through a table's OOXML) both produce it; nothing here knows where it came from.
 */

/** A body paragraph (not one inside a table cell). */
export interface DocParagraph {
  kind: "paragraph";
  /**
   * Position among *all* paragraphs of the body in document order, counting the paragraphs
   * inside table cells too — the same order as Word's `body.paragraphs`, so the add-in can
   * select a paragraph that a finding points at.
   */
  index: number;
  /** Text of the runs; `w:br` reads as "\n", `w:tab` as "\t". Automatic numbering is not in it. */
  text: string;
  /**
   * The automatic list number Word draws before the text (`w:numPr` rendered through
   * numbering.xml, or Word's `listItem.listString`), e.g. "一、" or "1."; undefined when none.
   */
  listLabel?: string;
  /** Paragraph style id (`w:pStyle`), when set. */
  style?: string;
  /** Outline level 0–8 (`w:outlineLvl`, direct or from a `Heading N` style), when known. */
  outlineLevel?: number;
}

/** A table cell, as one `w:tc`. */
export interface DocCell {
  /** Row index within its table (0-based), as Word's JavaScript API addresses it. */
  rowIndex: number;
  /**
   * Index of this `w:tc` within its row (0-based). Continuation cells of a vertical merge count,
   * as they do in OOXML; the Word adapter remaps if Word counts differently.
   */
  cellIndex: number;
  /** First grid column this cell covers (0-based), after `w:gridBefore` and earlier spans. */
  gridColumn: number;
  /** Number of grid columns covered (`w:gridSpan`, default 1). */
  colSpan: number;
  /**
   * For `vMerge: "restart"`, the number of rows the merged region covers (≥ 1);
   * 1 for cells that are not vertically merged and for continuation cells.
   */
  rowSpan: number;
  /** `w:vMerge`: "restart" starts a vertical merge, "continue" is a covered cell below it. */
  vMerge: "none" | "restart" | "continue";
  /** Paragraph texts joined with "\n". Empty for continuation cells in practice. */
  text: string;
  /** `w:tcPr/w:shd/@w:fill` as written ("auto", "FFFF00", …); undefined when absent. */
  shading?: string;
  /** Tables nested in this cell, in document order. */
  tables: DocTable[];
}

export interface DocRow {
  rowIndex: number;
  cells: DocCell[];
  /** `w:trPr/w:tblHeader`: a header row that Word repeats on every page. */
  isHeader: boolean;
  /** `w:gridBefore` / `w:gridAfter`: grid columns skipped before the first / after the last cell. */
  gridBefore: number;
  gridAfter: number;
}

export interface DocTable {
  kind: "table";
  /**
   * Position among all tables of the document in document order, nested ones included
   * (pre-order: a table comes before the tables nested in it).
   */
  index: number;
  /** 1 for a table in the body, 2 for a table inside a cell of a level-1 table, … */
  nestingLevel: number;
  /** Number of `w:gridCol` (or the widest row, when the grid is missing or too narrow). */
  gridColumnCount: number;
  rows: DocRow[];
}

/** Top-level body content in document order. Nested tables are reached through their cells. */
export type DocBlock = DocParagraph | DocTable;

export interface ReportDocument {
  blocks: DocBlock[];
}

/** Every table of the document in `index` order, nested ones included. */
export function allTables(doc: ReportDocument): DocTable[] {
  const out: DocTable[] = [];
  const visit = (table: DocTable): void => {
    out.push(table);
    for (const row of table.rows)
      for (const cell of row.cells) for (const nested of cell.tables) visit(nested);
  };
  for (const block of doc.blocks) if (block.kind === "table") visit(block);
  return out;
}

/** The body paragraphs (outside tables) in document order. */
export function bodyParagraphs(doc: ReportDocument): DocParagraph[] {
  return doc.blocks.filter((b): b is DocParagraph => b.kind === "paragraph");
}
