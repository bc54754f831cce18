/**
 * Where to take the reader for a finding that has neither a cell nor a paragraph — a missing
 * section, a missing table: to the heading of its section when the report has one, else to where
 * the section should be — the heading of the next section found (it belongs before it), or the
 * end of the text when no later section is there.
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
  // After the last section: the end of the text (the last paragraph with words in it).
  const blocks = doc?.blocks ?? [];
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b.kind === "paragraph" && b.text.trim() !== "") return b.index;
  }
  return sections.at(-1)?.paragraph;
}
