/**
 * The record of the cells a check marked, kept in the document's settings so that a later check
 * or a later session (the pane closed, the document reopened) can restore them.
 *
 * For each table: what identifies it (./tableIdentity: fingerprint, content, its order among the
 * tables of the same fingerprint and how many there were) and, for each marked cell, its Word
 * address, its original fill (from the table's OOXML, never from `shadingColor`), its text when
 * marked, the fill it was left with, and the id of its comment. Entries that could not be restored
 * stay (`kept`) until a later clear restores them or the user forgets them. Comments of restored
 * marks that this Word could not delete (WordApi below 1.4) stay in `comments` until one can.
 *
 * Version 2 (`nianbao.marks.v2`). Records of the previous release (`nianbao.marks.v1`: a position
 * and a hash per table, no texts) are still read, so that its documents can still be cleared.
 */
import type { KeptReason } from "../host/reportHost";
import { getSetting, putSetting } from "./office";
import type { ClaimedCell, TableClaim } from "./resolveTables";
import type { NoFill } from "./shading";

export const MARKS_KEY = "nianbao.marks.v2";
export const LEGACY_MARKS_KEY = "nianbao.marks.v1";

/**
 * A marked cell: what claims it (its Word address `Table.getCell(row, cell)`, its text when marked
 * — absent in v1 records — and the fill it was left with) and what restoring it needs.
 */
export interface RecordedCell extends ClaimedCell {
  /** The original `w:shd/@w:fill` ("C6D9F1"), or null for none. */
  fill: string | null;
  /** Id of the comment put on the cell (WordApi 1.4). */
  comment?: string;
}

/** A marked table: a claim on it (a v1 record has `legacy` only), with what reading and restoring need. */
export interface RecordedTable extends TableClaim {
  /** `DocTable.index` when marked (for reading the record). */
  index: number;
  cells: RecordedCell[];
  /** Why its marks could not be restored last time (absent for marks of the latest check). */
  kept?: KeptReason;
}

export interface MarkRecord {
  tables: RecordedTable[];
  /** Ids of comments of restored marks still to delete (this Word could not: WordApi below 1.4). */
  comments: string[];
  /** The "no fill" spelling Word took last time (./shading). */
  noFill?: NoFill;
}

export const EMPTY_RECORD: MarkRecord = { tables: [], comments: [] };

export function loadMarkRecord(): MarkRecord {
  const current = parseMarkRecord(getSetting(MARKS_KEY));
  const legacy = parseMarkRecord(getSetting(LEGACY_MARKS_KEY));
  return {
    ...current,
    tables: [...legacy.tables, ...current.tables],
    comments: [...new Set([...legacy.comments, ...current.comments])],
  };
}

/** Changes the settings in memory only; the caller saves them. The v1 record is folded in. */
export function putMarkRecord(record: MarkRecord): void {
  const empty = record.tables.length === 0 && record.comments.length === 0;
  const value: Record<string, unknown> = { v: 2, tables: record.tables, comments: record.comments };
  if (record.noFill !== undefined) value.noFill = record.noFill;
  putSetting(MARKS_KEY, empty ? null : value);
  putSetting(LEGACY_MARKS_KEY, null);
}

export function recordedCells(record: MarkRecord, which: "all" | "kept" = "all"): number {
  return record.tables
    .filter((t) => which === "all" || t.kept !== undefined)
    .reduce((n, t) => n + t.cells.length, 0);
}

/** Every comment id the record holds (on recorded cells, and those left to delete). */
export function recordedComments(record: MarkRecord): string[] {
  const ids = record.tables.flatMap((t) =>
    t.cells.flatMap((c) => (c.comment === undefined ? [] : [c.comment])),
  );
  return [...new Set([...ids, ...record.comments])];
}

/** Whatever the settings hold → a record; anything malformed is dropped (settings come with documents). */
export function parseMarkRecord(value: unknown): MarkRecord {
  if (!isObject(value) || !Array.isArray(value.tables)) return { tables: [], comments: [] };
  if (value.v === 1) return { tables: value.tables.flatMap(parseV1Table), comments: [] };
  if (value.v !== 2) return { tables: [], comments: [] };
  const record: MarkRecord = {
    tables: value.tables.flatMap(parseV2Table),
    comments: Array.isArray(value.comments)
      ? value.comments.filter((c): c is string => typeof c === "string")
      : [],
  };
  if (value.noFill === "" || value.noFill === "None" || value.noFill === null) record.noFill = value.noFill;
  return record;
}

const KEPT_REASONS: readonly unknown[] = ["table_not_found", "table_changed", "restore_failed"];

function parseV2Table(t: unknown): RecordedTable[] {
  if (!isObject(t) || !isIndex(t.position) || !isIndex(t.index) || !isIndex(t.rowCount)) return [];
  if (!Array.isArray(t.cells)) return [];
  const table: RecordedTable = { rowCount: t.rowCount, position: t.position, index: t.index, cells: [] };
  if (typeof t.fingerprint === "string") table.fingerprint = t.fingerprint;
  if (typeof t.content === "string") table.content = t.content;
  if (typeof t.legacy === "string") table.legacy = t.legacy;
  if (table.fingerprint === undefined && table.legacy === undefined) return [];
  if (isIndex(t.ordinal) && isIndex(t.twins) && t.ordinal < t.twins) {
    table.ordinal = t.ordinal;
    table.twins = t.twins;
  }
  if (KEPT_REASONS.includes(t.kept)) table.kept = t.kept as KeptReason;
  for (const c of t.cells) {
    const cell = parseCell(c);
    if (!cell) continue;
    if (isObject(c) && typeof c.text === "string") cell.text = c.text;
    if (isObject(c) && (c.painted === null || typeof c.painted === "string")) cell.painted = c.painted;
    table.cells.push(cell);
  }
  return table.cells.length > 0 ? [table] : [];
}

/** v1: `{ position, index, identity: { rowCount, textHash }, cells: [{ row, cell, fill, comment? }] }`. */
function parseV1Table(t: unknown): RecordedTable[] {
  if (!isObject(t) || !isIndex(t.position) || !isIndex(t.index) || !isObject(t.identity)) return [];
  const { rowCount, textHash } = t.identity;
  if (!isIndex(rowCount) || typeof textHash !== "string" || !Array.isArray(t.cells)) return [];
  const cells = t.cells.flatMap((c) => parseCell(c) ?? []);
  if (cells.length === 0) return [];
  return [{ legacy: textHash, rowCount, position: t.position, index: t.index, cells }];
}

function parseCell(c: unknown): RecordedCell | null {
  if (!isObject(c) || !isIndex(c.row) || !isIndex(c.cell)) return null;
  if (c.fill !== null && typeof c.fill !== "string") return null;
  const cell: RecordedCell = { row: c.row, cell: c.cell, fill: c.fill };
  if (typeof c.comment === "string") cell.comment = c.comment;
  return cell;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isIndex(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
