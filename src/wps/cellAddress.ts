/**
 * Model cell → `Table.Cell(row, column)`: the one place that decides how WPS numbers the cells of
 * a row with merged cells, and proves it before anything is written.
 *
 * In OOXML a horizontal merge is one `w:tc` with `w:gridSpan`; a vertical merge is one `w:tc` per
 * row, those below the first marked `<w:vMerge/>` (continuations). Word's VBA numbers a row's
 * cells by `w:tc`, continuations included, and throws on a continuation's position; WPS's
 * behaviour is not documented. So each plausible numbering is tried against what WPS shows:
 *
 * - `counts`: one position per `w:tc`, continuations included (Word's VBA);
 * - `skips`:  one position per `w:tc` that is not a continuation;
 * - `grid`:   one position per grid column (a spanning cell at its first column).
 *
 * A row is *observed* by reading `Cell(r, p).Range.Text` for p = 1, 2, … one past the longest
 * numbering (a throw is recorded as such). A numbering fits the row when every position it gives a
 * cell shows that cell's text, and the position after its last one throws; a covered position
 * (a continuation, or a spanned column) may throw, read empty, or show the text of the cell that
 * covers it. A cell is addressed only when every numbering that fits its row puts it at the same
 * position — the row's texts and its length are the proof. A row nobody can prove is never
 * written to.
 */
import type { DocCell, DocRow } from "../report/model";
import type { WpsTable } from "./api";
import { read, text } from "./access";
import { isSubsequence, squeeze } from "../host/cellText";
import { textHash } from "./textHash";

export type Numbering = "counts" | "skips" | "grid";
export const NUMBERINGS: readonly Numbering[] = ["counts", "skips", "grid"];

/** A position of `Cell(r, ·)`: a model cell, or a covered place (with the cell covering it). */
export type Slot = { kind: "cell"; cell: DocCell } | { kind: "covered"; by: DocCell | null };

/** What `Cell(r, p)` gave for p = 1, 2, …: its text, or null when it threw. */
export type ObservedRow = (string | null)[];

export function slotsOf(row: DocRow, numbering: Numbering, owners: ReadonlyMap<DocCell, DocCell>): Slot[] {
  const out: Slot[] = [];
  for (const cell of row.cells) {
    const continuation = cell.vMerge === "continue";
    if (numbering === "skips" && continuation) continue;
    const first: Slot = continuation
      ? { kind: "covered", by: owners.get(cell) ?? null }
      : { kind: "cell", cell };
    out.push(first);
    if (numbering === "grid")
      for (let k = 1; k < cell.colSpan; k++)
        out.push({ kind: "covered", by: continuation ? (owners.get(cell) ?? null) : cell });
  }
  return out;
}

/** WPS's text of a model cell matches the model's. */
export function showsCell(observed: string, cell: DocCell): boolean {
  const own = squeeze(cell.text);
  const shown = squeeze(observed);
  // WPS's text of a cell holding a table includes that table's text; the model's does not.
  return cell.tables.length > 0 ? isSubsequence(own, shown) : shown === own;
}

function fits(slots: readonly Slot[], observed: ObservedRow): boolean {
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i];
    const seen = observed[i];
    if (slot.kind === "cell") {
      if (seen === null || seen === undefined || !showsCell(seen, slot.cell)) return false;
    } else if (seen !== null && seen !== undefined) {
      const s = squeeze(seen);
      if (s !== "" && !(slot.by && s === squeeze(slot.by.text))) return false;
    }
  }
  return observed[slots.length] === null; // one past the last position: no cell
}

/** How many positions to observe so that every numbering's end can be seen. */
export function positionsToObserve(row: DocRow, owners: ReadonlyMap<DocCell, DocCell>): number {
  return Math.max(...NUMBERINGS.map((n) => slotsOf(row, n, owners).length)) + 1;
}

/** `Cell(r, p).Range.Text` for p = 1…positions; null where WPS throws. */
export function observeRow(table: WpsTable, wpsRow: number, positions: number): ObservedRow {
  const out: ObservedRow = [];
  for (let p = 1; p <= positions; p++) {
    try {
      const cell = table.Cell(wpsRow, p);
      out.push(cell ? text(read(read(cell, "Range"), "Text")) : null);
    } catch {
      out.push(null);
    }
  }
  return out;
}

export interface RowProof {
  /** The numberings that fit the row. */
  numberings: Numbering[];
  observed: ObservedRow;
}

export function proveRow(
  row: DocRow,
  owners: ReadonlyMap<DocCell, DocCell>,
  observed: ObservedRow,
): RowProof {
  return { numberings: NUMBERINGS.filter((n) => fits(slotsOf(row, n, owners), observed)), observed };
}

/** The 1-based column of `cell` in its row, when every fitting numbering agrees; else null. */
export function columnOf(
  row: DocRow,
  cell: DocCell,
  owners: ReadonlyMap<DocCell, DocCell>,
  proof: RowProof,
): { column: number; numbering: Numbering } | null {
  if (cell.vMerge === "continue") return null; // covered: its merged region is its owner's
  let found: { column: number; numbering: Numbering } | null = null;
  for (const numbering of proof.numberings) {
    const at = slotsOf(row, numbering, owners).findIndex((s) => s.kind === "cell" && s.cell === cell);
    if (at < 0) return null;
    if (found && found.column !== at + 1) return null;
    found ??= { column: at + 1, numbering };
  }
  return found;
}

/** The row as recorded: one hash per observed position ("-" where WPS threw), through the end. */
export function rowSignature(observed: ObservedRow, length: number): string[] {
  return observed.slice(0, length).map((t) => (t === null || t === undefined ? "-" : textHash(t)));
}
