/**
 * Which cell a vertically merged region belongs to. In OOXML the region is one `w:tc` per row, those
 * below the first marked `<w:vMerge/>` (continuations); an editor may show a continuation as empty
 * or as the text of the cell it continues, so the hosts need that cell to recognise it.
 */
import type { DocCell, DocRow } from "../report/model";

/** Each continuation cell → the cell that starts its vertical merge. */
export function continuationOwners(rows: readonly DocRow[]): Map<DocCell, DocCell> {
  const owners = new Map<DocCell, DocCell>();
  const open = new Map<number, DocCell>(); // grid column → the restart cell above
  for (const row of rows)
    for (const cell of row.cells) {
      if (cell.vMerge === "restart") open.set(cell.gridColumn, cell);
      else if (cell.vMerge === "continue") {
        const owner = open.get(cell.gridColumn);
        if (owner) owners.set(cell, owner);
      } else open.delete(cell.gridColumn);
    }
  return owners;
}
