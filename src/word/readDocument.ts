/**
 * Reading the document in two round trips, whatever the number of tables:
 *
 * 1. the body's paragraphs (text, outline level, table nesting level, list or not), every table's
 *    nesting level, row count and values (cheap), and the track-changes mode (WordApi 1.4);
 * 2. for the candidate tables only (./candidates: those holding a standard table's signal word,
 *    normally 3): their OOXML (geometry, merges, shading — Word's API has no spans), their rows'
 *    cell counts, and whether the getFirst/getNext chain reaches them; the list string of every
 *    list paragraph outside tables. A long document whose candidates would make too large a
 *    response takes one more round trip per ~4 MB (./responseBudget).
 *
 * The other tables enter the model from their values (./candidates `valuesTable`); they are listed
 * as unaddressable (no check reads them, so no mark or selection ever needs them).
 *
 * `body.tables` may or may not list nested tables (undocumented): only the top-level ones
 * (`nestingLevel` 1) are used; nested tables come out of their parent's OOXML. They are checked,
 * but not marked or selected (reported as unaddressable).
 */
import type { ReportDocument, DocTable } from "../report/model";
import { allTables } from "../report/model";
import type { TableAddressing } from "./cellAddress";
import { isCandidate, valuesTable } from "./candidates";
import { assembleDocument, type PlacedTable, type WordParagraph } from "./documentOrder";
import { syncInGroups } from "./responseBudget";
import { tableChain, topLevelTables } from "./tableChain";
import {
  geometryResult,
  geometrySize,
  queueGeometry,
  tableGeometry,
  tableName,
  type RawGeometry,
} from "./tableGeometry";
import { countTwins, tableIdentity, type TableIdentity } from "./tableIdentity";
import { queueTrackingMode, type TrackingMode } from "./tracking";

/** What the host keeps about a top-level table between a read and the marks. */
export interface TopTable {
  /** Position among the top-level tables. */
  position: number;
  table: DocTable;
  identity: TableIdentity;
  /** `Table.values` as read. */
  values: string[][];
  /** Its order among the top-level tables of the same fingerprint, and how many there are. */
  ordinal: number;
  twins: number;
  /** How its cells are addressed in Word; null when no convention lines up or it was not read in full. */
  addressing: TableAddressing | null;
  /** The getFirst/getNext chain reaches it at `position` (so it can be found without a sync). */
  chained: boolean;
  /** Its cells' fills by Word address, for a table read from its OOXML (a candidate). */
  fillAt?: (row: number, cell: number) => string | null | undefined;
}

export interface DocumentSnapshot {
  doc: ReportDocument;
  /** `DocTable.index` of every table whose cells cannot be addressed, ascending. */
  unaddressable: number[];
  tops: TopTable[];
  /** Top-level tables by `DocTable.index`. */
  byIndex: Map<number, TopTable>;
  /** Track changes as read (null below WordApi 1.4). */
  trackingMode: TrackingMode | null;
}

interface Candidate {
  position: number;
  table: Word.Table;
  values: string[][];
}

interface CandidateRead {
  position: number;
  raw: RawGeometry;
  chained: boolean;
}

export async function readDocument(context: Word.RequestContext): Promise<DocumentSnapshot> {
  const body = context.document.body;
  const paragraphs = body.paragraphs;
  paragraphs.load("items/text,items/outlineLevel,items/tableNestingLevel,items/isListItem");
  const tables = body.tables;
  tables.load("items/nestingLevel,items/rowCount,items/values");
  const trackingMode = queueTrackingMode(context);
  await context.sync();

  const tops = topLevelTables(tables);
  const nestedListed = nestedCounts(tables.items);
  const candidates: Candidate[] = [];
  tops.forEach((table, position) => {
    if (isCandidate(table.values)) candidates.push({ position, table, values: table.values });
  });
  const candidateAt = new Set(candidates.map((c) => c.position));
  // Tables sharing a run of in-table paragraphs (no paragraph between them) are placed by their
  // paragraph counts: the candidates' come with their OOXML, the others' are loaded here.
  const runs = paragraphRuns(paragraphs.items.map((p) => p.tableNestingLevel));
  const needCounts = tops.length > runs;

  // Batch 2 (one round trip unless the candidates' OOXML is too much for one response).
  const queueExtras = (): (() => Extras) => {
    const listItems = paragraphs.items.map((p) => {
      if (p.tableNestingLevel !== 0 || !p.isListItem) return null;
      const item = p.listItemOrNullObject;
      item.load("listString");
      return item;
    });
    const counts = tops.map((table, position) => {
      if (!needCounts || candidateAt.has(position)) return null;
      const inside = table.getRange().paragraphs;
      inside.load("items/tableNestingLevel");
      return inside;
    });
    return () => ({
      listStrings: listItems.map((item) =>
        item === null || item.isNullObject ? undefined : item.listString,
      ),
      paragraphCounts: counts.map((c) => (c === null ? undefined : c.items.length)),
    });
  };
  let extras: Extras | null = null;
  const reads = await syncInGroups(
    context,
    candidates,
    geometrySize,
    (group) => {
      const extrasHere = extras === null ? queueExtras() : null;
      const chain = tableChain(context, Math.max(...group.map((c) => c.position)) + 1);
      const queued = group.map((c) => ({
        position: c.position,
        geometry: queueGeometry(c.table),
        chained: chain[c.position].getRange().compareLocationWith(c.table.getRange()),
      }));
      return () => {
        if (extrasHere) extras = extrasHere();
        return queued.map((q): CandidateRead => ({
          position: q.position,
          raw: geometryResult(q.geometry),
          chained: q.chained.value === "Equal",
        }));
      };
    },
    tableName,
  );
  if (extras === null) {
    const collectExtras = queueExtras();
    const wanted = paragraphs.items.some((p) => p.tableNestingLevel === 0 && p.isListItem) || needCounts;
    if (wanted) await context.sync();
    extras = collectExtras();
  }
  const { listStrings, paragraphCounts } = extras as Extras;

  const wordParagraphs: WordParagraph[] = paragraphs.items.map((p, i) => {
    const info: WordParagraph = {
      text: p.text,
      tableNestingLevel: p.tableNestingLevel,
      outlineLevel: p.outlineLevel,
    };
    const listString = listStrings[i];
    if (listString !== undefined) info.listString = listString;
    return info;
  });

  const readAt = new Map(reads.map((r) => [r.position, r]));
  const placed: PlacedTable[] = [];
  const topTables: TopTable[] = [];
  const unaddressable: number[] = [];
  let nextIndex = 0;
  tops.forEach((word, position) => {
    const values = word.values;
    const identity = tableIdentity(values);
    const read = readAt.get(position);
    if (read === undefined) {
      const table = valuesTable(values, nextIndex);
      nextIndex += 1 + nestedListed[position];
      const paragraphCount = paragraphCounts[position];
      placed.push(paragraphCount === undefined ? { table } : { table, paragraphCount });
      unaddressable.push(table.index); // read from its values only: never marked or selected
      topTables.push({
        position,
        table,
        identity,
        values,
        ordinal: 0,
        twins: 0,
        addressing: null,
        chained: false,
      });
      return;
    }
    const geometry = tableGeometry(read.raw, values, position, nextIndex);
    const { packaged, addressing } = geometry;
    nextIndex += packaged.tableCount;
    const table = packaged.table;
    placed.push(
      packaged.paragraphCount === undefined ? { table } : { table, paragraphCount: packaged.paragraphCount },
    );
    topTables.push({
      position,
      table,
      identity,
      values,
      ordinal: 0,
      twins: 0,
      addressing,
      chained: read.chained,
      fillAt: geometry.fillAt,
    });
    // Nested tables are never addressed (finding them again would need their parent cell).
    for (const t of allTables({ blocks: [table] }))
      if (t !== table || addressing === null) unaddressable.push(t.index);
  });
  countTwins(topTables);

  const doc = assembleDocument(wordParagraphs, placed);
  return {
    doc,
    unaddressable: unaddressable.sort((a, b) => a - b),
    tops: topTables,
    byIndex: new Map(topTables.map((t) => [t.table.index, t])),
    trackingMode: trackingMode(),
  };
}

interface Extras {
  listStrings: (string | undefined)[];
  paragraphCounts: (number | undefined)[];
}

/** For each top-level table, how many nested tables `body.tables` lists after it (0 if it lists none). */
function nestedCounts(tables: readonly Word.Table[]): number[] {
  const counts: number[] = [];
  for (const t of tables) {
    if (t.nestingLevel === 1) counts.push(0);
    else if (counts.length > 0) counts[counts.length - 1]++;
  }
  return counts;
}

/** The number of runs of consecutive in-table paragraphs. */
function paragraphRuns(levels: readonly number[]): number {
  let runs = 0;
  levels.forEach((level, i) => {
    if (level > 0 && (i === 0 || levels[i - 1] === 0)) runs++;
  });
  return runs;
}
