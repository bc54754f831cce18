/**
 * Reading the document in two round trips, whatever the number of tables:
 *
 * 1. the body's paragraphs (text, outline level, table nesting level, list or not) and the tables
 *    (nesting level, row count, values);
 * 2. for every top-level table: its OOXML (geometry, merges, shading — Word's API has no spans),
 *    its rows' cell counts, and whether the getFirst/getNext chain reaches it; and the list
 *    string of every list paragraph outside tables.
 *
 * `body.tables` may or may not list nested tables (undocumented): only the top-level ones
 * (`nestingLevel` 1) are used; nested tables come out of their parent's OOXML. They are checked,
 * but not marked or selected (reported as unaddressable).
 */
import type { ReportDocument, DocTable } from "../report/model";
import { allTables } from "../report/model";
import { addressTable, type TableAddressing } from "./cellAddress";
import { assembleDocument, type PlacedTable, type WordParagraph } from "./documentOrder";
import { tableChain, topLevelTables } from "./tableChain";
import { tableIdentity, type TableIdentity } from "./tableIdentity";
import { readTablePackage } from "./tablePackage";

/** What the host keeps about a top-level table between a read and the marks. */
export interface TopTable {
  /** Position among the top-level tables. */
  position: number;
  table: DocTable;
  identity: TableIdentity;
  /** How its cells are addressed in Word; null when no convention lines up. */
  addressing: TableAddressing | null;
  /** The getFirst/getNext chain reaches it at `position` (so it can be found without a sync). */
  chained: boolean;
}

export interface DocumentSnapshot {
  doc: ReportDocument;
  /** `DocTable.index` of every table whose cells cannot be addressed, ascending. */
  unaddressable: number[];
  tops: TopTable[];
  /** Top-level tables by `DocTable.index`. */
  byIndex: Map<number, TopTable>;
}

export async function readDocument(context: Word.RequestContext): Promise<DocumentSnapshot> {
  const body = context.document.body;
  const paragraphs = body.paragraphs;
  paragraphs.load("items/text,items/outlineLevel,items/tableNestingLevel,items/isListItem");
  const tables = body.tables;
  tables.load("items/nestingLevel,items/rowCount,items/values");
  await context.sync();

  // Batch 2, queued in full before the one sync.
  const tops = topLevelTables(tables);
  const packages = tops.map((table) => table.getRange().getOoxml());
  const rows = tops.map((table) => table.rows);
  for (const r of rows) r.load("items/cellCount");
  const chain = tableChain(context, tops.length);
  const chained = chain.map((proxy, k) => proxy.getRange().compareLocationWith(tops[k].getRange()));
  const listItems = paragraphs.items.map((p) => {
    if (p.tableNestingLevel !== 0 || !p.isListItem) return null;
    const item = p.listItemOrNullObject;
    item.load("listString");
    return item;
  });
  if (tops.length > 0 || listItems.some((item) => item !== null)) await context.sync();

  const wordParagraphs: WordParagraph[] = paragraphs.items.map((p, i) => {
    const item = listItems[i];
    const info: WordParagraph = {
      text: p.text,
      tableNestingLevel: p.tableNestingLevel,
      outlineLevel: p.outlineLevel,
    };
    if (item !== null && !item.isNullObject) info.listString = item.listString;
    return info;
  });

  const placed: PlacedTable[] = [];
  const topTables: TopTable[] = [];
  const unaddressable: number[] = [];
  let nextIndex = 0;
  tops.forEach((word, position) => {
    const packaged = readTablePackage(packages[position].value, position, nextIndex);
    nextIndex += packaged.tableCount;
    const table = packaged.table;
    placed.push({ table, paragraphCount: packaged.paragraphCount });
    const addressing =
      word.rowCount === table.rows.length
        ? addressTable(table.rows, {
            cellCounts: rows[position].items.map((row) => row.cellCount),
            values: word.values,
          })
        : null;
    topTables.push({
      position,
      table,
      identity: tableIdentity(word.rowCount, word.values),
      addressing,
      chained: chained[position].value === "Equal",
    });
    // Nested tables are never addressed (finding them again would need their parent cell).
    for (const t of allTables({ blocks: [table] }))
      if (t !== table || addressing === null) unaddressable.push(t.index);
  });

  const doc = assembleDocument(wordParagraphs, placed);
  return {
    doc,
    unaddressable: unaddressable.sort((a, b) => a - b),
    tops: topTables,
    byIndex: new Map(topTables.map((t) => [t.table.index, t])),
  };
}
