/** The mapped fields' values, read once and shared by every check. */
import type { CellRef } from "../findings";
import type { FieldDef } from "../formats";
import type { FieldCell, MappedField } from "../tables/mappedTable";
import { readCellValue, type CellValue } from "../values/readCellValue";

export interface FieldReading {
  id: string;
  def: FieldDef;
  cells: FieldCell[];
  /** One per cell (several when the row is split into sub-rows). */
  values: CellValue[];
  /** "number" when every cell is a number or blank and at least one is a number. */
  status: "number" | "blank" | "not_number";
  /** The number (summed over sub-rows); null unless status is "number". */
  value: number | null;
  /** As written; sub-rows joined with " + ". */
  raw: string;
  header?: string;
}

export function readField(field: MappedField): FieldReading {
  if (field.cells.length === 1) {
    // Nearly every field is one cell: no sums, no joins.
    const [cell] = field.cells;
    const v = readCellValue(cell.raw, field.def.kind);
    const reading: FieldReading = {
      id: field.def.id,
      def: field.def,
      cells: field.cells,
      values: [v],
      status: v.status,
      value: v.status === "number" ? (v.value as number) : null,
      raw: cell.raw,
    };
    if (field.header) reading.header = field.header;
    return reading;
  }
  const values = field.cells.map((c) => readCellValue(c.raw, field.def.kind));
  let status: FieldReading["status"] = "blank";
  if (values.some((v) => v.status === "not_number")) status = "not_number";
  else if (values.some((v) => v.status === "number")) status = "number";
  const value = status === "number" ? values.reduce((sum, v) => sum + (v.value ?? 0), 0) : null;
  const reading: FieldReading = {
    id: field.def.id,
    def: field.def,
    cells: field.cells,
    values,
    status,
    value: value === null ? null : roundAmount(value),
    raw: field.cells.map((c) => c.raw).join(" + "),
  };
  if (field.header) reading.header = field.header;
  return reading;
}

/** Sums of decimals drift (0.1 + 0.2); amounts are written with at most a few decimals. */
export function roundAmount(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export type Readings = Map<string, FieldReading>;

export function refsOf(readings: Readings, ids: string[]): CellRef[] {
  const out: CellRef[] = [];
  for (const id of ids) for (const c of readings.get(id)?.cells ?? []) out.push(c.ref);
  return out;
}
