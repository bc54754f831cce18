/**
 * Taking the user to what a finding is about: a cell (its content selected) or a paragraph (the
 * quoted excerpt selected within it when Word finds it, else the whole paragraph).
 *
 * Proxies do not survive between `Word.run`s, and the user may have edited the document since the
 * check without the add-in knowing, so a cell is selected only once its table is proven to be the
 * one checked: one round trip loads the top-level tables' shapes (row counts) and the checked
 * table's values (through the getFirst/getNext chain); when nothing moved and the table and the
 * cell still read as at the check, the second round trip selects. Otherwise every table's values
 * are loaded and the table is looked up by its identity (./resolveTables); if it cannot be found
 * for certain, nothing is selected and the user is asked to check again ("stale").
 * `TableCell.select()` is desktop-only, so a cell is selected through its body's range (WordApi 1.3).
 */
import { notFoundError } from "../host/errors";
import type { WordCellAddress } from "./cellAddress";
import { staleError } from "./errors";
import { locateTables } from "./locate";
import type { DocumentSnapshot, TopTable } from "./readDocument";
import { claimOfTable, resolveTable, stillHolds } from "./resolveTables";
import { tableChain, topLevelTables } from "./tableChain";
import { tableIdentity } from "./tableIdentity";

/** Word's search takes at most 255 characters. */
export const MAX_SEARCH_LENGTH = 255;

export async function selectCell(
  context: Word.RequestContext,
  snapshot: DocumentSnapshot,
  top: TopTable,
  address: WordCellAddress,
): Promise<void> {
  const claim = claimOfTable(top, [address]);
  if (top.chained) {
    const collection = context.document.body.tables;
    collection.load("items/nestingLevel,items/rowCount");
    const table = tableChain(context, top.position + 1)[top.position];
    table.load("values");
    let reached = true;
    try {
      await context.sync();
    } catch (error) {
      if (!isItemNotFound(error)) throw error;
      reached = false; // fewer tables than at the check: looked up below
    }
    if (reached) {
      const shapes = topLevelTables(collection).map((t) => t.rowCount);
      const unmoved =
        shapes.length === snapshot.tops.length &&
        shapes.every((rows, i) => rows === snapshot.tops[i].values.length);
      const now = { position: top.position, identity: tableIdentity(table.values), values: table.values };
      if (unmoved && now.identity.fingerprint === top.identity.fingerprint && stillHolds(now, claim)) {
        table.getCell(address.row, address.cell).body.getRange().select();
        await context.sync();
        return;
      }
    }
  }
  const located = await locateTables(context, []);
  const resolution = resolveTable(claim, located.tables);
  if (resolution.kind !== "found") throw staleError();
  located.tables[resolution.position].proxy.getCell(address.row, address.cell).body.getRange().select();
  await context.sync();
}

/**
 * Selects paragraph `index` of `body.paragraphs`, then the excerpt within it. Both selections go
 * in one batch: when Word does not find the excerpt the batch stops there, and the paragraph
 * stays selected (commands before a failing one have run).
 */
export async function selectParagraph(
  context: Word.RequestContext,
  index: number,
  excerpt: string | undefined,
): Promise<void> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/text");
  await context.sync();
  const paragraph = paragraphs.items[index];
  if (paragraph === undefined) throw notFoundError(`Paragraph ${index + 1}`, `第 ${index + 1} 段`);
  paragraph.select();
  const search = excerpt === undefined ? null : searchTextFor(excerpt, paragraph.text);
  if (search === null) {
    await context.sync();
    return;
  }
  paragraph.search(search, { matchCase: true }).getFirst().select();
  try {
    await context.sync();
  } catch (error) {
    if (!isItemNotFound(error)) throw error;
  }
}

function isItemNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ItemNotFound";
}

/**
 * The text to search a paragraph for to find `excerpt`: its first line (Word's search cannot span
 * a line break or a tab as plain text), "^" escaped as Word's search wants, at most 255
 * characters; null when the paragraph does not contain it (searching would be a wasted trip).
 */
export function searchTextFor(excerpt: string, paragraphText: string): string | null {
  let head = "";
  for (const ch of excerpt) {
    if (ch.charCodeAt(0) < 0x20) break;
    head += ch;
  }
  if (head.trim() === "" || !paragraphText.includes(head)) return null;
  let out = "";
  for (const ch of head) {
    const piece = ch === "^" ? "^^" : ch;
    if (out.length + piece.length > MAX_SEARCH_LENGTH) break;
    out += piece;
  }
  return out;
}
