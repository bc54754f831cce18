/**
 * A suggestion's words as the pane shows them after its own label 建议 / Suggestion: without the
 * message's own leading 建议, so that the pane never reads "建议：建议填写 1".
 */
import type { Lang } from "./strings";

export function suggestionWords(message: string, lang: Lang): string {
  const rest =
    lang === "zh"
      ? message.replace(/^建议[：:，,\s]*/, "")
      : message.replace(/^suggest(?:ed|ion)?\b[:\s]*/i, "");
  return rest === "" ? message : rest;
}
