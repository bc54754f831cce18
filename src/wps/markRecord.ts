/**
 * The record of the cells a check marked, kept in the document (custom document properties, see
 * ./docProperties) so that a later check or a later session can take the marks off again: for
 * each marked cell its `Table.Cell(row, column)` address, its original look (background,
 * foreground, texture), the colour painted, and the hash of its comment; for each of their rows
 * the row's signature (a hash of every position's text) — what proves, later, that the row is
 * still the one marked; for each table its position and row count.
 */
import type { WpsDocument } from "./api";
import { asciiJson, readChunked, writeChunked } from "./docProperties";
import type { CellShading } from "./shading";

export const MARKS_KEY = "nianbaoMarks";

export interface RecordedCell {
  /** 1-based column of `Table.Cell(row, column)`. */
  column: number;
  original: CellShading;
  /** The BGR colour painted. */
  mark: number;
  /** Hash of the comment put on the cell, when one was. */
  comment?: string;
}

export interface RecordedRow {
  /** 1-based row of `Table.Cell(row, column)`. */
  row: number;
  /** One text hash per position of `Cell(row, ·)` ("-" where WPS threw), through the row's end. */
  signature: string[];
  cells: RecordedCell[];
}

export interface RecordedTable {
  /** 0-based position among the top-level tables. */
  position: number;
  /** `Rows.Count` when marked. */
  rowCount: number;
  rows: RecordedRow[];
}

export interface MarkRecord {
  tables: RecordedTable[];
}

export const EMPTY_RECORD: MarkRecord = { tables: [] };

export function recordedCells(record: MarkRecord): number {
  return record.tables.reduce((n, t) => n + t.rows.reduce((m, r) => m + r.cells.length, 0), 0);
}

export function loadMarkRecord(doc: WpsDocument): MarkRecord {
  const value = readChunked(doc, MARKS_KEY);
  if (value === null) return EMPTY_RECORD;
  try {
    return parseMarkRecord(JSON.parse(value) as unknown);
  } catch {
    return EMPTY_RECORD;
  }
}

/** Stores the record (an empty one removes it); false when WPS did not keep it. */
export function saveMarkRecord(doc: WpsDocument, record: MarkRecord): boolean {
  const tables = record.tables
    .map((t) => ({ ...t, rows: t.rows.filter((r) => r.cells.length > 0) }))
    .filter((t) => t.rows.length > 0);
  if (tables.length === 0) return writeChunked(doc, MARKS_KEY, null);
  const compact = {
    v: 1,
    t: tables.map((t) => ({
      p: t.position,
      n: t.rowCount,
      r: t.rows.map((r) => ({
        r: r.row,
        s: r.signature.join(","),
        c: r.cells.map((c) => {
          const out: Record<string, number | string> = {
            c: c.column,
            b: c.original.bg,
            f: c.original.fg,
            x: c.original.tex,
            m: c.mark,
          };
          if (c.comment !== undefined) out.k = c.comment;
          return out;
        }),
      })),
    })),
  };
  return writeChunked(doc, MARKS_KEY, asciiJson(compact));
}

/** Whatever the property held → a record; anything malformed is dropped (it came with a file). */
export function parseMarkRecord(value: unknown): MarkRecord {
  if (!isObject(value) || value.v !== 1 || !Array.isArray(value.t)) return EMPTY_RECORD;
  const tables: RecordedTable[] = [];
  for (const t of value.t) {
    if (!isObject(t) || !isIndex(t.p) || !isIndex(t.n) || !Array.isArray(t.r)) continue;
    const rows: RecordedRow[] = [];
    for (const r of t.r) {
      if (!isObject(r) || !isIndex(r.r) || r.r < 1 || typeof r.s !== "string" || !Array.isArray(r.c))
        continue;
      const cells: RecordedCell[] = [];
      for (const c of r.c) {
        if (!isObject(c) || !isIndex(c.c) || c.c < 1) continue;
        if (![c.b, c.f, c.x, c.m].every((n) => typeof n === "number" && Number.isInteger(n))) continue;
        const cell: RecordedCell = {
          column: c.c,
          original: { bg: c.b as number, fg: c.f as number, tex: c.x as number },
          mark: c.m as number,
        };
        if (typeof c.k === "string") cell.comment = c.k;
        cells.push(cell);
      }
      if (cells.length > 0) rows.push({ row: r.r, signature: r.s.split(","), cells });
    }
    if (rows.length > 0) tables.push({ position: t.p, rowCount: t.n, rows });
  }
  return { tables };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isIndex(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
