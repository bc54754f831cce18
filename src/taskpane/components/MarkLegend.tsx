/**
 * What the marks in the document mean, in words, beside the fill each look has in every host
 * (the shared palette, `src/report/view/markPalette`): only the looks the last check used.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { markFill, type MarkLook, type MarkSeverity } from "../../report/view";
import { useStrings } from "../hooks/useStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  list: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  entry: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, minWidth: 0 },
  swatch: {
    flexShrink: 0,
    width: "14px",
    height: "14px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    // Forced colours (Windows high contrast) drop backgrounds: the words carry the meaning.
    forcedColorAdjust: "none",
  },
  words: { minWidth: 0, overflowWrap: "anywhere" },
});

export interface LookUsed {
  look: MarkLook;
  severity: MarkSeverity;
}

const ORDER: LookUsed[] = [
  { look: "suspect", severity: "error" },
  { look: "suspect", severity: "warning" },
  { look: "involved", severity: "error" },
  { look: "blank", severity: "warning" },
];

export function MarkLegend({ used }: { used: readonly LookUsed[] }) {
  const styles = useStyles();
  const s = useStrings();
  // Involved and blank cells have one fill whatever the severity.
  const has = (l: LookUsed) =>
    used.some((u) => u.look === l.look && (l.look !== "suspect" || u.severity === l.severity));
  const shown = ORDER.filter(has);
  if (shown.length === 0) return null;
  return (
    <section className={styles.root} aria-label={s.legendTitle}>
      <p className={styles.title}>{s.legendTitle}</p>
      <ul className={styles.list}>
        {shown.map((l) => (
          <li key={`${l.look}-${l.severity}`} className={styles.entry}>
            <span
              className={styles.swatch}
              style={{ backgroundColor: `#${markFill(l.look, l.severity)}` }}
              aria-hidden="true"
            />
            <span className={styles.words}>{s.lookMeaning(l.look, l.severity)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
