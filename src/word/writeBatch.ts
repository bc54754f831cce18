/**
 * One batch of writes — restores, new marks, comments — in one round trip, with change tracking
 * paused around it, and the restored cells read back in the same round trip to prove what the
 * restore did.
 *
 * How Word spells "no fill" through `shadingColor` is not documented (./shading). Restores to no
 * fill go after every other shading write, so that if Word refuses the spelling, the batch stops
 * there with the marks already painted (commands before a failing one have run); the batch is
 * then sent again with the next spelling (the writes are idempotent; comments come after the
 * restores, so they are only written once). If Word takes the spelling but the cell reads back with
 * a fill (e.g. white), the next spelling is tried on those cells, once each. Cells that still
 * differ are reported; a refusal of every spelling never fails the batch: it goes through without
 * those restores, which are then reported as not done.
 */
import { groupByBudget, RESPONSE_BUDGET, syncInGroups } from "./responseBudget";
import { colourFor, NO_FILL_SPELLINGS, normalFill, type NoFill } from "./shading";
import {
  geometryResult,
  geometrySize,
  queueGeometry,
  tableGeometry,
  tableName,
  type QueuedGeometry,
  type RawGeometry,
} from "./tableGeometry";
import { pauseTracking, resumeTracking, type TrackingMode } from "./tracking";

/** A table as it is in the running `Word.run`. */
export interface WriteTarget {
  position: number;
  proxy: Word.Table;
  /** Its `Table.values` now (the read-back is addressed with them). */
  values: readonly (readonly string[])[];
}

export interface CellRestore {
  target: WriteTarget;
  row: number;
  cell: number;
  /** The original fill to give back (null: none). */
  fill: string | null;
}

export interface CellPaint {
  target: WriteTarget;
  row: number;
  cell: number;
  colour: string;
  /** The comment to put on it; null for none. */
  note: string | null;
}

export interface WriteJob {
  restores: CellRestore[];
  paints: CellPaint[];
  deleteComments: Word.Comment[];
  trackingMode: TrackingMode | null;
}

/** What the "no fill" spellings did in this session (kept by the host across operations). */
export interface NoFillKnowledge {
  /** The spelling Word took and read back as no fill. */
  works?: NoFill;
  /** The spelling that worked when the document was last marked or cleared (its record says). */
  hint?: NoFill;
  /** Every spelling was refused or read back with a fill: restores to no fill are not tried again. */
  exhausted?: boolean;
}

export interface WriteOutcome {
  /** The new comments' ids, one per paint (null: none). */
  commentIds: (string | null)[];
  /** Restores whose cell reads back with another fill than the original, with the fill it shows. */
  differing: { restore: CellRestore; now: string | null }[];
  /** Restores to no fill Word refused in every spelling (the cell still shows its mark). */
  refused: CellRestore[];
}

export async function runWrites(
  context: Word.RequestContext,
  job: WriteJob,
  knowledge: NoFillKnowledge,
): Promise<WriteOutcome> {
  const colourRestores = job.restores.filter((r) => colourFor(r.fill) !== null);
  let pending = job.restores.filter((r) => colourFor(r.fill) === null);
  const first = knowledge.works !== undefined ? knowledge.works : knowledge.hint;
  const spellings = knowledge.exhausted
    ? []
    : first !== undefined
      ? [first, ...NO_FILL_SPELLINGS.filter((s) => s !== first)]
      : [...NO_FILL_SPELLINGS];
  let attempt = 0;
  let baseDone = false;
  let commentIds: (string | null)[] = job.paints.map(() => null);
  const differing: WriteOutcome["differing"] = [];
  let refused: CellRestore[] = [];
  if (spellings.length === 0) {
    refused = pending; // no spelling worked earlier in this session: not tried again
    pending = [];
  }

  for (;;) {
    const spelling: NoFill | undefined = pending.length > 0 ? spellings[attempt] : undefined;
    const noFillWrites = spelling === undefined ? [] : pending;
    if (baseDone && noFillWrites.length === 0) break;
    // What this attempt writes and reads back.
    const readBack = baseDone ? noFillWrites : [...colourRestores, ...noFillWrites];
    const paused = pauseTracking(context, job.trackingMode);
    if (!baseDone) {
      for (const r of colourRestores) setShading(r.target, r.row, r.cell, colourFor(r.fill));
      for (const p of job.paints) setShading(p.target, p.row, p.cell, p.colour);
    }
    for (const r of noFillWrites) setShading(r.target, r.row, r.cell, spelling as NoFill);
    let collectComments: (() => (string | null)[]) | null = null;
    if (!baseDone) collectComments = queueComments(job);
    const inline = inlineReadBack(readBack);
    resumeTracking(context, job.trackingMode);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one retry per "no fill" spelling (3 at most), only when Word refuses or ignores one
      await context.sync();
    } catch (error) {
      if (noFillWrites.length === 0 || !mayBeRefusal(error)) {
        if (paused) await restoreTracking(context, job.trackingMode);
        throw error;
      }
      // Word refused this spelling: the batch stopped at the first restore to no fill.
      attempt++;
      if (attempt >= spellings.length) {
        knowledge.exhausted = true;
        refused = pending;
        pending = [];
      }
      continue;
    }
    if (collectComments) commentIds = collectComments();
    baseDone = true;

    const fills = await readFillsBack(context, readBack, inline);
    for (const r of readBack) {
      const now = fills.get(r)?.(r.row, r.cell);
      if (now === undefined) continue; // cannot be read back: taken as done
      if (normalFill(now) !== normalFill(r.fill)) {
        if (colourFor(r.fill) !== null || attempt + 1 >= spellings.length)
          differing.push({ restore: r, now: normalFill(now) });
      }
    }
    if (noFillWrites.length === 0) break;
    const stillFilled = noFillWrites.filter((r) => {
      const now = fills.get(r)?.(r.row, r.cell);
      return now !== undefined && normalFill(now) !== null;
    });
    if (stillFilled.length === 0) {
      knowledge.works = spelling;
      break;
    }
    // Taken but not "no fill" (e.g. painted white): the next spelling, on those cells only.
    attempt++;
    pending = stillFilled;
    if (attempt >= spellings.length) {
      knowledge.exhausted = true;
      break;
    }
  }
  return { commentIds, differing, refused };
}

function setShading(target: WriteTarget, row: number, cell: number, colour: string | null): void {
  // `null` is one of the "no fill" spellings tried (as `Font.highlightColor` takes it).
  target.proxy.getCell(row, cell).shadingColor = colour as string;
}

/** Deletes the comments, then puts the new ones on (each at most once: after every shading write). */
function queueComments(job: WriteJob): () => (string | null)[] {
  for (const comment of job.deleteComments) comment.delete();
  const inserted = job.paints.map((p) => {
    if (p.note === null) return null;
    const comment = p.target.proxy.getCell(p.row, p.cell).body.getRange().insertComment(p.note);
    comment.load("id");
    return comment;
  });
  return () => inserted.map((c) => (c === null ? null : c.id));
}

type FillReader = (row: number, cell: number) => string | null | undefined;

interface InlineReadBack {
  targets: WriteTarget[];
  collect: QueuedGeometry[];
}

/** Queues the read-back of the tables of these restores in the write batch, if it fits in one response. */
function inlineReadBack(restores: readonly CellRestore[]): InlineReadBack | null {
  const targets = [...new Set(restores.map((r) => r.target))];
  if (targets.length === 0) return { targets, collect: [] };
  if (groupByBudget(targets, geometrySize, RESPONSE_BUDGET).length > 1) return null;
  return { targets, collect: targets.map((t) => queueGeometry(t.proxy)) };
}

async function readFillsBack(
  context: Word.RequestContext,
  restores: readonly CellRestore[],
  inline: InlineReadBack | null,
): Promise<Map<CellRestore, FillReader>> {
  let targets: WriteTarget[];
  let raws: RawGeometry[];
  if (inline !== null) {
    targets = inline.targets;
    raws = inline.collect.map(geometryResult);
  } else {
    targets = [...new Set(restores.map((r) => r.target))];
    raws = await syncInGroups(
      context,
      targets,
      geometrySize,
      (group) => {
        const queued = group.map((t) => queueGeometry(t.proxy));
        return () => queued.map(geometryResult);
      },
      tableName,
    );
  }
  const readers = new Map<WriteTarget, FillReader>();
  targets.forEach((t, i) => readers.set(t, tableGeometry(raws[i], t.values, t.position, 0).fillAt));
  return new Map(restores.map((r) => [r, readers.get(r.target) ?? (() => undefined)]));
}

/** Errors that cannot come from the value given to `shadingColor`. */
const NOT_A_REFUSAL = new Set(["ItemNotFound", "AccessDenied", "ApiNotFound", "InvalidObjectPath"]);

function mayBeRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && !NOT_A_REFUSAL.has(code);
}

/** After a failed batch that paused tracking: the user's mode back, in a round trip of its own. */
async function restoreTracking(context: Word.RequestContext, mode: TrackingMode | null): Promise<void> {
  try {
    resumeTracking(context, mode);
    await context.sync();
  } catch {
    // Nothing more can be done; the error that stopped the batch is the one to report.
  }
}
