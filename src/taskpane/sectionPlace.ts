/**
 * Where to take the reader for a finding that has neither a cell nor a paragraph — a missing
 * section, a missing table: to the heading of its section when the report has one, else to where
 * the section should be — the heading of the next section found (it belongs before it), or, when
 * no later section is there, the end of the text before the closing lines (the issuing office and
 * the date, 落款: short lines without a full stop).
 */
import type { CheckResult } from "../report/checkReport";
import { findingSection } from "../report/describe";
import type { Finding } from "../report/findings";
import type { ReportDocument } from "../report/model";

/** A paragraph index (`DocParagraph.index`), or undefined when there is nowhere better to go. */
export function sectionPlace(
  f: Finding,
  result: Pick<CheckResult, "sections">,
  doc: ReportDocument | null,
): number | undefined {
  const n = findingSection(f);
  if (n < 1) return undefined;
  const sections = [...result.sections].sort((a, b) => a.paragraph - b.paragraph);
  const own = sections.find((s) => s.number === n);
  if (own) return own.paragraph;
  const next = sections.find((s) => s.number > n);
  if (next) return next.paragraph;
  // After the last section: the end of its text, above the 落款.
  const last = sections.at(-1)?.paragraph ?? -1;
  const paragraphs = (doc?.blocks ?? []).flatMap((b) =>
    b.kind === "paragraph" && b.index > last && b.text.trim() !== "" ? [b] : [],
  );
  const isClosingLine = (text: string) => text.trim().length <= 30 && !/[。；;.!！?？]$/.test(text.trim());
  let end = paragraphs.length - 1;
  while (end > 0 && isClosingLine(paragraphs[end].text)) end--;
  return paragraphs[end]?.index ?? (last >= 0 ? last : undefined);
}
