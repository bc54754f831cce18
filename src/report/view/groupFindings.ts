/**
 * Findings as a reviewer wants to read them: the engine's output stays complete, and this view
 * (shared by the task pane, the CLI and the JSON) groups repeats of one rule in one place into one
 * line — "表三 · 84 个单元格空白（统计数为 0 时应填 0）" — and orders the groups errors first, then
 * warnings, then info, each in document order. In a blank template the blank cells are one line.
 *
 * Generic over the caller's items (the pane groups its own items, which carry ignore state).
 */
import { findingSection } from "../describe";
import type { Finding, Severity } from "../findings";
import { SEVERITY_ORDER } from "../findings";
import type { TableId } from "../formats/types";
import { compareDocumentOrder } from "./documentOrder";
import { findingTitle } from "./findingTitle";
import { placeName } from "./placeName";
import { repeatTitle } from "./repeatTitles";

export type GroupKind =
  /** One finding on its own. */
  | "single"
  /** Two or more findings of one rule in one table (or one section's text). */
  | "repeat"
  /** Every statistical cell is blank: the blank cells of a template, as one line. */
  | "blank_template";

export interface FindingGroup<T> {
  /** Stable within one result: severity, rule and place. */
  key: string;
  kind: GroupKind;
  rule: string;
  severity: Severity;
  /** The report section (0: the whole document). */
  section: number;
  table?: TableId;
  /** In document order. */
  items: T[];
  /** "表三 · 84 个单元格空白（统计数为 0 时应填 0）", or a single finding's short title. */
  title: string;
  titleEn: string;
}

export interface GroupOptions {
  /** The result is a blank template (`CheckResult.blankTemplate`). */
  blankTemplate?: boolean;
}

export function groupFindings<T>(
  items: readonly T[],
  findingOf: (item: T) => Finding,
  options: GroupOptions = {},
): FindingGroup<T>[] {
  const sorted = [...items].sort((a, b) => compareDocumentOrder(findingOf(a), findingOf(b)));
  const byKey = new Map<string, { first: Finding; items: T[] }>();
  for (const item of sorted) {
    const f = findingOf(item);
    const key = groupKey(f, options);
    const entry = byKey.get(key);
    if (entry) entry.items.push(item);
    else byKey.set(key, { first: f, items: [item] });
  }
  const groups: FindingGroup<T>[] = [];
  for (const [key, { first, items: members }] of byKey) {
    const kind: GroupKind = key.startsWith("blank_template")
      ? "blank_template"
      : members.length > 1
        ? "repeat"
        : "single";
    const { zh, en } = titleOf(kind, first, members.length);
    const section = kind === "blank_template" ? 0 : findingSection(first);
    const table = kind === "blank_template" ? undefined : first.location.table;
    groups.push({
      key,
      kind,
      rule: first.rule,
      severity: first.severity,
      section,
      ...(table ? { table } : {}),
      items: members,
      title: zh,
      titleEn: en,
    });
  }
  // Map order is document order of each group's first member; a stable sort keeps it.
  return groups.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

function groupKey(f: Finding, options: GroupOptions): string {
  if (options.blankTemplate && f.rule === "cell.blank") return `blank_template:${f.severity}`;
  return `${f.severity}:${f.rule}:${findingSection(f)}:${f.location.table ?? ""}`;
}

function titleOf(kind: GroupKind, first: Finding, n: number): { zh: string; en: string } {
  if (kind === "single") return findingTitle(first);
  if (kind === "blank_template")
    return {
      zh: `空白模板：${n} 个统计单元格待填写`,
      en: `Blank template: ${n} statistical cells to fill in`,
    };
  const place = placeName(first);
  const t = repeatTitle(first.rule, n);
  return { zh: `${place.zh} · ${t.zh}`, en: `${place.en} · ${t.en}` };
}
