/**
 * Marking cells on WordApi 1.1 by highlighting their text, and taking the marks off again.
 *
 * WordApi 1.1 has no table API, so a cell is reached through its paragraphs in `body.paragraphs`
 * (./paragraphMap, ./alignment) and marked with `Paragraph.font.highlightColor`. What follows:
 *
 * - a blank cell has no text to highlight: it is not marked (the pane lists it all the same);
 * - a cell with a highlight of its own is not marked (setting it back to "none" would lose it);
 * - a cell is written to only when each of its paragraphs is proven, by its text, to be the one
 *   the document's OOXML says;
 * - a mark is restored by setting `highlightColor` to null, which gives back exactly "no
 *   highlight" — the only state a marked cell can have had.
 *
 * Round trips: mark 2 (read the body and the paragraphs; write), clear 2 (read; write and read the
 * result back to count what still differs). The record (./highlightRecord) names tables by index and
 * identity, and is written before the batch that marks, so a batch that fails half-way leaves
 * nothing unrecorded.
 */
import {
  NOTHING_KEPT,
  type CellMark,
  type ClearOutcome,
  type KeptMarks,
  type KeptReason,
  type MarkOutcome,
} from "../../host/reportHost";
import { allTables, type DocTable } from "../../report/model";
import { loadMarkRecord, putMarkRecord } from "../markRecord";
import { saveSettings } from "../office";
import { tableIdentity } from "../tableIdentity";
import { highlightFor } from "./highlight";
import {
  loadHighlightRecord,
  putHighlightRecord,
  recordedCells,
  type HighlightedTable,
  type HighlightIdentity,
  type HighlightRecord,
} from "./highlightRecord";
import { cellKey, mapParagraphs } from "./paragraphMap";
import { queueBodyRead, snapshotOfRead, textsOf, type BodySnapshot } from "./readBody";

/** Cells of a check that highlighting could not mark, by why. */
export interface NotHighlighted {
  /** Blank: no text to highlight. */
  blank: number;
  /** Their text is highlighted already (the user's own highlighting is left alone). */
  ownHighlight: number;
  /** The document changed since the check: the cell cannot be proven to be the one checked. */
  stale: number;
}

export interface HighlightMarkOutcome extends MarkOutcome {
  notHighlighted: NotHighlighted;
}

/**
 * The identity of a table of the model: its row count and ../tableIdentity's fingerprint (shape and
 * label column, numbers left out — corrected numbers must not orphan a mark).
 */
export function modelTableIdentity(table: DocTable): HighlightIdentity {
  let identity = identities.get(table);
  if (identity === undefined) {
    const values = table.rows.map((row) => row.cells.map((c) => c.text));
    identity = { rowCount: table.rows.length, fingerprint: tableIdentity(values).fingerprint };
    identities.set(table, identity);
  }
  return identity;
}

/**
 * Hashed once per table of a read model: a changed document looks every mark's table up among all
 * of them (./locateTable), and a model is never changed after it is read.
 */
const identities = new WeakMap<DocTable, HighlightIdentity>();

export const sameIdentity = (a: HighlightIdentity, b: HighlightIdentity): boolean =>
  a.rowCount === b.rowCount && a.fingerprint === b.fingerprint;

/** The table a record (or a check) names, in the document as it is now; or why it is not there. */
export function locateTable(
  snapshot: BodySnapshot,
  index: number,
  identity: HighlightIdentity,
): DocTable | KeptReason {
  const tables = allTables(snapshot.doc);
  const at = tables[index];
  if (at && sameIdentity(modelTableIdentity(at), identity)) return at;
  const same = tables.filter((t) => sameIdentity(modelTableIdentity(t), identity));
  if (same.length === 1) return same[0];
  return at && at.rows.length === identity.rowCount ? "table_changed" : "table_not_found";
}

/**
 * Word's indexes of a cell's own paragraphs, or why they cannot be written to: "missing" (no such
 * cell), "unaddressable" (Word does not list them, or the paragraphs do not line up at all),
 * "unproven" (a paragraph's text differs from the OOXML's).
 */
export function wordParagraphsOf(
  snapshot: BodySnapshot,
  table: number,
  row: number,
  cell: number,
): number[] | "missing" | "unaddressable" | "unproven" {
  const paragraphs = snapshot.map.cells.get(cellKey(table, row, cell));
  if (paragraphs === undefined) return "missing";
  const alignment = snapshot.alignment;
  if (alignment === null) return "unaddressable";
  const out: number[] = [];
  for (const m of paragraphs) {
    const w = alignment.toWord(m);
    if (w === null) return "unaddressable";
    if (!alignment.proven(m)) return "unproven";
    out.push(w);
  }
  return out.length > 0 ? out : "unaddressable";
}

/** Kept marks, by reason. */
class Kept {
  private readonly counts = new Map<KeptReason, number>();
  readonly tables: HighlightedTable[] = [];

  add(reason: KeptReason, table: HighlightedTable, cells: { row: number; cell: number }[]): void {
    if (cells.length === 0) return;
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + cells.length);
    const into = this.tables.find((t) => t.index === table.index && sameIdentity(t.identity, table.identity));
    if (into) into.cells.push(...cells);
    else this.tables.push({ index: table.index, identity: table.identity, cells: [...cells] });
  }

  addOther(reason: KeptReason, cells: number): void {
    if (cells > 0) this.counts.set(reason, (this.counts.get(reason) ?? 0) + cells);
  }

  marks(): KeptMarks {
    if (this.counts.size === 0) return NOTHING_KEPT;
    const reasons = [...this.counts].map(([reason, cells]) => ({ reason, cells }));
    return { cells: reasons.reduce((n, r) => n + r.cells, 0), reasons };
  }
}

interface Restore {
  /** Word paragraph indexes to set back to no highlight. */
  paragraphs: number[];
  /** Model paragraph indexes, for the read-back. */
  modelParagraphs: number[][];
  /** `table:row:cell` of the cells restored (in the snapshot read now). */
  cells: Set<string>;
  kept: Kept;
}

/** Plans the restore of a record against the document as it is now. */
function planRestore(record: HighlightRecord, now: BodySnapshot): Restore {
  const restore: Restore = { paragraphs: [], modelParagraphs: [], cells: new Set(), kept: new Kept() };
  for (const t of record.tables) {
    const table = locateTable(now, t.index, t.identity);
    if (typeof table === "string") {
      restore.kept.add(table, t, t.cells);
      continue;
    }
    for (const c of t.cells) {
      const words = wordParagraphsOf(now, table.index, c.row, c.cell);
      if (typeof words === "string") {
        restore.kept.add(words === "missing" ? "table_changed" : "restore_failed", t, [c]);
        continue;
      }
      const key = cellKey(table.index, c.row, c.cell);
      if (restore.cells.has(key)) continue;
      restore.cells.add(key);
      restore.paragraphs.push(...words);
      restore.modelParagraphs.push(now.map.cells.get(key) ?? []);
    }
  }
  return restore;
}

interface Planned {
  table: DocTable;
  row: number;
  cell: number;
  words: number[];
  colour: string;
}

function recordOf(planned: readonly Planned[]): HighlightRecord {
  const tables: HighlightedTable[] = [];
  for (const p of planned) {
    let t = tables.find((x) => x.index === p.table.index);
    if (!t) {
      t = { index: p.table.index, identity: modelTableIdentity(p.table), cells: [] };
      tables.push(t);
    }
    t.cells.push({ row: p.row, cell: p.cell });
  }
  return { tables };
}

function union(a: HighlightRecord, b: HighlightRecord): HighlightRecord {
  const tables = a.tables.map((t) => ({ ...t, cells: [...t.cells] }));
  for (const t of b.tables) {
    const into = tables.find((x) => x.index === t.index && sameIdentity(x.identity, t.identity));
    if (!into) tables.push({ ...t, cells: [...t.cells] });
    else
      for (const c of t.cells)
        if (!into.cells.some((d) => d.row === c.row && d.cell === c.cell)) into.cells.push(c);
  }
  return { tables };
}

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/**
 * Highlights the cells of `marks` (addressed in the model of `checked`, the snapshot the check
 * read), after restoring the cells of any earlier record.
 */
export async function applyHighlights(
  context: Word.RequestContext,
  checked: BodySnapshot,
  marks: readonly CellMark[],
): Promise<HighlightMarkOutcome> {
  const read = queueBodyRead(context);
  await context.sync();
  // The document as the check saw it, unless it changed since (then its OOXML is parsed again).
  const now = sameTexts(textsOf(read), checked.wordTexts) ? checked : snapshotOfRead(read);
  const items = read.paragraphs.items;

  const record = loadHighlightRecord();
  const restore = planRestore(record, now);
  const checkedTables = allTables(checked.doc);
  const notHighlighted: NotHighlighted = { blank: 0, ownHighlight: 0, stale: 0 };
  let skipped = 0;
  const planned: Planned[] = [];
  const seen = new Set<string>();
  for (const mark of marks) {
    const before = checkedTables[mark.cell.table];
    const table =
      before === undefined
        ? "table_not_found"
        : now === checked
          ? before
          : locateTable(now, before.index, modelTableIdentity(before));
    if (typeof table === "string") {
      notHighlighted.stale++;
      continue;
    }
    const { row, cell } = mark.cell;
    const key = cellKey(table.index, row, cell);
    if (seen.has(key)) continue;
    seen.add(key);
    const words = wordParagraphsOf(now, table.index, row, cell);
    if (words === "unaddressable") skipped++;
    else if (words === "missing" || words === "unproven") notHighlighted.stale++;
    else {
      const paragraphs = now.map.cells.get(key) ?? [];
      if (paragraphs.every((m) => now.map.paragraphs[m].text.trim() === "")) notHighlighted.blank++;
      else if (!restore.cells.has(key) && paragraphs.some((m) => now.map.paragraphs[m].highlighted))
        notHighlighted.ownHighlight++;
      else planned.push({ table, row, cell, words, colour: highlightFor(mark.look, mark.severity) });
    }
  }

  const kept = restore.kept;
  const outcome: HighlightMarkOutcome = { marked: planned.length, skipped, notHighlighted };
  const keptMarks = kept.marks();
  if (keptMarks.cells > 0) outcome.kept = keptMarks;
  if (record.tables.length === 0 && planned.length === 0) return outcome; // nothing to write

  for (const w of restore.paragraphs) removeHighlight(items[w]);
  for (const p of planned) for (const w of p.words) items[w].font.highlightColor = p.colour;

  // Until the batch has gone through, the record names every cell it may have touched.
  putHighlightRecord(union(record, recordOf(planned)));
  try {
    await context.sync();
  } catch (error) {
    await saveSettings().catch(() => undefined);
    throw error;
  }
  putHighlightRecord(union({ tables: kept.tables }, recordOf(planned)));
  await saveSettings();
  return outcome;
}

/**
 * `highlightColor = null` removes a highlight (documented: "To remove highlight color, set it to
 * null"); the typings only say string.
 */
function removeHighlight(paragraph: Word.Paragraph): void {
  (paragraph.font as { highlightColor: string | null }).highlightColor = null;
}

/**
 * Takes every recorded highlight off. `shadingKept`: on WordApi 1.1, marks made by shading (a
 * newer Word's, ../marks) cannot be restored without the table API — they are reported as kept,
 * for Word 2019 or later to clear.
 */
export async function removeHighlights(
  context: Word.RequestContext,
  shadingKept: boolean,
): Promise<ClearOutcome> {
  const record = loadHighlightRecord();
  const shaded = shadingKept ? loadMarkRecord().tables.reduce((n, t) => n + t.cells.length, 0) : 0;
  if (record.tables.length === 0) {
    const kept = new Kept();
    kept.addOther("restore_failed", shaded);
    return { restored: 0, kept: kept.marks(), differing: 0 };
  }
  const read = queueBodyRead(context);
  await context.sync();
  const now = snapshotOfRead(read);
  const restore = planRestore(record, now);
  const items = read.paragraphs.items;
  for (const w of restore.paragraphs) removeHighlight(items[w]);
  // Read back what the document looks like after the writes, in the same round trip.
  const after = restore.paragraphs.length > 0 ? context.document.body.getOoxml() : null;
  if (after !== null) await context.sync();
  let differing = 0;
  if (after !== null) {
    const map = mapParagraphs(after.value);
    for (const paragraphs of restore.modelParagraphs)
      if (paragraphs.some((m) => map.paragraphs[m]?.highlighted !== false)) differing++;
  }
  const kept = restore.kept;
  kept.addOther("restore_failed", shaded);
  putHighlightRecord({ tables: kept.tables });
  await saveSettings();
  return { restored: restore.cells.size, kept: kept.marks(), differing };
}

/**
 * Drops the record of highlights — and, with `shading` (WordApi 1.1, which cannot restore them),
 * the record of shading marks too; returns how many cells they named.
 */
export async function forgetHighlights(shading: boolean): Promise<number> {
  const highlighted = recordedCells(loadHighlightRecord());
  const shaded = shading ? loadMarkRecord().tables.reduce((n, t) => n + t.cells.length, 0) : 0;
  if (highlighted + shaded === 0) return 0;
  putHighlightRecord({ tables: [] });
  if (shaded > 0) putMarkRecord({ ...loadMarkRecord(), tables: [] });
  await saveSettings();
  return highlighted + shaded;
}
