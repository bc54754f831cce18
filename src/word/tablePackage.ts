/**
 * One table's `getOoxml()` package → the table in the engine's model, with the document-wide
 * table indexes (`DocTable.index` is a pre-order index over all tables, nested ones included).
 */
import { DocxReadError } from "../ooxml/errors";
import { parseFlatOpc } from "../ooxml/flatOpc";
import { HostError } from "../host/reportHost";
import type { DocTable } from "../report/model";

export interface PackagedTable {
  table: DocTable;
  /** This table and the tables nested in it. */
  tableCount: number;
  /**
   * Paragraphs inside the table (nested tables' included), known when the package has a
   * paragraph after the table — Word's packages end with one, as a body must.
   */
  paragraphCount?: number;
}

/** `position` is the table's place among the top-level tables (for messages); `firstIndex` its index. */
export function readTablePackage(xml: string, position: number, firstIndex: number): PackagedTable {
  let doc;
  try {
    doc = parseFlatOpc(xml);
  } catch (error) {
    if (error instanceof DocxReadError)
      throw new HostError(
        "host",
        `无法读取文档第 ${position + 1} 个表格：${error.messageZh}`,
        `Cannot read table ${position + 1} of the document: ${error.message}`,
      );
    throw error;
  }
  const at = doc.blocks.findIndex((b) => b.kind === "table");
  const table = doc.blocks[at];
  if (table?.kind !== "table")
    throw new HostError(
      "host",
      `Word 返回的第 ${position + 1} 个表格内容中没有表格`,
      `Word's package for table ${position + 1} holds no table`,
    );
  let tableCount = 0;
  const renumber = (t: DocTable): void => {
    t.index = firstIndex + tableCount++;
    for (const row of t.rows)
      for (const cell of row.cells) for (const nested of cell.tables) renumber(nested);
  };
  renumber(table);

  let before = 0; // paragraph indexes in the package count from its start
  for (const block of doc.blocks.slice(0, at)) if (block.kind === "paragraph") before = block.index + 1;
  const after = doc.blocks.slice(at + 1).find((b) => b.kind === "paragraph");
  const packaged: PackagedTable = { table, tableCount };
  if (after?.kind === "paragraph") packaged.paragraphCount = after.index - before;
  return packaged;
}
