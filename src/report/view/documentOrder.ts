/**
 * Document order for findings: where in the report a reader meets them. The whole document
 * first, then by section; within a section the text (by paragraph) before the section's table
 * (by its first cell). A finding about a section without a paragraph (a missing section) sits
 * where the section begins.
 */
import { findingSection } from "../describe";
import type { Finding } from "../findings";

/** Negative when `a` comes before `b` in the document. */
export function compareDocumentOrder(a: Finding, b: Finding): number {
  const ka = orderKey(a);
  const kb = orderKey(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
  return 0;
}

function orderKey(f: Finding): [number, number, number, number, number] {
  const section = findingSection(f);
  const cell = f.cells[0];
  if (f.location.paragraph !== undefined) return [section, 1, f.location.paragraph, 0, 0];
  if (f.location.table !== undefined || cell !== undefined)
    return [section, 2, cell?.table ?? Number.MAX_SAFE_INTEGER, cell?.row ?? 0, cell?.cell ?? 0];
  return [section, 0, 0, 0, 0];
}
