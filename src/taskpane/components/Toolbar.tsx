/**
 * The command bar: 检查年报, 清除标记, 复制结果, 插入空白模板, 选择上年报告. Small buttons that wrap
 * on a narrow pane (two rows at 320 px). While something runs they are disabled but stay
 * focusable, so the keyboard user keeps their place. 选择上年报告 opens the file picker of a
 * hidden `<input type=file>` (a notice can open it too, through `priorInputRef`).
 */
import { Button, makeStyles, tokens, useRestoreFocusTarget } from "@fluentui/react-components";
import {
  Copy20Regular,
  DocumentAdd20Regular,
  DocumentSearch20Regular,
  Eraser20Regular,
  History20Regular,
} from "@fluentui/react-icons";
import type { ChangeEvent, Ref, RefObject } from "react";
import { useStrings } from "../hooks/useStrings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  // Long labels wrap instead of widening the pane.
  wrapping: { maxWidth: "100%", minWidth: 0, height: "auto", whiteSpace: "normal", textAlign: "start" },
});

export interface ToolbarProps {
  busy: boolean;
  hasResult: boolean;
  readOnly: boolean;
  /** Id of the element that explains why marking and inserting are off. */
  readOnlyNoticeId?: string;
  onCheck: () => void;
  onClearMarks: () => void;
  onInsertTemplate: () => void;
  onCopyResults: () => void;
  /** A file was picked as last year's report. */
  onChoosePrior: (file: File) => void;
  /** The name of last year's report in use, if any. */
  priorName?: string;
  /** The hidden file input (a notice's 选择上年报告 clicks it). */
  priorInputRef: RefObject<HTMLInputElement | null>;
  /** Where the focus goes when a control it was on disappears (e.g. a notice's 重试). */
  clearRef?: Ref<HTMLButtonElement>;
  checkRef?: Ref<HTMLButtonElement>;
  priorRef?: Ref<HTMLButtonElement>;
}

export function Toolbar(props: ToolbarProps) {
  const styles = useStyles();
  const s = useStrings();
  const { busy, hasResult, readOnly, readOnlyNoticeId } = props;
  const readOnlyDescription = readOnly ? readOnlyNoticeId : undefined;
  // The template dialog is opened without a DialogTrigger: this is where focus returns on close.
  const restoreFocusTarget = useRestoreFocusTarget();
  const { onChoosePrior } = props;
  const picked = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared, so that picking the same file again (e.g. after it was fixed) is a change too.
    e.target.value = "";
    if (file) onChoosePrior(file);
  };
  return (
    <div className={styles.root} role="toolbar" aria-label={s.toolbarLabel}>
      <Button
        appearance="primary"
        ref={props.checkRef}
        icon={<DocumentSearch20Regular />}
        className={styles.wrapping}
        aria-label={s.checkLabel(hasResult ? s.checkAgain : s.check)}
        disabledFocusable={busy}
        onClick={props.onCheck}
      >
        {hasResult ? s.checkAgain : s.check}
      </Button>
      <Button
        size="small"
        appearance="subtle"
        icon={<Eraser20Regular />}
        className={styles.wrapping}
        ref={props.clearRef}
        aria-label={s.clearMarksLabel}
        aria-describedby={readOnlyDescription}
        disabledFocusable={busy || readOnly}
        onClick={props.onClearMarks}
      >
        {s.clearMarks}
      </Button>
      <Button
        size="small"
        appearance="subtle"
        icon={<Copy20Regular />}
        className={styles.wrapping}
        aria-label={s.copyResultsLabel}
        disabledFocusable={!hasResult}
        onClick={props.onCopyResults}
      >
        {s.copyResults}
      </Button>
      <Button
        size="small"
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
        size="small"
        appearance="subtle"
        icon={<History20Regular />}
        className={styles.wrapping}
        ref={props.priorRef}
        aria-label={s.choosePriorLabel(props.priorName)}
        disabledFocusable={busy}
        onClick={() => props.priorInputRef.current?.click()}
      >
        {s.choosePrior}
      </Button>
      <input
        ref={props.priorInputRef}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        data-prior-input=""
        onChange={picked}
      />
    </div>
  );
}
