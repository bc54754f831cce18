/**
 * A table's cells by grid position. Merged cells are resolved by where they sit on the grid,
 * never by their index in the row: after a horizontal merge the n-th cell is not the n-th column.
 */
import type { DocCell, DocTable } from "../model";

export class TableGrid {
  readonly table: DocTable;
  readonly width: number;
  /** slots[row][gridColumn] = the cell covering that position in that row. */
  private readonly slots: (DocCell | undefined)[][];

  constructor(table: DocTable) {
    this.table = table;
    let width = table.gridColumnCount;
    for (const row of table.rows)
      for (const cell of row.cells) width = Math.max(width, cell.gridColumn + cell.colSpan);
    this.width = width;
    this.slots = table.rows.map((row) => {
      const slots = new Array<DocCell | undefined>(width);
      for (const cell of row.cells)
        for (let g = cell.gridColumn; g < cell.gridColumn + cell.colSpan && g < width; g++) slots[g] = cell;
      return slots;
    });
  }

  get rowCount(): number {
    return this.table.rows.length;
  }

  /** The cell covering grid column `g` in row `r` (a continuation cell stays itself). */
  cellAt(r: number, g: number): DocCell | undefined {
    return this.slots[r]?.[g];
  }

  /** The cell that holds the content for this cell: the restart cell above a vertical continuation. */
  origin(cell: DocCell): DocCell {
    if (cell.vMerge !== "continue") return cell;
    for (let r = cell.rowIndex - 1; r >= 0; r--) {
      const above = this.slots[r]?.[cell.gridColumn];
      if (!above) return cell;
      if (above.vMerge !== "continue") return above;
    }
    return cell;
  }

  /** The text shown at a grid position, with vertical merges resolved to their first row. */
  textAt(r: number, g: number): string {
    const cell = this.cellAt(r, g);
    return cell ? this.origin(cell).text : "";
  }

  /** The distinct cells of a row in grid order. */
  rowCells(r: number): DocCell[] {
    return this.table.rows[r]?.cells ?? [];
  }
}
