/**
 * The notices the pane shows, most urgent first: the host's error, read-only, standard tables the
 * host cannot address, no tables / a blank template, and the outcome of the last action.
 */
import type { CheckResult } from "../report/checkReport";
import type { TableId } from "../report/formats/types";
import type { Notice } from "./components/NoticeBar";
import { errorText } from "./errorText";
import type { Strings } from "./strings";

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
}

export function noticesFor(i: NoticeInputs): Notice[] {
  const { s } = i;
  const notices: Notice[] = [];
  if (i.error !== undefined)
    notices.push({
      key: "error",
      intent: "error",
      title: s.errorTitle,
      text: errorText(i.error, s.lang),
      onDismiss: i.onDismissError,
    });
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
  if (i.feedback)
    notices.push({
      key: "feedback",
      intent: i.feedback.intent,
      text: i.feedback.text,
      onDismiss: i.onDismissFeedback,
    });
  return notices;
}
