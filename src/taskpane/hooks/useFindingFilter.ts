/**
 * Which findings the list shows: the severities switched on, ignored ones hidden unless asked for.
 * Yields the visible findings grouped (as the list draws them) and flat in the same order (as the
 * previous / next buttons walk them).
 */
import { useCallback, useMemo, useState } from "react";
import type { CheckResult } from "../../report/checkReport";
import type { Finding, Severity } from "../../report/findings";
import { fingerprint } from "../fingerprint";
import { groupFindings, type FindingGroup } from "../findingGroups";

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

  const { counts, ignoredCount } = useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    let n = 0;
    for (const e of entries) {
      if (e.ignored) n++;
      if (!e.ignored || showIgnored) c[e.finding.severity]++;
    }
    return { counts: c, ignoredCount: n };
  }, [entries, showIgnored]);

  const groups = useMemo(
    () =>
      groupFindings(
        entries.filter((e) => severities[e.finding.severity] && (showIgnored || !e.ignored)),
        (e) => e.finding,
      ),
    [entries, severities, showIgnored],
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
  };
}
