/**
 * A name for a document the host cannot name (no file name): its title, the first paragraph that
 * names the report ("XX区2023年政府信息公开工作年度报告"), else its first line of text.
 */
import type { ReportDocument } from "../report/model";

const MAX = 60;

export function documentTitle(doc: ReportDocument | null): string | undefined {
  const lines: string[] = [];
  for (const b of doc?.blocks ?? []) {
    if (b.kind !== "paragraph") continue;
    const text = b.text.replace(/\s+/g, " ").trim();
    if (text !== "") lines.push(text);
    if (lines.length >= 10) break;
  }
  const title = lines.find((t) => /年度报告/.test(t) && t.length <= MAX) ?? lines[0];
  if (title === undefined) return undefined;
  return title.length > MAX ? `${title.slice(0, MAX)}…` : title;
}
