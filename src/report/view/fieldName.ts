/**
 * A field named for a reviewer: 表三 · 自然人 · （七）总计. In English the table takes its English
 * name and the row and column keep the standard's Chinese wording, so that a reviewer can find the
 * cell in the Chinese document (the pane and the marked copy name cells alike).
 */
import { describeField, TABLE_INFO } from "../describe";

/** The field's name; undefined for an id no format knows. */
export function fieldName(id: string, lang: "zh" | "en"): string | undefined {
  const words = describeField(id);
  if (!words) return undefined;
  if (lang === "zh") return words.text;
  const table = TABLE_INFO[words.table].nameEn;
  // Requests are read applicant first, then the result (as the Chinese wording).
  return words.table === "requests"
    ? `${table} · ${words.column} · ${words.row}`
    : `${table} · ${words.row} · ${words.column}`;
}
