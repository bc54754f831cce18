/**
 * One finding: severity (icon and word), the message, the cells in words, the quoted text,
 * expected and found, the suggestion; 忽略 / 取消忽略. The message is a button: click, Enter or
 * Space selects the finding's cell or paragraph in the document. The current finding carries
 * `aria-current` and a visible bar and tag. Inside a group of repeats (`inGroup`) the group's line
 * already says the severity and the rule, so the item shows only what differs (a blank cell: the
 * cell in words, its full message as the tooltip).
 *
 * Both buttons belong to the list's single tab stop (../hooks/useListFocus): the finding is reached
 * with the arrow keys, its 忽略 with →. 忽略 and 取消忽略 are one button whose words change, so the
 * focus stays on it.
 */
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Eye16Regular, EyeOff16Regular } from "@fluentui/react-icons";
import { useId } from "react";
import { excerptText } from "../../report/view";
import { cellsLine, findingCellsInWords, valueInWords } from "../cellWords";
import type { FindingEntry } from "../hooks/useFindingFilter";
import { useLanguage, useStrings } from "../hooks/useStrings";
import { suggestionWords } from "../suggestionText";
import { SeverityLabel } from "./SeverityLabel";
import { visuallyHidden } from "./visuallyHidden";

const useStyles = makeStyles({
  item: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalXS,
    minWidth: 0,
    paddingBlock: tokens.spacingVerticalS,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: "transparent",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  compact: { paddingBlock: tokens.spacingVerticalXS },
  current: {
    // A thick bar and a tag as well as the tint: not colour alone.
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorNeutralBackground1Selected,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Selected },
  },
  ignored: { color: tokens.colorNeutralForeground3 },
  body: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    flexGrow: 1,
    minWidth: 0,
  },
  select: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    minWidth: 0,
    padding: 0,
    border: "none",
    background: "none",
    color: "inherit",
    font: "inherit",
    textAlign: "start",
    cursor: "pointer",
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
  },
  message: { minWidth: 0, overflowWrap: "anywhere", fontWeight: tokens.fontWeightRegular },
  tag: {
    fontSize: tokens.fontSizeBase100,
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid currentColor`,
    whiteSpace: "nowrap",
  },
  details: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  pair: { display: "contents" },
  term: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
  value: { margin: 0, minWidth: 0, overflowWrap: "anywhere" },
  toggle: { flexShrink: 0, minWidth: 0, whiteSpace: "nowrap" },
  hidden: visuallyHidden,
});

export interface FindingItemProps {
  entry: FindingEntry;
  current: boolean;
  /** In a group of repeats: the group's line says the severity and the rule. */
  inGroup?: boolean;
  /** The list's roving tab stop. */
  tabIndex: 0 | -1;
  selectRef?: (el: HTMLElement | null) => void;
  toggleRef?: (el: HTMLElement | null) => void;
  onSelect: (entry: FindingEntry) => void;
  onToggleIgnored: (entry: FindingEntry) => void;
}

/** Labels quote the message; a very long one is cut, the button's own text has it all. */
const quote = (message: string) => (message.length > 60 ? `${message.slice(0, 60)}…` : message);

export function FindingItem({
  entry,
  current,
  inGroup = false,
  tabIndex,
  selectRef,
  toggleRef,
  onSelect,
  onToggleIgnored,
}: FindingItemProps) {
  const styles = useStyles();
  const s = useStrings();
  const { lang } = useLanguage();
  const detailsId = useId();
  const f = entry.finding;
  const message = lang === "zh" ? f.message : f.messageEn;
  const cells = findingCellsInWords(f, lang);
  // In a group of blank cells the line already says "blank, write 0": each item is its cell, in words.
  const cellOnly = inGroup && f.rule === "cell.blank" && cells.total === 1 && cells.shown.length === 1;
  const shownText = cellOnly ? cells.shown[0] : message;
  const expected = valueInWords(f.expected, lang);
  const actual = valueInWords(f.actual, lang);
  const details: Array<[string, string]> = [];
  // The cells, unless the message already names every one of them.
  if (
    cells.total > 0 &&
    !(cells.total === cells.shown.length && cells.shown.every((c) => message.includes(c)))
  )
    details.push([s.cells, cellsLine(cells, lang)]);
  if (f.location.excerpt) details.push([s.excerpt, `「${excerptText(f.location)}」`]);
  if (expected !== undefined) details.push([s.expected, expected]);
  // A blank cell's message says it is blank.
  if (actual !== undefined && !(f.rule === "cell.blank" && f.actual === "")) details.push([s.actual, actual]);
  if (f.suggestion)
    details.push([
      s.suggestion,
      suggestionWords(lang === "zh" ? f.suggestion.message : f.suggestion.messageEn, lang),
    ]);

  return (
    <li
      className={mergeClasses(
        styles.item,
        inGroup && styles.compact,
        current && styles.current,
        entry.ignored && styles.ignored,
      )}
      onClick={() => onSelect(entry)}
    >
      <div className={styles.body}>
        <button
          type="button"
          ref={selectRef}
          tabIndex={tabIndex}
          data-row={entry.key}
          data-part="primary"
          className={styles.select}
          aria-current={current ? "true" : undefined}
          aria-describedby={details.length > 0 ? detailsId : undefined}
          title={cellOnly ? message : undefined}
          onClick={(e) => {
            e.stopPropagation();
            onSelect(entry);
          }}
        >
          {inGroup ? (
            <span className={styles.hidden}>{s.severity[f.severity]} </span>
          ) : (
            <SeverityLabel severity={f.severity} />
          )}
          {current && (
            <span className={styles.tag} aria-hidden="true">
              {s.currentTag}
            </span>
          )}
          {entry.ignored && <span className={styles.tag}>{s.ignoredTag}</span>}
          <span className={styles.message}>{shownText}</span>
        </button>
        {details.length > 0 && (
          <dl id={detailsId} className={styles.details}>
            {details.map(([term, value]) => (
              <div key={term} className={styles.pair}>
                <dt className={styles.term}>{term}</dt>
                <dd className={styles.value}>{value}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
      <Button
        size="small"
        appearance="subtle"
        className={styles.toggle}
        ref={toggleRef as ((el: HTMLButtonElement | null) => void) | undefined}
        tabIndex={-1}
        data-row={entry.key}
        data-part="secondary"
        icon={entry.ignored ? <Eye16Regular /> : <EyeOff16Regular />}
        aria-label={entry.ignored ? s.unignoreLabel(quote(shownText)) : s.ignoreLabel(quote(shownText))}
        onClick={(e) => {
          e.stopPropagation();
          onToggleIgnored(entry);
        }}
      >
        {entry.ignored ? s.unignore : s.ignore}
      </Button>
    </li>
  );
}
