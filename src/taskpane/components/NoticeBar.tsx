/**
 * Notices about the document and the last action, as message bars: errors from the host (never
 * swallowed), read-only, tables that cannot be addressed, a blank template, no tables, marks that
 * could not be cleared, and short confirmations; some with actions (重试, 重新检查 …). Text wraps;
 * nothing is cut off on a narrow pane.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import { useStrings } from "../hooks/useStrings";

export interface Notice {
  key: string;
  intent: "error" | "warning" | "info" | "success";
  title?: string;
  text: string;
  /** The element's id, for `aria-describedby` from the controls it explains. */
  id?: string;
  onDismiss?: () => void;
  actions?: NoticeAction[];
}

export interface NoticeAction {
  label: string;
  onClick: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  body: { overflowWrap: "anywhere", whiteSpace: "normal" },
  actions: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXS },
});

export function NoticeBar({ notices }: { notices: Notice[] }) {
  const styles = useStyles();
  const s = useStrings();
  if (notices.length === 0) return null;
  return (
    <div className={styles.root}>
      {notices.map((n) => (
        <MessageBar key={n.key} id={n.id} intent={n.intent} layout="multiline" data-notice={n.key}>
          <MessageBarBody className={styles.body}>
            {n.title && <MessageBarTitle>{n.title}</MessageBarTitle>}
            {n.text}
          </MessageBarBody>
          {(n.onDismiss || n.actions) && (
            <MessageBarActions
              className={styles.actions}
              containerAction={
                n.onDismiss && (
                  <Button
                    appearance="transparent"
                    size="small"
                    icon={<Dismiss16Regular />}
                    aria-label={s.dismiss}
                    onClick={n.onDismiss}
                  />
                )
              }
            >
              {n.actions?.map((a) => (
                <Button key={a.label} size="small" onClick={a.onClick}>
                  {a.label}
                </Button>
              ))}
            </MessageBarActions>
          )}
        </MessageBar>
      ))}
    </div>
  );
}
