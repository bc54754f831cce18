/**
 * The findings as the lite pane lists them: the groups of src/report/view (repeats of a rule in one
 * place as one expandable line, a blank template as one line), and the stops that 上一个 / 下一个
 * walk through — one per single finding, one per finding of a repeat group, one for the blank
 * template — each with the place in the document it selects.
 */
import type { CheckResult } from "../report/checkReport";
import type { CellRef, Finding } from "../report/findings";
import { groupFindings, type FindingGroup } from "../report/view";

export interface Stop {
  group: number;
  /** Index in the group's items. */
  item: number;
  finding: Finding;
}

export type Place =
  { kind: "cell"; cell: CellRef } | { kind: "paragraph"; paragraph: number; excerpt?: string } | null;

export interface FindingList {
  groups: FindingGroup<Finding>[];
  stops: Stop[];
}

export function findingList(result: CheckResult): FindingList {
  const groups = groupFindings(result.findings, (f) => f, { blankTemplate: result.blankTemplate });
  const stops: Stop[] = [];
  groups.forEach((g, group) => {
    if (g.kind === "repeat") g.items.forEach((finding, item) => stops.push({ group, item, finding }));
    else stops.push({ group, item: 0, finding: g.items[0] });
  });
  return { groups, stops };
}

/** Where a finding takes the user: the cell it pinpoints (else its first), or its paragraph. */
export function placeOf(f: Finding): Place {
  const cell = f.suggestion?.cell ?? f.cells[0];
  if (cell) return { kind: "cell", cell };
  if (f.location.paragraph !== undefined)
    return { kind: "paragraph", paragraph: f.location.paragraph, excerpt: f.location.excerpt };
  return null;
}
