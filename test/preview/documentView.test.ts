/** @jest-environment jsdom */
// The document drawn as HTML: merges as rowspan/colspan, covered cells not drawn, gaps, headings.
import { RenderedElements, renderBlocks, shadingColour } from "../../src/preview/documentView";
import { sampleDoc } from "./model";

function draw() {
  const doc = sampleDoc();
  const rendered = new RenderedElements();
  const els = renderBlocks(document, doc.blocks, rendered);
  const root = document.createElement("article");
  root.append(...els);
  return { doc, els, root, rendered };
}

describe("renderBlocks", () => {
  it("draws one element per block: paragraphs, and tables in a sideways-scrolling wrapper", () => {
    const { els } = draw();
    expect(els.map((e) => e.tagName + (e.className ? `.${e.className.split(" ")[0]}` : ""))).toEqual([
      "P.doc-paragraph",
      "DIV.doc-table-wrapper",
      "P.doc-paragraph",
      "DIV.doc-table-wrapper",
      "P.doc-paragraph",
    ]);
  });

  it("draws a heading with its list label, as an ARIA heading, focusable from script", () => {
    const [heading, , body] = draw().els;
    expect(heading.getAttribute("role")).toBe("heading");
    expect(heading.getAttribute("aria-level")).toBe("1");
    expect(heading.querySelector(".doc-list-label")?.textContent).toBe("一、");
    expect(heading.querySelector(".doc-text")?.textContent).toBe("标题");
    expect(heading.dataset.paragraph).toBe("0");
    expect(heading.tabIndex).toBe(-1);
    expect(body.getAttribute("role")).toBeNull();
  });

  it("draws merges as rowspan/colspan, leaves covered cells out and fills grid gaps", () => {
    const { els } = draw();
    const t = els[1].querySelector("table") as HTMLTableElement;
    expect(t.dataset.table).toBe("0");
    const rows = [...t.rows].map((r) =>
      [...r.cells].map((c) => ({
        cls: c.className,
        text: c.querySelector(":scope > .doc-text")?.textContent ?? "",
        at: c.dataset.cell === undefined ? null : `${c.dataset.row}:${c.dataset.cell}`,
        rowSpan: c.rowSpan,
        colSpan: c.colSpan,
      })),
    );
    expect(rows).toEqual([
      [
        { cls: "doc-cell", text: "合并", at: "0:0", rowSpan: 2, colSpan: 1 },
        { cls: "doc-cell", text: "横跨", at: "0:1", rowSpan: 1, colSpan: 2 },
      ],
      [
        { cls: "doc-cell", text: "a", at: "1:1", rowSpan: 1, colSpan: 1 },
        { cls: "doc-cell", text: "b", at: "1:2", rowSpan: 1, colSpan: 1 },
      ],
      [
        { cls: "doc-grid-gap", text: "", at: null, rowSpan: 1, colSpan: 1 },
        { cls: "doc-cell", text: "c", at: "2:0", rowSpan: 1, colSpan: 1 },
        { cls: "doc-cell", text: "", at: "2:1", rowSpan: 1, colSpan: 1 },
      ],
    ]);
    const shaded = t.rows[1].cells[1];
    expect(shaded.style.backgroundColor).toBe("rgb(217, 226, 243)");
    const nested = t.rows[2].cells[2].querySelector("table") as HTMLTableElement;
    expect(nested.dataset.table).toBe("1");
    expect(nested.rows[0].cells[1].textContent).toBe("n2");
  });

  it("records where every cell, table and paragraph was drawn", () => {
    const { doc, rendered } = draw();
    const t0 = doc.blocks[1];
    if (t0.kind !== "table") throw new Error("table expected");
    expect(rendered.tables.get(t0)?.dataset.table).toBe("0");
    expect(rendered.cells.get(t0.rows[0].cells[1])?.textContent).toBe("横跨");
    expect(rendered.cells.get(t0.rows[1].cells[0])).toBeUndefined(); // covered: not drawn
  });
});

describe("shadingColour", () => {
  it("takes hex fills and ignores auto and junk", () => {
    expect(shadingColour("d9e2f3")).toBe("#D9E2F3");
    expect(shadingColour("auto")).toBeUndefined();
    expect(shadingColour(undefined)).toBeUndefined();
    expect(shadingColour("red")).toBeUndefined();
  });
});
