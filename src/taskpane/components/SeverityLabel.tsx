/**
 * A severity as an icon AND a word: colour is never the only signal. `neutral` drops the colour
 * (a count of 0 is not an alarm: "0 个错误" is not red).
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Severity } from "../../report/findings";
import { useStrings } from "../hooks/useStrings";

const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXXS,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  neutral: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  icon: { flexShrink: 0 },
});

const ICONS = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled };

export interface SeverityLabelProps {
  severity: Severity;
  /** The words to show; the severity's name by default. They must name the severity. */
  text?: string;
  /** No colour (and no icon): for a count of 0. */
  neutral?: boolean;
  className?: string;
}

export function SeverityLabel({ severity, text, neutral = false, className }: SeverityLabelProps) {
  const styles = useStyles();
  const s = useStrings();
  const Icon = ICONS[severity];
  return (
    <span className={mergeClasses(styles.root, neutral ? styles.neutral : styles[severity], className)}>
      {!neutral && <Icon className={styles.icon} aria-hidden="true" />}
      <span>{text ?? s.severity[severity]}</span>
    </span>
  );
}
