/** Value columns read from header rows: which grid columns hold which standard column. */
import { compareLabel, MATCH_THRESHOLD } from "../labels/compareLabel";
import type { DocCell } from "../model";
import type { LogicalRow } from "./mappedTable";

export interface HeaderRange {
  from: number;
  /** Exclusive. */
  to: number;
  /** The lowest non-empty header text over these grid columns. */
  leaf: string;
  leafCell: DocCell;
  /** Header texts over the range from top to bottom (distinct). */
  path: string[];
}

/**
 * For each grid column, the header texts above it (vertical merges resolved), grouped into
 * ranges of columns that share the same lowest header cell.
 */
export function headerRanges(headerRows: LogicalRow[], width: number): HeaderRange[] {
  const ranges: HeaderRange[] = [];
  for (let g = 0; g < width; g++) {
    const path: string[] = [];
    let leafCell: DocCell | undefined;
    for (const row of headerRows) {
      const cell = row.grid.cellAt(row.r, g);
      if (!cell) continue;
      const origin = row.grid.origin(cell);
      if (origin.text.trim() === "") continue;
      if (path[path.length - 1] !== origin.text) path.push(origin.text);
      leafCell = origin;
    }
    const last = ranges[ranges.length - 1];
    if (last && leafCell && last.leafCell === leafCell) last.to = g + 1;
    else if (leafCell) ranges.push({ from: g, to: g + 1, leaf: leafCell.text, leafCell, path });
  }
  return ranges;
}

export interface ColumnMatch<T> {
  def: T;
  range: HeaderRange;
  same: boolean;
}

/** Assign standard columns to header ranges, best label first; each used once. */
export function matchColumns<T extends { label: string }>(
  ranges: HeaderRange[],
  defs: T[],
  labelOf: (range: HeaderRange) => string = (r) => r.leaf,
): ColumnMatch<T>[] {
  const candidates: { def: T; range: HeaderRange; score: number; same: boolean }[] = [];
  for (const range of ranges)
    for (const def of defs) {
      const c = compareLabel(labelOf(range), def.label);
      if (c.score >= MATCH_THRESHOLD) candidates.push({ def, range, score: c.score, same: c.same });
    }
  candidates.sort((a, b) => b.score - a.score || a.range.from - b.range.from);
  const out: ColumnMatch<T>[] = [];
  const usedDefs = new Set<T>();
  const usedRanges = new Set<HeaderRange>();
  for (const c of candidates) {
    if (usedDefs.has(c.def) || usedRanges.has(c.range)) continue;
    usedDefs.add(c.def);
    usedRanges.add(c.range);
    out.push({ def: c.def, range: c.range, same: c.same });
  }
  return out.sort((a, b) => a.range.from - b.range.from);
}
