/** 错误 / 警告 / 提示 toggles with their counts, and 显示已忽略. */
import { makeStyles, Switch, ToggleButton, tokens } from "@fluentui/react-components";
import { SEVERITY_ORDER, type Severity } from "../../report/findings";
import { useStrings } from "../hooks/useStrings";
import { SeverityLabel } from "./SeverityLabel";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  toggles: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  toggle: { minWidth: 0, maxWidth: "100%" },
  switch: { minWidth: 0 },
});

export interface SeverityFilterProps {
  severities: Record<Severity, boolean>;
  counts: Record<Severity, number>;
  onToggle: (severity: Severity) => void;
  ignoredCount: number;
  showIgnored: boolean;
  onShowIgnoredChange: (show: boolean) => void;
}

const SEVERITIES = (Object.keys(SEVERITY_ORDER) as Severity[]).sort(
  (a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b],
);

export function SeverityFilter(props: SeverityFilterProps) {
  const styles = useStyles();
  const s = useStrings();
  return (
    <div className={styles.root}>
      <div className={styles.toggles} role="group" aria-label={s.filterLabel}>
        {SEVERITIES.map((sev) => (
          <ToggleButton
            key={sev}
            size="small"
            shape="circular"
            className={styles.toggle}
            checked={props.severities[sev]}
            aria-label={s.filterToggleLabel(sev, props.counts[sev])}
            onClick={() => props.onToggle(sev)}
          >
            <SeverityLabel severity={sev} text={`${s.severity[sev]} ${props.counts[sev]}`} />
          </ToggleButton>
        ))}
      </div>
      {(props.ignoredCount > 0 || props.showIgnored) && (
        <Switch
          className={styles.switch}
          label={s.showIgnored(props.ignoredCount)}
          checked={props.showIgnored}
          onChange={(_e, data) => props.onShowIgnoredChange(data.checked)}
        />
      )}
    </div>
  );
}
