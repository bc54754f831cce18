/**
 * What tells a table apart from the others, from what Word reports cheaply (`Table.values`), so
 * that marks and selections find their table again after the user edited the document:
 *
 * - `fingerprint`: its shape (row count, each row's number of cells) and its label column (the
 *   first cell of each row, numbers left out). Numbers are left out on purpose: after a check the
 *   user corrects the numbers in the marked cells, and that must not orphan the marks.
 * - `content`: every cell's text, numbers included — what tells twins apart (a table made from the
 *   same template, a pasted copy) as long as they differ anywhere.
 * - `legacy`: the previous release's hash (row lengths and every non-numeric text), with which its
 *   mark records name tables.
 *
 * A recorded table is found again among the tables with its fingerprint by its content, its order
 * among them, the texts of its marked cells and the fills they show (./resolveTables).
 */
import { squeeze } from "../host/cellText";
import { fnv1a } from "../host/fnv1a";

export interface TableIdentity {
  fingerprint: string;
  content: string;
  legacy: string;
}

export function tableIdentity(values: readonly (readonly (string | null | undefined)[])[]): TableIdentity {
  const shape: string[] = [];
  const content: string[] = [];
  const legacy: string[] = [];
  for (const row of values) {
    const texts = row.map((text) => squeeze(text));
    shape.push(`${row.length}\u001f${labelText(texts[0] ?? "")}`);
    content.push(texts.join("\u001f"));
    legacy.push(`${row.length}\u001f${row.map(legacyLabel).join("\u001f")}`);
  }
  return {
    fingerprint: `${values.length}:${hexHash(shape.join("\u001e"))}`,
    content: hexHash(content.join("\u001e")),
    legacy: hexHash(legacy.join("\u001e")),
  };
}

/** Each top-level table's order among those of its fingerprint, and their number. */
export function countTwins(tops: { identity: TableIdentity; ordinal: number; twins: number }[]): void {
  const groups = new Map<string, typeof tops>();
  for (const t of tops) {
    const group = groups.get(t.identity.fingerprint) ?? [];
    group.push(t);
    groups.set(t.identity.fingerprint, group);
  }
  for (const group of groups.values())
    group.forEach((t, i) => {
      t.ordinal = i;
      t.twins = group.length;
    });
}

/** A number, a blank or a placeholder dash: what the user types into a value cell. */
export function isValueText(text: string): boolean {
  return /^[\d０-９.,，．+\-−—–%％/／]*$/.test(text);
}

/**
 * A marked cell still holds what it held when marked: the same text, or a value where there was a
 * value (the user corrected a number, filled a blank, or blanked one).
 */
export function sameCellText(recorded: string, now: string): boolean {
  return recorded === now || (isValueText(recorded) && isValueText(now));
}

/** Exactly the previous release's label text (its hashes must come out the same). */
function legacyLabel(text: string | null | undefined): string {
  const squeezed = (typeof text === "string" ? text : "").replace(/\s+/g, "");
  return /^[\d０-９.,，．+\-−—%％]*$/.test(squeezed) ? "" : squeezed;
}

/** A cell's text as a label: "" for a value. */
function labelText(text: string): string {
  return isValueText(text) ? "" : text;
}

/** ../host/fnv1a as 8 hex digits (as the records have it). */
function hexHash(text: string): string {
  return fnv1a(text).toString(16).padStart(8, "0");
}
