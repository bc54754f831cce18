/**
 * The whole check of one report: the statistical tables, the format for the year, the text, and
 * (with last year's report) the cross-year checks.
 */
import { checkTables, type TablesResult } from "./checkTables";
import type { FieldReading } from "./checks/fieldReadings";
import { checkFormat } from "./checks/formatChecks";
import { checkAgainstPrior } from "./checks/priorYearChecks";
import { findingSection } from "./describe";
import type { Finding, Severity } from "./findings";
import { SEVERITY_ORDER } from "./findings";
import type { FormatId, TableId } from "./formats/types";
import type { ReportDocument } from "./model";
import {
  analyseNarrative,
  checkNarrative,
  detectReportYear,
  type PriorContext,
  type SectionInfo,
} from "./narrative";
import type { TableLocation } from "./tables/mappedTable";

export interface CheckOptions {
  /** Last year's report, already checked: enables the cross-year checks. */
  prior?: CheckResult;
}

export interface CheckResult {
  /** The format of the statistical tables; null when no table tells. */
  format: FormatId | null;
  reportYear: number | null;
  /** Where each standard table was found (one entry per Word table it spans); null when not found. */
  tables: Record<TableId, TableLocation[] | null>;
  /** Every mapped field by id. */
  fields: Map<string, FieldReading>;
  findings: Finding[];
  sections: SectionInfo[];
  /** Every statistical cell is blank: a blank template rather than a report. */
  blankTemplate: boolean;
  counts: Record<Severity, number>;
}

export function checkReport(doc: ReportDocument, options: CheckOptions = {}): CheckResult {
  const tables: TablesResult = checkTables(doc);
  const { format, readings, blankTemplate } = tables;
  const narrative = analyseNarrative(doc);
  const reportYear = detectReportYear(narrative).year;
  const findings: Finding[] = [
    ...tables.findings,
    ...checkFormat(reportYear, tables.tableFormats, (id) => readings.has(id)),
  ];

  findings.push(
    ...checkNarrative(narrative, {
      format,
      reportYear,
      blankTemplate,
      field(id) {
        const r = readings.get(id);
        if (!r || r.status !== "number" || r.value === null) return undefined;
        const cell = r.cells[0]?.ref;
        return cell ? { value: r.value, cell } : { value: r.value };
      },
      ...(options.prior ? { prior: priorContext(options.prior) } : {}),
    }),
  );

  if (options.prior)
    findings.push(
      ...checkAgainstPrior(
        { reportYear, format, readings },
        {
          reportYear: options.prior.reportYear,
          format: options.prior.format,
          readings: options.prior.fields,
        },
      ),
    );

  const sorted = sortFindings(findings);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of sorted) counts[f.severity]++;
  return {
    format,
    reportYear,
    tables: tables.tables,
    fields: readings,
    findings: sorted,
    sections: narrative.sections,
    blankTemplate,
    counts,
  };
}

/** Last year's report as the text checks read it (text.change). */
function priorContext(prior: CheckResult): PriorContext {
  return {
    reportYear: prior.reportYear,
    format: prior.format,
    field(id) {
      const r = prior.fields.get(id);
      return r && r.status === "number" && r.value !== null ? r.value : undefined;
    },
  };
}

/** Document-wide findings first, then by section; errors before warnings before info within one. */
function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        findingSection(a.f) - findingSection(b.f) ||
        SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
        a.i - b.i,
    )
    .map((x) => x.f);
}
