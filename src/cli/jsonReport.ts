/**
 * The CLI's JSON: one object per file. This is a public interface (documented in the README);
 * change it only by adding fields.
 */
import type { CheckResult } from "../report/checkReport";
import type { CellRef, Finding, Severity } from "../report/findings";
import type { FormatId, TableId } from "../report/formats/types";
import type { TableLocation } from "../report/tables/mappedTable";

export interface JsonField {
  raw: string;
  value: number | null;
  cell: CellRef | null;
  /** Present when the standard row is split into sub-rows: each sub-row's cell. */
  parts?: { label?: string; raw: string; cell: CellRef }[];
}

export interface JsonFileReport {
  file: string;
  format: FormatId | null;
  reportYear: number | null;
  blankTemplate: boolean;
  tables: Record<TableId, TableLocation[] | null>;
  fields: Record<string, JsonField>;
  findings: Finding[];
  summary: Record<Severity, number>;
  /** Present when the file could not be read; then nothing else was checked. */
  error?: { code: string; message: string; messageEn: string };
}

export function toJson(file: string, result: CheckResult): JsonFileReport {
  const fields: Record<string, JsonField> = {};
  for (const [id, r] of result.fields) {
    const field: JsonField = { raw: r.raw, value: r.value, cell: r.cells[0]?.ref ?? null };
    if (r.cells.length > 1)
      field.parts = r.cells.map((c) => ({
        ...(c.subLabel ? { label: c.subLabel } : {}),
        raw: c.raw,
        cell: c.ref,
      }));
    fields[id] = field;
  }
  return {
    file,
    format: result.format,
    reportYear: result.reportYear,
    blankTemplate: result.blankTemplate,
    tables: result.tables,
    fields,
    findings: result.findings,
    summary: result.counts,
  };
}

export function unreadableJson(
  file: string,
  error: { code: string; message: string; messageEn: string },
): JsonFileReport {
  return {
    file,
    format: null,
    reportYear: null,
    blankTemplate: false,
    tables: { active: null, requests: null, appeals: null },
    fields: {},
    findings: [],
    summary: { error: 0, warning: 0, info: 0 },
    error,
  };
}
