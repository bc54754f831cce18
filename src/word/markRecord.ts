/**
 * The record of the cells a check marked, kept in the document's settings so that a later check
 * or a later session (the pane closed, the document reopened) can restore them: for each cell its
 * Word address, its original fill (from the table's OOXML, never from `shadingColor`) and the id
 * of its comment; for each table its position and identity (see ./tableIdentity).
 */
import { getSetting, putSetting } from "./office";
import type { TableIdentity } from "./tableIdentity";

export const MARKS_KEY = "nianbao.marks.v1";

export interface RecordedCell {
  /** Word's address (`Table.getCell(row, cell)`). */
  row: number;
  cell: number;
  /** The original `w:shd/@w:fill` ("C6D9F1"), or null for none. */
  fill: string | null;
  /** Id of the comment put on the cell (WordApi 1.4). */
  comment?: string;
}

export interface RecordedTable {
  /** Position among the document's top-level tables. */
  position: number;
  /** `DocTable.index` when marked (for reading the record; the position is what finds the table). */
  index: number;
  identity: TableIdentity;
  cells: RecordedCell[];
}

export interface MarkRecord {
  tables: RecordedTable[];
}

export function loadMarkRecord(): MarkRecord {
  return parseMarkRecord(getSetting(MARKS_KEY));
}

/** Changes the settings in memory only; the caller saves them. */
export function putMarkRecord(record: MarkRecord): void {
  putSetting(MARKS_KEY, record.tables.length > 0 ? { v: 1, tables: record.tables } : null);
}

export function recordedComments(record: MarkRecord): string[] {
  return record.tables.flatMap((t) => t.cells.flatMap((c) => (c.comment === undefined ? [] : [c.comment])));
}

/** Whatever the settings hold → a record; anything malformed is dropped (settings come with documents). */
export function parseMarkRecord(value: unknown): MarkRecord {
  if (!isObject(value) || value.v !== 1 || !Array.isArray(value.tables)) return { tables: [] };
  const tables: RecordedTable[] = [];
  for (const t of value.tables) {
    if (!isObject(t) || !isIndex(t.position) || !isIndex(t.index) || !isObject(t.identity)) continue;
    const { rowCount, textHash } = t.identity;
    if (!isIndex(rowCount) || typeof textHash !== "string" || !Array.isArray(t.cells)) continue;
    const cells: RecordedCell[] = [];
    for (const c of t.cells) {
      if (!isObject(c) || !isIndex(c.row) || !isIndex(c.cell)) continue;
      if (c.fill !== null && typeof c.fill !== "string") continue;
      const cell: RecordedCell = { row: c.row, cell: c.cell, fill: c.fill };
      if (typeof c.comment === "string") cell.comment = c.comment;
      cells.push(cell);
    }
    if (cells.length > 0)
      tables.push({ position: t.position, index: t.index, identity: { rowCount, textHash }, cells });
  }
  return { tables };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isIndex(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
