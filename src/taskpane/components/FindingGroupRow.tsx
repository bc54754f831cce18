/**
 * A group of repeats as one line — "表三 · 84 个单元格空白（统计数为 0 时应填 0）", or a blank
 * template's "空白模板：200 个统计单元格待填写" — that opens to its findings, each still selectable.
 * The line is a disclosure button (`aria-expanded`); the list's keyboard handling opens it with →.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { useId, type ReactNode } from "react";
import type { FindingGroup } from "../../report/view";
import type { FindingEntry } from "../hooks/useFindingFilter";
import { useLanguage, useStrings } from "../hooks/useStrings";
import { SeverityLabel } from "./SeverityLabel";

const useStyles = makeStyles({
  item: {
    minWidth: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  line: {
    display: "flex",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalXS,
    width: "100%",
    minWidth: 0,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalXS,
    border: "none",
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: "transparent",
    background: "none",
    color: "inherit",
    font: "inherit",
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  holdsCurrent: { borderInlineStartColor: tokens.colorBrandStroke1 },
  chevron: { flexShrink: 0, alignSelf: "center" },
  text: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  title: { minWidth: 0, overflowWrap: "anywhere" },
  members: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    listStyleType: "none",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
});

export interface FindingGroupRowProps {
  group: FindingGroup<FindingEntry>;
  rowKey: string;
  expanded: boolean;
  /** The current finding is one of the group's. */
  holdsCurrent: boolean;
  tabIndex: 0 | -1;
  lineRef: (el: HTMLElement | null) => void;
  onToggle: () => void;
  /** The group's findings, as list items (drawn only while expanded). */
  children: ReactNode;
}

export function FindingGroupRow({
  group,
  rowKey,
  expanded,
  holdsCurrent,
  tabIndex,
  lineRef,
  onToggle,
  children,
}: FindingGroupRowProps) {
  const styles = useStyles();
  const s = useStrings();
  const { lang } = useLanguage();
  const membersId = useId();
  const Chevron = expanded ? ChevronDown16Regular : ChevronRight16Regular;
  return (
    <li className={styles.item}>
      <button
        type="button"
        ref={lineRef}
        tabIndex={tabIndex}
        data-row={rowKey}
        data-part="primary"
        className={mergeClasses(styles.line, holdsCurrent && styles.holdsCurrent)}
        aria-expanded={expanded}
        aria-controls={expanded ? membersId : undefined}
        title={expanded ? s.collapseGroup : s.expandGroup}
        onClick={onToggle}
      >
        <Chevron className={styles.chevron} aria-hidden="true" />
        <span className={styles.text}>
          <SeverityLabel severity={group.severity} />
          <span className={styles.title}>{lang === "zh" ? group.title : group.titleEn}</span>
        </span>
      </button>
      {expanded && (
        <ul
          id={membersId}
          className={styles.members}
          aria-label={lang === "zh" ? group.title : group.titleEn}
        >
          {children}
        </ul>
      )}
    </li>
  );
}
