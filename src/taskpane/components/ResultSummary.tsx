/** After a check: the format and report year the engine found, and the counts by severity. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { CheckResult } from "../../report/checkReport";
import { SEVERITY_ORDER, type Severity } from "../../report/findings";
import { useStrings } from "../hooks/useStrings";
import { SeverityLabel } from "./SeverityLabel";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, minWidth: 0 },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  extra: { color: tokens.colorNeutralForeground3 },
});

export interface ResultSummaryProps {
  result: CheckResult;
  ignoredCount: number;
  /** Cells marked by the last `mark`; undefined when nothing was marked. */
  marked?: number;
}

const SEVERITIES = (Object.keys(SEVERITY_ORDER) as Severity[]).sort(
  (a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b],
);

export function ResultSummary({ result, ignoredCount, marked }: ResultSummaryProps) {
  const styles = useStyles();
  const s = useStrings();
  return (
    <section className={styles.root} aria-label={s.summaryLabel}>
      <dl className={styles.facts}>
        <dt className={styles.term}>{s.formatLabel}</dt>
        <dd className={styles.value}>{result.format ? s.formatName(result.format) : s.formatUnknown}</dd>
        <dt className={styles.term}>{s.yearLabel}</dt>
        <dd className={styles.value}>{result.reportYear ? s.yearName(result.reportYear) : s.yearUnknown}</dd>
      </dl>
      <ul className={styles.counts} aria-label={s.countsLabel}>
        {SEVERITIES.map((sev) => (
          <li key={sev}>
            <SeverityLabel severity={sev} text={s.severityCount(sev, result.counts[sev])} />
          </li>
        ))}
        {ignoredCount > 0 && <li className={styles.extra}>{s.ignoredCount(ignoredCount)}</li>}
        {marked !== undefined && <li className={styles.extra}>{s.markedCells(marked)}</li>}
      </ul>
    </section>
  );
}
