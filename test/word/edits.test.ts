// The user edits between a check and 清除标记 (or a click on a finding): marks and selections find
// their own cells again by the tables' identity, never someone else's; what cannot be proven is
// kept, not written, and reported.
import type { ReportHost } from "../../src/host/reportHost";
import { checkReport } from "../../src/report/checkReport";
import { marksFor } from "../../src/taskpane/marks";
import { buildTemplateDocx } from "../../src/template";
import { createWordHost, MARKS_KEY } from "../../src/word";
import { FakeDocument, installFakeWord, type FakeSession } from "../fakes";
import type { XmlElement } from "../fakes/xmlTree";
import { fixtureBytes, openFixture, useFakeWord, visibleFill } from "./support";

useFakeWord();
// Fixtures are built and parsed per test: seconds each on a busy 2-core machine.
jest.setTimeout(30_000);

/** The user typed wrong totals into the requests table (1) and the appeals table (2). */
function breakTables(document: FakeDocument): void {
  document.typeIntoCell(1, 3, 7, "9999"); // 一、本年新收 … 总计
  document.typeIntoCell(2, 3, 4, "5"); // 行政复议 总计
}

/** Every cell of a table, as the user sees it: text and visible fill. */
function looksOf(document: FakeDocument, table: XmlElement): string[] {
  const t = document.tables.find((x) => x.node === table);
  if (!t) throw new Error("table not in the document");
  return t.rows.flatMap((r) =>
    r.cells.map((c) => `${document.cellValue(c)}|${visibleFill(document.cellFill(c))}`),
  );
}

/** The look of every top-level table, by its w:tbl element (which survives the user's edits). */
function allLooks(document: FakeDocument): Map<XmlElement, string[]> {
  return new Map(document.topLevelTables().map((t) => [t.node, looksOf(document, t.node)]));
}

interface Checked {
  host: ReportHost;
  /** The w:tc elements the check painted. */
  marked: Set<XmlElement>;
  before: Map<XmlElement, string[]>;
}

/** A report with errors in two tables, checked and marked as the pane does. */
async function checkedReport(
  options: Parameters<typeof openFixture>[1] = {},
): Promise<Checked & { document: FakeDocument; session: FakeSession }> {
  const { document, session } = await openFixture("consistent-2021", options);
  breakTables(document);
  const before = allLooks(document);
  const host = createWordHost();
  const { doc } = await host.read();
  const marks = marksFor(checkReport(doc).findings);
  const outcome = await host.mark(marks, { comments: options.apiVersion === "1.4" });
  const tables = new Set(marks.map((m) => m.cell.table));
  expect(tables).toEqual(new Set([1, 2]));
  expect(outcome.marked).toBeGreaterThan(10);
  const marked = new Set(session.shadedCells.map((s) => s.tc));
  expect(marked.size).toBe(outcome.marked);
  return { document, session, host, marked, before };
}

/** Every shading write after `from` went to a cell the check marked. */
function writesOnlyToMarked(session: FakeSession, marked: Set<XmlElement>, from: number): void {
  const later = session.shadedCells.slice(from);
  expect(later.length).toBeGreaterThan(0);
  for (const write of later) expect(marked.has(write.tc)).toBe(true);
}

const recordCells = (document: FakeDocument): number => {
  const record = document.savedSettings[MARKS_KEY] as { tables: { cells: unknown[] }[] } | undefined;
  return (record?.tables ?? []).reduce((n, t) => n + t.cells.length, 0);
};

describe("clear after the template was inserted above the tables (twins with the same labels)", () => {
  it("restores every mark on the user's tables and writes nothing on the template's", async () => {
    const { document, session, host, marked, before } = await checkedReport();
    await document.insertDocx(await buildTemplateDocx(), 0);
    const template = document.topLevelTables().slice(0, 3);
    const templateBefore = template.map((t) => looksOf(document, t.node));
    const from = session.shadedCells.length;
    const syncs = session.syncs;

    const outcome = await host.clearMarks();
    expect(outcome).toEqual({ restored: marked.size, kept: { cells: 0, reasons: [] }, differing: 0 });
    expect(session.syncs - syncs).toBe(2); // tables' values, then writes and read-back
    writesOnlyToMarked(session, marked, from);
    for (const [node, looks] of before) expect(looksOf(document, node)).toEqual(looks);
    expect(template.map((t) => looksOf(document, t.node))).toEqual(templateBefore);
    expect(document.savedSettings[MARKS_KEY]).toBeUndefined();
  });

  it("also after the user corrected the numbers (the content changed: the marks themselves tell)", async () => {
    const { document, session, host, marked, before } = await checkedReport();
    document.typeIntoCell(1, 3, 7, "46");
    document.typeIntoCell(2, 3, 4, "2");
    await document.insertDocx(await buildTemplateDocx(), 0);
    const from = session.shadedCells.length;
    const syncs = session.syncs;
    const outcome = await host.clearMarks();
    expect(outcome).toMatchObject({ restored: marked.size, kept: { cells: 0 } });
    expect(session.syncs - syncs).toBe(3); // one more: the twins' fills
    writesOnlyToMarked(session, marked, from);
    const fills = (looks: string[] | undefined) => (looks ?? []).map((l) => l.slice(l.lastIndexOf("|")));
    for (const [node, looks] of before) expect(fills(looksOf(document, node))).toEqual(fills(looks));
    expect(document.savedSettings[MARKS_KEY]).toBeUndefined();
  });

  it("a new check restores the earlier marks where the tables went, then marks again", async () => {
    const { document, session, host, marked } = await checkedReport();
    await document.insertDocx(await buildTemplateDocx(), 0);
    const syncs = session.syncs;
    const { doc } = await host.read();
    const marks = marksFor(checkReport(doc).findings);
    const outcome = await host.mark(marks, { comments: false });
    expect(session.syncs - syncs).toBe(3);
    expect(outcome.kept).toBeUndefined();
    // The blank template's cells are marked now too (blank cells), the user's errors again.
    const markedNow = new Set(session.shadedCells.filter((s) => s.sync === session.syncs).map((s) => s.tc));
    for (const node of marked) expect(markedNow.has(node)).toBe(true);
    await host.clearMarks();
    expect(recordCells(document)).toBe(0);
  });
});

describe("clear after a row was deleted in a marked table", () => {
  it("keeps that table's marks (never written), restores the rest, and clears them after an undo", async () => {
    const { document, session, host, marked, before } = await checkedReport();
    const requests = document.tables[1];
    const deleted = requests.rows[2].tr;
    const requestsNode = requests.node;
    const markedInRequests = requests.rows.flatMap((r) => r.cells).filter((c) => marked.has(c.node)).length;
    document.deleteRow(1, 2);
    const from = session.shadedCells.length;

    const outcome = await host.clearMarks();
    expect(outcome).toEqual({
      restored: marked.size - markedInRequests,
      kept: { cells: markedInRequests, reasons: [{ reason: "table_not_found", cells: markedInRequests }] },
      differing: 0,
    });
    writesOnlyToMarked(session, marked, from);
    expect(session.shadedCells.slice(from).some((s) => requests.rows.some((r) => r.tr === s.tc))).toBe(false);
    expect(recordCells(document)).toBe(markedInRequests); // the record of the kept marks is not lost

    document.undoDeleteRow(1, 2, deleted);
    const retry = await host.clearMarks();
    expect(retry).toEqual({ restored: markedInRequests, kept: { cells: 0, reasons: [] }, differing: 0 });
    for (const [node, looks] of before) expect(looksOf(document, node)).toEqual(looks);
    expect(looksOf(document, requestsNode)).toEqual(before.get(requestsNode));
    expect(document.savedSettings[MARKS_KEY]).toBeUndefined();
  });

  it("a new check keeps the marks it cannot restore, says so, and goes on", async () => {
    const { document, host, marked } = await checkedReport();
    const markedInRequests = document.tables[1].rows
      .flatMap((r) => r.cells)
      .filter((c) => marked.has(c.node)).length;
    document.deleteRow(1, 2);
    const { doc } = await host.read();
    const outcome = await host.mark(marksFor(checkReport(doc).findings), { comments: false });
    expect(outcome.kept).toEqual({
      cells: markedInRequests,
      reasons: [{ reason: "table_not_found", cells: markedInRequests }],
    });
    expect(outcome.marked).toBeGreaterThan(0);
    expect(await host.forgetMarks()).toBe(markedInRequests);
    await host.clearMarks();
    expect(document.savedSettings[MARKS_KEY]).toBeUndefined();
  });
});

describe("clear after a table was pasted above", () => {
  it("an unrelated table: every mark restored where its table went", async () => {
    const { document, session, host, marked, before } = await checkedReport();
    const other = await FakeDocument.fromDocx(await fixtureBytes("liuying-2019"));
    const foreign = structuredClone(other.tables[1].node); // another report's requests table
    document.insertBlocks([foreign, { name: "w:p", attrs: [], children: [] }], 0);
    const from = session.shadedCells.length;
    const outcome = await host.clearMarks();
    expect(outcome).toMatchObject({ restored: marked.size, kept: { cells: 0 } });
    writesOnlyToMarked(session, marked, from);
    for (const [node, looks] of before) expect(looksOf(document, node)).toEqual(looks);
  });

  it("a copy of a marked table (marks and all): neither is written, the marks are kept", async () => {
    const { document, session, host, marked } = await checkedReport();
    document.pasteTableCopy(1, 0);
    const from = session.shadedCells.length;
    const requestsMarks = [...marked].filter((n) =>
      document.tables[2].rows.some((r) => r.cells.some((c) => c.node === n)),
    ).length;
    const outcome = await host.clearMarks();
    expect(outcome.kept).toEqual({
      cells: requestsMarks,
      reasons: [{ reason: "table_not_found", cells: requestsMarks }],
    });
    expect(outcome.restored).toBe(marked.size - requestsMarks);
    writesOnlyToMarked(session, marked, from);
    expect(
      session.shadedCells
        .slice(from)
        .some((s) => document.tables[0].rows.some((r) => r.cells.some((c) => c.node === s.tc))),
    ).toBe(false);
    document.deleteTable(0); // the user undoes the paste
    expect(await host.clearMarks()).toMatchObject({ restored: requestsMarks, kept: { cells: 0 } });
  });
});

describe("twin tables: a document made from the template, the template inserted again", () => {
  it("marks on blank twins are told apart by their fills when another twin appears above", async () => {
    const { document, session } = await openFixture("blank-2021-template-wps");
    await document.insertDocx(await buildTemplateDocx(), undefined); // the template again, at the end
    const before = allLooks(document);
    const host = createWordHost();
    const { doc } = await host.read();
    await host.mark(marksFor(checkReport(doc).findings), { comments: false });
    const marked = new Set(session.shadedCells.map((s) => s.tc));
    expect(marked.size).toBeGreaterThan(20);

    await document.insertDocx(await buildTemplateDocx(), 0); // and once more, above everything
    const from = session.shadedCells.length;
    const outcome = await host.clearMarks();
    expect(outcome).toMatchObject({ restored: marked.size, kept: { cells: 0 }, differing: 0 });
    writesOnlyToMarked(session, marked, from);
    for (const [node, looks] of before) expect(looksOf(document, node)).toEqual(looks);
  });
});

describe("comments made on WordApi 1.4, cleared on 1.3", () => {
  it("restores the looks, keeps the comment ids, and a later 1.4 session deletes the comments", async () => {
    const { document, marked } = await checkedReport({ apiVersion: "1.4" });
    expect(document.comments).toHaveLength(marked.size);

    installFakeWord(document); // 1.3: Word 2019
    const on13 = createWordHost();
    const outcome = await on13.clearMarks();
    expect(outcome).toEqual({
      restored: marked.size,
      kept: { cells: 0, reasons: [] },
      differing: 0,
      commentsLeft: marked.size,
    });
    expect(document.comments).toHaveLength(marked.size);
    expect((document.savedSettings[MARKS_KEY] as { comments: string[] }).comments).toHaveLength(marked.size);

    const later = installFakeWord(document, { apiVersion: "1.4" });
    const outcome14 = await createWordHost().clearMarks();
    expect(outcome14).toEqual({ restored: 0, kept: { cells: 0, reasons: [] }, differing: 0 });
    expect(document.comments).toEqual([]);
    expect(later.writesOf("deleteComment")).toHaveLength(marked.size);
    expect(document.savedSettings[MARKS_KEY]).toBeUndefined();
  });

  it("a new check on 1.3 keeps them too", async () => {
    const { document, marked } = await checkedReport({ apiVersion: "1.4" });
    installFakeWord(document);
    const host = createWordHost();
    const { doc } = await host.read();
    await host.mark(marksFor(checkReport(doc).findings), { comments: true });
    expect(document.comments).toHaveLength(marked.size);
    expect((document.savedSettings[MARKS_KEY] as { comments: string[] }).comments).toHaveLength(marked.size);
  });
});

describe("selecting a finding's cell after edits", () => {
  const target = { table: 1, row: 3, cell: 7 }; // the broken total of the requests table

  it("after the template was inserted above: the same cell, found again", async () => {
    const { document, session, host } = await checkedReport();
    const cellNode = document.tables[1].rows[3].cells[7].node;
    await document.insertDocx(await buildTemplateDocx(), 0);
    const syncs = session.syncs;
    await host.selectCell(target);
    expect(session.syncs - syncs).toBe(3); // shapes moved; all values; select
    const [select] = session.writesOf("select");
    expect(select.target).toMatchObject({ kind: "cell", table: 4, row: 3, tc: 7 });
    expect(document.tables[4].rows[3].cells[7].node).toBe(cellNode);
  });

  it("after an unrelated table was pasted above: the same cell", async () => {
    const { document, session, host } = await checkedReport();
    document.pasteTableCopy(0, 0);
    await host.selectCell(target);
    expect(session.writesOf("select")[0].target).toMatchObject({ table: 2, row: 3, tc: 7 });
  });

  it("after the user corrected the number in it: the same cell, in two syncs", async () => {
    const { document, session, host } = await checkedReport();
    document.typeIntoCell(1, 3, 7, "46");
    const syncs = session.syncs;
    await host.selectCell(target);
    expect(session.syncs - syncs).toBe(2);
    expect(session.writesOf("select")[0].target).toMatchObject({ table: 1, row: 3, tc: 7 });
  });

  it.each([
    ["a row deleted in its table", (d: FakeDocument) => d.deleteRow(1, 1)],
    ["a copy of its table pasted above", (d: FakeDocument) => d.pasteTableCopy(1, 0)],
    ["its table deleted", (d: FakeDocument) => d.deleteTable(1)],
  ])("after %s: stale, and nothing selected", async (_what, edit) => {
    const { document, session, host } = await checkedReport();
    edit(document);
    await expect(host.selectCell(target)).rejects.toMatchObject({ code: "stale" });
    expect(session.writesOf("select")).toEqual([]);
  });
});
