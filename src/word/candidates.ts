/**
 * Which tables are worth reading in full. `Table.values` (every table's text, one round trip for
 * all of them) is cheap; a table's OOXML is not (~85 KB per table, and Word on the web sends at
 * most ~5 MB at once). Only a table holding one of the standard tables' signal words can be part
 * of a standard table (the engine's recognition starts from them: src/report/tables/recognize), so
 * only those — normally the 3 standard tables — are read from their OOXML. The test is generous:
 * any signal word of any table in any cell, after removing every whitespace and control character
 * (Word's values write paragraph and line breaks their own way).
 *
 * The other tables enter the document model from their values alone: their text in Word's cells,
 * without merges or shading. No check reads them.
 */
import { squeeze } from "../host/cellText";
import type { DocCell, DocRow, DocTable } from "../report/model";
import { hasSignalWord } from "../report/tables/recognize";
import { paragraphText } from "./documentOrder";

export function isCandidate(values: readonly (readonly (string | null | undefined)[])[]): boolean {
  return values.some((row) =>
    row.some((value) => typeof value === "string" && hasSignalWord(squeeze(value))),
  );
}

/** A table from `Table.values` alone: one model cell per Word cell, no merges, no shading. */
export function valuesTable(
  values: readonly (readonly (string | null | undefined)[])[],
  index: number,
): DocTable {
  const rows: DocRow[] = values.map((row, rowIndex) => ({
    rowIndex,
    cells: row.map((value, cellIndex): DocCell => ({
      rowIndex,
      cellIndex,
      gridColumn: cellIndex,
      colSpan: 1,
      rowSpan: 1,
      vMerge: "none",
      text: paragraphText(typeof value === "string" ? value : "").replace(/\n+$/, ""),
      tables: [],
    })),
    isHeader: false,
    gridBefore: 0,
    gridAfter: 0,
  }));
  return {
    kind: "table",
    index,
    nestingLevel: 1,
    gridColumnCount: Math.max(0, ...values.map((row) => row.length)),
    rows,
  };
}
