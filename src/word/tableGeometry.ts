/**
 * A table's geometry and shading, which Word's API does not give (no spans, `shadingColor` not
 * reliably loadable): its `getOoxml()` package, and its rows' `cellCount`s to line the OOXML cells
 * up with Word's addresses (./cellAddress). Queued per table; the caller syncs (in groups, see
 * ./responseBudget).
 */
import type { DocTable } from "../report/model";
import { addressTable, type TableAddressing } from "./cellAddress";
import { estimateOoxmlBytes } from "./responseBudget";
import { readTablePackage, type PackagedTable } from "./tablePackage";

export interface RawGeometry {
  ooxml: string;
  cellCounts: number[];
}

/** The reads queued for one table. */
export interface QueuedGeometry {
  ooxml: OfficeExtension.ClientResult<string>;
  rows: Word.TableRowCollection;
}

/** Queues the reads; `geometryResult` gives the results after the sync. */
export function queueGeometry(table: Word.Table): QueuedGeometry {
  const rows = table.rows;
  rows.load("items/cellCount");
  return { ooxml: table.getRange().getOoxml(), rows };
}

/** After the sync that carried `queueGeometry`. */
export function geometryResult(queued: QueuedGeometry): RawGeometry {
  return { ooxml: queued.ooxml.value, cellCounts: queued.rows.items.map((row) => row.cellCount) };
}

export interface TableGeometry {
  packaged: PackagedTable;
  /** How its cells are addressed in Word; null when no convention lines up. */
  addressing: TableAddressing | null;
  /** The fill of a Word cell (null: none), undefined when the cell cannot be addressed. */
  fillAt(row: number, cell: number): string | null | undefined;
}

/**
 * The package read into the model, addressed against what Word reported (`values` as loaded with
 * the table, the cell counts from the same batch as the package).
 */
export function tableGeometry(
  raw: RawGeometry,
  values: readonly (readonly string[])[],
  position: number,
  firstIndex: number,
): TableGeometry {
  const packaged = readTablePackage(raw.ooxml, position, firstIndex);
  const table = packaged.table;
  const addressing =
    values.length === table.rows.length
      ? addressTable(table.rows, { cellCounts: raw.cellCounts, values })
      : null;
  const fills = addressing === null ? null : fillsByAddress(table, addressing);
  return {
    packaged,
    addressing,
    fillAt: (row, cell) => (fills === null ? undefined : fills.get(`${row}:${cell}`)),
  };
}

/** Word address → `w:shd/@w:fill` (null when none) of every cell Word has an address for. */
function fillsByAddress(table: DocTable, addressing: TableAddressing): Map<string, string | null> {
  const fills = new Map<string, string | null>();
  for (const row of table.rows)
    for (const cell of row.cells) {
      const address = addressing.toWord(row.rowIndex, cell.cellIndex);
      if (address) fills.set(`${address.row}:${address.cell}`, cell.shading ?? null);
    }
  return fills;
}

/** For `syncInGroups`: a table's estimated package size and its name in messages. */
export const geometrySize = (t: { values: readonly (readonly string[])[] }): number =>
  estimateOoxmlBytes(t.values);

export const tableName = (t: { position: number }): { zh: string; en: string } => ({
  zh: `第 ${t.position + 1} 个表格`,
  en: `table ${t.position + 1}`,
});
