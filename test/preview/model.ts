/** Small hand-made documents for the preview's tests: merges, grid gaps, a nested table. */
import type { DocCell, DocParagraph, DocRow, DocTable, ReportDocument } from "../../src/report/model";

type CellInit = Partial<DocCell> & { text?: string };

export const para = (index: number, text: string, extra: Partial<DocParagraph> = {}): DocParagraph => ({
  kind: "paragraph",
  index,
  text,
  ...extra,
});

/** Cells of a row: each item is text, or a partial cell; gridColumn and cellIndex are filled in. */
export function row(rowIndex: number, cells: Array<string | CellInit>, extra: Partial<DocRow> = {}): DocRow {
  let column = extra.gridBefore ?? 0;
  return {
    rowIndex,
    isHeader: false,
    gridBefore: 0,
    gridAfter: 0,
    ...extra,
    cells: cells.map((c, cellIndex) => {
      const init: CellInit = typeof c === "string" ? { text: c } : c;
      const cell: DocCell = {
        rowIndex,
        cellIndex,
        gridColumn: column,
        colSpan: 1,
        rowSpan: 1,
        vMerge: "none",
        text: "",
        tables: [],
        ...init,
      };
      column += cell.colSpan;
      return cell;
    }),
  };
}

export const table = (index: number, rows: DocRow[], nestingLevel = 1): DocTable => ({
  kind: "table",
  index,
  nestingLevel,
  gridColumnCount: Math.max(...rows.map((r) => r.cells.reduce((n, c) => n + c.colSpan, r.gridBefore))),
  rows,
});

/**
 * 0 标题 / table 0 (a vertical merge over two rows, a horizontal one, a grid gap, a nested table 1
 * in its last cell, a shaded cell) / 4 正文 / table 2 / 7 结尾.
 */
export function sampleDoc(): ReportDocument {
  const nested = table(1, [row(0, ["n1", "n2"])], 2);
  return {
    blocks: [
      para(0, "标题", { outlineLevel: 0, listLabel: "一、" }),
      table(0, [
        row(0, [
          { text: "合并", vMerge: "restart", rowSpan: 2 },
          { text: "横跨", colSpan: 2 },
        ]),
        row(1, [{ vMerge: "continue" }, "a", { text: "b", shading: "D9E2F3" }]),
        row(2, ["c", { text: "", tables: [nested] }], { gridBefore: 1 }),
      ]),
      para(4, "正文第一段，提到总体情况。"),
      table(2, [row(0, ["x", "y"])]),
      para(7, "结尾"),
    ],
  };
}
