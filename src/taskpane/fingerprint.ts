/**
 * A finding's fingerprint: what stays the same when the document is checked again, so that an
 * ignored finding stays hidden. It names the rule and the cells (by field id, sorted: the engine
 * may list them in another order once the values change) — or, for a finding about the text, the
 * rule and the quoted text. Values and messages are left out: they change as the user edits.
 */
import type { Finding } from "../report/findings";

export function fingerprint(finding: Finding): string {
  const { rule, fields, location } = finding;
  if (fields.length > 0) return `${rule}|${[...fields].sort().join(",")}`;
  if (location.excerpt !== undefined) return `${rule}|text:${normalize(location.excerpt)}`;
  // Neither fields nor text (a missing table, an extra row): where it is, and what it is about.
  const where = [location.section ?? "", location.table ?? ""].join(":");
  const about = [finding.expected, finding.actual].map((v) => normalize(String(v ?? ""))).join("/");
  return `${rule}|at:${where}|${about}`;
}

/** Whitespace does not count: the same sentence re-wrapped is the same sentence. */
function normalize(text: string): string {
  return text.replace(/\s+/g, "");
}
