/**
 * The rows of the findings list in the order the keyboard walks them: a group of repeats is one row
 * (its cells follow as rows of their own while it is expanded), a single finding one row. Pure, so
 * that the list's keyboard handling can be reasoned about without React.
 */
import type { FindingGroup } from "../report/view";
import type { FindingEntry } from "./hooks/useFindingFilter";

export type ListRow =
  | { kind: "group"; key: string; group: FindingGroup<FindingEntry>; expanded: boolean }
  | {
      kind: "finding";
      key: string;
      entry: FindingEntry;
      /** The row key of its group, when in one. */ parent?: string;
    };

/** A group that is drawn as one expandable line (repeats, a blank template), not as its one finding. */
export const isCollapsible = (group: FindingGroup<unknown>): boolean => group.kind !== "single";

export const groupRowKey = (group: FindingGroup<unknown>): string => `group:${group.key}`;

export function listRows(
  groups: readonly FindingGroup<FindingEntry>[],
  expanded: ReadonlySet<string>,
): ListRow[] {
  const rows: ListRow[] = [];
  for (const group of groups) {
    if (!isCollapsible(group)) {
      for (const entry of group.items) rows.push({ kind: "finding", key: entry.key, entry });
      continue;
    }
    const key = groupRowKey(group);
    const open = expanded.has(group.key);
    rows.push({ kind: "group", key, group, expanded: open });
    if (open)
      for (const entry of group.items) rows.push({ kind: "finding", key: entry.key, entry, parent: key });
  }
  return rows;
}
