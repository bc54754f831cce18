/**
 * The visible findings in the shared view's order: a band per severity (errors, warnings, info),
 * within it the report's sections as sub-headings in document order, and in them a line per group
 * of repeats (expandable to its findings) or per single finding. One tab stop for the whole list:
 * ↑ / ↓ / Home / End move, → / ← open and close a group and reach a finding's 忽略, Enter or Space
 * selects a finding in the document (../hooks/useListFocus).
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useId, useMemo, useState } from "react";
import type { Finding } from "../../report/findings";
import type { FindingGroup } from "../../report/view";
import type { FindingEntry } from "../hooks/useFindingFilter";
import { useListFocus } from "../hooks/useListFocus";
import { useStrings } from "../hooks/useStrings";
import { layoutGroups, runTitle } from "../listLayout";
import { groupRowKey, isCollapsible, listRows } from "../listRows";
import { FindingGroupRow } from "./FindingGroupRow";
import { FindingItem } from "./FindingItem";
import { SeverityLabel } from "./SeverityLabel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, minWidth: 0 },
  band: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  bandHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  heading: {
    margin: 0,
    paddingBlock: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  list: { margin: 0, padding: 0, listStyleType: "none" },
});

export interface FindingListProps {
  groups: FindingGroup<FindingEntry>[];
  current: Finding | null;
  onSelect: (entry: FindingEntry) => void;
  onToggleIgnored: (entry: FindingEntry) => void;
}

export function FindingList({ groups, current, onSelect, onToggleIgnored }: FindingListProps) {
  const styles = useStyles();
  const s = useStrings();
  const idPrefix = useId();
  const [expanded, setExpandedState] = useState<ReadonlySet<string>>(new Set());
  const bands = useMemo(() => layoutGroups(groups), [groups]);
  const rows = useMemo(() => listRows(groups, expanded), [groups, expanded]);

  const groupOfRow = useMemo(() => new Map(groups.map((g) => [groupRowKey(g), g.key])), [groups]);
  const setExpanded = useCallback(
    (rowKey: string, open: boolean) => {
      const key = groupOfRow.get(rowKey);
      if (key === undefined) return;
      setExpandedState((prev) => {
        if (prev.has(key) === open) return prev;
        const next = new Set(prev);
        if (open) next.add(key);
        else next.delete(key);
        return next;
      });
    },
    [groupOfRow],
  );
  const focus = useListFocus(rows, { setExpanded });

  // The current finding (chosen here or by 上一条 / 下一条): its group opens, it becomes the list's
  // tab stop, and it is scrolled into view; when the focus is in the list, the focus follows it.
  const currentEntry = useMemo(
    () => groups.flatMap((g) => g.items).find((e) => e.finding === current),
    [groups, current],
  );
  const currentGroup = useMemo(
    () => (currentEntry ? groups.find((g) => g.items.includes(currentEntry)) : undefined),
    [groups, currentEntry],
  );
  const currentKey = currentEntry?.key;
  const { activate, hasFocus } = focus;
  // Keyed by the group's key, not the group: its identity changes with every regrouping.
  const currentGroupKey = currentGroup && isCollapsible(currentGroup) ? groupRowKey(currentGroup) : undefined;
  useEffect(() => {
    if (currentGroupKey !== undefined) setExpanded(currentGroupKey, true);
  }, [currentKey, currentGroupKey, setExpanded]);
  const { elementOf } = focus;
  const shown = currentKey !== undefined && rows.some((r) => r.key === currentKey);
  useEffect(() => {
    if (currentKey === undefined || !shown) return;
    activate(currentKey, hasFocus());
    elementOf(currentKey)?.closest("li")?.scrollIntoView?.({ block: "nearest" });
  }, [currentKey, shown, activate, hasFocus, elementOf]);

  const item = (entry: FindingEntry, inGroup: boolean) => (
    <FindingItem
      key={entry.key}
      entry={entry}
      current={entry.key === currentKey}
      inGroup={inGroup}
      tabIndex={focus.tabIndexOf(entry.key)}
      selectRef={focus.refOf(entry.key, "primary")}
      toggleRef={focus.refOf(entry.key, "secondary")}
      onSelect={(e) => {
        focus.activate(e.key);
        onSelect(e);
      }}
      onToggleIgnored={onToggleIgnored}
    />
  );

  return (
    <div
      className={styles.root}
      role="region"
      aria-label={s.findingsLabel}
      aria-describedby={`${idPrefix}-keys`}
      onKeyDown={focus.onKeyDown}
      onFocus={focus.onFocus}
    >
      <span id={`${idPrefix}-keys`} hidden>
        {s.listKeysHint}
      </span>
      {bands.map((band) => {
        const bandId = `${idPrefix}-${band.severity}`;
        return (
          <div key={band.severity} className={styles.band} role="group" aria-labelledby={bandId}>
            <h2 id={bandId} className={styles.bandHeading}>
              <SeverityLabel severity={band.severity} text={s.bandTitle(band.severity, band.count)} />
            </h2>
            {band.runs.map((run) => (
              <div key={run.key}>
                {run.headed && <h3 className={styles.heading}>{runTitle(run, s)}</h3>}
                <ul className={styles.list}>
                  {run.groups.map((group) => {
                    if (!isCollapsible(group)) return group.items.map((entry) => item(entry, false));
                    const rowKey = groupRowKey(group);
                    const open = expanded.has(group.key);
                    return (
                      <FindingGroupRow
                        key={rowKey}
                        group={group}
                        rowKey={rowKey}
                        expanded={open}
                        holdsCurrent={currentEntry !== undefined && group.items.includes(currentEntry)}
                        tabIndex={focus.tabIndexOf(rowKey)}
                        lineRef={focus.refOf(rowKey, "primary")}
                        onToggle={() => {
                          focus.activate(rowKey);
                          setExpanded(rowKey, !open);
                        }}
                      >
                        {open && group.items.map((entry) => item(entry, true))}
                      </FindingGroupRow>
                    );
                  })}
                </ul>
              </div>
            ))}
          </div>
        );
      })}
    </div>
  );
}
