/**
 * The record of the cells marked by highlighting (WordApi 1.1), kept in the document's settings
 * under its own key: for each table its model index and identity (row count and the fingerprint of
 * ../tableIdentity: shape and labels), for each cell its model address. Clearing finds the table again
 * by its identity in the document as it is then, so a table edited beyond recognition is never
 * written to, and a record that could not be restored is kept.
 */
import { getSetting, putSetting } from "../office";

/** A table's row count and ../tableIdentity's fingerprint (shape and labels, no numbers). */
export interface HighlightIdentity {
  rowCount: number;
  fingerprint: string;
}

export const HIGHLIGHTS_KEY = "nianbao.highlights.v1";

export interface HighlightedTable {
  /** `DocTable.index` when marked. */
  index: number;
  identity: HighlightIdentity;
  cells: { row: number; cell: number }[];
}

export interface HighlightRecord {
  tables: HighlightedTable[];
}

export function loadHighlightRecord(): HighlightRecord {
  return parseHighlightRecord(getSetting(HIGHLIGHTS_KEY));
}

/** Changes the settings in memory only; the caller saves them. */
export function putHighlightRecord(record: HighlightRecord): void {
  const tables = record.tables.filter((t) => t.cells.length > 0);
  putSetting(HIGHLIGHTS_KEY, tables.length > 0 ? { v: 1, tables } : null);
}

export const recordedCells = (record: HighlightRecord): number =>
  record.tables.reduce((n, t) => n + t.cells.length, 0);

/** Whatever the settings hold → a record; anything malformed is dropped (settings come with documents). */
export function parseHighlightRecord(value: unknown): HighlightRecord {
  if (!isObject(value) || value.v !== 1 || !Array.isArray(value.tables)) return { tables: [] };
  const tables: HighlightedTable[] = [];
  for (const t of value.tables) {
    if (!isObject(t) || !isIndex(t.index) || !isObject(t.identity) || !Array.isArray(t.cells)) continue;
    const { rowCount, fingerprint } = t.identity;
    if (!isIndex(rowCount) || typeof fingerprint !== "string") continue;
    const cells: { row: number; cell: number }[] = [];
    for (const c of t.cells)
      if (isObject(c) && isIndex(c.row) && isIndex(c.cell)) cells.push({ row: c.row, cell: c.cell });
    if (cells.length > 0) tables.push({ index: t.index, identity: { rowCount, fingerprint }, cells });
  }
  return { tables };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isIndex(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
