/** One file of a batch as the review page and the CSV list it: checked, unreadable or not checked. */
import type { CheckResult } from "../report/checkReport";
import { groupFindings, resultHeadline } from "../report/view";

export interface Problem {
  code: string;
  /** zh-CN */
  message: string;
  messageEn: string;
  /** For a legacy file without LibreOffice: the command that would convert it. */
  command?: string;
}

export interface ReviewEntry {
  /** The file as named or found (for a converted .doc/.wps: the original). */
  file: string;
  status: "checked" | "unreadable" | "not_checked";
  result?: CheckResult;
  /** The body the report is from, from its title. */
  unit?: string;
  /** Why it was not read or not checked. */
  problem?: Problem;
  /** Converted to .docx by LibreOffice from this kind of file ("doc", "wps"). */
  convertedFrom?: string;
  /** Where its marked copy was written. */
  markedCopy?: string;
  /** Why no marked copy could be written. */
  markProblem?: { message: string; messageEn: string };
}

export type EntryState = "error" | "warning" | "ok" | "unreadable" | "not_checked";

export function entryState(entry: ReviewEntry): EntryState {
  if (entry.status === "unreadable") return "unreadable";
  if (entry.status === "not_checked" || !entry.result) return "not_checked";
  if (entry.result.counts.error > 0) return "error";
  if (entry.result.counts.warning > 0) return "warning";
  return "ok";
}

export const STATE_WORDS: Record<EntryState, [string, string]> = {
  error: ["有错误", "errors"],
  warning: ["仅有警告", "warnings only"],
  ok: ["未发现错误或警告", "no errors or warnings"],
  unreadable: ["无法读取", "unreadable"],
  not_checked: ["未检查", "not checked"],
};

/** The line that says most about a checked file: "1 个错误：缺少第六部分". */
export function entryHeadline(entry: ReviewEntry, lang: "zh" | "en"): string {
  if (entry.result) {
    const groups = groupFindings(entry.result.findings, (f) => f, {
      blankTemplate: entry.result.blankTemplate,
    });
    const headline = resultHeadline(groups, entry.result.counts);
    return lang === "zh" ? headline.zh : headline.en;
  }
  const p = entry.problem;
  return p ? (lang === "zh" ? p.message : p.messageEn) : "";
}
