/**
 * The CLI's JSON: one object per file. This is a public interface (documented in the README);
 * change it only by adding fields.
 */
import type { CheckResult } from "../report/checkReport";
import type { CellRef, Finding, Severity } from "../report/findings";
import type { FormatId, TableId } from "../report/formats/types";
import type { TableLocation } from "../report/tables/mappedTable";
import { cellLooks, groupFindings, resultHeadline, type GroupKind, type MarkLook } from "../report/view";

export interface JsonField {
  raw: string;
  value: number | null;
  cell: CellRef | null;
  /** Present when the standard row is split into sub-rows: each sub-row's cell. */
  parts?: { label?: string; raw: string; cell: CellRef }[];
}

/** A group of findings as every host shows them (src/report/view): repeats of a rule in one place. */
export interface JsonGroup {
  key: string;
  kind: GroupKind;
  rule: string;
  severity: Severity;
  /** The report section (0: the whole document). */
  section: number;
  table?: TableId;
  /** "表三 · 84 个单元格空白（统计数为 0 时应填 0）" */
  title: string;
  titleEn: string;
  /** Indexes into `findings`, in document order. */
  findings: number[];
}

/** What matters most, in one line: "1 个错误：缺少第六部分". */
export interface JsonHeadline {
  /** The gravest severity found; null when nothing was found. */
  severity: Severity | null;
  text: string;
  textEn: string;
}

/** How a host marks a cell: the suspect cell, a cell taking part in a failing sum, a blank. */
export interface JsonMark {
  cell: CellRef;
  look: MarkLook;
  severity: "error" | "warning";
}

export interface JsonFileReport {
  file: string;
  format: FormatId | null;
  reportYear: number | null;
  blankTemplate: boolean;
  tables: Record<TableId, TableLocation[] | null>;
  fields: Record<string, JsonField>;
  findings: Finding[];
  /** `findings` grouped and ordered: errors first, then warnings, then info, each in document order. */
  groups: JsonGroup[];
  /** Null when the file was not checked. */
  headline: JsonHeadline | null;
  /** One entry per cell to mark, in table order. */
  marks: JsonMark[];
  summary: Record<Severity, number>;
  /** Present when the file could not be read; then nothing else was checked. */
  error?: { code: string; message: string; messageEn: string };
  /** Present for a file of a folder that is not a .docx but looks like a report; nothing was checked. */
  notChecked?: { code: string; message: string; messageEn: string };
}

export interface JsonOptions {
  /** Keep only the error findings (groups and marks follow; `summary` still counts everything). */
  errorsOnly?: boolean;
}

export function toJson(file: string, result: CheckResult, options: JsonOptions = {}): JsonFileReport {
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
  const findings = options.errorsOnly
    ? result.findings.filter((f) => f.severity === "error")
    : result.findings;
  const index = new Map(findings.map((f, i) => [f, i]));
  const all = groupFindings(result.findings, (f) => f, { blankTemplate: result.blankTemplate });
  // A group holds one severity: the error groups are the groups of the error findings.
  const groups = options.errorsOnly ? all.filter((g) => g.severity === "error") : all;
  const headline = resultHeadline(all, result.counts);
  return {
    file,
    format: result.format,
    reportYear: result.reportYear,
    blankTemplate: result.blankTemplate,
    tables: result.tables,
    fields,
    findings,
    groups: groups.map((g) => ({
      key: g.key,
      kind: g.kind,
      rule: g.rule,
      severity: g.severity,
      section: g.section,
      ...(g.table ? { table: g.table } : {}),
      title: g.title,
      titleEn: g.titleEn,
      findings: g.items.map((f) => index.get(f) as number),
    })),
    headline: { severity: headline.severity, text: headline.zh, textEn: headline.en },
    marks: cellLooks(findings).map((m) => ({ cell: m.cell, look: m.look, severity: m.severity })),
    summary: result.counts,
  };
}

type Reason = { code: string; message: string; messageEn: string };

function emptyReport(file: string): JsonFileReport {
  return {
    file,
    format: null,
    reportYear: null,
    blankTemplate: false,
    tables: { active: null, requests: null, appeals: null },
    fields: {},
    findings: [],
    groups: [],
    headline: null,
    marks: [],
    summary: { error: 0, warning: 0, info: 0 },
  };
}

export function unreadableJson(file: string, error: Reason): JsonFileReport {
  return { ...emptyReport(file), error };
}

export function notCheckedJson(file: string, reason: Reason): JsonFileReport {
  const { code, message, messageEn } = reason;
  return { ...emptyReport(file), notChecked: { code, message, messageEn } };
}
