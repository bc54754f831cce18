// The Word adapter on WordApi 1.1 (Office 2016), against the fake Word in its 1.1 mode: reads the
// same document as the .docx reader in one round trip, highlights exactly the cells it can (never
// a blank one, never one with its own highlight), gives every cell back exactly, keeps what it
// cannot prove, selects through paragraphs, inserts at the end — and never calls a newer API.
import { readDocx } from "../../../src/ooxml";
import { checkReport } from "../../../src/report/checkReport";
import { allTables, type ReportDocument } from "../../../src/report/model";
import type { CellMark } from "../../../src/host/reportHost";
import { marksFor } from "../../../src/taskpane/marks";
import { buildTemplateDocx } from "../../../src/template";
import { createWordHost, MARKS_KEY } from "../../../src/word";
import {
  chooseWordHost,
  HIGHLIGHTS,
  HIGHLIGHTS_KEY,
  highlightFor,
  WordHost11,
  type HighlightMarkOutcome,
} from "../../../src/word/api11";
import { cellKey, mapParagraphs } from "../../../src/word/api11/paragraphMap";
import { FakeOfficeError, installFakeWord, type FakeDocument, type FakeSession } from "../../fakes";
import { FIXTURES, openFixture, SPECIAL, useFakeWord, type FixtureName } from "../support";

useFakeWord();

const API11 = { apiVersion: "1.1" } as const;

/** Highlight name of every paragraph's runs, and its text: what the user sees. */
function paragraphLooks(document: FakeDocument): string[] {
  return document.paragraphs.map(
    (p) => `${p.text}|${[...new Set(document.paragraphHighlights(p))].join(",")}`,
  );
}

const NAME: Record<string, string> = {
  [HIGHLIGHTS.suspectError]: "red",
  [HIGHLIGHTS.suspectWarning]: "cyan",
  [HIGHLIGHTS.involved]: "lightGray",
  [HIGHLIGHTS.blank]: "yellow",
};

/** Model paragraphs of every cell, from the document's OOXML. */
function cellParagraphs(document: FakeDocument): Map<string, number[]> {
  return mapParagraphs(document.bodyOoxml()).cells;
}

async function checked(host: WordHost11): Promise<{ doc: ReportDocument; marks: CellMark[] }> {
  const { doc } = await host.read();
  return { doc, marks: marksFor(checkReport(doc).findings) };
}

describe("the fake Word's WordApi 1.1 mode", () => {
  it("throws ApiNotFound on every 1.3 entry point, at once", async () => {
    await openFixture("consistent-2021", API11);
    const attempts: Record<string, (context: Word.RequestContext) => unknown> = {
      "body.tables": (c) => void c.document.body.tables.load("items/nestingLevel"),
      tableNestingLevel: (c) => void c.document.body.paragraphs.load("items/tableNestingLevel"),
      isListItem: (c) => void c.document.body.paragraphs.load("items/text,items/isListItem"),
      parentTableOrNullObject: (c) =>
        void c.document.getSelection().parentTableOrNullObject.load("nestingLevel"),
    };
    for (const [name, attempt] of Object.entries(attempts)) {
      const error = await Word.run(async (context) => attempt(context)).catch((e: unknown) => e);
      expect([name, error]).toMatchObject([
        name,
        { code: "ApiNotFound", message: expect.stringContaining("1.3") },
      ]);
    }
    expect(Office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(true);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.3")).toBe(false);
  });

  it("fails the WordApi 1.3 adapter's read (so the lite pane must choose the 1.1 one)", async () => {
    await openFixture("consistent-2021", API11);
    await expect(createWordHost().read()).rejects.toMatchObject({ code: "host" });
    expect(chooseWordHost().api).toBe("1.1");
  });

  it("still gives the 1.3 adapter on a 1.3 Word", async () => {
    await openFixture("consistent-2021");
    expect(chooseWordHost().api).toBe("1.3");
    expect((await chooseWordHost().host.read()).unaddressable).toEqual([]);
  });

  it("writes a palette colour as its w:highlight name, null removes it, anything else is refused", async () => {
    const { document } = await openFixture(SPECIAL, API11);
    const p = document.paragraphs[0];
    document.setParagraphHighlight(p, "#ff0000");
    expect(document.paragraphHighlights(p)).toEqual(["red"]);
    expect(mapParagraphs(document.bodyOoxml()).paragraphs[0].highlighted).toBe(true);
    document.setParagraphHighlight(p, null);
    expect(document.paragraphHighlights(p)).toEqual([""]);
    expect(() => document.setParagraphHighlight(p, "#FF8B8B")).toThrow(/not a highlight colour/);
    expect(FakeOfficeError).toBeDefined();
  });
});

describe("read on WordApi 1.1", () => {
  it.each([...FIXTURES, SPECIAL] as FixtureName[])(
    "%s: the same document as the .docx reader's, in one round trip",
    async (name) => {
      const { session, bytes } = await openFixture(name, API11);
      const result = await new WordHost11().read();
      expect(session.syncs).toBe(1);
      expect(result.doc).toEqual(await readDocx(bytes));
      expect(result.unaddressable).toEqual([]);
    },
  );
});

describe.each([
  ["listed", true],
  ["not listed", false],
])("mark and clear when Word's paragraphs of covered cells are %s", (_name, coveredCellParagraphs) => {
  it.each([...FIXTURES, SPECIAL] as FixtureName[])(
    "%s: highlights exactly the cells it can, then gives every paragraph back",
    async (name) => {
      const { document, session } = await openFixture(name, { ...API11, coveredCellParagraphs });
      const before = paragraphLooks(document);
      const host = new WordHost11();
      const { doc } = await host.read();
      // Every cell of every table, in the three looks.
      const looks = ["suspect", "involved", "blank"] as const;
      const marks: CellMark[] = allTables(doc).flatMap((t) =>
        t.rows.flatMap((row) =>
          row.cells.map((c, i) => ({
            cell: { table: t.index, row: row.rowIndex, cell: c.cellIndex },
            look: looks[i % 3],
            severity: i % 2 === 0 ? ("error" as const) : ("warning" as const),
            note: "",
          })),
        ),
      );
      const syncs = session.syncs;
      const outcome = await host.mark(marks);
      expect(session.syncs - syncs).toBe(2);

      // Each mark is highlighted, or counted under one reason, exactly once.
      const { blank, ownHighlight, stale } = outcome.notHighlighted;
      expect(outcome.marked + outcome.skipped + blank + ownHighlight + stale).toBe(marks.length);
      expect(stale).toBe(0);
      expect(outcome.marked).toBeGreaterThan(0);

      // The highlighted paragraphs are exactly those of the non-blank cells, in the look's colour.
      const cells = cellParagraphs(document);
      const expected = new Map<number, string>();
      for (const m of marks) {
        const paragraphs = cells.get(cellKey(m.cell.table, m.cell.row, m.cell.cell)) ?? [];
        const cellText = paragraphs.map((i) => document.paragraphs[i].text).join("");
        const covered = !coveredCellParagraphs && document.paragraphs[paragraphs[0]]?.cell?.continuation;
        if (cellText.trim() === "" || covered) continue;
        for (const i of paragraphs) expected.set(i, NAME[highlightFor(m.look, m.severity)]);
      }
      const highlighted = new Map<number, string>();
      document.paragraphs.forEach((p, i) => {
        const names = new Set(document.paragraphHighlights(p).filter(Boolean));
        if (names.size > 0) highlighted.set(i, [...names].join(","));
      });
      expect(highlighted).toEqual(expected);
      expect(new Set(session.writes.map((w) => w.kind))).toEqual(new Set(["highlight", "saveSettings"]));
      expect(document.savedSettings[HIGHLIGHTS_KEY]).toBeDefined();

      const cleared = await host.clearMarks();
      expect(cleared).toEqual({ restored: outcome.marked, kept: { cells: 0, reasons: [] }, differing: 0 });
      expect(paragraphLooks(document)).toEqual(before);
      expect(document.savedSettings[HIGHLIGHTS_KEY]).toBeUndefined();
    },
  );
});

describe("marks from a real check on WordApi 1.1", () => {
  it("highlights the findings' cells in 2 round trips after the read's 1, and never writes text", async () => {
    const { document, session } = await openFixture("liuying-2019", API11);
    const texts = document.paragraphs.map((p) => p.text);
    const host = new WordHost11();
    const { marks } = await checked(host);
    expect(marks.length).toBeGreaterThan(5);
    const outcome = await host.mark(marks);
    expect(session.syncs).toBe(3);
    expect(outcome.marked).toBeGreaterThan(0);
    expect(outcome.marked + outcome.notHighlighted.blank).toBe(marks.length);
    expect(document.paragraphs.map((p) => p.text)).toEqual(texts);
  });

  it("leaves a cell with a highlight of its own alone, and counts it", async () => {
    const { document } = await openFixture("consistent-2021", API11);
    const host = new WordHost11();
    const { doc } = await host.read();
    const table = allTables(doc)[1];
    const row = table.rows.find((r) => /^\d+$/.test(r.cells[r.cells.length - 1].text))!;
    const cell = row.cells[row.cells.length - 1];
    const [p] = cellParagraphs(document).get(cellKey(table.index, row.rowIndex, cell.cellIndex))!;
    document.setParagraphHighlight(document.paragraphs[p], "#00FF00");
    await host.read();
    const outcome = await host.mark([
      {
        cell: { table: table.index, row: row.rowIndex, cell: cell.cellIndex },
        look: "suspect",
        severity: "error",
        note: "",
      },
    ]);
    expect(outcome).toMatchObject({ marked: 0, notHighlighted: { ownHighlight: 1 } });
    await host.clearMarks();
    expect(document.paragraphHighlights(document.paragraphs[p])).toEqual(["green"]);
  });

  it("takes the earlier check's highlights off before marking again", async () => {
    const { document } = await openFixture("consistent-2021", API11);
    const host = new WordHost11();
    const { doc } = await host.read();
    const at = (row: number): CellMark => ({
      cell: { table: 1, row, cell: 4 },
      look: "suspect",
      severity: "error",
      note: "",
    });
    const para = (row: number) => cellParagraphs(document).get(cellKey(1, row, 4))![0];
    expect(allTables(doc)[1].rows[6].cells[4].text.trim()).not.toBe("");
    await host.mark([at(5), at(6)]);
    await host.read();
    await host.mark([at(6)]);
    expect(document.paragraphHighlights(document.paragraphs[para(5)])).toEqual([""]);
    expect(document.paragraphHighlights(document.paragraphs[para(6)])).toEqual(["red"]);
    expect((await host.clearMarks()).restored).toBe(1);
    expect(document.paragraphHighlights(document.paragraphs[para(6)])).toEqual([""]);
  });
});

describe("edits between a check and a clear on WordApi 1.1", () => {
  async function markedReport(): Promise<{
    document: FakeDocument;
    session: FakeSession;
    host: WordHost11;
    outcome: HighlightMarkOutcome;
    before: string[];
  }> {
    const { document, session } = await openFixture("consistent-2021", API11);
    const before = paragraphLooks(document);
    const host = new WordHost11();
    const { doc } = await host.read();
    // Every non-empty cell of the requests table.
    const t = allTables(doc)[1];
    const marks: CellMark[] = t.rows.flatMap((row) =>
      row.cells
        .filter((c) => c.text.trim() !== "")
        .map((c) => ({
          cell: { table: 1, row: row.rowIndex, cell: c.cellIndex },
          look: "suspect" as const,
          severity: "error" as const,
          note: "",
        })),
    );
    const outcome = await host.mark(marks);
    return { document, session, host, outcome, before };
  }

  it("restores a cell whose number the user corrected (numbers are not part of a table's identity)", async () => {
    const { document, outcome } = await markedReport();
    const row = document.tables[1].rows[5];
    document.typeIntoCell(1, 5, row.cells.length - 1, "42");
    const cleared = await new WordHost11().clearMarks(); // a later session
    expect(cleared.restored).toBe(outcome.marked);
    expect(document.paragraphs.every((p) => document.paragraphHighlights(p).every((h) => h === ""))).toBe(
      true,
    );
  });

  it("keeps the record of a table that changed beyond recognition, writes nothing to it; forget drops it", async () => {
    const { document, outcome } = await markedReport();
    const snapshot = document.bodyOoxml();
    document.deleteRow(1, 3);
    const first = await new WordHost11().clearMarks();
    expect(first.restored).toBe(0);
    expect(first.kept.cells).toBe(outcome.marked);
    expect(first.kept.reasons.map((r) => r.reason)).toEqual([
      expect.stringMatching(/^table_(changed|not_found)$/),
    ]);
    expect(document.savedSettings[HIGHLIGHTS_KEY]).toBeDefined();
    // Nothing was written to the changed table.
    const highlighted = document.paragraphs.filter((p) => document.paragraphHighlights(p).some(Boolean));
    expect(highlighted.length).toBeGreaterThan(0);
    expect(snapshot).not.toBe(document.bodyOoxml());

    const forgotten = await new WordHost11().forgetMarks();
    expect(forgotten).toBe(outcome.marked);
    expect(document.savedSettings[HIGHLIGHTS_KEY]).toBeUndefined();
  });

  it("refuses to select a cell whose paragraphs changed since the check (stale)", async () => {
    const { document, host } = await markedReport();
    document.typeIntoCell(1, 5, 0, "改过的标签");
    await expect(host.selectCell({ table: 1, row: 5, cell: 0 })).rejects.toMatchObject({ code: "stale" });
  });
});

describe("select on WordApi 1.1", () => {
  it("selects a cell through its first paragraph, in 2 round trips", async () => {
    const { document, session } = await openFixture("consistent-2021", API11);
    const host = new WordHost11();
    await host.read();
    const syncs = session.syncs;
    await host.selectCell({ table: 1, row: 5, cell: 4 });
    expect(session.syncs - syncs).toBe(2);
    const [p] = cellParagraphs(document).get(cellKey(1, 5, 4))!;
    expect(session.writesOf("select").map((w) => w.target)).toEqual([{ kind: "paragraph", index: p }]);
  });

  it("selects a covered cell through the cell its merge starts at, under either convention", async () => {
    for (const coveredCellParagraphs of [true, false]) {
      const { document, session } = await openFixture(SPECIAL, { ...API11, coveredCellParagraphs });
      const host = new WordHost11();
      await host.read();
      // Table 0 of the hand-written document: its first column's cell spans rows 1–2.
      const start = document.tables[0].rows[1].cells[0];
      expect(document.tables[0].rows[2].cells[0].continuation).toBe(true);
      await host.selectCell({ table: 0, row: 2, cell: 0 });
      const [target] = session.writesOf("select").map((w) => w.target);
      expect(target).toEqual({ kind: "paragraph", index: start.paragraphs[0].index });
    }
  });

  it("selects a paragraph's quoted excerpt, or the paragraph when the excerpt is not there", async () => {
    const { document, session } = await openFixture("liuying-2019", API11);
    const host = new WordHost11();
    const { doc } = await host.read();
    const p = doc.blocks.find((b) => b.kind === "paragraph" && b.text.length > 20);
    if (p?.kind !== "paragraph") throw new Error("no paragraph");
    await host.selectParagraph(p.index, p.text.slice(3, 12));
    expect(session.writesOf("select").map((w) => w.target)).toEqual([
      { kind: "paragraph", index: p.index },
      { kind: "text", paragraph: p.index, text: p.text.slice(3, 12) },
    ]);
    await host.selectParagraph(p.index, "不在这一段里的文字");
    expect(
      session
        .writesOf("select")
        .slice(2)
        .map((w) => w.target),
    ).toEqual([{ kind: "paragraph", index: p.index }]);
    expect(document.paragraphs[p.index].text).toBe(p.text);
  });
});

describe("insert on WordApi 1.1", () => {
  it("inserts the template at the end of the document in one round trip", async () => {
    const { session } = await openFixture("consistent-2021", API11);
    await new WordHost11().insertDocx(await buildTemplateDocx("2021"));
    expect(session.syncs).toBe(1);
    const [insert] = session.writesOf("insertFile");
    expect(insert).toMatchObject({ location: "End", anchor: { body: true } });
    const template = checkReport(await readDocx(Buffer.from(insert.base64, "base64")));
    expect(template.blankTemplate).toBe(true);
  });

  it("refuses a read-only document", async () => {
    const { session } = await openFixture("consistent-2021", { ...API11, readOnly: true });
    await expect(new WordHost11().insertDocx(await buildTemplateDocx("2021"))).rejects.toMatchObject({
      code: "read_only",
    });
    await expect(new WordHost11().mark([])).rejects.toMatchObject({ code: "read_only" });
    expect(session.writes).toEqual([]);
  });
});

describe("between Word 2016 and Word 2019", () => {
  it("on 1.1, shading marks of a newer Word are kept (not restorable), and forgotten on request", async () => {
    const { document } = await openFixture("consistent-2021");
    const modern = createWordHost();
    await modern.read();
    await modern.mark(
      [{ cell: { table: 1, row: 5, cell: 4 }, look: "suspect", severity: "error", note: "" }],
      {
        comments: false,
      },
    );
    installFakeWord(document, API11);
    const cleared = await new WordHost11().clearMarks();
    expect(cleared).toEqual({
      restored: 0,
      kept: { cells: 1, reasons: [{ reason: "restore_failed", cells: 1 }] },
      differing: 0,
    });
    expect(document.savedSettings[MARKS_KEY]).toBeDefined();
    expect(await new WordHost11().forgetMarks()).toBe(1);
    expect(document.savedSettings[MARKS_KEY]).toBeUndefined();
  });

  it("on 1.3, the chosen host also takes off highlights a 1.1 Word left", async () => {
    const { document } = await openFixture("liuying-2019", API11);
    const before = paragraphLooks(document);
    const old = new WordHost11();
    const { marks } = await checked(old);
    const withText = marks.filter((m) => m.look !== "blank");
    expect((await old.mark(withText)).marked).toBeGreaterThan(0);
    expect(paragraphLooks(document)).not.toEqual(before);

    installFakeWord(document); // the document opened in Word 2019
    const { host, api } = chooseWordHost();
    expect(api).toBe("1.3");
    const cleared = await host.clearMarks();
    expect(cleared.restored).toBeGreaterThan(0);
    expect(paragraphLooks(document)).toEqual(before);
  });
});
