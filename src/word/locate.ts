/**
 * The document's top-level tables as they are now, in the running `Word.run`: one round trip for
 * every table's values (cheap), the comments the record names (WordApi 1.4) and the track-changes
 * mode; one more, only when a record cannot be resolved without them, for some tables' fills.
 */
import type { CurrentTable } from "./resolveTables";
import { syncInGroups } from "./responseBudget";
import { topLevelTables } from "./tableChain";
import { geometryResult, geometrySize, queueGeometry, tableGeometry, tableName } from "./tableGeometry";
import { countTwins, tableIdentity } from "./tableIdentity";
import { queueTrackingMode, type TrackingMode } from "./tracking";

export interface LocatedTable extends CurrentTable {
  proxy: Word.Table;
  /** Its order among the top-level tables of the same fingerprint, and how many there are. */
  ordinal: number;
  twins: number;
}

export interface LocatedDocument {
  tables: LocatedTable[];
  /** The comments asked for that are still in the document, by id. */
  comments: Map<string, Word.Comment>;
  trackingMode: TrackingMode | null;
}

export async function locateTables(
  context: Word.RequestContext,
  commentIds: readonly string[],
): Promise<LocatedDocument> {
  const collection = context.document.body.tables;
  collection.load("items/nestingLevel,items/values");
  const comments = commentIds.length > 0 ? context.document.body.getComments() : null;
  if (comments !== null) comments.load("items/id");
  const trackingMode = queueTrackingMode(context);
  await context.sync();

  const tables: LocatedTable[] = topLevelTables(collection).map((proxy, position) => ({
    position,
    proxy,
    values: proxy.values,
    identity: tableIdentity(proxy.values),
    ordinal: 0,
    twins: 0,
  }));
  countTwins(tables);

  const wanted = new Set(commentIds);
  const found = new Map<string, Word.Comment>();
  for (const comment of comments?.items ?? []) if (wanted.has(comment.id)) found.set(comment.id, comment);
  return { tables, comments: found, trackingMode: trackingMode() };
}

/** Reads the fills of the tables at `positions` (their OOXML) into `located`. */
export async function readFills(
  context: Word.RequestContext,
  located: LocatedDocument,
  positions: readonly number[],
): Promise<void> {
  const wanted = [...new Set(positions)]
    .map((p) => located.tables[p])
    .filter((t): t is LocatedTable => t !== undefined && t.fillAt === undefined);
  const raws = await syncInGroups(
    context,
    wanted,
    geometrySize,
    (group) => {
      const queued = group.map((t) => queueGeometry(t.proxy));
      return () => queued.map(geometryResult);
    },
    tableName,
  );
  wanted.forEach((t, i) => {
    // Index numbers do not matter here: only the fills by Word address are used.
    t.fillAt = tableGeometry(raws[i], t.values, t.position, 0).fillAt;
  });
}
