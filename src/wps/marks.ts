/**
 * Marking cells and taking the marks off again, restoring each cell's look exactly.
 *
 * Everything here is synchronous WPS calls. Before a cell is written it is proven to be the one
 * meant (./cellAddress: its row, read back from WPS, shows the texts the model has, in a numbering
 * that puts the cell at one position). Restoring a recorded mark proves the row again from the
 * record's signature — the marked cell's own text may have changed (the user fixed the value), the
 * others may not — and checks that the cell still shows the colour painted: a cell recoloured by
 * hand since is left alone, and its mark kept in the record, never overwritten.
 *
 * Order, so that nothing painted is ever missing from the record: the earlier record is restored
 * first (what cannot be proven is kept); the new marks are planned and their original looks read;
 * the record of kept + planned cells is written and read back — if WPS does not keep it, nothing
 * is painted; then the cells are painted (and commented), and the record rewritten with exactly
 * the cells painted, even when WPS throws half-way.
 */
import { continuationOwners } from "../host/continuationOwners";
import type { CellMark, KeptMarks, KeptReason } from "../host/reportHost";
import type { DocCell, DocTable } from "../report/model";
import { ALL_MARK_FILLS } from "../report/view";
import { WD, type WpsApplication, type WpsCell, type WpsDocument, type WpsTable } from "./api";
import { count, read, text, tryRead } from "./access";
import {
  columnOf,
  observeRow,
  positionsToObserve,
  proveRow,
  rowSignature,
  slotsOf,
  type ObservedRow,
} from "./cellAddress";
import { textHash } from "./textHash";
import { markBgr, hexToBgr } from "./colour";
import { recordNotSavedError } from "./errors";
import {
  loadMarkRecord,
  saveMarkRecord,
  type MarkRecord,
  type RecordedCell,
  type RecordedRow,
  type RecordedTable,
} from "./markRecord";
import type { WpsSnapshot } from "./readDocument";
import { paintMark, readShading, sameShading, showsMark, writeShading, type CellShading } from "./shading";

const COMMENT_AUTHOR = "年报校对";
const LOST_MARKS = new Set(ALL_MARK_FILLS.map(hexToBgr));

// ---- One undo step, screen updating paused ------------------------------------------------

/** Runs `work` as one undo step (when WPS has `UndoRecord`) with screen updating off. */
export function asOneStep<T>(app: WpsApplication, name: string, work: () => T): T {
  const undo = tryRead(app, "UndoRecord");
  let recording = false;
  try {
    undo?.StartCustomRecord(name);
    recording = undo !== undefined;
  } catch {
    recording = false;
  }
  let screen: boolean | undefined;
  try {
    screen = tryRead(app, "ScreenUpdating");
    if (screen === true) app.ScreenUpdating = false;
  } catch {
    screen = undefined;
  }
  try {
    return work();
  } finally {
    try {
      if (screen === true) app.ScreenUpdating = true;
    } catch {
      // nothing to do: WPS repaints anyway
    }
    if (recording) undo?.EndCustomRecord();
  }
}

// ---- Restoring a record -------------------------------------------------------------------

interface Kept {
  record: MarkRecord;
  /** Why each kept cell was kept. */
  reasons: Map<RecordedCell, KeptReason>;
}

export interface RestoreResult {
  restored: number;
  differing: number;
  kept: Kept;
}

export function keptSummary(kept: Kept): KeptMarks {
  const counts = new Map<KeptReason, number>();
  for (const t of kept.record.tables)
    for (const r of t.rows)
      for (const c of r.cells) {
        const reason = kept.reasons.get(c) ?? "table_changed";
        counts.set(reason, (counts.get(reason) ?? 0) + 1);
      }
  const reasons = [...counts].map(([reason, cells]) => ({ reason, cells }));
  return { cells: reasons.reduce((n, r) => n + r.cells, 0), reasons };
}

function keep(kept: Kept, table: RecordedTable, row: RecordedRow, cells: RecordedCell[], why: KeptReason) {
  if (cells.length === 0) return;
  let into = kept.record.tables.find((t) => t.position === table.position && t.rowCount === table.rowCount);
  if (!into) {
    into = { position: table.position, rowCount: table.rowCount, rows: [] };
    kept.record.tables.push(into);
  }
  let intoRow = into.rows.find((r) => r.row === row.row && r.signature.join() === row.signature.join());
  if (!intoRow) {
    intoRow = { row: row.row, signature: row.signature, cells: [] };
    into.rows.push(intoRow);
  }
  intoRow.cells.push(...cells);
  for (const c of cells) kept.reasons.set(c, why);
}

/** The row still shows what was recorded, its marked cells' own texts aside. */
function rowMatches(row: RecordedRow, observed: ObservedRow): boolean {
  const marked = new Set(row.cells.map((c) => c.column - 1));
  return row.signature.every((hash, p) => {
    const seen = observed[p];
    if (marked.has(p)) return seen !== null && seen !== undefined;
    return (seen === null || seen === undefined ? "-" : textHash(seen)) === hash;
  });
}

function rowCountOf(table: WpsTable): number {
  return Number(read(read(table, "Rows"), "Count"));
}

/** The table a recorded table is now, and which of its rows still prove. */
function locate(
  tables: WpsTable[],
  recorded: RecordedTable,
): { table: WpsTable; proven: Set<RecordedRow> } | { reason: KeptReason } {
  const provenRows = (table: WpsTable) =>
    new Set(recorded.rows.filter((r) => rowMatches(r, observeRow(table, r.row, r.signature.length))));
  const at = tables[recorded.position];
  // Every other table where all recorded rows prove: a table moved by tables inserted or deleted
  // before it — or a copy of the marked one, when the one at the position proves as well.
  const elsewhere = tables.flatMap((t, i) => {
    if (i === recorded.position || rowCountOf(t) !== recorded.rowCount) return [];
    const proven = provenRows(t);
    return proven.size === recorded.rows.length ? [{ table: t, proven }] : [];
  });
  if (at && rowCountOf(at) === recorded.rowCount) {
    const proven = provenRows(at);
    if (proven.size > 0) return elsewhere.length === 0 ? { table: at, proven } : { reason: "table_changed" };
  }
  if (elsewhere.length === 1) return elsewhere[0];
  return { reason: at ? "table_changed" : "table_not_found" };
}

function cellAt(table: WpsTable, row: number, column: number): WpsCell | null {
  try {
    return table.Cell(row, column) ?? null;
  } catch {
    return null;
  }
}

interface CommentTarget {
  start: number;
  end: number;
  hash: string;
}

/** Deletes our comments (by text hash) lying within the given cells' ranges. */
function deleteComments(doc: WpsDocument, targets: CommentTarget[]): void {
  if (targets.length === 0) return;
  const comments = read(doc, "Comments");
  for (let i = count(comments); i >= 1; i--) {
    try {
      const comment = comments.Item(i);
      const scope = read(comment, "Scope");
      const start = Number(read(scope, "Start"));
      const end = Number(read(scope, "End"));
      const hash = textHash(text(read(read(comment, "Range"), "Text")));
      if (targets.some((t) => t.hash === hash && t.start <= start && end <= t.end)) comment.Delete();
    } catch {
      // a comment WPS cannot show us is not ours to delete
    }
  }
}

/** Gives every provable recorded cell its look back; returns what was kept, and why. */
export function restoreRecord(doc: WpsDocument, record: MarkRecord): RestoreResult {
  const kept: Kept = { record: { tables: [] }, reasons: new Map() };
  let restored = 0;
  let differing = 0;
  if (record.tables.length === 0) return { restored, differing, kept };
  const tables = (() => {
    const collection = read(doc, "Tables");
    const out: WpsTable[] = [];
    for (let i = 1, n = count(collection); i <= n; i++) out.push(collection.Item(i));
    return out;
  })();
  const comments: CommentTarget[] = [];
  for (const recorded of record.tables) {
    const found = locate(tables, recorded);
    for (const row of recorded.rows) {
      if ("reason" in found) {
        keep(kept, recorded, row, row.cells, found.reason);
        continue;
      }
      if (!found.proven.has(row)) {
        keep(kept, recorded, row, row.cells, "table_changed");
        continue;
      }
      for (const c of row.cells) {
        const cell = cellAt(found.table, row.row, c.column);
        if (cell === null) {
          keep(kept, recorded, row, [c], "table_changed");
          continue;
        }
        const now = readShading(cell);
        let done = sameShading(now, c.original); // already as it was (an undo, say)
        if (!done && !showsMark(now, c.mark)) {
          keep(kept, recorded, row, [c], "table_changed"); // recoloured by hand since: not ours now
          continue;
        }
        if (!done) {
          try {
            writeShading(cell, c.original);
          } catch {
            keep(kept, recorded, row, [c], "restore_failed");
            continue;
          }
          done = sameShading(readShading(cell), c.original);
          if (!done) {
            differing++;
            keep(kept, recorded, row, [c], "restore_failed");
            continue;
          }
        }
        restored++;
        if (c.comment !== undefined) {
          const range = read(cell, "Range");
          comments.push({
            start: Number(read(range, "Start")),
            end: Number(read(range, "End")),
            hash: c.comment,
          });
        }
      }
    }
  }
  deleteComments(doc, comments);
  return { restored, differing, kept };
}

// ---- Marking ------------------------------------------------------------------------------

interface Planned {
  position: number;
  rowCount: number;
  row: number;
  column: number;
  signature: string[];
  cell: WpsCell;
  bgr: number;
  note: string;
  original: CellShading;
  comment?: string;
}

const keyOf = (position: number, row: number, column: number) => `${position}:${row}:${column}`;

/** The WPS cells the marks can be proven to be, in mark order; the count of those that cannot. */
function planMarks(
  doc: WpsDocument,
  snapshot: WpsSnapshot,
  marks: readonly CellMark[],
): { planned: Planned[]; skipped: number } {
  const tables = read(doc, "Tables");
  const tableCount = count(tables);
  const wpsTables = new Map<number, WpsTable | null>();
  const owners = new Map<DocTable, Map<DocCell, DocCell>>();
  const rows = new Map<string, ReturnType<typeof proveRow>>();
  const planned = new Map<string, Planned>();
  let skipped = 0;
  for (const mark of marks) {
    const top = snapshot.byIndex.get(mark.cell.table);
    const modelRow = top?.table.rows[mark.cell.row];
    const modelCell = modelRow?.cells[mark.cell.cell];
    if (!top || !modelRow || !modelCell) {
      skipped++;
      continue;
    }
    let table = wpsTables.get(top.position);
    if (table === undefined) {
      const t = top.position < tableCount ? tables.Item(top.position + 1) : null;
      table = t && rowCountOf(t) === top.table.rows.length ? t : null;
      wpsTables.set(top.position, table);
    }
    if (table === null) {
      skipped++;
      continue;
    }
    let tableOwners = owners.get(top.table);
    if (!tableOwners) {
      tableOwners = continuationOwners(top.table.rows);
      owners.set(top.table, tableOwners);
    }
    const rowKey = `${top.position}:${modelRow.rowIndex}`;
    let proof = rows.get(rowKey);
    if (!proof) {
      const observed = observeRow(table, modelRow.rowIndex + 1, positionsToObserve(modelRow, tableOwners));
      proof = proveRow(modelRow, tableOwners, observed);
      rows.set(rowKey, proof);
    }
    const at = columnOf(modelRow, modelCell, tableOwners, proof);
    const cell = at && cellAt(table, modelRow.rowIndex + 1, at.column);
    if (!at || !cell) {
      skipped++;
      continue;
    }
    const key = keyOf(top.position, modelRow.rowIndex + 1, at.column);
    if (planned.has(key)) continue;
    const length = slotsOf(modelRow, at.numbering, tableOwners).length + 1;
    planned.set(key, {
      position: top.position,
      rowCount: top.table.rows.length,
      row: modelRow.rowIndex + 1,
      column: at.column,
      signature: rowSignature(proof.observed, length),
      cell,
      bgr: markBgr(mark.look, mark.severity),
      note: mark.note,
      original: { bg: WD.colorAutomatic, fg: WD.colorAutomatic, tex: WD.textureNone },
    });
  }
  return { planned: [...planned.values()], skipped };
}

/** Kept cells plus the planned ones, as one record. */
function recordOf(kept: MarkRecord, planned: readonly Planned[]): MarkRecord {
  const tables: RecordedTable[] = kept.tables.map((t) => ({
    ...t,
    rows: t.rows.map((r) => ({ ...r, cells: [...r.cells] })),
  }));
  for (const p of planned) {
    let table = tables.find((t) => t.position === p.position && t.rowCount === p.rowCount);
    if (!table) {
      table = { position: p.position, rowCount: p.rowCount, rows: [] };
      tables.push(table);
    }
    let row = table.rows.find((r) => r.row === p.row && r.signature.join() === p.signature.join());
    if (!row) {
      row = { row: p.row, signature: p.signature, cells: [] };
      table.rows.push(row);
    }
    const cell: RecordedCell = { column: p.column, original: p.original, mark: p.bgr };
    if (p.comment !== undefined) cell.comment = p.comment;
    row.cells.push(cell);
  }
  return { tables };
}

/** Takes a planned cell's kept record out of `kept` and returns it, if there is one. */
function takeKept(kept: Kept, p: Planned): RecordedCell | undefined {
  for (const t of kept.record.tables) {
    if (t.position !== p.position) continue;
    for (const r of t.rows) {
      if (r.row !== p.row) continue;
      const at = r.cells.findIndex((c) => c.column === p.column);
      if (at < 0) continue;
      const [cell] = r.cells.splice(at, 1);
      return cell;
    }
  }
  return undefined;
}

export interface MarkResult {
  marked: number;
  skipped: number;
  kept: KeptMarks;
}

export function applyMarks(
  doc: WpsDocument,
  snapshot: WpsSnapshot,
  marks: readonly CellMark[],
  withComments: boolean,
): MarkResult {
  const earlier = restoreRecord(doc, loadMarkRecord(doc));
  const kept = earlier.kept;
  const { planned, skipped } = planMarks(doc, snapshot, marks);
  for (const p of planned) {
    const before = takeKept(kept, p);
    if (before) {
      p.original = before.original;
      continue;
    }
    const now = readShading(p.cell);
    // Our own colour with no record of it: a mark whose record was lost. Its original is "none".
    p.original = LOST_MARKS.has(now.bg) && now.tex === WD.textureNone ? p.original : now;
  }
  if (!saveMarkRecord(doc, recordOf(kept.record, planned))) throw recordNotSavedError();

  const painted: Planned[] = [];
  try {
    for (const p of planned) {
      paintMark(p.cell, p.bgr);
      painted.push(p);
    }
    if (withComments)
      for (const p of painted) {
        const comment = read(doc, "Comments").Add(read(p.cell, "Range"), p.note);
        p.comment = textHash(p.note);
        try {
          comment.Author = COMMENT_AUTHOR;
        } catch {
          // the author is cosmetic; the record finds the comment by its text
        }
      }
  } finally {
    saveMarkRecord(doc, recordOf(kept.record, painted));
  }
  return { marked: painted.length, skipped, kept: keptSummary(kept) };
}
