/**
 * What the check covered (`checkedScope` of the shared view: format, year, tables and cells,
 * sections), whether the cross-year checks ran (and if not, why), and what it did to the
 * document: cells marked, findings ignored.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { CheckResult } from "../../report/checkReport";
import type { CheckedScope } from "../../report/view";
import type { CrossYearStatus } from "../priorReport";
import { useStrings } from "../hooks/useStrings";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
  },
  term: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
  value: { margin: 0, minWidth: 0 },
  pair: { display: "contents" },
});

export interface ResultFactsProps {
  result: CheckResult;
  scope: CheckedScope;
  ignoredCount: number;
  /** Cells marked by the last `mark`; undefined when nothing was marked. */
  marked?: number;
  crossYear?: CrossYearStatus;
}

export function ResultFacts({ result, scope, ignoredCount, marked, crossYear }: ResultFactsProps) {
  const styles = useStyles();
  const s = useStrings();
  const unknown = [
    result.format === null ? s.formatUnknownFact : "",
    result.reportYear === null ? s.yearUnknownFact : "",
  ].filter(Boolean);
  const facts: Array<[string, string]> = [
    [s.scopeLabel, [s.lang === "zh" ? scope.zh : scope.en, ...unknown].join(s.lang === "zh" ? " · " : " · ")],
  ];
  if (result.format) facts.push([s.formatLabel, s.formatName(result.format)]);
  if (crossYear) facts.push([s.crossYearLabel, s.crossYear(crossYear)]);
  if (marked !== undefined) facts.push([s.marksLabel, s.markedCells(marked)]);
  if (ignoredCount > 0) facts.push([s.ignoredLabel, s.ignoredCount(ignoredCount)]);
  return (
    <section aria-label={s.summaryLabel}>
      <dl className={styles.root}>
        {facts.map(([term, value]) => (
          <div key={term} className={styles.pair}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
