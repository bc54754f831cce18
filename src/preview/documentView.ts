/**
 * The engine's document model as HTML, for the browser preview: body paragraphs as `<p>` (headings
 * as ARIA headings), tables as `<table>` with Word's merges as `colspan` / `rowspan`. The covered
 * cells of a vertical merge (`vMerge: "continue"`) are not drawn: the cell that starts the merge
 * spans them. Every paragraph, table and cell is focusable from script (`tabindex="-1"`), so that
 * selecting a finding can move the focus there.
 *
 * Plain DOM, not React: the preview host shades, restores and inserts on these elements directly,
 * as the Word host does on Word's document, and React must not redraw them under it.
 */
import type { DocBlock, DocCell, DocParagraph, DocRow, DocTable } from "../report/model";

/** Where each model object was drawn (filled in as blocks are rendered). */
export class RenderedElements {
  readonly paragraphs = new WeakMap<DocParagraph, HTMLElement>();
  readonly tables = new WeakMap<DocTable, HTMLTableElement>();
  readonly cells = new WeakMap<DocCell, HTMLTableCellElement>();
}

/** Draws top-level blocks; one element per block, in order. */
export function renderBlocks(
  doc: Document,
  blocks: readonly DocBlock[],
  rendered: RenderedElements,
): HTMLElement[] {
  return blocks.map((block) =>
    block.kind === "paragraph" ? renderParagraph(doc, block, rendered) : renderTable(doc, block, rendered),
  );
}

function renderParagraph(doc: Document, paragraph: DocParagraph, rendered: RenderedElements): HTMLElement {
  const p = doc.createElement("p");
  p.className = "doc-paragraph";
  p.dataset.paragraph = String(paragraph.index);
  p.tabIndex = -1;
  if (paragraph.outlineLevel !== undefined) {
    // Word's outline level 0 is a level-1 heading; the preview draws three sizes.
    const level = paragraph.outlineLevel + 1;
    p.classList.add("doc-heading", `doc-heading-${Math.min(level, 3)}`);
    p.setAttribute("role", "heading");
    p.setAttribute("aria-level", String(level));
  }
  if (paragraph.listLabel) {
    const label = doc.createElement("span");
    label.className = "doc-list-label";
    label.textContent = paragraph.listLabel;
    p.append(label);
  }
  const text = doc.createElement("span");
  text.className = "doc-text";
  text.textContent = paragraph.text;
  p.append(text);
  if (paragraph.text === "" && !paragraph.listLabel) p.classList.add("doc-empty");
  rendered.paragraphs.set(paragraph, p);
  return p;
}

/** A table in a wrapper that scrolls sideways when the table is wider than the page. */
function renderTable(doc: Document, table: DocTable, rendered: RenderedElements): HTMLElement {
  const wrapper = doc.createElement("div");
  wrapper.className = "doc-table-wrapper";
  const el = doc.createElement("table");
  el.className = "doc-table";
  el.dataset.table = String(table.index);
  // Selecting a paragraph inside a cell selects its table (the model has no element for it).
  el.tabIndex = -1;
  const body = doc.createElement("tbody");
  for (const row of table.rows) body.append(renderRow(doc, row, rendered));
  el.append(body);
  wrapper.append(el);
  rendered.tables.set(table, el);
  return wrapper;
}

function renderRow(doc: Document, row: DocRow, rendered: RenderedElements): HTMLTableRowElement {
  const tr = doc.createElement("tr");
  if (row.isHeader) tr.className = "doc-header-row";
  if (row.gridBefore > 0) tr.append(gap(doc, row.gridBefore));
  for (const cell of row.cells) {
    if (cell.vMerge === "continue") continue;
    tr.append(renderCell(doc, cell, rendered));
  }
  if (row.gridAfter > 0) tr.append(gap(doc, row.gridAfter));
  return tr;
}

function renderCell(doc: Document, cell: DocCell, rendered: RenderedElements): HTMLTableCellElement {
  const td = doc.createElement("td");
  td.className = "doc-cell";
  td.dataset.row = String(cell.rowIndex);
  td.dataset.cell = String(cell.cellIndex);
  td.tabIndex = -1;
  if (cell.colSpan > 1) td.colSpan = cell.colSpan;
  if (cell.vMerge === "restart" && cell.rowSpan > 1) td.rowSpan = cell.rowSpan;
  const fill = shadingColour(cell.shading);
  if (fill) td.style.backgroundColor = fill;
  if (cell.text !== "") {
    const text = doc.createElement("span");
    text.className = "doc-text";
    text.textContent = cell.text;
    td.append(text);
  }
  for (const nested of cell.tables) td.append(renderTable(doc, nested, rendered));
  rendered.cells.set(cell, td);
  return td;
}

/** Grid columns a row skips before its first or after its last cell (`w:gridBefore` / `w:gridAfter`). */
function gap(doc: Document, columns: number): HTMLTableCellElement {
  const td = doc.createElement("td");
  td.className = "doc-grid-gap";
  td.colSpan = columns;
  return td;
}

/** A cell's `w:shd/@w:fill` as a CSS colour; undefined for "auto" and anything not a hex colour. */
export function shadingColour(fill: string | undefined): string | undefined {
  const hex = fill?.trim();
  return hex && /^[0-9a-f]{6}$/i.test(hex) ? `#${hex.toUpperCase()}` : undefined;
}
