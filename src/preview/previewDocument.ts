/**
 * The document shown in the preview: the engine's model and its HTML rendering, kept in step.
 * Finds the element of a cell or a paragraph the way the engine addresses them, knows where the
 * "cursor" is (after the block last clicked or selected, else at the end), says so in words, and
 * inserts blocks there.
 */
import type { CellRef } from "../report/findings";
import { allTables, type DocBlock, type DocCell, type DocTable, type ReportDocument } from "../report/model";
import { insertBlocks } from "./blockNumbering";
import { RenderedElements, renderBlocks } from "./documentView";
import { reveal } from "./reveal";

export class PreviewDocument {
  private blocks: DocBlock[];
  private elements: HTMLElement[];
  private tables: DocTable[];
  private readonly rendered = new RenderedElements();
  /** The top-level element of the block the cursor is after; null: the end of the document. */
  private cursor: HTMLElement | null = null;

  constructor(
    private readonly container: HTMLElement,
    doc: ReportDocument,
  ) {
    this.blocks = doc.blocks;
    this.tables = allTables(doc);
    this.elements = renderBlocks(container.ownerDocument, this.blocks, this.rendered);
    container.replaceChildren(...this.elements);
    container.addEventListener("focusin", (e) => {
      const block = this.blockElementOf(e.target as Node);
      if (block) this.cursor = block;
    });
  }

  /** A copy of the model, for the engine (the preview keeps renumbering its own). */
  snapshot(): ReportDocument {
    return JSON.parse(JSON.stringify({ blocks: this.blocks })) as ReportDocument;
  }

  /**
   * The element of a cell. A covered cell of a vertical merge is drawn by the cell that starts
   * the merge: that one is returned. Null when the table, row or cell does not exist.
   */
  cellElement(ref: CellRef): HTMLTableCellElement | null {
    const table = this.tables[ref.table];
    const cell = table?.rows[ref.row]?.cells.find((c) => c.cellIndex === ref.cell);
    if (!table || !cell) return null;
    return this.rendered.cells.get(mergeOwner(table, cell)) ?? null;
  }

  /**
   * The element of paragraph `index` (`DocParagraph.index`). A paragraph inside a table cell has
   * no element of its own: its table is returned.
   */
  paragraphElement(index: number): HTMLElement | null {
    let after = -1;
    for (let i = 0; i < this.blocks.length; i++) {
      const b = this.blocks[i];
      if (b.kind !== "paragraph") continue;
      if (b.index === index) return this.rendered.paragraphs.get(b) ?? null;
      if (b.index < index) after = i;
      else break;
    }
    const next = this.blocks[after + 1];
    return next?.kind === "table" ? (this.rendered.tables.get(next) ?? null) : null;
  }

  /** Shows an element selected (./reveal); the cursor moves after its block, as in Word. */
  select(el: HTMLElement): void {
    reveal(el);
    const block = this.blockElementOf(el);
    if (block) this.cursor = block;
  }

  /** Where the cursor is, in words: after which paragraph or table, or at the end. */
  cursorInWords(lang: "zh" | "en"): string {
    const el = this.cursor && this.cursor.isConnected ? this.cursor : null;
    if (!el) return lang === "zh" ? "文档末尾" : "the end of the document";
    const table = el.querySelector<HTMLElement>("table.doc-table");
    if (table) {
      const n = Number(table.dataset.table) + 1;
      return lang === "zh" ? `第 ${n} 个表格之后` : `after table ${n}`;
    }
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    const quote = text.length > 16 ? `${text.slice(0, 16)}…` : text;
    return lang === "zh" ? `段落「${quote}」之后` : `after the paragraph “${quote}”`;
  }

  /** Inserts a document's blocks at the cursor; returns their elements (the cursor moves past them). */
  insertAtCursor(doc: ReportDocument): HTMLElement[] {
    const cursorAt = this.cursor ? this.elements.indexOf(this.cursor) : -1;
    const position = cursorAt >= 0 ? cursorAt + 1 : this.elements.length;
    const inserted = renderBlocks(this.container.ownerDocument, doc.blocks, this.rendered);
    this.blocks = insertBlocks(this.blocks, position, doc.blocks);
    const next = this.elements[position];
    if (next) for (const el of inserted) this.container.insertBefore(el, next);
    else this.container.append(...inserted);
    this.elements.splice(position, 0, ...inserted);
    this.tables = allTables({ blocks: this.blocks });
    this.syncIndices();
    if (inserted.length > 0) this.cursor = inserted[inserted.length - 1];
    return inserted;
  }

  /** Writes the (renumbered) model indices back to the elements' data attributes. */
  private syncIndices(): void {
    for (const b of this.blocks) {
      if (b.kind === "paragraph") {
        const el = this.rendered.paragraphs.get(b);
        if (el) el.dataset.paragraph = String(b.index);
      }
    }
    for (const t of this.tables) {
      const el = this.rendered.tables.get(t);
      if (el) el.dataset.table = String(t.index);
    }
  }

  private blockElementOf(node: Node): HTMLElement | null {
    for (let n: Node | null = node; n && n !== this.container; n = n.parentNode) {
      if (n.parentNode === this.container)
        return this.elements.includes(n as HTMLElement) ? (n as HTMLElement) : null;
    }
    return null;
  }
}

/** The cell that draws `cell`: itself, or for a covered cell the one above that starts its merge. */
function mergeOwner(table: DocTable, cell: DocCell): DocCell {
  if (cell.vMerge !== "continue") return cell;
  for (let r = cell.rowIndex - 1; r >= 0; r--) {
    const above = table.rows[r]?.cells.find((c) => c.gridColumn === cell.gridColumn);
    if (!above) break;
    if (above.vMerge === "restart") return above;
    if (above.vMerge !== "continue") break;
  }
  return cell;
}
