// Taking the user to a cell or a paragraph: the right one is selected, found again in a new run.
import { allTables } from "../../src/report/model";
import { createWordHost } from "../../src/word";
import { MAX_SEARCH_LENGTH, searchTextFor } from "../../src/word/select";
import { openFixture, SPECIAL, useFakeWord } from "./support";

useFakeWord();

describe.each(["counted", "skipped"] as const)(
  "selectCell when Word has continuation cells %s",
  (convention) => {
    it("selects the content of the cell the finding names, in two syncs (prove, then select)", async () => {
      const { session } = await openFixture("consistent-2021", { convention });
      const host = createWordHost();
      const { doc } = await host.read();
      const requests = allTables(doc)[1];
      // Cells right of vertically merged labels: their Word index differs between conventions.
      const targets = requests.rows
        .filter(
          (r) =>
            r.cells.some((c) => c.vMerge === "continue") && r.cells[r.cells.length - 1].vMerge === "none",
        )
        .slice(0, 3)
        .map((r) => ({ table: 1, row: r.rowIndex, cell: r.cells.length - 1 }));
      expect(targets).toHaveLength(3);
      for (const target of targets) {
        const before = session.syncs;
        await host.selectCell(target);
        expect(session.syncs - before).toBe(2);
      }
      expect(session.writesOf("select").map((w) => w.target)).toEqual(
        targets.map((t) => ({ kind: "cell", table: t.table, row: t.row, tc: t.cell })),
      );
    });
  },
);

describe("selectCell", () => {
  it("finds a table the getNext chain does not reach by loading the tables (one more sync)", async () => {
    const { session } = await openFixture(SPECIAL, { chainIncludesNested: true });
    const host = createWordHost();
    await host.read();
    const before = session.syncs;
    await host.selectCell({ table: 3, row: 2, cell: 1 });
    expect(session.syncs - before).toBe(2);
    expect(session.writesOf("select")[0].target).toEqual({ kind: "cell", table: 3, row: 2, tc: 1 });
  });

  it("reads the document first when nothing was read yet", async () => {
    const { session } = await openFixture("liuying-2019");
    await createWordHost().selectCell({ table: 0, row: 6, cell: 2 });
    expect(session.syncs).toBe(4); // read 2, select 2
    expect(session.writesOf("select")[0].target).toEqual({ kind: "cell", table: 0, row: 6, tc: 2 });
  });

  it("refuses cells Word has no address for", async () => {
    await openFixture(SPECIAL, { convention: "skipped" });
    const host = createWordHost();
    await host.read();
    await expect(host.selectCell({ table: 3, row: 2, cell: 0 })).rejects.toMatchObject({ code: "not_found" }); // a continuation
    await expect(host.selectCell({ table: 1, row: 0, cell: 0 })).rejects.toMatchObject({
      code: "unaddressable",
    }); // nested
    await expect(host.selectCell({ table: 9, row: 0, cell: 0 })).rejects.toMatchObject({ code: "not_found" });
  });

  it("says the document changed (stale) when the table changed since the check, and selects nothing", async () => {
    const { document, session } = await openFixture("consistent-2021");
    const host = createWordHost();
    await host.read();
    document.deleteRow(2, 3);
    await expect(host.selectCell({ table: 2, row: 3, cell: 1 })).rejects.toMatchObject({
      name: "HostError",
      code: "stale",
      messageZh: "文档已修改，请重新检查",
    });
    expect(session.writesOf("select")).toEqual([]);
  });
});

describe("selectParagraph", () => {
  it("selects the paragraph, then the excerpt within it", async () => {
    const { session, document } = await openFixture("jingshan-2020");
    const host = createWordHost();
    const paragraph = document.paragraphs.find((p) => p.tableNestingLevel === 0 && p.text.length > 30);
    if (!paragraph) throw new Error("no long paragraph");
    const excerpt = paragraph.text.slice(5, 15);
    await host.selectParagraph(paragraph.index, excerpt);
    expect(session.syncs).toBe(2);
    expect(session.writesOf("select").map((w) => w.target)).toEqual([
      { kind: "paragraph", index: paragraph.index },
      { kind: "text", paragraph: paragraph.index, text: excerpt },
    ]);
  });

  it("selects only the paragraph when there is no excerpt, or it is not in the paragraph", async () => {
    const { session } = await openFixture(SPECIAL);
    const host = createWordHost();
    await host.selectParagraph(21);
    await host.selectParagraph(21, "不在这里的话");
    expect(session.writesOf("select").map((w) => w.target)).toEqual([
      { kind: "paragraph", index: 21 },
      { kind: "paragraph", index: 21 },
    ]);
    expect(session.syncs).toBe(4);
  });

  it("finds an excerpt that spans a line break by its first line", async () => {
    const { session } = await openFixture(SPECIAL);
    await createWordHost().selectParagraph(3, "甲\n乙");
    expect(session.writesOf("select").map((w) => w.target)).toEqual([
      { kind: "paragraph", index: 3 },
      { kind: "text", paragraph: 3, text: "甲" },
    ]);
  });

  it("refuses a paragraph that is not there", async () => {
    await openFixture(SPECIAL);
    await expect(createWordHost().selectParagraph(500)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("searchTextFor", () => {
  it("keeps the first line, escapes ^ and stays within Word's 255 characters", () => {
    expect(searchTextFor("第一行\n第二行", "第一行\v第二行")).toBe("第一行");
    expect(searchTextFor("a^b", "xa^by")).toBe("a^^b");
    const long = "政".repeat(300);
    expect(searchTextFor(long, long)).toHaveLength(MAX_SEARCH_LENGTH);
    const carets = "^".repeat(200);
    const escaped = searchTextFor(carets, carets);
    expect(escaped?.length).toBeLessThanOrEqual(MAX_SEARCH_LENGTH);
    expect((escaped?.length ?? 1) % 2).toBe(0); // never half an escape
  });

  it("gives up when the paragraph does not contain the excerpt or it is blank", () => {
    expect(searchTextFor("乙", "甲")).toBeNull();
    expect(searchTextFor("  ", "  ")).toBeNull();
    expect(searchTextFor("\n甲", "甲")).toBeNull();
  });
});
