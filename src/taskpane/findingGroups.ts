/**
 * Findings grouped as a reviewer reads the report: the whole document first, then by section
 * (一 … 六), and within a section the text before the section's statistical table. Used by the
 * list and by the plain-text export, so both read the same.
 */
import type { Finding } from "../report/findings";
import type { TableId } from "../report/formats/types";
import { findingSection } from "../report/describe";
import type { Strings } from "./strings";

export interface FindingGroup<T> {
  key: string;
  section: number;
  table?: TableId;
  items: T[];
}

export function groupFindings<T>(items: readonly T[], findingOf: (item: T) => Finding): FindingGroup<T>[] {
  const groups = new Map<string, FindingGroup<T>>();
  for (const item of items) {
    const f = findingOf(item);
    const section = findingSection(f);
    const table = f.location.table;
    const key = `${section}:${table ?? ""}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, section, ...(table ? { table } : {}), items: [] }));
    group.items.push(item);
  }
  return [...groups.values()].sort((a, b) => a.section - b.section || Number(!!a.table) - Number(!!b.table));
}

/** 三、收到和处理政府信息公开申请情况 · 表三 */
export function groupTitle(group: { section: number; table?: TableId }, s: Strings): string {
  const section = s.sectionTitles[group.section] ?? s.wholeDocument;
  return group.table ? `${section} · ${s.tableName(group.table)}` : section;
}
