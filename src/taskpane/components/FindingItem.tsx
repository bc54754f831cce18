/**
 * One finding: severity (icon and word), the message, the cells in words, the quoted text,
 * expected and found, the suggestion; 忽略 / 取消忽略. The message is a button: click, Enter or
 * Space selects the finding's cell or paragraph in the document. The current finding carries
 * `aria-current` and a visible bar and tag.
 */
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Eye16Regular, EyeOff16Regular } from "@fluentui/react-icons";
import { useId, type KeyboardEvent, type Ref } from "react";
import { cellsLine, findingCellsInWords, valueInWords } from "../cellWords";
import type { FindingEntry } from "../hooks/useFindingFilter";
import { useLanguage, useStrings } from "../hooks/useStrings";
import { SeverityLabel } from "./SeverityLabel";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
    paddingBlock: tokens.spacingVerticalS,
    paddingInlineStart: tokens.spacingHorizontalS,
    paddingInlineEnd: tokens.spacingHorizontalXS,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: "transparent",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  current: {
    // A thick bar and a tag as well as the tint: not colour alone.
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorNeutralBackground1Selected,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Selected },
  },
  ignored: { color: tokens.colorNeutralForeground3 },
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
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "flex-end",
    gap: tokens.spacingHorizontalXS,
  },
});

export interface FindingItemProps {
  entry: FindingEntry;
  current: boolean;
  onSelect: (entry: FindingEntry) => void;
  onIgnore: (entry: FindingEntry) => void;
  onUnignore: (entry: FindingEntry) => void;
  onKeyDown?: (e: KeyboardEvent<HTMLButtonElement>) => void;
  selectRef?: Ref<HTMLButtonElement>;
}

/** Labels quote the message; a very long one is cut, the button's own text has it all. */
const quote = (message: string) => (message.length > 60 ? `${message.slice(0, 60)}…` : message);

export function FindingItem({
  entry,
  current,
  onSelect,
  onIgnore,
  onUnignore,
  onKeyDown,
  selectRef,
}: FindingItemProps) {
  const styles = useStyles();
  const s = useStrings();
  const { lang } = useLanguage();
  const detailsId = useId();
  const f = entry.finding;
  const message = lang === "zh" ? f.message : f.messageEn;
  const cells = findingCellsInWords(f, lang);
  const expected = valueInWords(f.expected, lang);
  const actual = valueInWords(f.actual, lang);
  const details: Array<[string, string]> = [];
  if (cells.total > 0) details.push([s.cells, cellsLine(cells, lang)]);
  if (f.location.excerpt) details.push([s.excerpt, `「${f.location.excerpt}」`]);
  if (expected !== undefined) details.push([s.expected, expected]);
  if (actual !== undefined) details.push([s.actual, actual]);
  if (f.suggestion)
    details.push([s.suggestion, lang === "zh" ? f.suggestion.message : f.suggestion.messageEn]);

  return (
    <li
      className={mergeClasses(styles.item, current && styles.current, entry.ignored && styles.ignored)}
      onClick={() => onSelect(entry)}
    >
      <button
        type="button"
        ref={selectRef}
        className={styles.select}
        aria-current={current ? "true" : undefined}
        aria-describedby={details.length > 0 ? detailsId : undefined}
        onClick={(e) => {
          e.stopPropagation();
          onSelect(entry);
        }}
        onKeyDown={onKeyDown}
      >
        <SeverityLabel severity={f.severity} />
        {current && (
          <span className={styles.tag} aria-hidden="true">
            {s.currentTag}
          </span>
        )}
        {entry.ignored && <span className={styles.tag}>{s.ignoredTag}</span>}
        <span className={styles.message}>{message}</span>
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
      <div className={styles.actions}>
        {entry.ignored ? (
          <Button
            size="small"
            appearance="subtle"
            icon={<Eye16Regular />}
            aria-label={s.unignoreLabel(quote(message))}
            onClick={(e) => {
              e.stopPropagation();
              onUnignore(entry);
            }}
          >
            {s.unignore}
          </Button>
        ) : (
          <Button
            size="small"
            appearance="subtle"
            icon={<EyeOff16Regular />}
            aria-label={s.ignoreLabel(quote(message))}
            onClick={(e) => {
              e.stopPropagation();
              onIgnore(entry);
            }}
          >
            {s.ignore}
          </Button>
        )}
      </div>
    </li>
  );
}
