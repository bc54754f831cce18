/**
 * Keeping `DocParagraph.index` and `DocTable.index` right when blocks are inserted into a document
 * (插入空白模板 in the preview). Tables are counted exactly (pre-order, nested ones included).
 * Paragraph indices count the paragraphs inside table cells too, which the model does not list:
 * between two body paragraphs the gap is known; elsewhere a table's paragraphs are estimated (one
 * per line of each cell). The preview only needs the numbering to be unique and in document order,
 * and it stays so: the estimate is clamped by the next known index.
 */
import { allTables, type DocBlock, type DocParagraph, type DocTable } from "../report/model";

/** Paragraphs in a table, estimated: every cell holds at least one; lines of its text; nested tables. */
export function estimatedParagraphs(table: DocTable): number {
  let n = 0;
  for (const row of table.rows) {
    for (const cell of row.cells) {
      n += Math.max(1, cell.text.split("\n").length);
      for (const nested of cell.tables) n += estimatedParagraphs(nested);
    }
  }
  return n;
}

const isParagraph = (b: DocBlock): b is DocParagraph => b.kind === "paragraph";

/** The paragraph index the block at `position` starts with (`blocks.length`: one past the last). */
export function paragraphStart(blocks: readonly DocBlock[], position: number): number {
  const here = blocks[position];
  if (here && isParagraph(here)) return here.index;
  let start = 0;
  let i = position - 1;
  for (; i >= 0; i--) {
    const b = blocks[i];
    if (isParagraph(b)) {
      start += b.index + 1;
      break;
    }
    start += estimatedParagraphs(b);
  }
  const next = blocks.slice(position).find(isParagraph);
  return next ? Math.min(start, next.index) : start;
}

/** Tables (nested ones included) in `blocks`. */
export function tableCount(blocks: readonly DocBlock[]): number {
  return allTables({ blocks: [...blocks] }).length;
}

/**
 * Inserts `inserted` (numbered from 0, as `readDocx` numbers a document of its own) before
 * `position` of `blocks`, renumbering the inserted blocks and those after them in place.
 * Returns the new block list.
 */
export function insertBlocks(
  blocks: readonly DocBlock[],
  position: number,
  inserted: readonly DocBlock[],
): DocBlock[] {
  const before = blocks.slice(0, position);
  const after = blocks.slice(position);
  const paragraphBase = paragraphStart(blocks, position);
  const tableBase = tableCount(before);
  const insertedParagraphs = paragraphStart(inserted, inserted.length);
  const insertedTables = tableCount(inserted);
  shift(inserted, paragraphBase, tableBase);
  shift(after, insertedParagraphs, insertedTables);
  return [...before, ...inserted, ...after];
}

function shift(blocks: readonly DocBlock[], paragraphs: number, tables: number): void {
  for (const b of blocks) if (isParagraph(b)) b.index += paragraphs;
  for (const t of allTables({ blocks: [...blocks] })) t.index += tables;
}
