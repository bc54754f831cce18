/**
 * The statistical tables of one document: found, mapped to field ids, read, and checked
 * (structure, arithmetic, single cells).
 */
import { checkCells } from "./checks/cellChecks";
import { evaluateEquations } from "./checks/arithmetic";
import { appealsEquations, requestEquations } from "./checks/equations";
import { readField, type Readings } from "./checks/fieldReadings";
import type { CellRef, Finding } from "./findings";
import { FORMATS } from "./formats";
import type { FormatId, TableId } from "./formats/types";
import type { ReportDocument } from "./model";
import { detectActiveFormat, mapActive } from "./tables/mapActive";
import { mapAppeals } from "./tables/mapAppeals";
import { detectRequestsFormat, mapRequests } from "./tables/mapRequests";
import type { MappedTable, TableLocation } from "./tables/mappedTable";
import { recognizeTables } from "./tables/recognize";
import * as structure from "./tables/structureFindings";

export const TABLE_KINDS: TableId[] = ["active", "requests", "appeals"];

export interface TablesResult {
  /** The format the tables use (the active table tells most); null when none tells. */
  format: FormatId | null;
  /** Each found table's own format (null: its labels do not tell). */
  tableFormats: Partial<Record<TableId, FormatId | null>>;
  tables: Record<TableId, TableLocation[] | null>;
  readings: Readings;
  /** Every statistical cell is blank: a blank template rather than a report. */
  blankTemplate: boolean;
  findings: Finding[];
}

export function checkTables(doc: ReportDocument): TablesResult {
  const findings: Finding[] = [];
  const { found, duplicates } = recognizeTables(doc);

  const tableFormats: TablesResult["tableFormats"] = {};
  if (found.active) tableFormats.active = detectActiveFormat(found.active);
  if (found.requests) tableFormats.requests = detectRequestsFormat(found.requests);
  const format = tableFormats.active ?? tableFormats.requests ?? null;

  const mapped: Partial<Record<TableId, MappedTable>> = {};
  if (found.active) mapped.active = mapActive(found.active, tableFormats.active ?? null, format);
  if (found.requests) mapped.requests = mapRequests(found.requests, tableFormats.requests ?? null, format);
  if (found.appeals) mapped.appeals = mapAppeals(found.appeals, format);
  for (const kind of TABLE_KINDS) if (!found[kind]) findings.push(structure.tableMissing(kind));
  for (const dup of duplicates) {
    const first = dup.segments[0];
    const cell = first.grid.rowCells(first.fromRow)[0];
    const cells: CellRef[] = cell
      ? [{ table: first.grid.table.index, row: cell.rowIndex, cell: cell.cellIndex }]
      : [];
    findings.push(structure.tableDuplicate(dup.kind, cells));
  }

  const readings: Readings = new Map();
  for (const kind of TABLE_KINDS) {
    const table = mapped[kind];
    if (!table) continue;
    findings.push(...table.findings);
    for (const field of table.fields) readings.set(field.def.id, readField(field));
  }
  const blankTemplate = readings.size > 0 && [...readings.values()].every((r) => r.status === "blank");

  const equations = [
    ...requestEquations(FORMATS[tableFormats.requests ?? format ?? "2021"]),
    ...appealsEquations(FORMATS["2021"]),
  ];
  const arithmetic = evaluateEquations(equations, readings);
  // In a blank template every check would fail on nothing: only the blank cells are worth saying.
  if (!blankTemplate) findings.push(...arithmetic.findings);
  findings.push(...checkCells(readings, { fills: arithmetic.fills, blankTemplate }));

  const tables = {} as Record<TableId, TableLocation[] | null>;
  for (const kind of TABLE_KINDS) tables[kind] = mapped[kind]?.locations ?? null;
  return { format, tableFormats, tables, readings, blankTemplate, findings };
}
