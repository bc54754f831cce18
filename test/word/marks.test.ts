// Marking cells and clearing the marks: the intended cells get the colours, every cell gets its
// exact fill back, nothing else is written, and records survive sessions but not table edits.
import { parseFlatOpc } from "../../src/ooxml";
import { HostError, type CellMark } from "../../src/host/reportHost";
import { checkReport } from "../../src/report/checkReport";
import { allTables, type DocTable, type ReportDocument } from "../../src/report/model";
import { marksFor } from "../../src/taskpane/marks";
import { markFill } from "../../src/report/view";
import { buildTemplateDocx } from "../../src/template";
import { createWordHost, LEGACY_MARKS_KEY, MARKS_KEY } from "../../src/word";
import { tableIdentity } from "../../src/word/tableIdentity";
import { installFakeWord, type FakeDocument } from "../fakes";
import { FIXTURES, openFixture, SPECIAL, useFakeWord, visibleFill, type FixtureName } from "./support";

useFakeWord();
// Fixtures are built and parsed per test: seconds each on a busy 2-core machine.
jest.setTimeout(30_000);

/** Every cell of every table, errors and warnings alternating. */
function everyCell(doc: ReportDocument): CellMark[] {
  const marks: CellMark[] = [];
  for (const t of allTables(doc))
    for (const row of t.rows)
      for (const c of row.cells)
        marks.push({
          cell: { table: t.index, row: row.rowIndex, cell: c.cellIndex },
          look: "suspect",
          severity: marks.length % 2 === 0 ? "error" : "warning",
          note: `第 ${marks.length + 1} 个`,
        });
  return marks;
}

/** What the user sees in every cell of the fake document: text and fill, by table:row:w:tc. */
function looks(document: FakeDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of document.tables)
    for (const row of t.rows)
      for (const c of row.cells)
        out.set(
          `${t.index}:${row.rowIndex}:${c.tcIndex}`,
          `${document.cellValue(c)}|${visibleFill(document.cellFill(c))}`,
        );
  return out;
}

const texts = (document: FakeDocument) =>
  new Map([...looks(document)].map(([k, v]) => [k, v.slice(0, v.lastIndexOf("|"))]));

/** The tables as their OOXML reads now, fills normalized ("auto" = none). */
function ooxmlTables(document: FakeDocument): DocTable[] {
  return document.topLevelTables().map((t) => {
    const [table] = allTables(parseFlatOpc(document.tableOoxml(t)));
    for (const nested of allTables({ blocks: [table] }))
      for (const row of nested.rows) for (const c of row.cells) c.shading = visibleFill(c.shading);
    return table;
  });
}

const fillOf = (document: FakeDocument, table: number, row: number, tc: number) =>
  visibleFill(document.cellFill(document.tables[table].rows[row].cells[tc]));

/** The fill a mark of that severity paints in the look these tests use ("suspect"). */
const colour = (severity: "error" | "warning") => markFill("suspect", severity);

const ALL: FixtureName[] = [...FIXTURES, SPECIAL];

/** The user types a wrong number into the last cell of the requests table's first data row. */
function breakATotal(document: FakeDocument): void {
  const requests = document.tables.find((t) => t.rows.length > 20);
  if (!requests) throw new Error("no requests table");
  const row = requests.rows.find((r) => /^\d+$/.test(document.cellValue(r.cells[r.cells.length - 1])));
  if (!row) throw new Error("no numeric row");
  document.typeIntoCell(requests.index, row.rowIndex, row.cells.length - 1, "9999");
}

describe.each(["counted", "skipped"] as const)(
  "mark and clear when Word has continuation cells %s",
  (convention) => {
    it.each(ALL)("%s: marks exactly the intended cells, then restores every cell", async (name) => {
      const { document, session } = await openFixture(name, { convention });
      const before = looks(document);
      const ooxmlBefore = ooxmlTables(document);
      const host = createWordHost();
      const { doc, unaddressable } = await host.read();
      const marks = everyCell(doc);
      const cellOf = (m: CellMark) => allTables(doc)[m.cell.table].rows[m.cell.row].cells[m.cell.cell];
      const markable = marks.filter(
        (m) =>
          !unaddressable.includes(m.cell.table) &&
          !(convention === "skipped" && cellOf(m).vMerge === "continue"),
      );
      expect(markable.length).toBeGreaterThan(10);

      const syncsBefore = session.syncs;
      const outcome = await host.mark(marks, { comments: false });
      expect(outcome).toEqual({ marked: markable.length, skipped: marks.length - markable.length });
      expect(session.syncs - syncsBefore).toBe(1);

      // Shading went to the cells the marks name (w:tc positions), in their colours, and nothing else.
      const shaded = session.writesOf("shading").map((w) => `${w.table}:${w.row}:${w.tc}=${w.value}`);
      expect(shaded.sort()).toEqual(
        markable.map((m) => `${m.cell.table}:${m.cell.row}:${m.cell.cell}=#${colour(m.severity)}`).sort(),
      );
      for (const m of markable)
        expect(fillOf(document, m.cell.table, m.cell.row, m.cell.cell)).toBe(colour(m.severity));
      expect(new Set(session.writes.map((w) => w.kind))).toEqual(new Set(["shading", "saveSettings"]));

      const { restored } = await host.clearMarks();
      expect(restored).toBe(markable.length);
      expect(looks(document)).toEqual(before);
      expect(ooxmlTables(document)).toEqual(ooxmlBefore);
      expect(document.savedSettings[MARKS_KEY]).toBeUndefined();
    });
  },
);

describe("marks from a real check", () => {
  it("marks the cells of the findings in one sync after the read's two, and never writes text", async () => {
    const { document, session } = await openFixture("consistent-2021");
    breakATotal(document);
    const textsBefore = texts(document);
    const host = createWordHost();
    const { doc } = await host.read();
    const marks = marksFor(checkReport(doc).findings);
    expect(marks.some((m) => m.severity === "error")).toBe(true);
    const outcome = await host.mark(marks, { comments: false });
    expect(outcome).toEqual({ marked: marks.length, skipped: 0 });
    expect(session.syncs).toBe(3);
    // Each cell in the fill of its look (suspect, involved, blank) and severity.
    expect(new Set(marks.map((m) => m.look)).size).toBeGreaterThan(1);
    for (const m of marks)
      expect(fillOf(document, m.cell.table, m.cell.row, m.cell.cell)).toBe(markFill(m.look, m.severity));
    expect(texts(document)).toEqual(textsBefore);
  });

  it("records the original fill of an already-shaded cell and gives it back", async () => {
    const { document } = await openFixture("blank-2021-template-wps");
    const shadedCell = document.tables[0].rows
      .flatMap((r) => r.cells)
      .find((c) => document.cellFill(c) === "C6D9F1");
    expect(shadedCell).toBeDefined();
    const { row, tcIndex } = shadedCell as NonNullable<typeof shadedCell>;
    const host = createWordHost();
    await host.read();
    await host.mark(
      [
        {
          cell: { table: 0, row: row.rowIndex, cell: tcIndex },
          look: "suspect",
          severity: "warning",
          note: "",
        },
      ],
      {
        comments: false,
      },
    );
    expect(fillOf(document, 0, row.rowIndex, tcIndex)).toBe(colour("warning"));
    await host.clearMarks();
    expect(fillOf(document, 0, row.rowIndex, tcIndex)).toBe("C6D9F1");
  });
});

describe("a new check takes the old marks off first", () => {
  const mark = (
    table: number,
    row: number,
    cell: number,
    severity: "error" | "warning" = "error",
  ): CellMark => ({
    cell: { table, row, cell },
    look: "suspect",
    severity,
    note: "",
  });

  it("restores the earlier marks and shades the new ones in the same single sync", async () => {
    const { document, session } = await openFixture("consistent-2021");
    const host = createWordHost();
    await host.read();
    await host.mark([mark(1, 5, 4), mark(1, 6, 4)], { comments: false });
    const firstSyncs = session.syncs;

    await host.read();
    await host.mark([mark(1, 6, 4, "warning"), mark(2, 3, 2)], { comments: false });
    expect(session.syncs - firstSyncs).toBe(3); // read 2 + mark 1
    const second = session.writesOf("shading").filter((w) => w.sync === session.syncs);
    expect(second.map((w) => `${w.table}:${w.row}:${w.tc}=${w.value}`)).toEqual([
      `1:6:4=#${colour("warning")}`, // the new marks (the cell marked again is not restored first)…
      `2:3:2=#${colour("error")}`,
      "1:5:4=", // …then the old mark no longer wanted, back to no fill (last: see writeBatch)
    ]);
    expect(fillOf(document, 1, 5, 4)).toBe("none");

    // The cell marked twice keeps its true original, not the first mark's colour.
    expect((await host.clearMarks()).restored).toBe(2);
    expect(fillOf(document, 1, 6, 4)).toBe("none");
    expect(fillOf(document, 2, 3, 2)).toBe("none");
  });

  it("clears marks recorded by an earlier session (the pane reloaded, the document reopened)", async () => {
    const { document } = await openFixture("shanghewan-2020", { convention: "skipped" });
    const before = looks(document);
    const first = createWordHost();
    const { doc } = await first.read();
    const { marked } = await first.mark(marksFor(checkReport(doc).findings), { comments: false });
    expect(marked).toBeGreaterThan(0);
    expect(looks(document)).not.toEqual(before);

    const later = installFakeWord(document, { convention: "skipped" });
    expect((await createWordHost().clearMarks()).restored).toBe(marked);
    expect(looks(document)).toEqual(before);
    expect(later.syncs).toBe(2); // the tables' identity now, then the writes
  });

  it("a new check in a later session clears the earlier session's marks in its mark sync", async () => {
    const { document } = await openFixture("consistent-2019");
    const first = createWordHost();
    await first.read();
    await first.mark([mark(0, 3, 1), mark(1, 4, 4)], { comments: false });

    const later = installFakeWord(document);
    const host = createWordHost();
    await host.read();
    await host.mark([mark(2, 3, 3)], { comments: false });
    expect(later.syncs).toBe(3);
    const last = later.writesOf("shading");
    expect(last.every((w) => w.sync === 3)).toBe(true);
    // The new mark, then the old ones back to no fill (restores to no fill go last: see writeBatch).
    expect(last.map((w) => `${w.table}:${w.row}:${w.tc}`)).toEqual(["2:3:3", "0:3:1", "1:4:4"]);
    expect(fillOf(document, 0, 3, 1)).toBe("none");
    expect(fillOf(document, 1, 4, 4)).toBe("none");
  });

  it("re-marking without a new read checks the tables first (one more sync)", async () => {
    const { session } = await openFixture("consistent-2021");
    const host = createWordHost();
    await host.read();
    await host.mark([mark(1, 5, 4)], { comments: false });
    const before = session.syncs;
    const outcome = await host.mark([mark(1, 5, 5)], { comments: false });
    expect(outcome).toEqual({ marked: 1, skipped: 0 });
    expect(session.syncs - before).toBe(2);
  });

  it("does not touch the document when there is nothing to mark and nothing recorded", async () => {
    const { session } = await openFixture("consistent-2021");
    const host = createWordHost();
    await host.read();
    expect(await host.mark([], { comments: false })).toEqual({ marked: 0, skipped: 0 });
    expect((await host.clearMarks()).restored).toBe(0);
    expect(session.syncs).toBe(2);
    expect(session.writes).toEqual([]);
  });
});

describe("records of tables changed since", () => {
  it("keeps a record whose table lost a row, instead of restoring the wrong cells; forgetting drops it", async () => {
    const { document, session } = await openFixture("consistent-2021");
    const host = createWordHost();
    await host.read();
    await host.mark(
      [
        { cell: { table: 1, row: 8, cell: 4 }, look: "suspect", severity: "error", note: "" },
        { cell: { table: 2, row: 3, cell: 2 }, look: "suspect", severity: "error", note: "" },
      ],
      { comments: false },
    );
    document.deleteRow(1, 5); // the user deletes a row above the marked cell
    const writesBefore = session.writes.length;

    expect(await host.clearMarks()).toEqual({
      restored: 1, // table 2's mark only
      kept: { cells: 1, reasons: [{ reason: "table_not_found", cells: 1 }] },
      differing: 0,
    });
    const restores = session.writes.slice(writesBefore).filter((w) => w.kind === "shading");
    expect(restores.map((w) => (w.kind === "shading" ? `${w.table}:${w.row}:${w.tc}` : ""))).toEqual([
      "2:3:2",
    ]);
    expect(fillOf(document, 1, 7, 4)).toBe(colour("error")); // the moved cell keeps its mark…
    expect(document.savedSettings[MARKS_KEY]).toMatchObject({ tables: [{ kept: "table_not_found" }] }); // …and its record
    expect(await host.forgetMarks()).toBe(1);
    expect(document.savedSettings[MARKS_KEY]).toBeUndefined();
  });

  it("still restores cells whose numbers the user corrected (numbers are not part of a table's identity)", async () => {
    const { document } = await openFixture("consistent-2021");
    const host = createWordHost();
    await host.read();
    await host.mark([{ cell: { table: 1, row: 8, cell: 4 }, look: "suspect", severity: "error", note: "" }], {
      comments: false,
    });
    document.typeIntoCell(1, 8, 4, "12");
    document.typeIntoCell(1, 9, 5, "0");
    expect((await host.clearMarks()).restored).toBe(1);
    expect(fillOf(document, 1, 8, 4)).toBe("none");
  });

  it("checks each table on its own: a change in one table does not block the others", async () => {
    const { document } = await openFixture(SPECIAL);
    const host = createWordHost();
    await host.read();
    await host.mark(
      [
        { cell: { table: 0, row: 2, cell: 1 }, look: "suspect", severity: "error", note: "" },
        { cell: { table: 3, row: 1, cell: 1 }, look: "suspect", severity: "error", note: "" },
      ],
      { comments: false },
    );
    document.deleteRow(0, 0);
    expect((await host.clearMarks()).restored).toBe(1);
    expect(fillOf(document, 3, 1, 1)).toBe("none");
    expect(fillOf(document, 0, 1, 1)).toBe(colour("error")); // moved up a row, left as it is
  });
});

describe("what cannot be marked", () => {
  it("read-only: reads, refuses to mark or clear with read_only, writes nothing", async () => {
    const { session } = await openFixture("liuying-2019", { readOnly: true });
    const host = createWordHost();
    expect(host.capabilities().readOnly).toBe(true);
    const { doc } = await host.read();
    const marks = marksFor(checkReport(doc).findings);
    await expect(host.mark(marks, { comments: false })).rejects.toMatchObject({ code: "read_only" });
    await expect(host.clearMarks()).rejects.toBeInstanceOf(HostError);
    await expect(host.clearMarks()).rejects.toMatchObject({ code: "read_only" });
    expect(session.syncs).toBe(2);
    expect(session.writes).toEqual([]);
  });

  it("an unaddressable table is reported and its cells are not marked", async () => {
    const { document, session } = await openFixture("consistent-2021", { conventions: { 1: "mixed" } });
    const host = createWordHost();
    const { doc, unaddressable } = await host.read();
    expect(unaddressable).toEqual([1]);
    const marks = everyCell(doc);
    const inTable1 = marks.filter((m) => m.cell.table === 1).length;
    const outcome = await host.mark(marks, { comments: false });
    expect(outcome).toEqual({ marked: marks.length - inTable1, skipped: inTable1 });
    expect(session.writesOf("shading").filter((w) => w.table === 1)).toEqual([]);
    expect(
      document.tables[1].rows.every((r) => r.cells.every((c) => document.cellFill(c) === undefined)),
    ).toBe(true);
    await expect(host.selectCell({ table: 1, row: 5, cell: 4 })).rejects.toMatchObject({
      code: "unaddressable",
    });
  });

  it("cells of nested tables are skipped", async () => {
    const { session } = await openFixture(SPECIAL);
    const host = createWordHost();
    await host.read();
    const outcome = await host.mark(
      [{ cell: { table: 1, row: 0, cell: 1 }, look: "suspect", severity: "error", note: "" }],
      {
        comments: false,
      },
    );
    expect(outcome).toEqual({ marked: 0, skipped: 1 });
    expect(session.writesOf("shading")).toEqual([]);
  });

  it("a failed save of the record is a HostError; the marks can still be cleared in this session", async () => {
    const { document } = await openFixture("consistent-2021", { failSave: true });
    const host = createWordHost();
    await host.read();
    await expect(
      host.mark([{ cell: { table: 1, row: 8, cell: 4 }, look: "suspect", severity: "error", note: "" }], {
        comments: false,
      }),
    ).rejects.toMatchObject({ code: "host" });
    expect(fillOf(document, 1, 8, 4)).toBe(colour("error"));
    await expect(host.clearMarks()).rejects.toMatchObject({ code: "host" }); // saving fails again…
    expect(fillOf(document, 1, 8, 4)).toBe("none"); // …but the cell is restored
  });
});

describe("comments (WordApi 1.4)", () => {
  const marks: CellMark[] = [
    {
      cell: { table: 1, row: 8, cell: 4 },
      look: "suspect",
      severity: "error",
      note: "错误：总计不等于各项之和",
    },
    { cell: { table: 2, row: 3, cell: 2 }, look: "suspect", severity: "warning", note: "警告：请核对" },
  ];

  it("puts a comment on each marked cell and removes them on clear", async () => {
    const { document, session } = await openFixture("consistent-2021", { apiVersion: "1.4" });
    const host = createWordHost();
    expect(host.capabilities().comments).toBe(true);
    await host.read();
    await host.mark(marks, { comments: true });
    expect(session.syncs).toBe(3);
    expect(session.writesOf("comment").map((c) => `${c.table}:${c.row}:${c.tc} ${c.text}`)).toEqual([
      "1:8:4 错误：总计不等于各项之和",
      "2:3:2 警告：请核对",
    ]);
    expect(document.comments).toHaveLength(2);

    expect((await host.clearMarks()).restored).toBe(2);
    expect(document.comments).toEqual([]);
    expect(session.writesOf("deleteComment")).toHaveLength(2);
  });

  it("a new check deletes the earlier check's comments", async () => {
    const { document } = await openFixture("consistent-2021", { apiVersion: "1.4" });
    const host = createWordHost();
    await host.read();
    await host.mark(marks, { comments: true });
    const later = installFakeWord(document, { apiVersion: "1.4" });
    const next = createWordHost();
    await next.read();
    await next.mark(marks.slice(0, 1), { comments: true });
    expect(document.comments.map((c) => c.text)).toEqual(["错误：总计不等于各项之和"]);
    expect(later.syncs).toBe(4); // read 2, comments found 1, writes 1
  });

  it("no comments without comments asked for", async () => {
    const { document } = await openFixture("consistent-2021", { apiVersion: "1.4" });
    const host = createWordHost();
    await host.read();
    await host.mark(marks, { comments: false });
    expect(document.comments).toEqual([]);
  });

  it("on WordApi 1.3 the option is absent and asking for comments changes nothing", async () => {
    const { document, session } = await openFixture("consistent-2021");
    const host = createWordHost();
    expect(host.capabilities()).toEqual({ comments: false, readOnly: false, marksMayBeTracked: true });
    await host.read();
    expect(await host.mark(marks, { comments: true })).toEqual({ marked: 2, skipped: 0 });
    expect(document.comments).toEqual([]);
    expect(session.writesOf("comment")).toEqual([]);
    expect((await host.clearMarks()).restored).toBe(2);
  });
});

describe("records of the previous release (v1)", () => {
  /** What the previous release left: cells in its two colours, and its record in the settings. */
  function markedByV1(
    document: FakeDocument,
    cells: { row: number; tc: number; fill: "FFC7CE" | "FFEB9C" }[],
  ) {
    const table = document.tables[1];
    for (const c of cells) document.setCellShading(table.rows[c.row].cells[c.tc], `#${c.fill}`, "clears");
    const values = table.rows.map((r) => r.cells.map((c) => document.cellValue(c)));
    document.savedSettings[LEGACY_MARKS_KEY] = {
      v: 1,
      tables: [
        {
          position: 1,
          index: 1,
          identity: { rowCount: values.length, textHash: tableIdentity(values).legacy },
          cells: cells.map((c) => ({ row: c.row, cell: c.tc, fill: null })),
        },
      ],
    };
  }

  it("are cleared, also after the template was inserted above; the v1 record goes", async () => {
    const { document } = await openFixture("consistent-2021");
    const before = looks(document);
    markedByV1(document, [
      { row: 3, tc: 7, fill: "FFC7CE" },
      { row: 4, tc: 7, fill: "FFEB9C" },
    ]);
    await document.insertDocx(await buildTemplateDocx(), 0);
    const session = installFakeWord(document);
    const outcome = await createWordHost().clearMarks();
    expect(outcome).toEqual({ restored: 2, kept: { cells: 0, reasons: [] }, differing: 0 });
    expect(session.syncs).toBe(3); // values; the candidates' fills (v1 names tables by hash only); writes
    expect(fillOf(document, 4, 3, 7)).toBe("none");
    expect(fillOf(document, 4, 4, 7)).toBe("none");
    for (const [key, look] of before) {
      const [t, r, c] = key.split(":").map(Number);
      expect(looks(document).get(`${t + 3}:${r}:${c}`)).toBe(look);
    }
    expect(document.savedSettings[LEGACY_MARKS_KEY]).toBeUndefined();
    expect(document.savedSettings[MARKS_KEY]).toBeUndefined();
  });

  it("are restored by the next check, in its mark round trip", async () => {
    const { document } = await openFixture("consistent-2021");
    markedByV1(document, [{ row: 3, tc: 7, fill: "FFC7CE" }]);
    const session = installFakeWord(document);
    const host = createWordHost();
    await host.read();
    expect(await host.mark([], { comments: false })).toEqual({ marked: 0, skipped: 0 });
    expect(session.syncs).toBe(3);
    expect(fillOf(document, 1, 3, 7)).toBe("none");
    expect(document.savedSettings[LEGACY_MARKS_KEY]).toBeUndefined();
  });
});
