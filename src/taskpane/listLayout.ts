/**
 * How the list lays out the view's groups (`src/report/view/groupFindings`): a band per severity
 * (errors, then warnings, then info), and within a band the report's sections as sub-headings, in
 * document order. The grouping itself is the view's; this only cuts its ordered groups into runs
 * that share a heading. Used by the list and by the plain-text export, so both read the same.
 */
import type { Severity } from "../report/findings";
import type { TableId } from "../report/formats/types";
import type { FindingGroup } from "../report/view";
import type { Strings } from "./strings";

/** Consecutive groups of one band under one heading (a section, and its table when they are about it). */
export interface SectionRun<T> {
  key: string;
  section: number;
  table?: TableId;
  /** No heading: a blank template's single line is about the whole report. */
  headed: boolean;
  groups: FindingGroup<T>[];
}

export interface SeverityBand<T> {
  severity: Severity;
  /** Findings in the band. */
  count: number;
  runs: SectionRun<T>[];
}

export function layoutGroups<T>(groups: readonly FindingGroup<T>[]): SeverityBand<T>[] {
  const bands: SeverityBand<T>[] = [];
  for (const group of groups) {
    let band = bands.at(-1);
    if (band?.severity !== group.severity)
      bands.push((band = { severity: group.severity, count: 0, runs: [] }));
    band.count += group.items.length;
    const headed = group.kind !== "blank_template";
    const key = `${group.severity}:${group.section}:${group.table ?? ""}:${headed}`;
    let run = band.runs.at(-1);
    if (run?.key !== key) {
      run = {
        key,
        section: group.section,
        ...(group.table ? { table: group.table } : {}),
        headed,
        groups: [],
      };
      band.runs.push(run);
    }
    run.groups.push(group);
  }
  return bands;
}

/** 三、收到和处理政府信息公开申请情况 · 表三 */
export function runTitle(run: { section: number; table?: TableId }, s: Strings): string {
  const section = s.sectionTitles[run.section] ?? s.wholeDocument;
  return run.table ? `${section} · ${s.tableName(run.table)}` : section;
}
