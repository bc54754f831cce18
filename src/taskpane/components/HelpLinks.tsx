/**
 * The pane's help, at its foot: the help page (opened outside the pane) and the host's diagnostics
 * page, where the host has one (Word: diagnostics.html beside the pane, opened in the pane; WPS:
 * its own, in a dialog). The browser preview passes neither diagnostics nor anything else it
 * does not have.
 */
import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { MouseEvent } from "react";
import { useStrings } from "../hooks/useStrings";

export interface PaneLinks {
  /** The help page (help.html), relative to the pane; opened in a browser window. */
  help?: string;
  /**
   * The diagnostics page, relative to the pane. `open` opens it the host's own way (a dialog) and
   * returns false to follow the link instead (the pane shows the page; the ribbon brings it back).
   */
  diagnostics?: { href: string; open?: () => boolean };
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
});

export function HelpLinks({ links }: { links: PaneLinks }) {
  const styles = useStyles();
  const s = useStrings();
  const { help, diagnostics } = links;
  if (!help && !diagnostics) return null;
  const openDiagnostics = (e: MouseEvent) => {
    if (diagnostics?.open?.()) e.preventDefault();
  };
  return (
    <footer className={styles.root} aria-label={s.helpLabel} data-help-links="">
      {help && (
        <Link href={help} target="_blank" rel="noopener noreferrer">
          {s.helpLink}
        </Link>
      )}
      {diagnostics && (
        <Link href={diagnostics.href} title={s.diagnosticsHint} onClick={openDiagnostics}>
          {s.diagnosticsLink}
        </Link>
      )}
    </footer>
  );
}
