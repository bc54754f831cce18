/**
 * How a table differs between two formats, computed from the format definitions alone (no text
 * per case): the rows and columns one format has where the other has others. `format.outdated`
 * names the differences a document shows, so a drafter sees what to change, e.g. （六）其他处理 is
 * one row where the 2021 format has three sub-rows.
 */
import {
  requestRowEn,
  type ActiveBlockDef,
  type ColumnDef,
  type FormatDef,
  type RequestRowDef,
  type TableId,
} from "./types";

export interface Words {
  zh: string;
  en: string;
}

export type DifferenceShape =
  /** One row of `from` is several sub-rows in `to`. */
  | "split"
  /** Several sub-rows of `from` are one row in `to`. */
  | "merged"
  /** `from` has these labels where `to` has others. */
  | "replaced"
  /** `to` has nothing in their place. */
  | "removed"
  /** `from` has nothing where `to` has these. */
  | "added";

export interface FormatDifference {
  table: TableId;
  kind: "row" | "column";
  shape: DifferenceShape;
  /** The active table's block (第二十条第（一）项) the difference lies in. */
  block?: Words;
  from: Words[];
  to: Words[];
  /** Fields of `from` in these rows or columns: a document mapped with `from` that has them shows it. */
  fromFields: string[];
}

const words = (label: string, labelEn: string): Words => ({ zh: label, en: labelEn });

/** Every difference of `table` going from format `from` to format `to`, in table order. */
export function formatDifferences(table: TableId, from: FormatDef, to: FormatDef): FormatDifference[] {
  if (table === "requests") return requestDifferences(from, to);
  if (table === "active") return activeDifferences(from, to);
  return appealsDifferences(from, to);
}

function requestDifferences(from: FormatDef, to: FormatDef): FormatDifference[] {
  const columns = from.requests.columns;
  const fieldsOf = (rows: RequestRowDef[]) =>
    rows.flatMap((r) => columns.map((c) => `requests.${r.id}.${c.id}`));
  const same = (a: RequestRowDef, b: RequestRowDef) => a.id === b.id && a.label === b.label;
  const fromOnly = from.requests.rows.filter((r) => !to.requests.rows.some((t) => same(r, t)));
  const toOnly = to.requests.rows.filter((r) => !from.requests.rows.some((f) => same(r, f)));
  // Rows are paired by the place they take: their group, or their own label when they have none.
  const slot = (r: RequestRowDef) => r.group ?? r.label;
  const out: FormatDifference[] = [];
  const paired = new Set<RequestRowDef>();
  for (const r of fromOnly) {
    if (paired.has(r)) continue;
    const mine = fromOnly.filter((f) => slot(f) === slot(r));
    const theirs = toOnly.filter((t) => slot(t) === slot(r));
    for (const x of [...mine, ...theirs]) paired.add(x);
    const rowWords = (x: RequestRowDef) => words(x.label, requestRowEn(x));
    let shape: DifferenceShape = theirs.length === 0 ? "removed" : "replaced";
    let fromWords = mine.map(rowWords);
    let toWords = theirs.map(rowWords);
    if (
      mine.length === 1 &&
      !mine[0].group &&
      theirs.length > 1 &&
      theirs.every((t) => t.group === mine[0].label)
    ) {
      shape = "split";
      toWords = theirs.map((t) => words(t.label, t.labelEn));
    } else if (
      theirs.length === 1 &&
      !theirs[0].group &&
      mine.length > 1 &&
      mine.every((f) => f.group === theirs[0].label)
    ) {
      shape = "merged";
      fromWords = mine.map((f) => words(f.label, f.labelEn));
    }
    out.push({
      table: "requests",
      kind: "row",
      shape,
      from: fromWords,
      to: toWords,
      fromFields: fieldsOf(mine),
    });
  }
  for (const t of toOnly)
    if (!paired.has(t))
      out.push({
        table: "requests",
        kind: "row",
        shape: "added",
        from: [],
        to: [words(t.label, requestRowEn(t))],
        fromFields: [],
      });
  return out;
}

function activeDifferences(from: FormatDef, to: FormatDef): FormatDifference[] {
  const out: FormatDifference[] = [];
  const sameColumn = (a: ColumnDef, b: ColumnDef) => a.id === b.id && a.label === b.label;
  for (const block of from.active.blocks) {
    const blockWords = words(block.caption, block.captionEn);
    const other = to.active.blocks.find((b) => b.item === block.item);
    const fieldsOf = (rows: ActiveBlockDef["rows"], cols: ColumnDef[]) =>
      rows.flatMap((r) => cols.map((c) => `active.${r.id}.${c.id}`));
    if (!other) {
      out.push({
        table: "active",
        kind: "row",
        shape: "removed",
        block: blockWords,
        from: block.rows.map((r) => words(r.label, r.labelEn)),
        to: [],
        fromFields: fieldsOf(block.rows, block.columns),
      });
      continue;
    }
    const mine = block.columns.filter((c) => !other.columns.some((o) => sameColumn(c, o)));
    const theirs = other.columns.filter((o) => !block.columns.some((c) => sameColumn(c, o)));
    if (mine.length > 0 || theirs.length > 0)
      out.push({
        table: "active",
        kind: "column",
        shape: mine.length === 0 ? "added" : theirs.length === 0 ? "removed" : "replaced",
        block: blockWords,
        from: mine.map((c) => words(c.label, c.labelEn)),
        to: theirs.map((c) => words(c.label, c.labelEn)),
        fromFields: fieldsOf(block.rows, mine),
      });
    for (const row of block.rows) {
      const match = other.rows.find((r) => r.id === row.id);
      if (match && match.label === row.label) continue;
      out.push({
        table: "active",
        kind: "row",
        shape: match ? "replaced" : "removed",
        block: blockWords,
        from: [words(row.label, row.labelEn)],
        to: match ? [words(match.label, match.labelEn)] : [],
        fromFields: fieldsOf([row], block.columns),
      });
    }
    for (const row of other.rows)
      if (!block.rows.some((r) => r.id === row.id))
        out.push({
          table: "active",
          kind: "row",
          shape: "added",
          block: blockWords,
          from: [],
          to: [words(row.label, row.labelEn)],
          fromFields: [],
        });
  }
  for (const block of to.active.blocks)
    if (!from.active.blocks.some((b) => b.item === block.item))
      out.push({
        table: "active",
        kind: "row",
        shape: "added",
        block: words(block.caption, block.captionEn),
        from: [],
        to: block.rows.map((r) => words(r.label, r.labelEn)),
        fromFields: [],
      });
  return out;
}

function appealsDifferences(from: FormatDef, to: FormatDef): FormatDifference[] {
  const out: FormatDifference[] = [];
  const a = from.appeals;
  const b = to.appeals;
  const groupsDiffer = a.groups.map((g) => g.label).join() !== b.groups.map((g) => g.label).join();
  const columnsDiffer = a.columns.map((c) => c.label).join() !== b.columns.map((c) => c.label).join();
  const all = a.groups.flatMap((g) => a.columns.map((c) => `appeals.${g.id}.${c.id}`));
  if (groupsDiffer)
    out.push({
      table: "appeals",
      kind: "row",
      shape: "replaced",
      from: a.groups.map((g) => words(g.label, g.labelEn)),
      to: b.groups.map((g) => words(g.label, g.labelEn)),
      fromFields: all,
    });
  if (columnsDiffer)
    out.push({
      table: "appeals",
      kind: "column",
      shape: "replaced",
      from: a.columns.map((c) => words(c.label, c.labelEn)),
      to: b.columns.map((c) => words(c.label, c.labelEn)),
      fromFields: all,
    });
  return out;
}
