/**
 * Finding a table named by a mark record (or by the snapshot of a check) among the document's
 * top-level tables as they are now — never by position alone, so that an edit elsewhere (the
 * template inserted above, a table pasted, a row deleted) can neither hide a table nor pass another
 * one off as it.
 *
 * A table is the one claimed when, among the tables with its fingerprint (shape and label column),
 * its claimed cells exist and hold the same texts (a number may have been corrected), and then:
 * 1. it is the only one whose content is unchanged; or
 * 2. the number of tables with that fingerprint is what it was, and it stands at the same place
 *    among them; or
 * 3. it is the only one whose claimed cells show the fills they were left with (the marks
 *    themselves) — which needs the tables' OOXML: the caller reads it and asks again.
 * Anything else is not proven, and the caller does not write.
 */
import { squeeze } from "../host/cellText";
import type { KeptReason } from "../host/reportHost";
import { isMarkFill, normalFill } from "./shading";
import { sameCellText, type TableIdentity } from "./tableIdentity";

/** What a record (or a snapshot) says about a table. */
export interface TableClaim {
  /** ./tableIdentity. */
  fingerprint?: string;
  content?: string;
  /** The previous release's hash: its records have no fingerprint, content or texts. */
  legacy?: string;
  /** Word's row count when claimed. */
  rowCount: number;
  /** Its order among the top-level tables of the same fingerprint, and how many there were. */
  ordinal?: number;
  twins?: number;
  /** Position among the top-level tables when claimed (a hint: only v1 records rely on it, with fills). */
  position: number;
  cells: readonly ClaimedCell[];
}

export interface ClaimedCell {
  /** Word's address (`Table.getCell(row, cell)`). */
  row: number;
  cell: number;
  /** Its text then, squeezed (../host/cellText); undefined: not known (v1). */
  text?: string;
  /**
   * The fill it was left with (the mark's, or what Word showed after a restore that did not take);
   * undefined: any mark fill (v1); absent proof when `proof` is false.
   */
  painted?: string | null;
}

/** A top-level table as it is now. */
export interface CurrentTable {
  position: number;
  identity: TableIdentity;
  values: readonly (readonly string[])[];
  /** Its cells' fills by Word address (null: none); undefined when its OOXML was not read. */
  fillAt?: (row: number, cell: number) => string | null | undefined;
}

export type Resolution =
  | { kind: "found"; position: number }
  | { kind: "kept"; reason: Exclude<KeptReason, "restore_failed"> }
  /** Only the fills can decide: read these tables' OOXML and resolve again. */
  | { kind: "needs_fills"; positions: number[] };

export function resolveTable(claim: TableClaim, tables: readonly CurrentTable[]): Resolution {
  const same = tables.filter((t) =>
    claim.legacy !== undefined
      ? t.identity.legacy === claim.legacy && t.values.length === claim.rowCount
      : t.identity.fingerprint === claim.fingerprint,
  );
  if (same.length === 0) return { kind: "kept", reason: "table_not_found" };
  let matching = same.filter((t) => claim.cells.every((c) => holds(t, c)));
  if (matching.length === 0) return { kind: "kept", reason: "table_changed" };

  if (claim.content !== undefined) {
    const unchanged = matching.filter((t) => t.identity.content === claim.content);
    if (unchanged.length === 1) return found(unchanged[0]);
    if (unchanged.length > 1) matching = unchanged; // identical twins: only their place or fills tell
  }
  if (claim.twins !== undefined && claim.ordinal !== undefined && same.length === claim.twins) {
    const atPlace = same[claim.ordinal];
    if (matching.includes(atPlace)) return found(atPlace);
  }

  // The fills are the last witness; a claim without any (a snapshot's cell to select) has none.
  const provable = claim.legacy !== undefined || claim.cells.some((c) => c.painted !== undefined);
  if (!provable) return { kind: "kept", reason: "table_not_found" };
  const unread = matching.filter((t) => t.fillAt === undefined);
  if (unread.length > 0) return { kind: "needs_fills", positions: unread.map((t) => t.position) };
  const painted = matching.filter((t) => claim.cells.every((c) => showsPaint(t, c)));
  if (painted.length === 1) return found(painted[0]);
  if (painted.length > 1 && claim.legacy !== undefined) {
    const atPosition = painted.find((t) => t.position === claim.position);
    if (atPosition) return found(atPosition);
  }
  // None shows the marks (someone changed them), or several do (a pasted copy): cannot tell.
  return { kind: "kept", reason: painted.length === 0 ? "table_changed" : "table_not_found" };
}

/**
 * A table read by a check, as a claim: found again by its identity and the texts of the given
 * cells (those to mark or to select) as the check read them.
 */
export function claimOfTable(
  table: {
    identity: TableIdentity;
    values: readonly (readonly string[])[];
    ordinal: number;
    twins: number;
    position: number;
  },
  cells: readonly { row: number; cell: number }[],
): TableClaim {
  return {
    fingerprint: table.identity.fingerprint,
    content: table.identity.content,
    rowCount: table.values.length,
    ordinal: table.ordinal,
    twins: table.twins,
    position: table.position,
    cells: cells.map((c) => ({ row: c.row, cell: c.cell, text: squeeze(table.values[c.row]?.[c.cell]) })),
  };
}

/** The claimed cells exist in the table and hold what they held (a number may have changed). */
export function stillHolds(table: CurrentTable, claim: TableClaim): boolean {
  return claim.cells.every((c) => holds(table, c));
}

function found(table: CurrentTable): Resolution {
  return { kind: "found", position: table.position };
}

/** The claimed cell exists and holds what it held. */
function holds(table: CurrentTable, claimed: ClaimedCell): boolean {
  const row = table.values[claimed.row];
  if (row === undefined || claimed.cell >= row.length) return false;
  return claimed.text === undefined || sameCellText(claimed.text, squeeze(row[claimed.cell]));
}

function showsPaint(table: CurrentTable, claimed: ClaimedCell): boolean {
  const now = table.fillAt?.(claimed.row, claimed.cell);
  if (now === undefined) return false;
  return claimed.painted === undefined ? isMarkFill(now) : normalFill(now) === normalFill(claimed.painted);
}
