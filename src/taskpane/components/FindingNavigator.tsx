/**
 * 上一条 / 下一条: walk the visible findings (into the groups), selecting each in the document;
 * the position. Alt+↓ / Alt+↑ do the same from anywhere in the pane (the buttons' tooltips and
 * `aria-keyshortcuts` say so; a plain `title`: Fluent's Tooltip would add its positioning library
 * to the pane's bundle for two hints).
 */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ArrowDown20Regular, ArrowUp20Regular } from "@fluentui/react-icons";
import { useStrings } from "../hooks/useStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  position: { color: tokens.colorNeutralForeground2, minWidth: 0, whiteSpace: "nowrap" },
});

export const NEXT_SHORTCUT = "Alt+ArrowDown";
export const PREVIOUS_SHORTCUT = "Alt+ArrowUp";

export interface FindingNavigatorProps {
  /** 0-based index of the current finding among the visible ones; -1 for none. */
  index: number;
  total: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

export function FindingNavigator(props: FindingNavigatorProps) {
  const styles = useStyles();
  const s = useStrings();
  return (
    <div className={styles.root} role="group" aria-label={s.navigationLabel}>
      <Button
        size="small"
        icon={<ArrowUp20Regular />}
        title={s.previousTooltip}
        aria-label={s.previousLabel}
        aria-keyshortcuts={PREVIOUS_SHORTCUT}
        disabledFocusable={!props.hasPrevious}
        onClick={props.onPrevious}
      >
        {s.previous}
      </Button>
      <Button
        size="small"
        icon={<ArrowDown20Regular />}
        title={s.nextTooltip}
        aria-label={s.nextLabel}
        aria-keyshortcuts={NEXT_SHORTCUT}
        disabledFocusable={!props.hasNext}
        onClick={props.onNext}
      >
        {s.next}
      </Button>
      <Text size={200} className={styles.position}>
        {props.index >= 0 ? s.position(props.index + 1, props.total) : s.noCurrent(props.total)}
      </Text>
    </div>
  );
}
