/**
 * The notices the pane shows, in two places. Beside the command bar (they stay in view, so they
 * are few and short-lived): the host's error, the outcome of the last action, marks that could not
 * be cleared (with 重试 and 忘记这些标记). Above the results: what is true of the document —
 * read-only, standard tables the host cannot address, no tables / a blank template, results made
 * out of date by an insertion, marks that may show as tracked changes, and last year's report
 * (asked for again, unreadable, another file than last time, the wrong year).
 */
import type { KeptMarks } from "../host/reportHost";
import type { CheckResult } from "../report/checkReport";
import type { TableId } from "../report/formats/types";
import type { Notice, NoticeAction } from "./components/NoticeBar";
import { errorText } from "./errorText";
import type { CrossYearStatus, PriorChoice } from "./priorReport";
import type { Strings } from "./strings";

export interface KeptNotice {
  kept: KeptMarks;
  /** From 清除标记 (retry clears again) or from a check's marking (retry checks again). */
  from: "clear" | "mark";
}

export interface NoticeInputs {
  s: Strings;
  readOnly: boolean;
  readOnlyNoticeId: string;
  result: CheckResult | null;
  unaddressable: readonly number[];
  skipped: number;
  error: unknown;
  onDismissError: () => void;
  feedback: { key: number; intent: "success" | "info" | "warning"; text: string } | null;
  onDismissFeedback: () => void;
  kept: KeptNotice | null;
  onRetryClear: () => void;
  onForget: () => void;
  onDismissKept: () => void;
  /** A template was inserted after the check. */
  outdated: boolean;
  onCheckAgain: () => void;
  /** Marks are on the document and the host says they may show as tracked changes. */
  marksMayBeTracked: boolean;
  prior: PriorNoticeInputs;
}

export interface PriorNoticeInputs {
  /** Of the last result; null before a check. */
  status: CrossYearStatus | null;
  /** The file picked last could not be read. */
  unreadable: { name: string; error: unknown } | null;
  onDismissUnreadable: () => void;
  /** The file picked is not the one used last time. */
  replaced: { before: PriorChoice; now: PriorChoice } | null;
  onDismissReplaced: () => void;
  /** The user closed the request to choose it again. */
  askDismissed: boolean;
  onDismissAsk: () => void;
  onChoose: () => void;
  onForget: () => void;
}

/** The notices beside the command bar. */
export function actionNotices(i: NoticeInputs): Notice[] {
  const { s } = i;
  const notices: Notice[] = [];
  const checkAgain: NoticeAction = { label: s.checkAgain, onClick: i.onCheckAgain };
  if (i.error !== undefined) {
    const stale = hostErrorCode(i.error) === "stale";
    notices.push({
      key: "error",
      intent: stale ? "warning" : "error",
      title: stale ? s.staleTitle : s.errorTitle,
      text: errorText(i.error, s.lang),
      onDismiss: i.onDismissError,
      ...(stale ? { actions: [checkAgain] } : {}),
    });
  }
  if (i.kept)
    notices.push({
      key: "kept",
      intent: "warning",
      title: s.keptTitle(i.kept.kept.cells),
      text: s.keptText(i.kept.kept.reasons, i.kept.from),
      onDismiss: i.onDismissKept,
      actions: [
        i.kept.from === "clear" ? { label: s.retryClear, onClick: i.onRetryClear } : checkAgain,
        { label: s.forgetMarks, onClick: i.onForget },
      ],
    });
  if (i.feedback)
    notices.push({
      key: "feedback",
      intent: i.feedback.intent,
      text: i.feedback.text,
      onDismiss: i.onDismissFeedback,
    });
  return notices;
}

/** The notices about the document, above the results. */
export function documentNotices(i: NoticeInputs): Notice[] {
  const { s } = i;
  const notices: Notice[] = [];
  if (i.readOnly)
    notices.push({
      key: "read-only",
      id: i.readOnlyNoticeId,
      intent: "warning",
      text: i.result ? s.readOnlyChecked : s.readOnly,
    });
  if (i.result) {
    const { result } = i;
    // Only the standard tables matter: the others are not checked, so nothing of them is lost.
    const unaddressable = (Object.keys(result.tables) as TableId[]).flatMap((t) =>
      (result.tables[t] ?? [])
        .filter((loc) => i.unaddressable.includes(loc.table))
        .map((loc) => s.unaddressableTable(loc.table, s.tableName(t))),
    );
    if (unaddressable.length > 0)
      notices.push({
        key: "unaddressable",
        intent: "warning",
        text: s.unaddressable([...new Set(unaddressable)]),
      });
    else if (i.skipped > 0)
      notices.push({ key: "skipped", intent: "warning", text: s.skippedCells(i.skipped) });
    if (Object.values(result.tables).every((t) => t === null))
      notices.push({ key: "no-tables", intent: "warning", text: s.noTables });
    else if (result.blankTemplate) notices.push({ key: "blank", intent: "info", text: s.blankTemplate });
  }
  if (i.outdated && i.result)
    notices.push({
      key: "outdated",
      intent: "warning",
      text: s.outdated,
      actions: [{ label: s.checkAgain, onClick: i.onCheckAgain }],
    });
  if (i.marksMayBeTracked) notices.push({ key: "tracked", intent: "info", text: s.marksMayBeTracked });
  notices.push(...priorNotices(s, i.prior, i.result));
  return notices;
}

/** Last year's report: what the user must do, or know, for the cross-year checks. */
function priorNotices(s: Strings, p: PriorNoticeInputs, result: CheckResult | null): Notice[] {
  const notices: Notice[] = [];
  const forget: NoticeAction = { label: s.priorForget, onClick: p.onForget };
  if (p.unreadable)
    notices.push({
      key: "prior-unreadable",
      intent: "error",
      title: s.priorUnreadableTitle,
      text: s.priorUnreadable(fileErrorText(p.unreadable.error, s)),
      onDismiss: p.onDismissUnreadable,
      actions: [{ label: s.priorChooseOther, onClick: p.onChoose }],
    });
  if (p.replaced)
    notices.push({
      key: "prior-replaced",
      intent: "warning",
      text: s.priorReplaced(p.replaced.before.name, p.replaced.now.name),
      onDismiss: p.onDismissReplaced,
    });
  const status = p.status;
  if (status?.kind === "ask" && !p.askDismissed)
    notices.push({
      key: "prior-ask",
      intent: "info",
      text: s.priorAsk(status.name),
      onDismiss: p.onDismissAsk,
      actions: [{ label: s.priorChooseAgain, onClick: p.onChoose }, forget],
    });
  if (status?.kind === "wrong_year")
    notices.push({
      key: "prior-year",
      intent: "warning",
      text: s.priorWrongYear(status.name, status.year, status.expected),
      actions: [{ label: s.priorChooseOther, onClick: p.onChoose }, forget],
    });
  if (status?.kind === "ran" && status.yearUnconfirmed)
    notices.push({
      key: "prior-year-unconfirmed",
      intent: "info",
      text: s.priorYearUnconfirmed(status.name, status.year, result?.reportYear ?? null),
    });
  return notices;
}

/** A file's error in the user's words (FileOpenError and the reader's errors carry Chinese). */
function fileErrorText(error: unknown, s: Strings): string {
  const e = error as { messageZh?: unknown; message?: unknown } | null;
  if (s.lang === "zh" && typeof e?.messageZh === "string") return e.messageZh;
  if (typeof e?.messageZh === "string" && typeof e.message === "string") return e.message;
  return errorText(error, s.lang);
}

function hostErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const e = error as { name?: unknown; code?: unknown };
  return e.name === "HostError" && typeof e.code === "string" ? e.code : undefined;
}
