/**
 * The pane's actions: 检查年报 (with the comments option where the host can comment), then
 * 清除标记, 插入空白模板, 复制结果. Buttons wrap on a narrow pane. While something runs they are
 * disabled but stay focusable, so the keyboard user keeps their place.
 */
import { Button, Checkbox, makeStyles, tokens, useRestoreFocusTarget } from "@fluentui/react-components";
import {
  Copy20Regular,
  DocumentAdd20Regular,
  DocumentSearch20Regular,
  Eraser20Regular,
} from "@fluentui/react-icons";
import { useStrings } from "../hooks/useStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  primaryRow: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  secondaryRow: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  // Long Chinese labels wrap instead of widening the pane.
  wrapping: { maxWidth: "100%", minWidth: 0, height: "auto", whiteSpace: "normal", textAlign: "start" },
});

export interface ToolbarProps {
  busy: boolean;
  hasResult: boolean;
  readOnly: boolean;
  /** Id of the element that explains why marking and inserting are off. */
  readOnlyNoticeId?: string;
  /** Show the comments option (the host can comment). */
  canComment: boolean;
  comments: boolean;
  onCommentsChange: (comments: boolean) => void;
  onCheck: () => void;
  onClearMarks: () => void;
  onInsertTemplate: () => void;
  onCopyResults: () => void;
}

export function Toolbar(props: ToolbarProps) {
  const styles = useStyles();
  const s = useStrings();
  const { busy, hasResult, readOnly, readOnlyNoticeId } = props;
  const readOnlyDescription = readOnly ? readOnlyNoticeId : undefined;
  // The template dialog is opened without a DialogTrigger: this is where focus returns on close.
  const restoreFocusTarget = useRestoreFocusTarget();
  return (
    <div className={styles.root} role="group" aria-label={s.toolbarLabel}>
      <div className={styles.primaryRow}>
        <Button
          appearance="primary"
          icon={<DocumentSearch20Regular />}
          className={styles.wrapping}
          aria-label={s.checkLabel}
          disabledFocusable={busy}
          onClick={props.onCheck}
        >
          {hasResult ? s.checkAgain : s.check}
        </Button>
        {props.canComment && (
          <Checkbox
            label={s.comments}
            checked={props.comments}
            disabled={readOnly}
            aria-describedby={readOnlyDescription}
            onChange={(_e, data) => props.onCommentsChange(data.checked === true)}
          />
        )}
      </div>
      <div className={styles.secondaryRow}>
        <Button
          appearance="subtle"
          icon={<Eraser20Regular />}
          className={styles.wrapping}
          aria-label={s.clearMarksLabel}
          aria-describedby={readOnlyDescription}
          disabledFocusable={busy || readOnly}
          onClick={props.onClearMarks}
        >
          {s.clearMarks}
        </Button>
        <Button
          appearance="subtle"
          icon={<DocumentAdd20Regular />}
          className={styles.wrapping}
          {...restoreFocusTarget}
          aria-label={s.insertTemplateLabel}
          aria-describedby={readOnlyDescription}
          disabledFocusable={busy || readOnly}
          onClick={props.onInsertTemplate}
        >
          {s.insertTemplate}
        </Button>
        <Button
          appearance="subtle"
          icon={<Copy20Regular />}
          className={styles.wrapping}
          aria-label={s.copyResultsLabel}
          disabledFocusable={!hasResult}
          onClick={props.onCopyResults}
        >
          {s.copyResults}
        </Button>
      </div>
    </div>
  );
}
