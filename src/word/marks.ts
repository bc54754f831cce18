/**
 * Marking cells and taking the marks off again, restoring each cell's original fill exactly.
 *
 * One batch of writes does it all: restore the cells of the earlier record (this session's or an
 * earlier one's, from the document settings), delete their comments, shade the new cells (and
 * comment them), then one sync. The tables are found through the getFirst/getNext chain checked
 * by the read just before, so a check costs read (2) + mark (1) round trips. One more round trip
 * comes first when that is not enough to be sure of the tables: no fresh read (a re-mark, or
 * marks cleared after the user edited), a table the chain does not reach, or comments to delete
 * (they can only be found by loading them). It loads the tables' identity as they are now, so a
 * record of a table that has changed since is detected and skipped, never misapplied.
 *
 * A cell's original fill comes from the table's OOXML read by the check (`w:shd/@w:fill`), or
 * from the earlier record when the cell was already marked — never from `shadingColor`.
 */
import type { CellMark, MarkOutcome } from "../host/reportHost";
import type { DocumentSnapshot, TopTable } from "./readDocument";
import {
  loadMarkRecord,
  putMarkRecord,
  recordedComments,
  type MarkRecord,
  type RecordedCell,
  type RecordedTable,
} from "./markRecord";
import { saveSettings } from "./office";
import { MARK_COLOURS, originalFill, shadingColorFor } from "./shading";
import { tableChain, topLevelTables } from "./tableChain";
import { sameIdentity, tableIdentity, type TableIdentity } from "./tableIdentity";

/** The tables as they are now, by position among the top-level tables. */
interface LocatedTables {
  table(position: number): Word.Table | undefined;
  identity(position: number): TableIdentity | undefined;
  /** Recorded comments found in the document, by id (only when they had to be loaded). */
  comments: Map<string, Word.Comment>;
}

/**
 * Finds the tables at `positions`: from the fresh snapshot and the chain (no sync) when that is
 * certain, else by loading the tables (and the comments) in one sync.
 */
async function locateTables(
  context: Word.RequestContext,
  snapshot: DocumentSnapshot | null,
  fresh: boolean,
  positions: readonly number[],
  commentIds: readonly string[],
): Promise<LocatedTables> {
  const chained =
    snapshot !== null &&
    fresh &&
    commentIds.length === 0 &&
    positions.every((p) => snapshot.tops[p]?.chained);
  if (chained) {
    const chain = tableChain(context, Math.max(-1, ...positions) + 1);
    return {
      table: (p) => chain[p],
      identity: (p) => snapshot.tops[p]?.identity,
      comments: new Map(),
    };
  }
  const tables = context.document.body.tables;
  tables.load("items/nestingLevel,items/rowCount,items/values");
  const comments = commentIds.length > 0 ? context.document.body.getComments() : null;
  if (comments !== null) comments.load("items/id");
  await context.sync();
  const tops = topLevelTables(tables);
  const identities = tops.map((t) => tableIdentity(t.rowCount, t.values));
  const wanted = new Set(commentIds);
  const found = new Map<string, Word.Comment>();
  for (const comment of comments?.items ?? []) if (wanted.has(comment.id)) found.set(comment.id, comment);
  return { table: (p) => tops[p], identity: (p) => identities[p], comments: found };
}

/** The recorded tables still the same as when marked: their cells can be restored. */
function stillValid(record: MarkRecord, located: LocatedTables): RecordedTable[] {
  return record.tables.filter((t) => {
    const now = located.identity(t.position);
    return now !== undefined && sameIdentity(now, t.identity);
  });
}

/** Queues the writes that give the recorded cells back their fill; returns how many. */
function queueRestore(valid: readonly RecordedTable[], located: LocatedTables): number {
  let restored = 0;
  for (const t of valid) {
    const table = located.table(t.position);
    if (table === undefined) continue;
    for (const c of t.cells) {
      table.getCell(c.row, c.cell).shadingColor = shadingColorFor(c.fill);
      restored++;
    }
  }
  return restored;
}

function queueCommentDeletes(located: LocatedTables): void {
  for (const comment of located.comments.values()) comment.delete();
}

interface PlannedCell {
  top: TopTable;
  table: Word.Table;
  row: number;
  cell: number;
  severity: "error" | "warning";
  note: string;
  fill: string | null;
}

/** The marks Word can take, one per Word cell (an error wins over a warning), and how many cannot. */
function planMarks(
  marks: readonly CellMark[],
  snapshot: DocumentSnapshot,
  located: LocatedTables,
  valid: readonly RecordedTable[],
): { planned: PlannedCell[]; skipped: number } {
  const earlier = new Map<string, string | null>();
  for (const t of valid) for (const c of t.cells) earlier.set(`${t.position}:${c.row}:${c.cell}`, c.fill);
  const byCell = new Map<string, PlannedCell>();
  let skipped = 0;
  for (const mark of marks) {
    const top = snapshot.byIndex.get(mark.cell.table);
    const now = top && located.identity(top.position);
    const address = top?.addressing?.toWord(mark.cell.row, mark.cell.cell) ?? null;
    const table = top && located.table(top.position);
    if (!top || !table || !now || !sameIdentity(now, top.identity) || address === null) {
      skipped++;
      continue;
    }
    const key = `${top.position}:${address.row}:${address.cell}`;
    const existing = byCell.get(key);
    if (existing) {
      if (mark.severity === "error") existing.severity = "error";
      continue;
    }
    const ooxmlCell = top.table.rows[mark.cell.row]?.cells[mark.cell.cell];
    const fill = earlier.has(key) ? (earlier.get(key) ?? null) : originalFill(ooxmlCell?.shading);
    byCell.set(key, { top, table, ...address, severity: mark.severity, note: mark.note, fill });
  }
  return { planned: [...byCell.values()], skipped };
}

function recordOf(planned: readonly PlannedCell[], comments: readonly (Word.Comment | null)[]): MarkRecord {
  const byPosition = new Map<number, RecordedTable>();
  planned.forEach((p, i) => {
    let table = byPosition.get(p.top.position);
    if (!table) {
      table = { position: p.top.position, index: p.top.table.index, identity: p.top.identity, cells: [] };
      byPosition.set(p.top.position, table);
    }
    const cell: RecordedCell = { row: p.row, cell: p.cell, fill: p.fill };
    const comment = comments[i];
    if (comment) cell.comment = comment.id;
    table.cells.push(cell);
  });
  return { tables: [...byPosition.values()].sort((a, b) => a.position - b.position) };
}

/** Every cell of both records, each once (the one to restore if a batch fails half-way). */
function union(a: MarkRecord, b: MarkRecord): MarkRecord {
  const tables = new Map<number, RecordedTable>();
  for (const t of [...a.tables, ...b.tables]) {
    const into = tables.get(t.position);
    if (!into) {
      tables.set(t.position, { ...t, cells: [...t.cells] });
      continue;
    }
    for (const c of t.cells)
      if (!into.cells.some((d) => d.row === c.row && d.cell === c.cell)) into.cells.push(c);
  }
  return { tables: [...tables.values()] };
}

export async function applyMarks(
  context: Word.RequestContext,
  snapshot: DocumentSnapshot,
  fresh: boolean,
  marks: readonly CellMark[],
  withComments: boolean,
  canDeleteComments: boolean,
): Promise<MarkOutcome> {
  const record = loadMarkRecord();
  const markPositions = marks.flatMap((m) => {
    const top = snapshot.byIndex.get(m.cell.table);
    return top?.addressing ? [top.position] : [];
  });
  const positions = [...new Set([...record.tables.map((t) => t.position), ...markPositions])];
  const commentIds = canDeleteComments ? recordedComments(record) : [];
  const located = await locateTables(context, snapshot, fresh, positions, commentIds);

  const valid = stillValid(record, located);
  queueRestore(valid, located);
  queueCommentDeletes(located);
  const { planned, skipped } = planMarks(marks, snapshot, located, valid);
  if (record.tables.length === 0 && planned.length === 0 && located.comments.size === 0)
    return { marked: 0, skipped }; // nothing on the document, nothing to put there
  const comments: (Word.Comment | null)[] = [];
  for (const p of planned) {
    const cell = p.table.getCell(p.row, p.cell);
    cell.shadingColor = MARK_COLOURS[p.severity];
    const comment = withComments ? cell.body.getRange().insertComment(p.note) : null;
    if (comment) comment.load("id");
    comments.push(comment);
  }

  // Until the batch has gone through, the record names every cell it may have touched.
  const pending = recordOf(planned, []);
  putMarkRecord(union({ tables: valid }, pending));
  try {
    await context.sync();
  } catch (error) {
    await saveSettings().catch(() => undefined);
    throw error;
  }
  putMarkRecord(recordOf(planned, comments));
  await saveSettings();
  return { marked: planned.length, skipped };
}

export async function restoreMarks(
  context: Word.RequestContext,
  snapshot: DocumentSnapshot | null,
  fresh: boolean,
  canDeleteComments: boolean,
): Promise<number> {
  const record = loadMarkRecord();
  if (record.tables.length === 0) return 0;
  const commentIds = canDeleteComments ? recordedComments(record) : [];
  const located = await locateTables(
    context,
    snapshot,
    fresh,
    record.tables.map((t) => t.position),
    commentIds,
  );
  const restored = queueRestore(stillValid(record, located), located);
  queueCommentDeletes(located);
  await context.sync();
  putMarkRecord({ tables: [] });
  await saveSettings();
  return restored;
}

/** Drops the record without touching the document; returns how many cells it named. */
export async function forgetMarkRecord(): Promise<number> {
  const record = loadMarkRecord();
  const cells = record.tables.reduce((n, t) => n + t.cells.length, 0);
  if (cells === 0) return 0;
  putMarkRecord({ tables: [] });
  await saveSettings();
  return cells;
}
