/**
 * Which findings the list shows: the severities switched on, ignored ones hidden unless asked for.
 * Yields the visible findings grouped by the shared view (`src/report/view`: repeats of a rule in
 * one place as one group, errors first, then document order), and flat in the same order (as the
 * previous / next buttons walk them, into the groups). Also the groups of every finding not
 * ignored, whatever the filter, for the summary's headline.
 */
import { useCallback, useMemo, useState } from "react";
import type { CheckResult } from "../../report/checkReport";
import type { Finding, Severity } from "../../report/findings";
import { groupFindings, type FindingGroup } from "../../report/view";
import { fingerprint } from "../fingerprint";

export interface FindingEntry {
  /** Unique within one check result. */
  key: string;
  finding: Finding;
  fingerprint: string;
  ignored: boolean;
}

export interface FindingFilter {
  severities: Record<Severity, boolean>;
  toggleSeverity: (severity: Severity) => void;
  showIgnored: boolean;
  setShowIgnored: (show: boolean) => void;
  /** Per severity, what the toggle shows when on: the findings not ignored (all with 显示已忽略). */
  counts: Record<Severity, number>;
  ignoredCount: number;
  groups: FindingGroup<FindingEntry>[];
  visible: FindingEntry[];
  /** Every finding not ignored, grouped, whatever the severity filter (the headline's input). */
  notIgnored: FindingGroup<FindingEntry>[];
  /** Per severity, the findings not ignored. */
  notIgnoredCounts: Record<Severity, number>;
}

const ALL_ON: Record<Severity, boolean> = { error: true, warning: true, info: true };

export function useFindingFilter(result: CheckResult | null, ignored: ReadonlySet<string>): FindingFilter {
  const [severities, setSeverities] = useState(ALL_ON);
  const [showIgnored, setShowIgnored] = useState(false);

  const entries = useMemo<FindingEntry[]>(
    () =>
      (result?.findings ?? []).map((finding, i) => {
        const fp = fingerprint(finding);
        return { key: `f${i}`, finding, fingerprint: fp, ignored: ignored.has(fp) };
      }),
    [result, ignored],
  );

  const { counts, ignoredCount, notIgnoredCounts } = useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    const kept: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    let n = 0;
    for (const e of entries) {
      if (e.ignored) n++;
      else kept[e.finding.severity]++;
      if (!e.ignored || showIgnored) c[e.finding.severity]++;
    }
    return { counts: c, ignoredCount: n, notIgnoredCounts: kept };
  }, [entries, showIgnored]);

  const blankTemplate = result?.blankTemplate ?? false;
  const groups = useMemo(
    () =>
      groupFindings(
        entries.filter((e) => severities[e.finding.severity] && (showIgnored || !e.ignored)),
        (e) => e.finding,
        { blankTemplate },
      ),
    [entries, severities, showIgnored, blankTemplate],
  );
  const notIgnored = useMemo(
    () =>
      groupFindings(
        entries.filter((e) => !e.ignored),
        (e) => e.finding,
        { blankTemplate },
      ),
    [entries, blankTemplate],
  );
  const visible = useMemo(() => groups.flatMap((g) => g.items), [groups]);

  const toggleSeverity = useCallback(
    (severity: Severity) => setSeverities((prev) => ({ ...prev, [severity]: !prev[severity] })),
    [],
  );

  return {
    severities,
    toggleSeverity,
    showIgnored,
    setShowIgnored,
    counts,
    ignoredCount,
    groups,
    visible,
    notIgnored,
    notIgnoredCounts,
  };
}
