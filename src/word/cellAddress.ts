/**
 * OOXML cell → Word cell: the one place that decides how Word's JavaScript API numbers the cells of
 * a table with merged cells.
 *
 * In OOXML a vertically merged region is one `w:tc` per row; the rows below the first carry
 * `<w:vMerge/>` ("continuation" cells). Whether Word's `TableRow.cellCount`, `Table.values` and
 * `Table.getCell(row, cell)` count those continuation cells as cells of their row is not
 * documented, so each table is tested against both conventions with what Word reported about it:
 *
 * - "counts": Word has a cell for every `w:tc` (continuations included): Word cell = `cellIndex`;
 * - "skips":  Word has no cell for a continuation: Word cell = position among the row's other cells.
 *
 * A convention matches a table when, row by row, `cellCount` equals the number of cells it expects,
 * `values` has exactly that many entries, and every entry holds the text of the cell it stands for
 * (whitespace ignored; a continuation cell may read empty or as the text of the cell it continues;
 * a cell holding a nested table only has to contain its own text, in order). If neither matches, the table
 * is not addressable: it is checked, but never marked or selected.
 *
 * If real Word disagrees with the fake used in the tests, this is the function to fix.
 */
import { isSubsequence, squeeze } from "../host/cellText";
import { continuationOwners } from "../host/continuationOwners";
import type { DocCell, DocRow } from "../report/model";

export type Convention = "counts" | "skips";

/** What Word reports about one table (loaded in the first read batch). */
export interface WordTableShape {
  /** `TableRow.cellCount`, one per row. */
  cellCounts: readonly number[];
  /** `Table.values`. */
  values: readonly (readonly string[])[];
}

/** A cell as `Table.getCell(row, cell)` addresses it. */
export interface WordCellAddress {
  row: number;
  cell: number;
}

export interface TableAddressing {
  convention: Convention;
  /**
   * Word's address of the OOXML cell (`DocCell.rowIndex`, `DocCell.cellIndex`); null when Word has
   * no cell of its own for it (a continuation cell under "skips") or it does not exist.
   */
  toWord(rowIndex: number, cellIndex: number): WordCellAddress | null;
}

const CONVENTIONS: readonly Convention[] = ["counts", "skips"];

/** The convention that lines up with what Word reported, or null when none does. */
export function addressTable(rows: readonly DocRow[], word: WordTableShape): TableAddressing | null {
  if (word.cellCounts.length !== rows.length || word.values.length !== rows.length) return null;
  const owners = continuationOwners(rows);
  for (const convention of CONVENTIONS) {
    const wordCells = rows.map((row) => cellsOf(row, convention));
    if (wordCells.every((cells, r) => linesUp(cells, word.cellCounts[r], word.values[r], owners)))
      return addressing(convention, wordCells);
  }
  return null;
}

/** The OOXML cells Word has in a row, in Word's order, under a convention. */
function cellsOf(row: DocRow, convention: Convention): DocCell[] {
  return convention === "counts" ? row.cells : row.cells.filter((c) => c.vMerge !== "continue");
}

function linesUp(
  cells: readonly DocCell[],
  cellCount: number,
  values: readonly string[],
  owners: ReadonlyMap<DocCell, DocCell>,
): boolean {
  if (cellCount !== cells.length || values.length !== cells.length) return false;
  return cells.every((cell, i) => textMatches(values[i], cell, owners.get(cell)));
}

function textMatches(value: string | null | undefined, cell: DocCell, owner: DocCell | undefined): boolean {
  const word = squeeze(value); // Word may give null for a merged cell
  const own = squeeze(cell.text);
  // Word's text of a cell that holds a table includes that table's text where the table sits;
  // the model's does not: the cell's own text must still be there, in order.
  if (cell.tables.length > 0) return isSubsequence(own, word);
  if (word === own) return true;
  return cell.vMerge === "continue" && (word === "" || (owner !== undefined && word === squeeze(owner.text)));
}

function addressing(convention: Convention, wordCells: readonly (readonly DocCell[])[]): TableAddressing {
  const byCell = new Map<string, WordCellAddress>();
  wordCells.forEach((cells, row) =>
    cells.forEach((c, cell) => byCell.set(`${c.rowIndex}:${c.cellIndex}`, { row, cell })),
  );
  return {
    convention,
    toWord: (rowIndex, cellIndex) => byCell.get(`${rowIndex}:${cellIndex}`) ?? null,
  };
}
