/** A subject in a format: the field ids it adds up. */
import { FORMATS, fieldOf, type FormatDef, type FormatId, type TableId } from "../../formats";
import type { Subject } from "./grammar";
import type { RowConcept } from "./lexicon";

const rowIdsCache = new Map<FormatDef, Record<TableId, string[]>>();

function rowIds(format: FormatDef): Record<TableId, string[]> {
  let ids = rowIdsCache.get(format);
  if (!ids) {
    ids = {
      active: format.active.blocks.flatMap((b) => b.rows.map((r) => r.id)),
      requests: format.requests.rows.map((r) => r.id),
      appeals: format.appeals.groups.map((g) => g.id),
    };
    rowIdsCache.set(format, ids);
  }
  return ids;
}

function expandRows(patterns: string[], table: TableId, format: FormatDef): string[] {
  const all = rowIds(format)[table];
  const out: string[] = [];
  for (const p of patterns) {
    const matches = p.endsWith(".*")
      ? all.filter((r) => r.startsWith(p.slice(0, -1)))
      : all.filter((r) => r === p);
    for (const m of matches) if (!out.includes(m)) out.push(m);
  }
  return out;
}

/** The field ids of a subject in one format; undefined when the format has no such cells. */
export function subjectFieldsIn(subject: Subject, format: FormatDef): string[] | undefined {
  const rows = expandRows(subject.row.rows, subject.table, format);
  const cols = subject.cols ?? ["total"];
  const out: string[] = [];
  for (const row of rows) {
    let found = false;
    for (const col of cols) {
      const f = fieldOf(format, subject.table, row, col);
      if (f) {
        out.push(f.id);
        found = true;
      }
    }
    // Every row must have one of the columns (no half-resolved subject).
    if (!found) return undefined;
  }
  return out.length ? out : undefined;
}

/**
 * Subjects repeat across mentions and reports: each is resolved once per format, found again by
 * its row concept and its column list (lists come from the lexicon, so one list is one object).
 */
const cache = new Map<RowConcept, Map<string, Map<string[] | undefined, string[] | null>>>();

/** In the document's format; with no format known, only where both formats agree. */
export function subjectFields(subject: Subject, format: FormatId | null): string[] | undefined {
  let byFormat = cache.get(subject.row);
  if (!byFormat) cache.set(subject.row, (byFormat = new Map()));
  const f = format ?? "";
  let byCols = byFormat.get(f);
  if (!byCols) byFormat.set(f, (byCols = new Map()));
  let ids = byCols.get(subject.cols);
  if (ids === undefined) {
    if (format) ids = subjectFieldsIn(subject, FORMATS[format]) ?? null;
    else {
      const a = subjectFieldsIn(subject, FORMATS["2021"]);
      const b = subjectFieldsIn(subject, FORMATS["2019"]);
      ids = a && b && a.join() === b.join() ? a : null;
    }
    // Column lists made on the fly (none today) must not fill the cache without bound.
    if (byCols.size > 64) byCols.clear();
    byCols.set(subject.cols, ids);
  }
  return ids ?? undefined;
}

/** Each subject's fields, or undefined when one of them has none. */
export function subjectsFields(subjects: Subject[], format: FormatId | null): string[][] | undefined {
  const out: string[][] = [];
  for (const s of subjects) {
    const ids = subjectFields(s, format);
    if (!ids) return undefined;
    out.push(ids);
  }
  return out;
}
