import { FORMAT_2019 } from "./format2019";
import { FORMAT_2021 } from "./format2021";
import { fieldId, type FormatDef, type FormatId, type TableId } from "./types";

export * from "./types";
export { FORMAT_2019, FORMAT_2021 };

export const FORMATS: Record<FormatId, FormatDef> = { "2019": FORMAT_2019, "2021": FORMAT_2021 };

/** The format a report of this year must use. */
export function formatForYear(year: number): FormatId {
  return year >= FORMAT_2021.firstYear ? "2021" : "2019";
}

export interface FieldDef {
  id: string;
  /** The format whose definition this is (labels differ between formats for some ids). */
  format: FormatId;
  table: TableId;
  row: string;
  column: string;
  kind: "count" | "signed" | "amount";
  unit?: "万元" | "元";
}

/** Every statistical field of a format, in table order (row by row). */
export function fieldsOf(format: FormatDef): FieldDef[] {
  const out: FieldDef[] = [];
  for (const block of format.active.blocks)
    for (const row of block.rows)
      for (const col of block.columns)
        out.push({
          format: format.id,
          id: fieldId("active", row.id, col.id),
          table: "active",
          row: row.id,
          column: col.id,
          kind: col.kind,
          unit: col.unit,
        });
  for (const row of format.requests.rows)
    for (const col of format.requests.columns)
      out.push({
        format: format.id,
        id: fieldId("requests", row.id, col.id),
        table: "requests",
        row: row.id,
        column: col.id,
        kind: "count",
      });
  for (const group of format.appeals.groups)
    for (const col of format.appeals.columns)
      out.push({
        format: format.id,
        id: fieldId("appeals", group.id, col.id),
        table: "appeals",
        row: group.id,
        column: col.id,
        kind: "count",
      });
  return out;
}

const lookups = new Map<FormatDef, Record<TableId, Map<string, Map<string, FieldDef>>>>();

/**
 * The field of a (table, row, column) triple, from an index built once per format: mapping runs
 * for every report, and building id strings there would dominate the time of a check.
 */
export function fieldOf(
  format: FormatDef,
  table: TableId,
  row: string,
  column: string,
): FieldDef | undefined {
  let index = lookups.get(format);
  if (!index) {
    index = { active: new Map(), requests: new Map(), appeals: new Map() };
    for (const f of fieldsOf(format)) {
      let cols = index[f.table].get(f.row);
      if (!cols) index[f.table].set(f.row, (cols = new Map()));
      cols.set(f.column, f);
    }
    lookups.set(format, index);
  }
  return index[table].get(row)?.get(column);
}
