/** The polite live region: the step that runs, the result counts, the outcome of an action. */
import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Visually hidden, still read (the usual clip pattern).
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

export interface LiveRegionProps {
  message: string;
  /** Changes with every announcement: the same words twice are replaced, and so read twice. */
  serial: number;
}

export function LiveRegion({ message, serial }: LiveRegionProps) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={styles.hidden}>
      <span key={serial}>{message}</span>
    </div>
  );
}
