/**
 * The severity chips — "✓ 1 个错误", "✓ 136 个警告", "✓ 2 条提示" — that show and hide findings.
 * Their state is unmistakable: a check mark and a filled look when on (`aria-pressed`), an empty
 * ring, a dashed border and grey words when off. A count never breaks from its measure word; 0 is
 * not red. Narrow enough for the three to share one line at 320 px.
 */
import { makeStyles, mergeClasses, ToggleButton, tokens } from "@fluentui/react-components";
import { Checkmark12Filled, Circle12Regular } from "@fluentui/react-icons";
import { SEVERITY_ORDER, type Severity } from "../../report/findings";
import { useStrings } from "../hooks/useStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  chip: {
    minWidth: 0,
    maxWidth: "100%",
    paddingInline: tokens.spacingHorizontalSNudge,
    columnGap: tokens.spacingHorizontalXXS,
    whiteSpace: "nowrap",
  },
  // The chip's own words name the severity; its colour, not a second icon, goes with them.
  count: { fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  quiet: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  on: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  off: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground3,
  },
  mark: { flexShrink: 0 },
});

export interface SeverityFilterProps {
  severities: Record<Severity, boolean>;
  counts: Record<Severity, number>;
  onToggle: (severity: Severity) => void;
}

const SEVERITIES = (Object.keys(SEVERITY_ORDER) as Severity[]).sort(
  (a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b],
);

export function SeverityFilter({ severities, counts, onToggle }: SeverityFilterProps) {
  const styles = useStyles();
  const s = useStrings();
  return (
    <div className={styles.root} role="group" aria-label={s.filterLabel}>
      {SEVERITIES.map((sev) => {
        const on = severities[sev];
        const Mark = on ? Checkmark12Filled : Circle12Regular;
        return (
          <ToggleButton
            key={sev}
            size="small"
            shape="circular"
            className={mergeClasses(styles.chip, on ? styles.on : styles.off)}
            checked={on}
            icon={<Mark className={styles.mark} aria-hidden="true" />}
            aria-label={s.filterToggleLabel(sev, counts[sev])}
            onClick={() => onToggle(sev)}
          >
            <span
              className={mergeClasses(styles.count, counts[sev] === 0 || !on ? styles.quiet : styles[sev])}
            >
              {s.severityCount(sev, counts[sev])}
            </span>
          </ToggleButton>
        );
      })}
    </div>
  );
}
