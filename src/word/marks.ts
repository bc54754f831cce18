/**
 * Marking cells and taking the marks off again, restoring each cell's original fill exactly — and
 * never writing to a cell that cannot be proven to be the one marked.
 *
 * Every marked table is recorded with its identity (./markRecord, ./tableIdentity). To restore,
 * the record's tables are looked up among the document's top-level tables as they are now
 * (./resolveTables); a table that cannot be found, or whose marked cells changed, is not written
 * and its entries are kept (never dropped) for a retry after an undo, or until the user forgets
 * them. Restored cells are read back in the same round trip (./writeBatch).
 *
 * Round trips: a check marks right after its read (2), in one more — the tables are known from the
 * read, the getFirst/getNext chain reaches them, and the read's values and OOXML prove the record's
 * tables. Otherwise (clearing, re-marking later, comments to delete) one round trip first loads
 * every table's values (and the comments), then the writes; one more in between only when the
 * record's tables can only be told apart by their fills (twins).
 *
 * A cell's original fill comes from the table's OOXML read by the check (`w:shd/@w:fill`), or from
 * the earlier record when the cell was already marked — never from `shadingColor`.
 */
import { squeeze } from "../host/cellText";
import type { CellMark, ClearOutcome, KeptMarks, KeptReason, MarkOutcome } from "../host/reportHost";
import { locateTables, readFills, type LocatedDocument } from "./locate";
import {
  loadMarkRecord,
  putMarkRecord,
  recordedCells,
  recordedComments,
  type MarkRecord,
  type RecordedCell,
  type RecordedTable,
} from "./markRecord";
import { saveSettings } from "./office";
import type { DocumentSnapshot, TopTable } from "./readDocument";
import { claimOfTable, resolveTable, type CurrentTable, type TableClaim } from "./resolveTables";
import { markColour, normalFill, originalFill } from "./shading";
import { tableChain } from "./tableChain";
import type { TrackingMode } from "./tracking";
import {
  runWrites,
  type CellPaint,
  type CellRestore,
  type NoFillKnowledge,
  type WriteTarget,
} from "./writeBatch";

export interface MarkState {
  snapshot: DocumentSnapshot | null;
  /** Nothing was written since the snapshot was read. */
  fresh: boolean;
  /** This Word can put and delete comments (WordApi 1.4). */
  canDeleteComments: boolean;
  knowledge: NoFillKnowledge;
}

/** The document's top-level tables as they are now, and how to reach them in this run. */
interface Now {
  tables: (CurrentTable & { ordinal: number; twins: number })[];
  /** The table's proxy; null when it cannot be reached without a round trip. */
  proxy(position: number): Word.Table | null;
  comments: Map<string, Word.Comment>;
  trackingMode: TrackingMode | null;
  /** Reads some tables' fills (OOXML); absent where that is not allowed (right after a read). */
  readFills?: (positions: number[]) => Promise<void>;
}

/** From the check's own read: no round trip. */
function nowFromSnapshot(context: Word.RequestContext, snapshot: DocumentSnapshot): Now {
  let chain: Word.Table[] = [];
  return {
    tables: snapshot.tops,
    proxy: (position) => {
      if (!snapshot.tops[position]?.chained) return null;
      if (chain.length <= position) chain = tableChain(context, position + 1);
      return chain[position];
    },
    comments: new Map(),
    trackingMode: snapshot.trackingMode,
  };
}

async function nowFromDocument(context: Word.RequestContext, commentIds: readonly string[]): Promise<Now> {
  const located: LocatedDocument = await locateTables(context, commentIds);
  return {
    tables: located.tables,
    proxy: (position) => located.tables[position]?.proxy ?? null,
    comments: located.comments,
    trackingMode: located.trackingMode,
    readFills: (positions) => readFills(context, located, positions),
  };
}

type EntryResolution = { found: number } | { kept: Exclude<KeptReason, "restore_failed"> };

/**
 * Where each claim's table is now; null when fills are needed and `now` cannot read them (the
 * caller then starts over with `nowFromDocument`).
 */
async function resolveAll(claims: readonly TableClaim[], now: Now): Promise<EntryResolution[] | null> {
  let results = claims.map((c) => resolveTable(c, now.tables));
  const needed = results.flatMap((r) => (r.kind === "needs_fills" ? r.positions : []));
  if (needed.length > 0) {
    if (!now.readFills) return null;
    await now.readFills(needed);
    results = claims.map((c) => resolveTable(c, now.tables));
  }
  return results.map((r) =>
    r.kind === "found" ? { found: r.position } : { kept: r.kind === "kept" ? r.reason : "table_not_found" },
  );
}

/** A new mark, one per Word cell (an error wins over a warning). */
interface PlannedMark {
  top: TopTable;
  row: number;
  cell: number;
  /** The model cell (its OOXML shading is the original fill). */
  modelRow: number;
  modelCell: number;
  look: CellMark["look"];
  severity: "error" | "warning";
  note: string;
}

function planMarks(
  marks: readonly CellMark[],
  snapshot: DocumentSnapshot,
): { planned: PlannedMark[]; skipped: number } {
  const byCell = new Map<string, PlannedMark>();
  let skipped = 0;
  for (const mark of marks) {
    const top = snapshot.byIndex.get(mark.cell.table);
    const address = top?.addressing?.toWord(mark.cell.row, mark.cell.cell) ?? null;
    if (!top || address === null) {
      skipped++;
      continue;
    }
    const key = `${top.position}:${address.row}:${address.cell}`;
    const existing = byCell.get(key);
    if (existing) {
      // One fill per cell: the gravest severity, and the more telling look.
      if (mark.severity === "error") existing.severity = "error";
      if (rank(mark.look) > rank(existing.look)) existing.look = mark.look;
      continue;
    }
    byCell.set(key, {
      top,
      ...address,
      modelRow: mark.cell.row,
      modelCell: mark.cell.cell,
      look: mark.look,
      severity: mark.severity,
      note: mark.note,
    });
  }
  return { planned: [...byCell.values()], skipped };
}

const rank = (look: CellMark["look"]) => (look === "suspect" ? 2 : look === "involved" ? 1 : 0);

interface Plan {
  now: Now;
  entries: EntryResolution[];
  /** Position now of each planned mark's table; null: it cannot be found (skipped). */
  markPositions: (number | null)[];
}

/** Resolves the record and the marks' tables, from the snapshot when allowed, else from the document. */
async function makePlan(
  context: Word.RequestContext,
  record: MarkRecord,
  planned: readonly PlannedMark[],
  state: MarkState,
  commentIds: readonly string[],
  fromSnapshot: boolean,
): Promise<Plan> {
  if (fromSnapshot && state.snapshot !== null) {
    const now = nowFromSnapshot(context, state.snapshot);
    const entries = await resolveAll(record.tables, now);
    const markPositions = planned.map((p) => p.top.position);
    const positions = [...markPositions, ...(entries ?? []).flatMap((e) => ("found" in e ? [e.found] : []))];
    if (entries !== null && positions.every((p) => now.tables[p] && state.snapshot?.tops[p]?.chained))
      return { now, entries, markPositions };
  }
  const now = await nowFromDocument(context, commentIds);
  const entries = (await resolveAll(record.tables, now)) as EntryResolution[];
  // The marks' tables, found again by the snapshot's identity (the document may have changed).
  const byTop = new Map<TopTable, PlannedMark[]>();
  for (const p of planned) byTop.set(p.top, [...(byTop.get(p.top) ?? []), p]);
  const found = new Map<TopTable, number | null>();
  for (const [top, cells] of byTop) {
    const r = resolveTable(claimOfTable(top, cells), now.tables);
    found.set(top, r.kind === "found" ? r.position : null);
  }
  return { now, entries, markPositions: planned.map((p) => found.get(p.top) ?? null) };
}

interface Execution {
  outcome: { restored: number; differing: number; kept: KeptMarks; marked: number; skippedNow: number };
  record: MarkRecord;
}

/** Restores the record's marks that can be proven, paints the new ones, and works out the new record. */
async function execute(
  context: Word.RequestContext,
  record: MarkRecord,
  planned: readonly PlannedMark[],
  plan: Plan,
  state: MarkState,
  withComments: boolean,
): Promise<Execution> {
  const { now, entries } = plan;
  const targets = new Map<number, WriteTarget>();
  const target = (position: number): WriteTarget | null => {
    let t = targets.get(position);
    if (!t) {
      const proxy = now.proxy(position);
      const table = now.tables[position];
      if (proxy === null || table === undefined) return null;
      t = { position, proxy, values: table.values };
      targets.set(position, t);
    }
    return t;
  };

  // The new marks, where their tables are now.
  const paints: (CellPaint & { mark: PlannedMark })[] = [];
  planned.forEach((p, i) => {
    const position = plan.markPositions[i];
    const t = position === null ? null : target(position);
    if (t === null) return;
    paints.push({
      target: t,
      row: p.row,
      cell: p.cell,
      colour: markColour(p.look, p.severity),
      note: withComments ? p.note : null,
      mark: p,
    });
  });
  const paintAt = new Map(paints.map((p) => [`${p.target.position}:${p.row}:${p.cell}`, p]));

  // The earlier marks: restored where proven, carried over where marked again, kept otherwise.
  const restores: (CellRestore & { entry: RecordedTable; recorded: RecordedCell })[] = [];
  const carried = new Map<string, RecordedCell>();
  const keptEntries: RecordedTable[] = [];
  const commentsToRemove: string[] = [...record.comments];
  const restoredKeys = new Set<string>();
  record.tables.forEach((entry, i) => {
    const resolution = entries[i];
    const t = "found" in resolution ? target(resolution.found) : null;
    if (t === null) {
      keptEntries.push({ ...entry, kept: "kept" in resolution ? resolution.kept : "table_not_found" });
      return;
    }
    for (const c of entry.cells) {
      const key = `${t.position}:${c.row}:${c.cell}`;
      if (c.comment !== undefined) commentsToRemove.push(c.comment);
      if (paintAt.has(key)) {
        if (!carried.has(key)) carried.set(key, c);
      } else if (!restoredKeys.has(key)) {
        restoredKeys.add(key);
        restores.push({ target: t, row: c.row, cell: c.cell, fill: c.fill, entry, recorded: c });
      }
    }
  });

  const deleteComments = state.canDeleteComments
    ? [...new Set(commentsToRemove)].flatMap((id) => now.comments.get(id) ?? [])
    : [];
  const pendingComments = state.canDeleteComments ? [] : [...new Set(commentsToRemove)];
  const deleted = new Set(
    state.canDeleteComments ? commentsToRemove.filter((id) => now.comments.has(id)) : [],
  );

  // The new entries, one per table.
  const newEntries = (commentIds: readonly (string | null)[]): RecordedTable[] => {
    const byPosition = new Map<number, RecordedTable>();
    paints.forEach((p, i) => {
      const table = now.tables[p.target.position];
      let entry = byPosition.get(p.target.position);
      if (!entry) {
        entry = entryFor(table, p.mark.top.table.index);
        byPosition.set(p.target.position, entry);
      }
      const key = `${p.target.position}:${p.row}:${p.cell}`;
      const before = carried.get(key);
      const modelCell = p.mark.top.table.rows[p.mark.modelRow]?.cells[p.mark.modelCell];
      const cell: RecordedCell = {
        row: p.row,
        cell: p.cell,
        fill: before ? before.fill : originalFill(modelCell?.shading),
        text: squeeze(p.target.values[p.row]?.[p.cell]),
        painted: normalFill(p.colour),
      };
      const comment = commentIds[i];
      if (comment) cell.comment = comment;
      entry.cells.push(cell);
    });
    return [...byPosition.values()].sort((a, b) => a.position - b.position);
  };

  // Until the batch has gone through, the record names every cell it may have touched.
  putMarkRecord({ ...record, tables: [...record.tables, ...newEntries([])] });
  if (record.noFill !== undefined) state.knowledge.hint = record.noFill;
  let written;
  try {
    written = await runWrites(
      context,
      { restores, paints, deleteComments, trackingMode: now.trackingMode },
      state.knowledge,
    );
  } catch (error) {
    await saveSettings().catch(() => undefined);
    throw error;
  }

  // Restores that did not take stay recorded, as the cells now look.
  const failed = new Map<CellRestore, string | null | undefined>();
  for (const d of written.differing) failed.set(d.restore, d.now);
  for (const r of written.refused) failed.set(r, undefined);
  const failedEntries = new Map<RecordedTable, RecordedTable>();
  for (const r of restores) {
    if (!failed.has(r)) continue;
    let entry = failedEntries.get(r.entry);
    if (!entry) {
      entry = { ...r.entry, cells: [], kept: "restore_failed" };
      failedEntries.set(r.entry, entry);
    }
    const now = failed.get(r);
    const cell: RecordedCell = { ...r.recorded };
    if (now !== undefined) cell.painted = now;
    // Its comment went in the same batch (whether the restore would take was not known yet).
    if (cell.comment !== undefined && deleted.has(cell.comment)) delete cell.comment;
    entry.cells.push(cell);
  }
  // Comments of cells that stay marked stay with them.
  const stillMarked = new Set(
    [...failedEntries.values()].flatMap((e) => e.cells.flatMap((c) => c.comment ?? [])),
  );

  const next: MarkRecord = {
    tables: [...keptEntries, ...failedEntries.values(), ...newEntries(written.commentIds)],
    comments: pendingComments.filter((id) => !stillMarked.has(id)),
  };
  const noFill = state.knowledge.works ?? record.noFill;
  if (noFill !== undefined) next.noFill = noFill;

  const keptTables = [...keptEntries, ...failedEntries.values()];
  return {
    outcome: {
      restored: restores.length - failed.size,
      differing: failed.size,
      kept: keptOf(keptTables),
      marked: paints.length,
      skippedNow: planned.length - paints.length,
    },
    record: next,
  };
}

/** A new, empty entry for a table as it is now. */
function entryFor(table: Now["tables"][number], index: number): RecordedTable {
  return {
    fingerprint: table.identity.fingerprint,
    content: table.identity.content,
    rowCount: table.values.length,
    ordinal: table.ordinal,
    twins: table.twins,
    position: table.position,
    index,
    cells: [],
  };
}

function keptOf(tables: readonly RecordedTable[]): KeptMarks {
  const counts = new Map<KeptReason, number>();
  for (const t of tables) if (t.kept) counts.set(t.kept, (counts.get(t.kept) ?? 0) + t.cells.length);
  const reasons = [...counts].map(([reason, cells]) => ({ reason, cells }));
  return { cells: reasons.reduce((n, r) => n + r.cells, 0), reasons };
}

export async function applyMarks(
  context: Word.RequestContext,
  state: MarkState & { snapshot: DocumentSnapshot },
  marks: readonly CellMark[],
  withComments: boolean,
): Promise<MarkOutcome> {
  const record = loadMarkRecord();
  const { planned, skipped } = planMarks(marks, state.snapshot);
  const commentIds = state.canDeleteComments ? recordedComments(record) : [];
  if (record.tables.length === 0 && planned.length === 0 && commentIds.length === 0)
    return { marked: 0, skipped }; // nothing on the document, nothing to put there
  const plan = await makePlan(
    context,
    record,
    planned,
    state,
    commentIds,
    state.fresh && commentIds.length === 0,
  );
  const { outcome, record: next } = await execute(context, record, planned, plan, state, withComments);
  putMarkRecord(next);
  await saveSettings();
  const result: MarkOutcome = { marked: outcome.marked, skipped: skipped + outcome.skippedNow };
  if (outcome.kept.cells > 0) result.kept = outcome.kept;
  return result;
}

export async function restoreMarks(context: Word.RequestContext, state: MarkState): Promise<ClearOutcome> {
  const record = loadMarkRecord();
  const commentIds = state.canDeleteComments ? recordedComments(record) : [];
  if (record.tables.length === 0 && commentIds.length === 0)
    return { restored: 0, kept: { cells: 0, reasons: [] }, differing: 0, ...commentsLeft(record) };
  const plan = await makePlan(context, record, [], state, commentIds, false);
  const { outcome, record: next } = await execute(context, record, [], plan, state, false);
  putMarkRecord(next);
  await saveSettings();
  return {
    restored: outcome.restored,
    kept: outcome.kept,
    differing: outcome.differing,
    ...commentsLeft(next),
  };
}

function commentsLeft(record: MarkRecord): { commentsLeft?: number } {
  return record.comments.length > 0 ? { commentsLeft: record.comments.length } : {};
}

/** Drops the entries that could not be restored, without touching the document; returns their cells. */
export async function forgetKeptMarks(): Promise<number> {
  const record = loadMarkRecord();
  const cells = recordedCells(record, "kept");
  if (cells === 0) return 0;
  putMarkRecord({ ...record, tables: record.tables.filter((t) => t.kept === undefined) });
  await saveSettings();
  return cells;
}
