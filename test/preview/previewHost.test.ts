/** @jest-environment jsdom */
// The preview's ReportHost over its HTML: read, mark and restore, select, insert, ignored findings.
import { TextDecoder, TextEncoder } from "util";
import { HostError } from "../../src/host/reportHost";
import { documentId, documentValueStore, ignoredStore } from "../../src/preview/ignoredStore";
import { paneWidthFrom } from "../../src/preview/paneWidth";
import { PreviewDocument } from "../../src/preview/previewDocument";
import { PreviewHost } from "../../src/preview/previewHost";
import { allTables } from "../../src/report/model";
import { buildTemplateDocx } from "../../src/template";
import { sampleDoc } from "./model";

const g = globalThis as Record<string, unknown>;
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;

function setup() {
  document.body.innerHTML = '<article id="doc"></article>';
  const container = document.getElementById("doc") as HTMLElement;
  const view = new PreviewDocument(container, sampleDoc());
  const id = `test-${Math.random()}`;
  const host = new PreviewHost(view, ignoredStore(id), documentValueStore(id));
  const td = (table: number, row: number, cell: number) =>
    container.querySelector<HTMLElement>(
      `table[data-table="${table}"] > tbody > tr > td[data-row="${row}"][data-cell="${cell}"]`,
    ) as HTMLElement;
  return { container, view, host, td };
}

describe("PreviewHost", () => {
  it("can mark and insert, cannot comment, and reads the model it drew, every table addressable", async () => {
    const { host } = setup();
    expect(host.capabilities()).toEqual({ comments: false, readOnly: false });
    const { doc, unaddressable } = await host.read();
    expect(doc).toEqual(sampleDoc());
    expect(unaddressable).toEqual([]);
  });

  it("marks cells in their look and severity with a note, and restores exactly what each cell had", async () => {
    const { host, td, container } = setup();
    td(0, 1, 1).setAttribute("title", "原有提示");
    const before = container.innerHTML;
    const outcome = await host.mark(
      [
        { cell: { table: 0, row: 1, cell: 1 }, look: "blank", severity: "warning", note: "警告：空白" },
        { cell: { table: 1, row: 0, cell: 0 }, look: "suspect", severity: "error", note: "错误：合计不符" },
        { cell: { table: 1, row: 0, cell: 1 }, look: "involved", severity: "error", note: "相关" },
        { cell: { table: 9, row: 0, cell: 0 }, look: "suspect", severity: "error", note: "no such table" },
      ],
      { comments: false },
    );
    expect(outcome).toEqual({ marked: 3, skipped: 1 });
    expect([td(0, 1, 1).dataset.mark, td(0, 1, 1).dataset.severity]).toEqual(["blank", "warning"]);
    expect(td(0, 1, 1).title).toBe("警告：空白");
    expect(td(0, 1, 1).getAttribute("aria-description")).toBe("警告：空白");
    expect([td(1, 0, 0).dataset.mark, td(1, 0, 0).dataset.severity]).toEqual(["suspect", "error"]);
    expect(td(1, 0, 1).dataset.mark).toBe("involved");
    // The shading the cell has of its own is left alone (the stylesheet paints the mark over it).
    expect(td(0, 1, 2).style.backgroundColor).toBe("rgb(217, 226, 243)");

    expect(await host.clearMarks()).toEqual({ restored: 3, kept: { cells: 0, reasons: [] }, differing: 0 });
    expect(container.innerHTML).toBe(before);
    expect(td(0, 1, 1).title).toBe("原有提示");
    expect((await host.clearMarks()).restored).toBe(0);
    expect(await host.forgetMarks()).toBe(0);
  });

  it("a new mark replaces the earlier marks; a covered cell is marked on the cell that draws it", async () => {
    const { host, td, container } = setup();
    await host.mark(
      [{ cell: { table: 0, row: 0, cell: 1 }, look: "suspect", severity: "error", note: "e" }],
      {
        comments: false,
      },
    );
    const outcome = await host.mark(
      [
        { cell: { table: 0, row: 1, cell: 0 }, look: "involved", severity: "warning", note: "covered" },
        { cell: { table: 0, row: 0, cell: 0 }, look: "suspect", severity: "warning", note: "owner" },
      ],
      { comments: false },
    );
    expect(outcome).toEqual({ marked: 1, skipped: 0 });
    expect(container.querySelectorAll("[data-mark]")).toHaveLength(1);
    // The stronger look wins, with its severity.
    expect([td(0, 0, 0).dataset.mark, td(0, 0, 0).dataset.severity]).toEqual(["suspect", "warning"]);
    expect(td(0, 0, 0).title).toBe("covered\nowner");
    expect(td(0, 0, 1).hasAttribute("data-mark")).toBe(false);
  });

  it("selects a cell as Word does — shown selected and in view, the focus left where it was", async () => {
    const { host, td } = setup();
    const outside = document.createElement("button");
    document.body.append(outside);
    outside.focus();
    await host.selectCell({ table: 1, row: 0, cell: 1 });
    expect(td(1, 0, 1).hasAttribute("data-selected")).toBe(true);
    expect(document.activeElement).toBe(outside);
    await host.selectCell({ table: 0, row: 1, cell: 0 }); // covered → the merge's first cell
    expect(td(0, 0, 0).hasAttribute("data-selected")).toBe(true);
    expect(document.querySelectorAll("[data-selected]")).toHaveLength(1);
    await expect(host.selectCell({ table: 0, row: 7, cell: 0 })).rejects.toMatchObject({ code: "not_found" });
    await expect(host.selectCell({ table: 5, row: 0, cell: 0 })).rejects.toBeInstanceOf(HostError);
  });

  it("selects a paragraph and the quoted text in it; a paragraph inside a table selects the table", async () => {
    const { host, container } = setup();
    await host.selectParagraph(4, "总体情况");
    const p = container.querySelector('[data-paragraph="4"]');
    expect(p?.hasAttribute("data-selected")).toBe(true);
    expect(window.getSelection()?.toString()).toBe("总体情况");

    await host.selectParagraph(2); // inside table 0
    expect(container.querySelector('table[data-table="0"]')?.hasAttribute("data-selected")).toBe(true);
    expect(p?.hasAttribute("data-selected")).toBe(false);
    await expect(host.selectParagraph(99)).rejects.toMatchObject({ code: "not_found" });
  });

  it("says where a template goes: the end, or after the block last clicked or selected", async () => {
    const { host, container } = setup();
    expect(host.insertionPoint("zh")).toMatch(
      /^模板（六个部分的标题和三张标准统计表）将插入在文档末尾。在浏览器预览中/,
    );
    expect(host.insertionPoint("en")).toMatch(/goes at the end of the document\. In the browser preview/);
    await host.selectParagraph(4);
    const text = (container.querySelector('[data-paragraph="4"]')?.textContent ?? "").trim();
    expect(host.insertionPoint("zh")).toContain(
      `将插入在段落「${text.length > 16 ? `${text.slice(0, 16)}…` : text}」之后`,
    );
    // A cell of a table nested in table 1: after the top-level table it is in.
    await host.selectCell({ table: 1, row: 0, cell: 1 });
    expect(host.insertionPoint("zh")).toContain("将插入在第 1 个表格之后");
    await host.selectCell({ table: 2, row: 0, cell: 0 });
    expect(host.insertionPoint("en")).toContain("goes after table 3");
  });

  it("inserts the template at the end, then after the block that had the focus, renumbering what follows", async () => {
    const { host, container } = setup();
    const bytes = await buildTemplateDocx("2021");
    await host.insertDocx(bytes);
    const afterEnd = (await host.read()).doc;
    const tables = allTables(afterEnd);
    expect(tables.map((t) => t.index)).toEqual([0, 1, 2, 3, 4, 5]);
    // The DOM's indices follow the model's.
    expect([...container.querySelectorAll<HTMLElement>("table")].map((t) => t.dataset.table)).toEqual([
      "0",
      "1",
      "2",
      "3",
      "4",
      "5",
    ]);
    const paragraphs = afterEnd.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.index] : []));
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
    expect(
      [...container.querySelectorAll<HTMLElement>("#doc > p")].map((p) => Number(p.dataset.paragraph)),
    ).toEqual(paragraphs);

    // Focus the first paragraph: the next insertion goes right after it.
    (container.querySelector('[data-paragraph="0"]') as HTMLElement).focus();
    await host.insertDocx(bytes);
    const again = (await host.read()).doc;
    expect(allTables(again)).toHaveLength(9);
    expect(again.blocks[1].kind).toBe("paragraph");
    expect((again.blocks[1] as { text: string }).text).toBe(
      (afterEnd.blocks[5] as { text: string }).text, // the template's first block
    );
    // Marks still land on the right cells after the renumbering: the old table 2 is now table 5.
    await host.mark(
      [{ cell: { table: 5, row: 0, cell: 1 }, look: "suspect", severity: "error", note: "y" }],
      {
        comments: false,
      },
    );
    expect(container.querySelector("[data-mark]")?.textContent).toBe("y");
  });

  it("keeps ignored findings per document", async () => {
    const { host } = setup();
    expect(await host.loadIgnored()).toEqual([]);
    await host.saveIgnored(["a", "b"]);
    expect(await host.loadIgnored()).toEqual(["a", "b"]);
  });
});

describe("ignoredStore and documentId", () => {
  it("tells documents apart by content and name, and stores in localStorage", () => {
    const a = documentId("a.docx", new Uint8Array([1, 2, 3]));
    expect(a).toMatch(/^a\.docx:3:[0-9a-f]{8}$/);
    expect(documentId("a.docx", new Uint8Array([1, 2, 4]))).not.toBe(a);
    expect(documentId("b.docx", new Uint8Array([1, 2, 3]))).not.toBe(a);
    ignoredStore(a).save(["x"]);
    expect(ignoredStore(a).load()).toEqual(["x"]);
    expect(localStorage.getItem(`nianbao-check.preview.ignored.${a}`)).toBe('["x"]');
    ignoredStore(a).save([]);
    expect(localStorage.getItem(`nianbao-check.preview.ignored.${a}`)).toBeNull();
  });

  it("falls back to memory when storage is blocked", () => {
    const spy = jest.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new Error("blocked");
    });
    try {
      const store = ignoredStore("blocked-doc");
      store.save(["y"]);
      expect(store.load()).toEqual(["y"]);
    } finally {
      spy.mockRestore();
    }
  });
});

describe("documentValueStore", () => {
  it("keeps the pane's values per document in localStorage, beside the ignored findings", async () => {
    const a = documentId("a.docx", new Uint8Array([1, 2, 3]));
    const b = documentId("a.docx", new Uint8Array([1, 2, 4]));
    const { view } = setup();
    const host = new PreviewHost(view, ignoredStore(a), documentValueStore(a));
    expect(await host.loadDocumentValue("priorReport")).toBeNull();
    await host.saveDocumentValue("priorReport", '{"name":"2022.docx"}');
    await host.saveIgnored(["x"]);
    expect(localStorage.getItem(`nianbao-check.preview.value.priorReport.${a}`)).toBe('{"name":"2022.docx"}');
    // The same document opened again (a new host, a new pane) finds it; another document does not.
    expect(
      await new PreviewHost(view, ignoredStore(a), documentValueStore(a)).loadDocumentValue("priorReport"),
    ).toBe('{"name":"2022.docx"}');
    expect(documentValueStore(b).load("priorReport")).toBeNull();
    expect(ignoredStore(a).load()).toEqual(["x"]);
    await host.saveDocumentValue("priorReport", null);
    expect(localStorage.getItem(`nianbao-check.preview.value.priorReport.${a}`)).toBeNull();
    expect(ignoredStore(a).load()).toEqual(["x"]);
  });

  it("reads a value stored by an earlier page (another session)", () => {
    localStorage.setItem("nianbao-check.preview.value.priorReport.earlier-doc", "v");
    expect(documentValueStore("earlier-doc").load("priorReport")).toBe("v");
  });

  it("falls back to memory when storage is blocked, and this page's writes win", () => {
    const store = documentValueStore("blocked-values");
    store.save("priorReport", "old");
    const spy = jest.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new Error("blocked");
    });
    try {
      store.save("priorReport", "new");
      expect(localStorage.getItem("nianbao-check.preview.value.priorReport.blocked-values")).toBe("old");
      expect(documentValueStore("blocked-values").load("priorReport")).toBe("new");
    } finally {
      spy.mockRestore();
    }
  });
});

describe("paneWidthFrom", () => {
  it("reads ?pane= within a task pane's range", () => {
    expect(paneWidthFrom("")).toBe(380);
    expect(paneWidthFrom("?pane=320")).toBe(320);
    expect(paneWidthFrom("?pane=100")).toBe(280);
    expect(paneWidthFrom("?pane=5000")).toBe(900);
    expect(paneWidthFrom("?pane=wide")).toBe(380);
  });
});
