/** Selecting what a finding is about: the cell (proven first) or the quoted words, scrolled into view. */
import { checkReport } from "../../src/report/checkReport";
import { allTables, bodyParagraphs } from "../../src/report/model";
import { marksFor } from "../../src/taskpane/marks";
import type { CoveredCell, Numbering } from "../fakes/wps";
import { SPECIAL, cellOf, openFixture, useFakeWps } from "./support";

useFakeWps();

describe.each([
  ["counts", "throws"],
  ["skips", "owner"],
  ["grid", "self"],
] as [Numbering, CoveredCell][])("numbering %s, covered cells %s", (numbering, coveredCell) => {
  it("selects each marked cell of a report, and scrolls to it", async () => {
    const { host, doc, session } = await openFixture("liuying-2019", { numbering, coveredCell });
    const read = await host.read();
    const marks = marksFor(checkReport(read.doc).findings);
    for (const m of marks.slice(0, 40)) {
      await host.selectCell(m.cell);
      const cell = cellOf(doc, m.cell.table, m.cell.row, m.cell.cell);
      expect(session.selection).toEqual({ start: cell.start, end: cell.end });
      expect(session.scrolled.at(-1)).toEqual({ start: cell.start, end: cell.end });
    }
  });
});

describe("selecting a cell", () => {
  it("a covered cell of a vertical merge selects the cell that starts the merge", async () => {
    const { host, doc, session } = await openFixture(SPECIAL);
    const read = await host.read();
    const table = allTables(read.doc).find((t) => t.rows.length === 4 && t.nestingLevel === 1);
    if (!table) throw new Error("no 4-row table");
    await host.selectCell({ table: table.index, row: 2, cell: 0 });
    const owner = cellOf(doc, table.index, 1, 0);
    expect(session.selection).toEqual({ start: owner.start, end: owner.end });
  });

  it("a cell of a nested table cannot be selected", async () => {
    const { host } = await openFixture(SPECIAL);
    const read = await host.read();
    const nested = allTables(read.doc).find((t) => t.nestingLevel === 2);
    if (!nested) throw new Error("no nested table");
    await expect(host.selectCell({ table: nested.index, row: 0, cell: 1 })).rejects.toMatchObject({
      code: "unaddressable",
    });
  });

  it("a row changed since the check is stale", async () => {
    const { host, doc, session } = await openFixture("liuying-2019");
    const read = await host.read();
    const m = marksFor(checkReport(read.doc).findings)[0];
    doc.typeIntoCell(m.cell.table, m.cell.row, 0, "改了");
    const before = { ...session.selection };
    await expect(host.selectCell(m.cell)).rejects.toMatchObject({ code: "stale" });
    expect(session.selection).toEqual(before);
  });

  it("still selects where ScrollIntoView fails", async () => {
    const { host, doc, session } = await openFixture("liuying-2019", { scrollIntoView: false });
    const read = await host.read();
    const m = marksFor(checkReport(read.doc).findings)[0];
    await host.selectCell(m.cell);
    const cell = cellOf(doc, m.cell.table, m.cell.row, m.cell.cell);
    expect(session.selection).toEqual({ start: cell.start, end: cell.end });
  });
});

describe("selecting a paragraph", () => {
  it("selects the quoted words", async () => {
    const { host, session } = await openFixture(SPECIAL);
    const read = await host.read();
    const paragraph = bodyParagraphs(read.doc).find((p) => p.text.includes("收到申请"));
    if (!paragraph) throw new Error("no paragraph");
    await host.selectParagraph(paragraph.index, "收到申请 8 件");
    expect(session.selectedText()).toBe("收到申请 8 件");
    await host.selectParagraph(paragraph.index);
    expect(session.selectedText()).toBe(`${paragraph.text}\r`);
  });

  it("a paragraph edited since the check is stale", async () => {
    const { host, doc } = await openFixture(SPECIAL);
    const read = await host.read();
    const paragraph = bodyParagraphs(read.doc)[0];
    doc.typeParagraphAtStart("新加的一段");
    await expect(host.selectParagraph(paragraph.index, "总体")).rejects.toMatchObject({ code: "stale" });
  });
});
