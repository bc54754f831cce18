/** Places the cells of a TableSpec on the table grid, as OOXML needs them: one `w:tc` per position. */
import type { CellSpec, TableSpec } from "./docSpec";

export interface PlacedCell {
  /** The cell as given; undefined for a continuation cell of a vertical merge. */
  spec?: CellSpec;
  /** First grid column covered (0-based). */
  column: number;
  colSpan: number;
  /** Rows covered by a `restart` cell; 1 otherwise. */
  rowSpan: number;
  vMerge: "none" | "restart" | "continue";
}

export interface TableLayout {
  /** Grid columns: the widest row. */
  columnCount: number;
  /** One entry per `w:tc`, continuation cells included. */
  rows: PlacedCell[][];
}

interface OpenMerge {
  colSpan: number;
  /** Rows still to cover below the current one. */
  remaining: number;
}

function positiveInt(value: number | undefined, what: string): number {
  const n = value ?? 1;
  if (!Number.isInteger(n) || n < 1) throw new Error(`${what} must be a positive integer, got ${value}`);
  return n;
}

/**
 * Lays a table out on its grid. Rows may be shorter than the grid (Word accepts that), but a row
 * must reach every vertically merged cell that covers it, cells must not overlap a merge from
 * above, and no rowSpan may run past the last row: those are mistakes in the spec, so they throw.
 */
export function layoutTable(table: TableSpec): TableLayout {
  const open = new Map<number, OpenMerge>();
  const rows: PlacedCell[][] = [];
  let columnCount = 0;
  table.rows.forEach((specs, r) => {
    const out: PlacedCell[] = [];
    let col = 0;
    let i = 0;
    for (;;) {
      const merge = open.get(col);
      if (merge) {
        out.push({ column: col, colSpan: merge.colSpan, rowSpan: 1, vMerge: "continue" });
        merge.remaining -= 1;
        if (merge.remaining === 0) open.delete(col);
        col += merge.colSpan;
        continue;
      }
      if (i >= specs.length) break;
      const spec = specs[i++];
      const colSpan = positiveInt(spec.colSpan, `row ${r} cell ${i - 1}: colSpan`);
      const rowSpan = positiveInt(spec.rowSpan, `row ${r} cell ${i - 1}: rowSpan`);
      for (const start of open.keys())
        if (start > col && start < col + colSpan)
          throw new Error(`row ${r} cell ${i - 1} overlaps the merged cell from above at column ${start}`);
      out.push({ spec, column: col, colSpan, rowSpan, vMerge: rowSpan > 1 ? "restart" : "none" });
      if (rowSpan > 1) {
        if (r + rowSpan > table.rows.length)
          throw new Error(`row ${r} cell ${i - 1}: rowSpan ${rowSpan} runs past the last row`);
        open.set(col, { colSpan, remaining: rowSpan - 1 });
      }
      col += colSpan;
    }
    for (const start of open.keys())
      if (start > col)
        throw new Error(
          `row ${r} ends at column ${col}, before the merged cell from above at column ${start}`,
        );
    columnCount = Math.max(columnCount, col);
    rows.push(out);
  });
  if (table.columnWidths && table.columnWidths.length !== columnCount)
    throw new Error(`columnWidths has ${table.columnWidths.length} entries for ${columnCount} grid columns`);
  return { columnCount, rows };
}
