// The fake Word is strict where Word is: these tests pin down what the adapter's tests rely on.
import { parseFlatOpc } from "../../src/ooxml";
import { allTables } from "../../src/report/model";
import { buildTemplateDocx } from "../../src/template";
import { API_LEVELS, installFakeWord, type FakeDocument, type FakeSession } from "../fakes";
import { openFixture, SPECIAL, useFakeWord } from "./support";

useFakeWord();
// Fixtures are built and parsed per test: seconds each on a busy 2-core machine.
jest.setTimeout(30_000);

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
    });
  });

  it("fails a sync that loads shadingColor, unless this Word can (shadingColorReadable)", async () => {
    const shading = (context: Word.RequestContext) => {
      const cell = context.document.body.tables.getFirst().getCell(0, 0);
      cell.load("shadingColor");
      return cell;
    };
    await expect(run(async (context) => shading(context) && context.sync())).rejects.toMatchObject({
      code: "GeneralException",
    });
    await openFixture(SPECIAL, { shadingColorReadable: true });
    const colours = await run(async (context) => {
      const plain = shading(context);
      const yellow = context.document.body.tables.getFirst().getNext().getNext().getCell(0, 1);
      yellow.load("shadingColor");
      await context.sync();
      return [plain.shadingColor, yellow.shadingColor];
    });
    expect(colours).toEqual(["", "#FFFF00"]);
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

  it("takes '#RRGGBB', and '' for no fill; refuses the other spellings; shows writes in the table's OOXML", async () => {
    await run(async (context) => {
      const table = context.document.body.tables.getFirst();
      table.getCell(1, 1).shadingColor = "#ffeb9c";
      const ooxml = table.getRange().getOoxml();
      await context.sync();
      expect(allTables(parseFlatOpc(ooxml.value))[0].rows[1].cells[1].shading).toBe("FFEB9C");
      table.getCell(1, 1).shadingColor = "";
      const cleared = table.getRange().getOoxml();
      await context.sync();
      expect(allTables(parseFlatOpc(cleared.value))[0].rows[1].cells[1].shading).toBe("auto");
    });
    for (const spelling of ["None", null])
      await expect(
        run(async (context) => {
          context.document.body.tables.getFirst().getCell(1, 1).shadingColor = spelling as string;
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("the fake Word's switchable behaviours", () => {
  const fillAfter = async (value: string | null): Promise<string | undefined> => {
    await run(async (context) => {
      context.document.body.tables.getFirst().getCell(1, 1).shadingColor = value as string;
      await context.sync();
    });
    const { document } = fakeState();
    return document.cellFill(document.tables[0].rows[1].cells[1]);
  };
  let fakeState: () => { document: FakeDocument };

  it("paints white for a 'no fill' spelling, or refuses it, as configured", async () => {
    let opened = await openFixture(SPECIAL, { noFill: { "": "white", None: "clears" } });
    fakeState = () => opened;
    expect(await fillAfter("#FF8B8B")).toBe("FF8B8B");
    expect(await fillAfter("")).toBe("FFFFFF");
    expect(await fillAfter("None")).toBe("auto");
    opened = await openFixture(SPECIAL, { noFill: { "": "rejects", null: "clears" } });
    await expect(fillAfter("")).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(await fillAfter(null)).toBe("auto");
  });

  it("refuses members above its WordApi version, and lists a version for every member", async () => {
    await openFixture(SPECIAL, { apiVersion: "1.4" });
    await run(async (context) => {
      context.document.load("changeTrackingMode");
      await context.sync();
      expect(context.document.changeTrackingMode).toBe("Off");
    });
    await openFixture(SPECIAL); // 1.3
    await expect(
      run(async (context) => {
        context.document.load("changeTrackingMode");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    await openFixture(SPECIAL, { apiVersion: "1.1" }); // what Office 2016 may have: no tables API
    await expect(
      run(async (context) => {
        context.document.body.tables.load("items/rowCount");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(Object.values(API_LEVELS).every((v) => /^1\.[1-9]$/.test(v))).toBe(true);
  });

  it("counts each sync's response, and fails one larger than maxResponseBytes after running it", async () => {
    const { document } = await openFixture(SPECIAL);
    const packageBytes = Buffer.byteLength(document.tableOoxml(document.tables[0]), "utf8");
    let session = installFakeWord(document);
    await run(async (context) => {
      context.document.body.tables.getFirst().getRange().getOoxml();
      await context.sync();
    });
    expect(session.syncLog).toEqual([{ bytes: packageBytes, ooxmlBytes: packageBytes, failed: false }]);
    session = installFakeWord(document, { maxResponseBytes: packageBytes - 1 });
    await expect(
      run(async (context) => {
        context.document.body.tables.getFirst().getCell(0, 0).shadingColor = "#FF8B8B";
        context.document.body.tables.getFirst().getRange().getOoxml();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(session.syncLog[0].failed).toBe(true);
    expect(session.writesOf("shading")).toHaveLength(1); // the commands ran; the response failed
  });

  it("keeps track changes with the document, and records whether each shading was tracked", async () => {
    const { document, session } = await openFixture(SPECIAL, {
      apiVersion: "1.4",
      changeTracking: "TrackAll",
    });
    await run(async (context) => {
      const cell = context.document.body.tables.getFirst().getCell(0, 0);
      cell.shadingColor = "#FF8B8B";
      context.document.changeTrackingMode = "Off";
      cell.shadingColor = "";
      await context.sync();
    });
    expect(session.writes.map((w) => (w.kind === "shading" ? `${w.value} ${w.tracked}` : w.kind))).toEqual([
      "#FF8B8B true",
      "trackingMode",
      " false",
    ]);
    installFakeWord(document, { apiVersion: "1.4" });
    expect(document.changeTrackingMode).toBe("Off"); // the next session finds it as left
  });

  it("models the user's edits: the template inserted above, a table pasted or deleted", async () => {
    const { document } = await openFixture("consistent-2021");
    const textsOf = (t: number) =>
      document.tables[t].rows.map((r) => r.cells.map((c) => document.cellValue(c)));
    const first = textsOf(0);
    const before = document.topLevelTables().length;
    await document.insertDocx(await buildTemplateDocx(), 0);
    expect(document.topLevelTables()).toHaveLength(before + 3);
    expect(textsOf(3)).toEqual(first); // the user's first table, three tables further down
    expect(textsOf(0)).not.toEqual(first); // the template's: same labels, blank values
    expect(textsOf(0).map((r) => r[0])).toEqual(first.map((r) => r[0]));
    document.pasteTableCopy(3, 0);
    expect(document.topLevelTables()).toHaveLength(before + 4);
    expect(textsOf(0)).toEqual(first);
    document.deleteTable(0);
    expect(document.topLevelTables()).toHaveLength(before + 3);
    expect(textsOf(3)).toEqual(first);
  });

  it("inserts OOXML at the end and deletes it again, leaving the body as it was", async () => {
    const { document, session } = await openFixture(SPECIAL);
    const xmlBefore = document.bodyXml();
    const ooxml = document.tableOoxml(document.tables[3]);
    await run(async (context) => {
      const range = context.document.body.insertOoxml(ooxml, "End");
      const tables = range.tables;
      tables.load("items/rowCount");
      await context.sync();
      expect(tables.items.map((t) => t.rowCount)).toEqual([4]);
      range.delete();
      await context.sync();
    });
    expect(session.writes.map((w) => w.kind)).toEqual(["insertOoxml", "deleteRange"]);
    expect(document.bodyXml()).toBe(xmlBefore);
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
        ["行政处罚", "有色", "四"],
        ["左", "多\v行", "段一\n段二", ""],
        ["", "七", "八", ""],
        ["", "九", "十"],
      ],
    });
    await openFixture(SPECIAL, { convention: "skipped" });
    expect(await shapeOf()).toEqual({
      cellCounts: [3, 4, 2, 2],
      values: [
        ["行政处罚", "有色", "四"],
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
