/**
 * The visible findings, grouped by section and table (the whole document first). Up / Down (and
 * Home / End) move the focus between findings; Enter or Space selects one in the document.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useId, useRef, type KeyboardEvent } from "react";
import type { Finding } from "../../report/findings";
import { groupTitle, type FindingGroup } from "../findingGroups";
import type { FindingEntry } from "../hooks/useFindingFilter";
import { useStrings } from "../hooks/useStrings";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  heading: {
    margin: 0,
    paddingBlock: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  list: { margin: 0, padding: 0, listStyleType: "none" },
});

export interface FindingListProps {
  groups: FindingGroup<FindingEntry>[];
  current: Finding | null;
  onSelect: (entry: FindingEntry) => void;
  onIgnore: (entry: FindingEntry) => void;
  onUnignore: (entry: FindingEntry) => void;
}

export function FindingList({ groups, current, onSelect, onIgnore, onUnignore }: FindingListProps) {
  const styles = useStyles();
  const s = useStrings();
  const idPrefix = useId();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const order = groups.flatMap((g) => g.items.map((e) => e.key));

  const currentKey = groups.flatMap((g) => g.items).find((e) => e.finding === current)?.key;
  useEffect(() => {
    if (currentKey) buttons.current.get(currentKey)?.scrollIntoView?.({ block: "nearest" });
  }, [currentKey]);

  const onKeyDown = useCallback(
    (key: string) => (e: KeyboardEvent<HTMLButtonElement>) => {
      const i = order.indexOf(key);
      const target =
        e.key === "ArrowDown"
          ? order[i + 1]
          : e.key === "ArrowUp"
            ? order[i - 1]
            : e.key === "Home"
              ? order[0]
              : e.key === "End"
                ? order[order.length - 1]
                : undefined;
      if (target === undefined) return;
      e.preventDefault();
      buttons.current.get(target)?.focus();
    },
    [order],
  );

  return (
    <div className={styles.root} role="region" aria-label={s.findingsLabel}>
      {groups.map((group) => {
        const headingId = `${idPrefix}-${group.key}`;
        return (
          <section key={group.key} aria-labelledby={headingId}>
            <h2 id={headingId} className={styles.heading}>
              {s.groupLabel(groupTitle(group, s), group.items.length)}
            </h2>
            <ul className={styles.list}>
              {group.items.map((entry) => (
                <FindingItem
                  key={entry.key}
                  entry={entry}
                  current={entry.finding === current}
                  onSelect={onSelect}
                  onIgnore={onIgnore}
                  onUnignore={onUnignore}
                  onKeyDown={onKeyDown(entry.key)}
                  selectRef={(el) => {
                    if (el) buttons.current.set(entry.key, el);
                    else buttons.current.delete(entry.key);
                  }}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
