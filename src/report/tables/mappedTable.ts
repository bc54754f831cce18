/** What mapping a standard table yields: where it is, which cell holds which field, and what was odd. */
import { labelKey, remember } from "../text/normalize";
import type { CellRef, Finding } from "../findings";
import type { FieldDef } from "../formats";
import type { FormatId, TableId } from "../formats/types";
import type { DocCell } from "../model";
import type { TableGrid } from "./tableGrid";
import type { TableSegment } from "./recognize";

export interface TableLocation {
  /** Index of the Word table (see `DocTable.index`). */
  table: number;
  fromRow: number;
  /** Inclusive. */
  toRow: number;
}

export interface FieldCell {
  ref: CellRef;
  raw: string;
  /** The sub-row label when a standard row is split into sub-rows (行政检查 under 其他对外管理服务事项). */
  subLabel?: string;
}

export interface MappedField {
  def: FieldDef;
  /** One cell, or one per sub-row when the row is split. */
  cells: FieldCell[];
  /** The column header as written, for units (`采购总金额（万元）`). */
  header?: string;
}

export interface MappedTable {
  kind: TableId;
  /** The format the table's own labels indicate; null when they do not tell (the appeals table). */
  format: FormatId | null;
  locations: TableLocation[];
  fields: MappedField[];
  /** Structure findings: rows or columns missing, extra rows, changed labels, order. */
  findings: Finding[];
}

export function cellRef(grid: TableGrid, cell: DocCell): CellRef {
  return { table: grid.table.index, row: cell.rowIndex, cell: cell.cellIndex };
}

export function locationsOf(segments: TableSegment[]): TableLocation[] {
  return segments.map((s) => ({ table: s.grid.table.index, fromRow: s.fromRow, toRow: s.toRow }));
}

/** A row of a logical table: which Word table, which row. */
export interface LogicalRow {
  grid: TableGrid;
  r: number;
}

const rowsOf = new WeakMap<TableSegment[], LogicalRow[]>();

/** The rows of a found table in order; the same array (and row objects) every time it is asked. */
export function logicalRows(segments: TableSegment[]): LogicalRow[] {
  let rows = rowsOf.get(segments);
  if (!rows) {
    rows = [];
    for (const s of segments) for (let r = s.fromRow; r <= s.toRow; r++) rows.push({ grid: s.grid, r });
    rowsOf.set(segments, rows);
  }
  return rows;
}

/** The distinct content cells covering grid columns [from, to) of a row, in grid order. */
export function originsIn(row: LogicalRow, from: number, to: number): DocCell[] {
  const out: DocCell[] = [];
  for (let g = from; g < to; g++) {
    const cell = row.grid.cellAt(row.r, g);
    if (!cell) continue;
    const origin = row.grid.origin(cell);
    if (!out.includes(origin)) out.push(origin);
  }
  return out;
}

/** The first cell of a row that starts inside grid columns [from, to). */
export function cellStartingIn(row: LogicalRow, from: number, to: number): DocCell | undefined {
  return row.grid.rowCells(row.r).find((c) => c.gridColumn >= from && c.gridColumn < to);
}

/** True when no cell of the row has text (vertical continuations count as empty). */
export function isEmptyRow(row: LogicalRow): boolean {
  return row.grid.rowCells(row.r).every((c) => c.vMerge === "continue" || c.text.trim() === "");
}

/**
 * A test for header rows: a row is one when a content cell's label key contains one of `words`
 * (decided once per cell text — the same header texts recur in every report).
 */
export function headerRowTest(words: readonly string[]): (row: LogicalRow) => boolean {
  const byText = new Map<string, boolean>();
  const isHeaderCell = (text: string): boolean => {
    let is = byText.get(text);
    if (is === undefined) {
      const key = labelKey(text);
      is = words.some((w) => key.includes(w));
      remember(byText, text, is);
    }
    return is;
  };
  return (row) =>
    row.grid.rowCells(row.r).some((c) => c.vMerge !== "continue" && c.text !== "" && isHeaderCell(c.text));
}
