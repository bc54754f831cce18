/**
 * The first thing read after a check (`resultHeadline` of the shared view): what matters most in
 * one line — "1 个错误：缺少第六部分" — and, when there is neither error nor warning, that the
 * tables add up. The count never breaks from its measure word.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  CheckmarkCircle20Filled,
  ErrorCircle20Filled,
  Info20Filled,
  Warning20Filled,
} from "@fluentui/react-icons";
import type { Severity } from "../../report/findings";
import { countWords, type ResultHeadline as Headline } from "../../report/view";
import { useStrings } from "../hooks/useStrings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  icon: { flexShrink: 0 },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  ok: { color: tokens.colorStatusSuccessForeground1 },
  text: { minWidth: 0, color: tokens.colorNeutralForeground1 },
  count: { whiteSpace: "nowrap" },
  addUp: { display: "block", fontWeight: tokens.fontWeightRegular },
});

const ICONS = { error: ErrorCircle20Filled, warning: Warning20Filled, info: Info20Filled };

export interface ResultHeadlineProps {
  headline: Headline;
  counts: Record<Severity, number>;
  /** The tables were found, filled in, and no error or warning remains. */
  tablesAddUp: boolean;
}

export function ResultHeadline({ headline, counts, tablesAddUp }: ResultHeadlineProps) {
  const styles = useStyles();
  const s = useStrings();
  const severity = headline.severity;
  const good = severity === null || severity === "info";
  const Icon = severity === null ? CheckmarkCircle20Filled : ICONS[severity];
  const text = s.lang === "zh" ? headline.zh : headline.en;
  // The count ("1 个错误") kept on one line.
  const count = severity === null ? undefined : countWords(counts[severity], severity)[s.lang];
  const at = count === undefined ? -1 : text.indexOf(count);
  return (
    <p className={styles.root} data-headline="">
      <Icon
        className={mergeClasses(styles.icon, severity === null ? styles.ok : styles[severity])}
        aria-hidden="true"
      />
      <span className={styles.text}>
        {count !== undefined && at >= 0 ? (
          <>
            {text.slice(0, at)}
            <span className={styles.count}>{count}</span>
            {text.slice(at + count.length)}
          </>
        ) : (
          text
        )}
        {good && tablesAddUp && <span className={styles.addUp}>{s.tablesAddUp}</span>}
      </span>
    </p>
  );
}
