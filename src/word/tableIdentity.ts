/**
 * Which table a mark record belongs to. A record names a table by its position among the
 * document's top-level tables, its row count and a hash of its text, so that a record made before
 * the user changed the table (rows added or removed, tables reordered, labels rewritten) is
 * detected and skipped instead of restoring the wrong cells.
 *
 * Numbers are left out of the hash on purpose: after a check, the user corrects the numbers in
 * the marked cells, and that must not orphan the marks (they could no longer be cleared).
 */

export interface TableIdentity {
  rowCount: number;
  /** FNV-1a (32 bit, hex) of the row lengths and the non-numeric cell texts of `Table.values`. */
  textHash: string;
}

/** From what Word reports about the table (`rowCount`, `values`). */
export function tableIdentity(rowCount: number, values: readonly (readonly string[])[]): TableIdentity {
  const rows = values.map((row) => `${row.length}\u001f${row.map(labelText).join("\u001f")}`);
  return { rowCount, textHash: fnv1a(rows.join("\u001e")) };
}

export function sameIdentity(a: TableIdentity, b: TableIdentity): boolean {
  return a.rowCount === b.rowCount && a.textHash === b.textHash;
}

/** A cell's text without whitespace; "" for a number, a blank or a placeholder dash. */
function labelText(text: string | null | undefined): string {
  const squeezed = (typeof text === "string" ? text : "").replace(/\s+/g, "");
  return /^[\d０-９.,，．+\-−—%％]*$/.test(squeezed) ? "" : squeezed;
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
