/**
 * Taking the user to what a finding is about: a cell (its content selected) or a paragraph (the
 * quoted excerpt selected within it when Word finds it, else the whole paragraph).
 *
 * Proxies do not survive between `Word.run`s, so everything is found again from positions: the
 * table by its place among the top-level tables, the cell by Word's (row, cell), the paragraph by
 * its place in `body.paragraphs`. `TableCell.select()` is desktop-only, so a cell is selected
 * through its body's range (WordApi 1.3).
 */
import { notFoundError } from "./errors";
import type { WordCellAddress } from "./cellAddress";
import { tableChain, topLevelTables } from "./tableChain";

/** Word's search takes at most 255 characters. */
export const MAX_SEARCH_LENGTH = 255;

/** Selects a cell's content; the table is found through the chain, or by loading the tables. */
export async function selectCell(
  context: Word.RequestContext,
  position: number,
  chained: boolean,
  address: WordCellAddress,
): Promise<void> {
  let table: Word.Table | undefined;
  if (chained) table = tableChain(context, position + 1)[position];
  else {
    const tables = context.document.body.tables;
    tables.load("items/nestingLevel");
    await context.sync();
    table = topLevelTables(tables)[position];
  }
  if (table === undefined) throw notFoundError("The table", "该表格");
  table.getCell(address.row, address.cell).body.getRange().select();
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
