/** The polite live region: the step that runs, the result counts, the outcome of an action. */
import { makeStyles } from "@fluentui/react-components";
import { visuallyHidden } from "./visuallyHidden";

const useStyles = makeStyles({
  // Visually hidden, still read (the usual clip pattern) — the text too, so that a long message
  // does not run out of the pane's box unseen.
  hidden: visuallyHidden,
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
      <span key={serial} className={styles.hidden}>
        {message}
      </span>
    </div>
  );
}
