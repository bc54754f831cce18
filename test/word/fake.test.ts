// The fake Word is strict where Word is: these tests pin down what the adapter's tests rely on.
import { parseFlatOpc } from "../../src/ooxml";
import { allTables } from "../../src/report/model";
import { installFakeWord, type FakeSession } from "../fakes";
import { openFixture, SPECIAL, useFakeWord } from "./support";

useFakeWord();

type Run = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;
const run: Run = (batch) => Word.run(batch);

describe("the fake Word's proxies", () => {
  let session: FakeSession;
  beforeEach(async () => {
    ({ session } = await openFixture(SPECIAL));
  });

  it("throws when a property was not loaded, or is read before the sync", async () => {
    await run(async (context) => {
      const tables = context.document.body.tables;
      tables.load("items/rowCount");
      expect(() => tables.items).toThrow(/before context.sync/);
      await context.sync();
      const first = tables.items[0];
      expect(first.rowCount).toBe(3);
      expect(() => first.values).toThrow(/not available/);
      first.load("values");
      expect(() => first.values).toThrow(/before context.sync/);
      await context.sync();
      expect(first.values[0]).toEqual(["项目", "数量"]);
    });
  });

  it("refuses a bare load, a navigation property, and loading shadingColor", async () => {
    await run(async (context) => {
      const tables = context.document.body.tables;
      expect(() => tables.load()).toThrow(/bare load/);
      expect(() => tables.load("rowCount")).toThrow(/items/);
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const table = context.document.body.tables.getFirst();
      expect(() => table.load("rows")).toThrow(/cannot load/);
      const cell = table.getCell(0, 0) as unknown as { load(p: string): void };
      expect(() => cell.load("shadingColor")).toThrow(/shadingColor/);
    });
  });

  it("resolves navigation when the batch runs: a missing cell fails the sync, earlier commands stay done", async () => {
    await expect(
      run(async (context) => {
        const table = context.document.body.tables.getFirst();
        table.getCell(0, 0).shadingColor = "#FFC7CE";
        table.getCell(40, 0).shadingColor = "#FFC7CE";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(session.writesOf("shading")).toHaveLength(1);
  });

  it("lets proxies die with their Word.run", async () => {
    const table = await run(async (context) => {
      const t = context.document.body.tables.getFirst();
      t.load("rowCount");
      await context.sync();
      return t;
    });
    expect(table.rowCount).toBe(3); // loaded values stay readable…
    expect(() => table.load("values")).toThrow(/after its Word.run/); // …the proxy cannot be used
  });

  it("counts syncs, including the one Word.run makes for commands left queued", async () => {
    await run(async (context) => {
      context.document.body.tables.getFirst().getCell(0, 0).shadingColor = "";
      await context.sync();
      context.document.body.tables.getFirst().getCell(0, 1).shadingColor = "";
    });
    expect(session.syncs).toBe(2);
    expect(session.writesOf("shading").map((w) => w.sync)).toEqual([1, 2]);
  });

  it("fails WordApi 1.4 calls on a 1.3 Word", async () => {
    await expect(
      run(async (context) => {
        context.document.body.tables.getFirst().getCell(0, 0).body.getRange().insertComment("x");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("accepts only '#RRGGBB' and '' for shadingColor, and shows writes in the table's OOXML", async () => {
    await run(async (context) => {
      const table = context.document.body.tables.getFirst();
      table.getCell(1, 1).shadingColor = "#ffeb9c";
      const ooxml = table.getRange().getOoxml();
      await context.sync();
      expect(allTables(parseFlatOpc(ooxml.value))[0].rows[1].cells[1].shading).toBe("FFEB9C");
    });
    await expect(
      run(async (context) => {
        context.document.body.tables.getFirst().getCell(1, 1).shadingColor = "None";
        await context.sync();
      }),
    ).rejects.toThrow(/neither/);
  });
});

describe("the fake Word's cell conventions", () => {
  const shapeOf = async () =>
    run(async (context) => {
      const tables = context.document.body.tables;
      tables.load("items/nestingLevel,items/values");
      await context.sync();
      const table = tables.items[3];
      const rows = table.rows;
      rows.load("items/cellCount");
      await context.sync();
      return { cellCounts: rows.items.map((r) => r.cellCount), values: table.values };
    });

  it("counts continuation cells, or skips them, or disagrees with itself ('mixed')", async () => {
    await openFixture(SPECIAL, { convention: "counted" });
    expect(await shapeOf()).toEqual({
      cellCounts: [3, 4, 4, 3],
      values: [
        ["标题", "有色", "四"],
        ["左", "多\v行", "段一\n段二", ""],
        ["", "七", "八", ""],
        ["", "九", "十"],
      ],
    });
    await openFixture(SPECIAL, { convention: "skipped" });
    expect(await shapeOf()).toEqual({
      cellCounts: [3, 4, 2, 2],
      values: [
        ["标题", "有色", "四"],
        ["左", "多\v行", "段一\n段二", ""],
        ["七", "八"],
        ["九", "十"],
      ],
    });
    await openFixture(SPECIAL, { conventions: { 3: "mixed" } });
    expect((await shapeOf()).cellCounts).toEqual([3, 4, 4, 3]);
    expect((await shapeOf()).values[2]).toEqual(["七", "八"]);
  });

  it("lists nested tables in body.tables, or not, and chains getNext through them, or not", async () => {
    const levels = async () =>
      run(async (context) => {
        const tables = context.document.body.tables;
        tables.load("items/nestingLevel");
        const second = tables.getFirst().getNext();
        second.load("nestingLevel");
        await context.sync();
        return { listed: tables.items.map((t) => t.nestingLevel), next: second.nestingLevel };
      });
    await openFixture(SPECIAL);
    expect(await levels()).toEqual({ listed: [1, 2, 1, 1], next: 1 });
    await openFixture(SPECIAL, { tablesIncludeNested: false, chainIncludesNested: true });
    expect(await levels()).toEqual({ listed: [1, 1, 1], next: 2 });
  });
});

describe("the fake's settings", () => {
  it("reach a later session only when saved", async () => {
    const { document } = await openFixture(SPECIAL);
    Office.context.document.settings.set("a", 1);
    Office.context.document.settings.set("b", 2);
    await new Promise<void>((resolve) => Office.context.document.settings.saveAsync(() => resolve()));
    Office.context.document.settings.set("c", 3);
    installFakeWord(document);
    expect(Office.context.document.settings.get("b")).toBe(2);
    expect(Office.context.document.settings.get("c")).toBeNull();
  });
});
